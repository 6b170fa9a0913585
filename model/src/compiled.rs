//! The content as the widget uses it, baked into statics by the widget's
//! `build.rs` (see [`crate::compile`]).
//!
//! Prose that never changes on screen (answers, callout bodies, key facts,
//! sources, the review footer) is rendered to HTML at build time by
//! [`crate::markup`], which escapes every text: the wasm then carries no code
//! to build those DOM nodes one by one, and the browser parses each block in
//! one go. What the reader interacts with (questions, buttons, the table's
//! headers) stays text, rendered by Yew.

use crate::Ui;

/// HTML rendered at build time by [`crate::markup`] from plain text, with
/// every text escaped. Only the build makes these.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(databake::Bake))]
#[cfg_attr(feature = "load", databake(path = baclofen_guide_model::compiled))]
pub struct Markup(pub &'static str);

/// Everything the widget shows in one language.
#[derive(Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(databake::Bake))]
#[cfg_attr(feature = "load", databake(path = baclofen_guide_model::compiled))]
pub struct Locale {
    /// BCP 47 language code (`en`, `es`).
    pub lang: &'static str,
    /// The language's own name, for the language switch.
    pub language_name: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub ui: Ui<&'static str>,
    pub safety: &'static [Callout],
    /// The key facts, as `<li>` items.
    pub key_facts: Markup,
    pub faq: &'static [Category],
    pub comparison: Comparison,
    /// Every source, as `<li>` items.
    pub sources: Markup,
    /// Publisher, review dates and disclaimer.
    pub review: Markup,
    /// Groups of words the FAQ search treats as the same.
    pub synonyms: &'static [&'static [&'static str]],
}

#[derive(Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(databake::Bake))]
#[cfg_attr(feature = "load", databake(path = baclofen_guide_model::compiled))]
pub struct Callout {
    pub emergency: bool,
    pub title: &'static str,
    /// The body and its sources.
    pub body: Markup,
}

#[derive(Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(databake::Bake))]
#[cfg_attr(feature = "load", databake(path = baclofen_guide_model::compiled))]
pub struct Category {
    pub title: &'static str,
    pub entries: &'static [Entry],
}

#[derive(Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(databake::Bake))]
#[cfg_attr(feature = "load", databake(path = baclofen_guide_model::compiled))]
pub struct Entry {
    /// Stable across languages: it names the entry's URL fragment.
    pub id: &'static str,
    pub question: &'static str,
    /// The answer's paragraphs and lists (searchable: see [`crate::markup::text_of`]).
    pub answer: Markup,
    /// The answer's source links.
    pub sources: Markup,
}

#[derive(Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(databake::Bake))]
#[cfg_attr(feature = "load", databake(path = baclofen_guide_model::compiled))]
pub struct Comparison {
    pub intro: &'static str,
    pub caption: &'static str,
    /// Indexes into `treatments` of those shown before the reader picks.
    pub default_selection: &'static [u8],
    pub treatments: &'static [Treatment],
    /// Row labels.
    pub attributes: &'static [&'static str],
    /// One per attribute and treatment: `cells[attribute * treatments.len() + treatment]`.
    pub cells: &'static [Cell],
}

#[derive(Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(databake::Bake))]
#[cfg_attr(feature = "load", databake(path = baclofen_guide_model::compiled))]
pub struct Treatment {
    pub id: &'static str,
    pub name: &'static str,
    /// Brand or other names; may be empty.
    pub also_called: &'static str,
}

#[derive(Debug, PartialEq)]
#[cfg_attr(feature = "load", derive(databake::Bake))]
#[cfg_attr(feature = "load", databake(path = baclofen_guide_model::compiled))]
pub struct Cell {
    /// An FDA boxed warning: highlighted, and labelled in the markup.
    pub boxed_warning: bool,
    /// The text and its sources.
    pub markup: Markup,
}

impl Locale {
    /// All FAQ entries in order, across categories.
    pub fn entries(&self) -> impl Iterator<Item = &'static Entry> + use<> {
        let faq: &'static [Category] = self.faq;
        faq.iter().flat_map(|c| c.entries.iter())
    }
}

impl Comparison {
    pub fn cell(&self, attribute: usize, treatment: usize) -> Option<&'static Cell> {
        let cells: &'static [Cell] = self.cells;
        cells.get(attribute * self.treatments.len() + treatment)
    }
}
