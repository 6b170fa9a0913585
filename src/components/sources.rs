use crate::components::heading::heading;
use baclofen_guide_model::compiled::Locale;
use yew::prelude::*;

/// Every source the guide cites, in one list.
/// `items` is [`Locale::sources_markup`], composed once per language (see `App`).
pub fn sources(locale: &'static Locale, level: u8, items: AttrValue) -> Html {
    html! {
        <section class="sources" aria-labelledby="sources-heading">
            { heading(level, Some("sources-heading"), "", html! { locale.ui.sources_heading }) }
            <ul class="sources__list">{ Html::from_html_unchecked(items) }</ul>
        </section>
    }
}
