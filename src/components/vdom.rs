//! Virtual-DOM pieces built by hand where `html!` would cost more wasm.

use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes};

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
