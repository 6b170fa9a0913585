use crate::components::heading::heading;
use baclofen_guide_model::compiled::Locale;
use yew::prelude::*;

/// The key facts box, like the top of an NHS medicine page.
/// `items` is [`Locale::key_facts_markup`], composed once per language (see `App`).
pub fn key_facts(locale: &'static Locale, level: u8, items: AttrValue) -> Html {
    html! {
        <section class="key-facts" aria-labelledby="key-facts-heading">
            { heading(level, Some("key-facts-heading"), "", html! { locale.ui.key_facts_heading }) }
            <ul class="key-facts__list">{ Html::from_html_unchecked(items) }</ul>
        </section>
    }
}
