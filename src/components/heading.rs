use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes, VTag};

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

/// Attributes with fixed names, as `html!` builds them; an absent value is
/// left out. (`VTag::add_attribute` would move them into an `IndexMap`: 1.1 KB
/// of wasm.)
pub fn attributes<const N: usize>(
    keys: &'static [&'static str; N],
    values: [Option<AttrValue>; N],
) -> Attributes {
    Attributes::Dynamic {
        keys,
        values: Box::new(values.map(|v| v.map(AttributeOrProperty::Attribute))),
    }
}
