//! One compiled locale as a text file, so each language can be its own build
//! artefact, fetched only by the readers who use it, and decoded in the wasm
//! by 1.8 KB (brotli) of code, where a JSON parser cost 13 KB. Measured with
//! both languages still in the wasm, the text form plus this decoder came to
//! 1.3 KB less than the statics the build used to bake into the wasm (whose
//! pointers and lengths cost more than the digits and separators here).
//!
//! The format: [`MARKER`], then every value of [`Locale`] in a fixed order
//! (the order of the fields, depth first), each ended by [`END`] (U+001F, the
//! unit separator), which content never contains (`load` refuses control
//! characters). Texts and markup are written as they are; numbers, list
//! lengths and booleans (`0`/`1`) as decimal digits; a list is its length,
//! then its items; a [`Help`]'s countries are one value of two-letter codes
//! (`USCAMX`). The file is UTF-8 text, so it can travel in one compressed
//! file with the pre-rendered HTML of the same words, which brotli then
//! costs almost nothing. To read one: `tr '\037' '\n' < en.locale`.
//!
//! [`decode`] borrows every text from its input (leaked, so `'static`, as
//! the statics the build baked were) and leaks the slices it builds: a locale is
//! decoded once per page and language.

use crate::Ui;
use crate::compiled::{
    Callout, Category, Cell, Cites, Comparison, Entry, Help, KeyFact, Locale, Markup, Treatment,
};

/// The start of every file. Change the number whenever the format or the
/// compiled types change, so that a file from another release is refused
/// (the wire tests' sample file fails until it is updated).
pub const MARKER: &str = "baclofen-guide locale 2\u{1f}";

/// Ends every value.
pub const END: char = '\u{1f}';

/// Why a file could not be decoded, and the byte offset where that was
/// found. Reported as it is: the wasm carries no formatting for it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WireError {
    pub reason: &'static str,
    pub at: usize,
}

/// The [`Ui`] texts in file order (the twelve months follow them): one list
/// for both directions, so they cannot disagree.
macro_rules! ui_fields {
    ($then:ident!($($args:tt)*)) => {
        $then!($($args)*;
            key_facts_heading faq_heading compare_heading sources_heading safety_heading
            safety_short number_or emergency_any emergency_examples poison_line urgent_line
            show_all hide_all sources_label new_tab published_by last_reviewed last_checked
            next_review review_due version reviewed_by not_reviewed conflicts_of_interest
            compare_choose compare_hint compare_limit compare_show compare_next sources_all
            boxed_warning language_label print copy_link link_copied link_in_address_bar
            search_label search_hint search_results_one search_results_many search_none
            clear_search date_format)
    };
}

/// Decodes a file written by [`encode`]. Never panics: a truncated, foreign
/// or damaged file is a [`WireError`].
pub fn decode(text: &'static str) -> Result<Locale, WireError> {
    let Some(rest) = text.strip_prefix(MARKER) else {
        return Err(WireError {
            reason: "not a locale file of this release",
            at: 0,
        });
    };
    let r = &mut Reader {
        text,
        rest,
        error: None,
    };
    macro_rules! read_ui {
        ($r:ident; $($field:ident)*) => {{
            let [$($field),*] = $r.texts();
            Ui { $($field,)* months: $r.texts() }
        }};
    }
    let locale = Locale {
        lang: r.text(),
        language_name: r.text(),
        title: r.text(),
        intro: r.text(),
        ui: ui_fields!(read_ui!(r)),
        safety: r.list(|r| Callout {
            emergency: r.flag(),
            title: r.text(),
            body: r.markup(),
            sources: r.cites(),
        }),
        key_facts: r.list(|r| KeyFact {
            text: r.markup(),
            sources: r.cites(),
        }),
        faq: r.list(|r| Category {
            title: r.text(),
            entries: r.list(|r| Entry {
                id: r.text(),
                question: r.text(),
                answer: r.markup(),
                sources: r.cites(),
            }),
        }),
        comparison: Comparison {
            intro: r.text(),
            caption: r.text(),
            default_selection: r.list(Reader::byte),
            treatments: r.list(|r| Treatment {
                id: r.text(),
                name: r.text(),
                short: r.text(),
                also_called: r.text(),
            }),
            attributes: r.list(Reader::text),
            cells: r.list(|r| Cell {
                boxed_warning: r.flag(),
                markup: r.markup(),
                sources: r.cites(),
            }),
        },
        source_links: r.list(Reader::markup),
        review: r.markup(),
        next_review: r.number(),
        review_record: r.markup(),
        synonyms: r.list(|r| r.list(Reader::text)),
        help: r.list(|r| Help {
            countries: r.countries(),
            emergency: r.text(),
            lines: r.markup(),
        }),
    };
    if !r.rest.is_empty() {
        r.fail("data after the end", r.at());
    }
    // `Locale::help` falls back on the last: there must be one.
    if locale.help.is_empty() {
        r.fail("no emergency help", r.at());
    }
    match r.error {
        Some(error) => Err(error),
        None => Ok(locale),
    }
}

