use crate::components::{heading::heading, markup::composed};
use baclofen_guide_model::compiled::Locale;
use yew::prelude::*;

/// Every source the guide cites, in one list.
pub fn sources(locale: &'static Locale, level: u8) -> Html {
    html! {
        <section class="sources" aria-labelledby="sources-heading">
            { heading(level, Some("sources-heading"), "", html! { locale.ui.sources_heading }) }
            <ul class="sources__list">{ composed(locale.sources_markup()) }</ul>
        </section>
    }
}
