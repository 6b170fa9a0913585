//! The locale files of `wire`: every real locale comes back exactly as
//! compiled, and a damaged file is an error, never a panic.
//!
//! Run with `cargo test -p baclofen-guide-model --features load`.

#![cfg(feature = "load")]

mod common;

use baclofen_guide_model::Ui;
use baclofen_guide_model::compile::compile;
use baclofen_guide_model::compiled::{
    Callout, Category, Cell, Cites, Comparison, Entry, Help, KeyFact, Locale, Markup, Treatment,
};
use baclofen_guide_model::wire::{END, MARKER, WireError, decode, encode};
use common::{fail_if_any, locales};

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

fn slice<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

/// The real locales, compiled as the build compiles them, and encoded.
fn real() -> Vec<(Locale, &'static str)> {
    locales()
        .iter()
        .map(|source| {
            let compiled = compile(source);
            let text = leak(encode(&compiled));
            (compiled, text)
        })
        .collect()
}

#[test]
fn every_real_locale_comes_back_as_compiled() {
    let real = real();
    assert_eq!(real.len(), 2, "en and es");
    let failures = real
        .iter()
        .filter(|(compiled, text)| decode(text).as_ref() != Ok(compiled))
        .map(|(compiled, _)| format!("{} does not come back as compiled", compiled.lang))
        .collect();
    fail_if_any(failures);
}

#[test]
fn texts_are_borrowed_from_the_file_not_copied() {
    let (_, text) = &real()[0];
    let decoded = decode(text).unwrap();
    let file = text.as_bytes().as_ptr_range();
    for borrowed in [decoded.title, decoded.faq[0].entries[0].answer.0] {
        assert!(file.contains(&borrowed.as_ptr()), "{borrowed:?} was copied");
    }
}

/// A locale with one or two of everything, to read as text.
fn sample() -> Locale {
    Locale {
        lang: "en",
        language_name: "English",
        title: "Title",
        intro: "Intro",
        ui: Ui {
            faq_heading: "FAQ",
            months: ["Jan", "", "", "", "", "", "", "", "", "", "", "Dec"],
            date_format: "{day} {month} {year}",
            ..Ui::default()
        },
        safety: slice(vec![Callout {
            emergency: true,
            title: "Call",
            body: Markup("<p>Call {emergency}.</p>"),
            sources: Cites(&[0, 1]),
        }]),
        key_facts: slice(vec![KeyFact {
            text: Markup("<p>Fact</p>"),
            sources: Cites(&[1]),
        }]),
        faq: slice(vec![Category {
            title: "Cat",
            entries: slice(vec![Entry {
                id: "q",
                question: "Q?",
                answer: Markup("<p>A &amp; B</p>"),
                sources: Cites(&[]),
            }]),
        }]),
        comparison: Comparison {
            intro: "Cmp",
            caption: "Cap",
            default_selection: &[0, 1],
            treatments: slice(vec![Treatment {
                id: "t",
                name: "T",
                short: "T",
                also_called: "",
            }]),
            attributes: &["A"],
            cells: slice(vec![Cell {
                boxed_warning: false,
                markup: Markup("x"),
                sources: Cites(&[255]),
            }]),
        },
        source_links: &[Markup("<a>0</a>"), Markup("<a>1</a>")],
        review: Markup("R"),
        next_review: 20820,
        review_record: Markup("RR"),
        synonyms: &[&["kid", "child"]],
        help: slice(vec![
            Help {
                countries: &[0x5553, 0x4341],
                emergency: "911",
                lines: Markup(""),
            },
            Help {
                countries: &[],
                emergency: "your local emergency number",
                lines: Markup("<p>e.g.</p>"),
            },
        ]),
    }
}

/// The format, spelled out. If this fails, the format changed: change the
/// number in `MARKER` (files from the old release must be refused), then
/// this text.
#[test]
fn the_format_is_what_it_was() {
    let text = encode(&sample());
    let expected = [
        "baclofen-guide locale 2|en|English|Title|Intro|",
        // The interface texts: the second, 40 empty ones, the date format.
        "|FAQ|",
        &"|".repeat(40),
        "{day} {month} {year}|",
        "Jan|||||||||||Dec|",
        "1|1|Call|<p>Call {emergency}.</p>|2|0|1|",
        "1|<p>Fact</p>|1|1|",
        "1|Cat|1|q|Q?|<p>A &amp; B</p>|0|",
        "Cmp|Cap|2|0|1|1|t|T|T||1|A|1|0|x|1|255|",
        "2|<a>0</a>|<a>1</a>|R|20820|RR|",
        "1|2|kid|child|",
        "2|USCA|911|||your local emergency number|<p>e.g.</p>|",
    ]
    .concat();
    assert_eq!(text.replace(END, "|"), expected);
    assert_eq!(decode(leak(text)), Ok(sample()));
}