/// What is left of the input, and the first error. Reads never fail: after
/// an error they give empty values (the rest is dropped, so that is quick)
/// and `decode` reports the error at the end. Every read is then a plain
/// call, with no error branch at each of the hundred places that read: the
/// decoder is wasm every reader downloads. Item readers are `fn` pointers,
/// so that [`Reader::list`] is compiled once per item type, not per call.
struct Reader {
    text: &'static str,
    rest: &'static str,
    error: Option<WireError>,
}

impl Reader {
    fn at(&self) -> usize {
        self.text.len() - self.rest.len()
    }

    /// Records the first error, and drops the rest.
    fn fail(&mut self, reason: &'static str, at: usize) {
        if self.error.is_none() {
            self.error = Some(WireError { reason, at });
        }
        self.rest = "";
    }

    fn text(&mut self) -> &'static str {
        match self.rest.split_once(END) {
            Some((value, rest)) => {
                self.rest = rest;
                value
            }
            None => {
                self.fail("cut short", self.at());
                ""
            }
        }
    }

    /// `N` texts, in order.
    fn texts<const N: usize>(&mut self) -> [&'static str; N] {
        let mut texts = [""; N];
        for text in &mut texts {
            *text = self.text();
        }
        texts
    }

    fn markup(&mut self) -> Markup {
        Markup(self.text())
    }

    /// Up to nine decimal digits (no overflow), parsed by hand: `str::parse`
    /// would bring its error formatting into the wasm.
    fn number(&mut self) -> u32 {
        let at = self.at();
        let digits = self.text();
        let mut n = 0u32;
        let mut good = (1..=9).contains(&digits.len());
        for b in digits.bytes().take(9) {
            let digit = b.wrapping_sub(b'0');
            good &= digit <= 9;
            // Wraps only on a bad digit, when `n` is thrown away.
            n = n.wrapping_mul(10).wrapping_add(u32::from(digit));
        }
        if !good {
            self.fail("bad number", at);
            return 0;
        }
        n
    }

    fn byte(&mut self) -> u8 {
        let at = self.at();
        let n = self.number();
        if n > 255 {
            self.fail("bad number", at);
        }
        n as u8
    }

    fn flag(&mut self) -> bool {
        let at = self.at();
        let n = self.byte();
        if n > 1 {
            self.fail("bad flag", at);
        }
        n == 1
    }

    fn cites(&mut self) -> Cites {
        Cites(self.list(Reader::byte))
    }

    fn countries(&mut self) -> &'static [u16] {
        let at = self.at();
        let codes = self.text().as_bytes();
        if codes.len() % 2 != 0 {
            self.fail("bad country codes", at);
        }
        let mut countries = Vec::with_capacity(codes.len() / 2);
        for code in codes.chunks_exact(2) {
            countries.push(code.iter().fold(0, |code, &b| code << 8 | u16::from(b)));
        }
        countries.leak()
    }

    /// A length, then that many items. Each item takes at least one byte,
    /// so a length beyond what is left is refused before anything is
    /// allocated for it.
    fn len(&mut self) -> usize {
        let at = self.at();
        let len = self.number() as usize;
        if len > self.rest.len() {
            self.fail("bad length", at);
            return 0;
        }
        len
    }

    /// A list (see [`Reader::len`]). The one generic function: its copies,
    /// one per item type, are kept small. `collect` and `into_boxed_slice`
    /// cost 7 KB more of wasm (before compression) over the eleven types,
    /// and `push` 0.3 KB brotli for a capacity check that never fails.
    fn list<T>(&mut self, item: fn(&mut Reader) -> T) -> &'static [T] {
        let len = self.len();
        let mut items = Vec::with_capacity(len);
        for slot in items.spare_capacity_mut().iter_mut().take(len) {
            slot.write(item(self));
        }
        // SAFETY: the capacity is at least `len`, and the first `len` items
        // are written.
        unsafe { items.set_len(len) };
        items.leak()
    }
}

