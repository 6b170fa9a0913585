use crate::components::{
    heading::heading,
    markup::{cites, markup},
};
use baclofen_guide_model::compiled::Locale;
use yew::prelude::*;

/// The safety callouts, always open: emergency signs and "do not stop
/// suddenly" are never behind a click.
pub fn safety(locale: &'static Locale, level: u8) -> Html {
    html! {
        <section class="safety" aria-labelledby="safety-heading">
            { heading(level, Some("safety-heading"), "visually-hidden", html! { locale.ui.safety_heading }) }
            { for locale.safety.iter().map(|callout| html! {
                <div class={if callout.emergency { "callout callout--emergency" } else { "callout callout--warning" }}>
                    { heading(level + 1, None, "callout__title", html! { callout.title }) }
                    { markup(callout.body) }
                    { cites(locale, callout.sources) }
                </div>
            }) }
        </section>
    }
}

/// The one-line safety notice shown when a page leaves the safety section
/// out: the essentials stay visible in every widget.
pub fn safety_short(locale: &'static Locale) -> Html {
    html! { <p class="safety-short">{ locale.ui.safety_short }</p> }
}
