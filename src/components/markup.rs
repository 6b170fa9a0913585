use baclofen_guide_model::compiled::{Cites, Locale, Markup};
use yew::prelude::*;

/// Prose rendered at build time (`model/src/markup.rs`), every text escaped
/// there: inserted as parsed HTML, which is smaller and faster than building
/// each node from wasm.
pub fn markup(markup: Markup) -> Html {
    Html::from_html_unchecked(AttrValue::Static(markup.0))
}

/// "Sources: …" for a text, composed from the locale's links (see [`Locale::cites`]).
pub fn cites(locale: &Locale, cites: Cites) -> Html {
    Html::from_html_unchecked(AttrValue::from(locale.cites(cites)))
}
