use crate::components::vdom::attributes;
use yew::prelude::*;
use yew::virtual_dom::VTag;

/// `<h1>`–`<h6>` at a level set by the embedding page (`heading-level`);
/// deeper levels are clamped to 6. Built as a `VTag` rather than with
/// `html!`, whose computed `class` goes through Yew's `Classes` set (0.5 KB
/// of wasm for the few places that need one).
pub fn heading(level: u8, id: Option<&'static str>, class: &'static str, children: Html) -> Html {
    let tag = ["h1", "h2", "h3", "h4", "h5", "h6"][usize::from(level.clamp(1, 6) - 1)];
    let mut heading = VTag::new(tag);
    heading.set_attributes(attributes(
        &["id", "class"],
        [
            id.map(AttrValue::from),
            (!class.is_empty()).then(|| class.into()),
        ],
    ));
    heading.add_child(children);
    heading.into()
}
