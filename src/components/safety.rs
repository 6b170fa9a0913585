use crate::components::{heading::heading, markup::cites};
use baclofen_guide_model::compiled::{Help, Locale};
use yew::prelude::*;

/// The safety callouts, always open: emergency signs and "do not stop
/// suddenly" are never behind a click. The first emergency callout also
/// gives the reader's other numbers (poison help, urgent advice) or, where
/// their country is not known, examples of emergency numbers; then comes
/// the clinic's own contact, if the page gives one.
pub fn safety(locale: &'static Locale, help: &'static Help, level: u8) -> Html {
    let first = locale.safety.iter().position(|c| c.emergency);
    html! {
        <section class="safety" aria-labelledby="safety-heading">
            { heading(level, Some("safety-heading"), "visually-hidden", html! { locale.ui.safety_heading }) }
            { for locale.safety.iter().enumerate().map(|(i, callout)| {
                let mut body = help.markup(callout.body.0);
                if Some(i) == first {
                    body.push_str(help.lines.0);
                }
                html! {
                    <div class={if callout.emergency { "callout callout--emergency" } else { "callout callout--warning" }}>
                        { heading(level + 1, None, "callout__title", html! { help.text(callout.title) }) }
                        { Html::from_html_unchecked(body.into()) }
                        { cites(locale, callout.sources) }
                    </div>
                }
            }) }
            { contact() }
        </section>
    }
}

/// The one-line safety notice shown when a page leaves the safety section
/// out: the essentials, and who to call, stay visible in every widget.
pub fn safety_short(locale: &'static Locale, help: &'static Help) -> Html {
    let text = help.text(locale.ui.safety_short);
    html! {
        <>
            <div class="safety-short">
                <p>{ text }</p>
                { Html::from_html_unchecked(help.lines.0.into()) }
            </div>
            { contact() }
        </>
    }
}

/// Where the clinic's own line shows: an element of the page with
/// `slot="contact"`. With none, the slot renders nothing.
fn contact() -> Html {
    html! { <slot name="contact" /> }
}
