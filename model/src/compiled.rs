//! The content as the widget uses it: compiled by the widget's `build.rs`
//! (see [`crate::compile`]), written to each language's file and decoded in
//! the browser by [`crate::wire`].
//!
//! Prose that never changes on screen (answers, callout bodies, key facts,
//! source links, the review footer) is rendered to HTML at build time by
//! [`crate::markup`], which escapes every text: the wasm then carries no code
//! to build those DOM nodes one by one, and the browser parses each block in
//! one go. Each source link is stored once; texts cite sources by index
//! ([`Cites`]). What the reader interacts with (questions, buttons, the
//! table's headers) stays text, rendered by Yew.

use crate::Ui;
use crate::markup::escape;
use crate::ui::{fill, split_around};

/// HTML rendered at build time by [`crate::markup`] from plain text, with
/// every text escaped. Only the build makes these.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Markup(pub &'static str);

/// Everything the widget shows in one language.
#[derive(Debug, PartialEq)]
pub struct Locale {
    /// BCP 47 language code (`en`, `es`).
    pub lang: &'static str,
    /// The language's own name, for the language switch.
    pub language_name: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub ui: Ui<&'static str>,
    pub safety: &'static [Callout],
    pub key_facts: &'static [KeyFact],
    pub faq: &'static [Category],
    pub comparison: Comparison,
    /// Every source, as a link ([`Cites`] index them): each link is stored
    /// once, however many texts cite it, and serves the sources list too
    /// ([`crate::markup::source_link`]).
    pub source_links: &'static [Markup],
    /// Publisher and review dates.
    pub review: Markup,
    /// `next_review` in days since 1970-01-01 ([`Locale::due_for_review`]).
    pub next_review: u32,
    /// Reviewers (or "not yet reviewed"), conflicts of interest, how to
    /// report a side effect, and the disclaimer.
    pub review_record: Markup,
    /// Groups of words the FAQ search treats as the same.
    pub synonyms: &'static [&'static [&'static str]],
    /// Who to call, by country (`content/regions.json` in this language);
    /// the last works anywhere.
    pub help: &'static [Help],
}

/// Who to call in one country or group of countries, in one language.
/// Texts say `{emergency}` where the number goes, filled in when shown.
#[derive(Debug, PartialEq)]
pub struct Help {
    /// The countries, each an ISO 3166-1 code as two bytes in a `u16`
    /// (`u16::from_be_bytes(*b"US")`: one compare per country); empty for
    /// the wording that works anywhere.
    pub countries: &'static [u16],
    /// What `{emergency}` becomes, as markup: the numbers as `tel:` links
    /// ("911", "112 or 999"), or "your local emergency number".
    pub emergency: &'static str,
    /// The safety box's lines about the other numbers (poison help, urgent
    /// advice), or, anywhere, examples of emergency numbers. May be empty.
    pub lines: Markup,
}

impl Help {
    /// `markup` (or text once escaped: braces are not) with the number
    /// filled in.
    pub fn fill(&self, markup: &str) -> String {
        fill(markup, "{emergency}", self.emergency)
    }

    /// An answer's markup with each marked "your local emergency number"
    /// (see [`EMERGENCY_FROM`]) replaced by the reader's numbers, which a
    /// search that found those words (or the number: `search.json`)
    /// highlights. Where the reader's country is not known, the words stay,
    /// highlights and all.
    pub fn fill_answer(&self, markup: &str) -> String {
        let mut out = String::with_capacity(markup.len());
        let mut rest = markup;
        while let Some((before, inside)) = split_around(rest, EMERGENCY_FROM) {
            out.push_str(before);
            let (words, after) = split_around(inside, EMERGENCY_TO).unwrap_or((inside, ""));
            if self.countries.is_empty() {
                out.push_str(words);
            } else if split_around(words, "<mark>").is_some() {
                out.push_str("<mark>");
                out.push_str(self.emergency);
                out.push_str("</mark>");
            } else {
                out.push_str(self.emergency);
            }
            rest = after;
        }
        out.push_str(rest);
        // The safety box's other lines (poison help, urgent advice), where
        // an answer has them (`{other_numbers}`); none for most countries.
        crate::ui::fill(&out, OTHER_NUMBERS, self.lines.0)
    }
}

/// In the answers, the build writes a paragraph `{other_numbers}` as this
/// mark, which [`Help::fill_answer`] replaces with the reader's
/// [`Help::lines`]: search finds no words in it.
pub const OTHER_NUMBERS: &str = "<!--numbers-->";

/// In the answers, the build writes `{emergency}` as "your local emergency
/// number" between these two marks: search reads the words (answers are
/// indexed once per language, for every country), and the widget puts the
/// reader's numbers in their place when it shows the answer
/// ([`Help::fill_answer`]).
pub const EMERGENCY_FROM: &str = "<!--emergency-->";
pub const EMERGENCY_TO: &str = "<!--/emergency-->";

#[derive(Debug, PartialEq)]
pub struct Callout {
    pub emergency: bool,
    pub title: &'static str,
    pub body: Markup,
    pub sources: Cites,
}

#[derive(Debug, PartialEq)]
pub struct KeyFact {
    /// A `<p>`.
    pub text: Markup,
    pub sources: Cites,
}

/// The sources a text cites: indexes into [`Locale::source_links`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cites(pub &'static [u8]);

#[derive(Debug, PartialEq)]
pub struct Category {
    pub title: &'static str,
    pub entries: &'static [Entry],
}

#[derive(Debug, PartialEq)]
pub struct Entry {
    /// Stable across languages: it names the entry's URL fragment.
    pub id: &'static str,
    pub question: &'static str,
    /// The answer's paragraphs and lists (searchable: see [`crate::markup::text_of`]).
    pub answer: Markup,
    pub sources: Cites,
}

#[derive(Debug, PartialEq)]
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
pub struct Treatment {
    pub id: &'static str,
    pub name: &'static str,
    /// Labels its cells where the table stacks on narrow screens.
    pub short: &'static str,
    /// Brand or other names; may be empty.
    pub also_called: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct Cell {
    /// An FDA boxed warning: highlighted, and labelled in the markup.
    pub boxed_warning: bool,
    /// The text, after a boxed-warning label if it has one.
    pub markup: Markup,
    pub sources: Cites,
}

impl Locale {
    /// Whether the guide is due for review on `today` (days since
    /// 1970-01-01, by the reader's clock): from the `next_review` date on
    /// (UTC). Decided at run time, as a release may stay hosted long after
    /// it was built.
    pub fn due_for_review(&self, today: u32) -> bool {
        today >= self.next_review
    }