#[test]
fn a_file_of_another_release_or_kind_is_refused_at_the_start() {
    let (_, text) = &real()[0];
    let other = text.replacen("locale 2", "locale 1", 1);
    for foreign in [
        leak(other),
        "",
        "{\"lang\":\"en\"}",
        "baclofen-guide locale 2",
    ] {
        assert_eq!(
            decode(foreign).map(|_| ()),
            Err(WireError {
                reason: "not a locale file of this release",
                at: 0
            }),
            "{:?}",
            &foreign[..foreign.len().min(30)]
        );
    }
}

/// Every prefix of the sample, cut at every character, and every prefix of
/// the real locales cut at every value.
#[test]
fn a_file_cut_short_anywhere_is_an_error() {
    let sample = leak(encode(&sample()));
    let mut cuts: Vec<&'static str> = (0..sample.len())
        .filter(|&i| sample.is_char_boundary(i))
        .map(|i| &sample[..i])
        .collect();
    for (_, text) in real() {
        let ends = text.match_indices(END).map(|(i, _)| i);
        cuts.extend(
            ends.flat_map(|i| [&text[..i], &text[..=i]])
                .filter(|cut| cut.len() < text.len()),
        );
    }
    assert!(cuts.len() > 2000, "{} cuts", cuts.len());
    for cut in cuts {
        assert!(
            decode(cut).is_err(),
            "a cut after {} bytes decoded",
            cut.len()
        );
    }
}

#[test]
fn data_after_the_end_is_an_error() {
    let (_, text) = &real()[1];
    for extra in ["x", "\u{1f}", "0\u{1f}"] {
        let error = decode(leak(format!("{text}{extra}"))).unwrap_err();
        assert_eq!(error.reason, "data after the end");
        assert_eq!(error.at, text.len());
    }
}

/// The sample with its `index`th value (after the marker) replaced.
fn with_value(index: usize, value: &str) -> &'static str {
    let text = encode(&sample());
    let mut values: Vec<&str> = text[MARKER.len()..].split(END).collect();
    values[index] = value;
    leak(format!("{MARKER}{}", values.join("\u{1f}")))
}

/// The value after the 4 texts, the 43 interface texts and the 12 months.
const SAFETY_LENGTH: usize = 4 + 43 + 12;

#[test]
fn a_bad_length_or_number_is_an_error() {
    assert_eq!(with_value(SAFETY_LENGTH, "1"), encode(&sample()));
    for (value, reason) in [
        ("999999999", "bad length"),
        ("1000000000", "bad number"),
        ("99999999999999999999", "bad number"),
        ("99999999x", "bad number"),
        ("", "bad number"),
        ("-1", "bad number"),
        ("1 ", "bad number"),
        ("١", "bad number"),
    ] {
        let error = decode(with_value(SAFETY_LENGTH, value)).unwrap_err();
        assert_eq!(error.reason, reason, "length {value:?}");
    }
    // Too many items: the rest of the file is read as callouts, and fails.
    for value in ["2", "3", "50"] {
        assert!(decode(with_value(SAFETY_LENGTH, value)).is_err(), "{value}");
    }
    // The flag, then a cited source's index past a byte.
    assert_eq!(
        decode(with_value(SAFETY_LENGTH + 1, "2"))
            .unwrap_err()
            .reason,
        "bad flag"
    );
    assert_eq!(
        decode(with_value(SAFETY_LENGTH + 6, "256"))
            .unwrap_err()
            .reason,
        "bad number"
    );
    let error = decode(with_value(SAFETY_LENGTH, "x")).unwrap_err();
    let offset = encode(&sample())
        .match_indices(END)
        .nth(SAFETY_LENGTH)
        .unwrap()
        .0
        + 1;
    assert_eq!(error.at, offset, "the offset of the bad value");
}

#[test]
fn an_odd_number_of_country_letters_or_no_help_is_an_error() {
    // The first help's countries: the sixth value from the end.
    let countries = encode(&sample()).matches(END).count() - 1 - 6;
    assert_eq!(with_value(countries, "USCA"), encode(&sample()));
    assert_eq!(
        decode(with_value(countries, "USC")).unwrap_err().reason,
        "bad country codes"
    );
    let none = encode(&Locale {
        help: &[],
        ..sample()
    });
    assert_eq!(decode(leak(none)).unwrap_err().reason, "no emergency help");
}

