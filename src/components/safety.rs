use baclofen_guide_model::compiled::{Help, Locale};
use baclofen_guide_model::markup::escape;
use yew::prelude::*;

/// The safety callouts, always open: emergency signs and "do not stop
/// suddenly" are never behind a click. The first emergency callout also
/// gives the reader's other numbers (poison help, urgent advice) or, where
/// their country is not known, examples of emergency numbers; then comes
/// the clinic's own contact, if the page gives one.
///
/// Built as markup, like the prose in it: nothing here is interactive, and
/// one string is smaller in the wasm than building each node.
pub fn safety(locale: &'static Locale, help: &'static Help, level: u8) -> Html {
    let mut out = String::from("<section class=\"safety\" aria-labelledby=\"safety-heading\">");
    heading(
        &mut out,
        level,
        " id=\"safety-heading\" class=\"visually-hidden\"",
        locale.ui.safety_heading,
    );
    let mut first = true;
    for callout in locale.safety {
        out.push_str(if callout.emergency {
            "<div class=\"callout callout--emergency\">"
        } else {
            "<div class=\"callout callout--warning\">"
        });
        heading(
            &mut out,
            level + 1,
            " class=\"callout__title\"",
            callout.title,
        );
        out.push_str(callout.body.0);
        if first && callout.emergency {
            out.push_str(help.lines.0);
            first = false;
        }
        out.push_str(&locale.cites(callout.sources));
        out.push_str("</div>");
    }
    out.push_str(CONTACT);
    out.push_str("</section>");
    // Braces are not escaped: the placeholders are still there to fill.
    Html::from_html_unchecked(help.fill(&out).into())
}

/// The one-line safety notice shown when a page leaves the safety section
/// out: the essentials, and who to call, stay visible in every widget.
pub fn safety_short(locale: &'static Locale, help: &'static Help) -> Html {
    let mut out = String::from("<div class=\"safety-short\"><p>");
    escape(&mut out, locale.ui.safety_short);
    out.push_str("</p>");
    out.push_str(help.lines.0);
    out.push_str("</div>");
    out.push_str(CONTACT);
    Html::from_html_unchecked(help.fill(&out).into())
}

/// Where the clinic's own line shows: an element of the page with
/// `slot="contact"`. With none, the slot renders nothing.
const CONTACT: &str = "<slot name=\"contact\"></slot>";

/// `<hN attributes>text</hN>`, the level clamped to 6 as
/// `heading::heading` does.
// `push_str` only: `push(char)` would bring UTF-8 encoding code to the wasm.
#[allow(clippy::single_char_add_str)]
fn heading(out: &mut String, level: u8, attributes: &str, text: &str) {
    let level = usize::from(level.clamp(1, 6));
    let digit = &"0123456"[level..=level];
    out.push_str("<h");
    out.push_str(digit);
    out.push_str(attributes);
    out.push_str(">");
    escape(out, text);
    out.push_str("</h");
    out.push_str(digit);
    out.push_str(">");
}