/// Writes a compiled locale in the format [`decode`] reads. Runs at build
/// time, on validated content: a text holding [`END`] (which validation
/// refuses) is a bug, and panics.
#[cfg(feature = "load")]
pub fn encode(locale: &Locale) -> String {
    let w = &mut Writer(String::from(MARKER));
    w.text(locale.lang);
    w.text(locale.language_name);
    w.text(locale.title);
    w.text(locale.intro);
    let ui = &locale.ui;
    macro_rules! write_ui {
        ($w:ident; $($field:ident)*) => {
            $($w.text(ui.$field);)*
            for month in ui.months {
                $w.text(month);
            }
        };
    }
    ui_fields!(write_ui!(w));
    w.list(locale.safety, |w, callout| {
        w.flag(callout.emergency);
        w.text(callout.title);
        w.text(callout.body.0);
        w.cites(callout.sources);
    });
    w.list(locale.key_facts, |w, fact| {
        w.text(fact.text.0);
        w.cites(fact.sources);
    });
    w.list(locale.faq, |w, category| {
        w.text(category.title);
        w.list(category.entries, |w, entry| {
            w.text(entry.id);
            w.text(entry.question);
            w.text(entry.answer.0);
            w.cites(entry.sources);
        });
    });
    let cmp = &locale.comparison;
    w.text(cmp.intro);
    w.text(cmp.caption);
    w.list(cmp.default_selection, |w, &i| w.number(i.into()));
    w.list(cmp.treatments, |w, t| {
        w.text(t.id);
        w.text(t.name);
        w.text(t.short);
        w.text(t.also_called);
    });
    w.list(cmp.attributes, |w, attribute| w.text(attribute));
    w.list(cmp.cells, |w, cell| {
        w.flag(cell.boxed_warning);
        w.text(cell.markup.0);
        w.cites(cell.sources);
    });
    w.list(locale.source_links, |w, link| w.text(link.0));
    w.text(locale.review.0);
    w.number(locale.next_review);
    w.text(locale.review_record.0);
    w.list(locale.synonyms, |w, group| {
        w.list(group, |w, term| w.text(term));
    });
    w.list(locale.help, |w, help| {
        let mut codes = String::new();
        for code in help.countries {
            let [a, b] = code.to_be_bytes();
            assert!(
                a.is_ascii_uppercase() && b.is_ascii_uppercase(),
                "wire: country code {code:#06x} is not two capital letters"
            );
            codes.push(char::from(a));
            codes.push(char::from(b));
        }
        w.text(&codes);
        w.text(help.emergency);
        w.text(help.lines.0);
    });
    std::mem::take(&mut w.0)
}

#[cfg(feature = "load")]
struct Writer(String);

#[cfg(feature = "load")]
impl Writer {
    fn text(&mut self, text: &str) {
        assert!(
            !text.contains(END),
            "wire: content holds U+001F, which validation refuses: {text:?}"
        );
        self.0.push_str(text);
        self.0.push(END);
    }

    fn number(&mut self, n: u32) {
        self.text(&n.to_string());
    }

    fn flag(&mut self, flag: bool) {
        self.text(if flag { "1" } else { "0" });
    }

    fn cites(&mut self, cites: Cites) {
        self.list(cites.0, |w, &i| w.number(i.into()));
    }

    fn list<T>(&mut self, items: &[T], mut item: impl FnMut(&mut Writer, &T)) {
        self.number(u32::try_from(items.len()).expect("wire: a list of under 2^32 items"));
        for each in items {
            item(self, each);
        }
    }
}