/// Whatever one value is replaced with, decoding answers without a panic.
#[test]
fn any_value_replaced_decodes_or_fails_without_a_panic() {
    let values = encode(&sample()).matches(END).count();
    for index in 0..values {
        for value in ["", "0", "1", "7", "999999999", "x", "US", "\u{e9}"] {
            let _ = decode(with_value(index, value));
        }
    }
}

#[test]
#[should_panic(expected = "U+001F")]
fn a_text_holding_the_separator_is_not_written() {
    encode(&Locale {
        title: "a\u{1f}b",
        ..sample()
    });
}

/// A small deterministic generator (xorshift): the same odd locales on
/// every run.
struct Odd(u64);

impl Odd {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 33) as usize
    }

    fn text(&mut self) -> &'static str {
        const ODD: &[&str] = &[
            "",
            " ",
            "0",
            "12",
            "\u{e9}",
            "a\u{301}",
            "日本語",
            "🙂👍🏽",
            "\u{200b}",
            "\"quoted\" & 'single'",
            "<p class=\"x\">a &amp; b &lt;c&gt;</p>",
            "<a href=\"https://nih.gov/?a=1&amp;b=2\" target=\"_blank\">x</a>",
            "{emergency}",
            "line\nbreak\ttab\r",
            "\u{7f}\u{80}\u{ffff}",
            "trailing\\",
        ];
        let n = self.next() % 4;
        leak((0..n).map(|_| ODD[self.next() % ODD.len()]).collect())
    }

    fn list<T>(&mut self, mut item: impl FnMut(&mut Odd) -> T) -> &'static [T] {
        let n = self.next() % 4;
        slice((0..n).map(|_| item(self)).collect())
    }

    fn cites(&mut self) -> Cites {
        Cites(self.list(|o| o.next() as u8))
    }

    fn locale(&mut self) -> Locale {
        Locale {
            lang: self.text(),
            language_name: self.text(),
            title: self.text(),
            intro: self.text(),
            ui: Ui {
                sources_label: self.text(),
                search_results_many: self.text(),
                months: std::array::from_fn(|_| self.text()),
                date_format: self.text(),
                ..Ui::default()
            },
            safety: self.list(|o| Callout {
                emergency: o.next() % 2 == 0,
                title: o.text(),
                body: Markup(o.text()),
                sources: o.cites(),
            }),
            key_facts: self.list(|o| KeyFact {
                text: Markup(o.text()),
                sources: o.cites(),
            }),
            faq: self.list(|o| Category {
                title: o.text(),
                entries: o.list(|o| Entry {
                    id: o.text(),
                    question: o.text(),
                    answer: Markup(o.text()),
                    sources: o.cites(),
                }),
            }),
            comparison: Comparison {
                intro: self.text(),
                caption: self.text(),
                default_selection: self.list(|o| o.next() as u8),
                treatments: self.list(|o| Treatment {
                    id: o.text(),
                    name: o.text(),
                    short: o.text(),
                    also_called: o.text(),
                }),
                attributes: self.list(Odd::text),
                cells: self.list(|o| Cell {
                    boxed_warning: o.next() % 2 == 0,
                    markup: Markup(o.text()),
                    sources: o.cites(),
                }),
            },
            source_links: self.list(|o| Markup(o.text())),
            review: Markup(self.text()),
            next_review: self.next() as u32 % 1_000_000_000,
            review_record: Markup(self.text()),
            synonyms: self.list(|o| o.list(Odd::text)),
            help: {
                let mut help = self.list(|o| Help {
                    countries: o.list(|o| {
                        let letter = |o: &mut Odd| b'A' + (o.next() % 26) as u8;
                        u16::from_be_bytes([letter(o), letter(o)])
                    }),
                    emergency: o.text(),
                    lines: Markup(o.text()),
                });
                if help.is_empty() {
                    help = slice(vec![Help {
                        countries: &[],
                        emergency: "",
                        lines: Markup(""),
                    }]);
                }
                help
            },
        }
    }
}

#[test]
fn odd_texts_and_lengths_come_back_as_they_were() {
    let mut odd = Odd(0x9e37_79b9_7f4a_7c15);
    for _ in 0..500 {
        let locale = odd.locale();
        let text = leak(encode(&locale));
        assert_eq!(decode(text).as_ref(), Ok(&locale), "{text:?}");
    }
}
