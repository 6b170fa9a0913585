use crate::components::{heading::heading, markup::composed};
use baclofen_guide_model::compiled::Locale;
use yew::prelude::*;

/// The key facts box, like the top of an NHS medicine page.
pub fn key_facts(locale: &'static Locale, level: u8) -> Html {
    html! {
        <section class="key-facts" aria-labelledby="key-facts-heading">
            { heading(level, Some("key-facts-heading"), "", html! { locale.ui.key_facts_heading }) }
            <ul class="key-facts__list">{ composed(locale.key_facts_markup()) }</ul>
        </section>
    }
}