    /// Who to call in a country (an upper-case ISO 3166-1 code), else the
    /// wording that works anywhere.
    pub fn help(&self, country: Option<[u8; 2]>) -> &'static Help {
        let help: &'static [Help] = self.help;
        let code = country.map_or(0, u16::from_be_bytes);
        for h in help {
            for &c in h.countries {
                if c == code {
                    return h;
                }
            }
        }
        &help[help.len() - 1]
    }

    /// All FAQ entries in order, across categories.
    pub fn entries(&self) -> impl Iterator<Item = &'static Entry> + use<> {
        let faq: &'static [Category] = self.faq;
        faq.iter().flat_map(|c| c.entries.iter())
    }

    /// "Sources: link, link", as markup. Composed at run time, from links
    /// stored once, because most links are cited many times.
    pub fn cites(&self, cites: Cites) -> String {
        let mut out =
            String::from("<p class=\"source-links\"><span class=\"source-links__label\">");
        escape(&mut out, self.ui.sources_label);
        out.push_str(":</span> ");
        let links = cites
            .0
            .iter()
            .filter_map(|&i| self.source_links.get(i as usize));
        for (n, link) in links.enumerate() {
            if n > 0 {
                out.push_str(", ");
            }
            out.push_str(link.0);
        }
        out.push_str("</p>");
        out
    }

    /// The key facts, as `<li>` items with their sources.
    pub fn key_facts_markup(&self) -> String {
        let mut out = String::new();
        for fact in self.key_facts {
            out.push_str("<li>");
            out.push_str(fact.text.0);
            out.push_str(&self.cites(fact.sources));
            out.push_str("</li>");
        }
        out
    }

    /// Every source, as `<li>` items.
    pub fn sources_markup(&self) -> String {
        let mut out = String::new();
        for link in self.source_links {
            out.push_str("<li>");
            out.push_str(link.0);
            out.push_str("</li>");
        }
        out
    }
}

impl Comparison {
    pub fn cell(&self, attribute: usize, treatment: usize) -> Option<&'static Cell> {
        let cells: &'static [Cell] = self.cells;
        cells.get(attribute * self.treatments.len() + treatment)
    }

    /// Whether any treatment's cell in this row is an FDA boxed warning. Such
    /// rows stay in view when a phone shows one attribute at a time, whatever
    /// treatments are compared.
    pub fn has_boxed_warning(&self, attribute: usize) -> bool {
        (0..self.treatments.len())
            .filter_map(|t| self.cell(attribute, t))
            .any(|cell| cell.boxed_warning)
    }

    /// Whether any of `treatment`'s cells is an FDA boxed warning: the picker
    /// says so beside its name, so a treatment left out of the comparison
    /// does not hide its boxed warning.
    pub fn treatment_has_boxed_warning(&self, treatment: usize) -> bool {
        (0..self.attributes.len())
            .filter_map(|a| self.cell(a, treatment))
            .any(|cell| cell.boxed_warning)
    }

    /// The rows a phone lets the reader step through, one at a time: every
    /// row without a boxed warning (those are always shown).
    pub fn steppable(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.attributes.len()).filter(|&a| !self.has_boxed_warning(a))
    }

    /// The row after `attribute` among [`Comparison::steppable`], back to the
    /// first after the last.
    pub fn next_steppable(&self, attribute: usize) -> Option<usize> {
        self.steppable()
            .find(|&a| a > attribute)
            .or_else(|| self.steppable().next())
    }
}
