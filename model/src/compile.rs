//! Turns validated content into what the widget shows: prose rendered to
//! escaped HTML by [`crate::markup`] and references resolved to indexes;
//! [`crate::wire`] then writes it as each language's file.

use crate::compiled::{self, Cites, Markup};
use crate::content::{self, EMERGENCY_NUMBERS};
use crate::markup;

/// Compiles one validated locale. Runs in the build script, whose process
/// ends right after: the strings are leaked to give them the `'static`
/// lifetime the compiled types have.
pub fn compile(locale: &content::Locale) -> compiled::Locale {
    let ui = &locale.ui;
    let text = |s: &str| -> &'static str { Box::leak(s.to_owned().into_boxed_str()) };
    let render = |f: &dyn Fn(&mut String)| {
        let mut out = String::new();
        f(&mut out);
        Markup(Box::leak(out.into_boxed_str()))
    };
    let sources = |ids: &[String]| -> Cites {
        let position = |id: &String| locale.sources.iter().position(|s| &s.id == id);
        let index = |i: usize| u8::try_from(i).expect("at most 256 sources per language");
        Cites(slice(ids.iter().filter_map(position).map(index).collect()))
    };
    let cmp = &locale.comparison;
    let help = help(locale);
    // What `{emergency}` says where the country is not known (the last group).
    let anywhere = help.last().expect("the group for anywhere").1.clone();
    let marked_anywhere = [compiled::EMERGENCY_FROM, &anywhere, compiled::EMERGENCY_TO].concat();
    let treatment_index = |id: &str| cmp.treatments.iter().position(|t| t.id == id);

    compiled::Locale {
        lang: text(&locale.lang),
        language_name: text(&locale.meta.language_name),
        title: text(&locale.meta.title),
        intro: text(&locale.meta.intro),
        ui: crate::Ui {
            // Counted here: formatting a number in the wasm costs more than the text.
            sources_all: Box::leak(
                ui.sources_all
                    .replace("{count}", &locale.sources.len().to_string())
                    .into_boxed_str(),
            ),
            ..leak_ui(ui)
        },
        safety: slice(
            locale
                .safety
                .iter()
                .map(|callout| compiled::Callout {
                    emergency: callout.kind == content::CalloutKind::Emergency,
                    title: text(&callout.title),
                    body: render(&|out| markup::blocks(out, &callout.body)),
                    sources: sources(&callout.sources),
                })
                .collect(),
        ),
        key_facts: slice(
            locale
                .key_facts
                .iter()
                .map(|fact| compiled::KeyFact {
                    text: render(&|out| markup::element(out, "p", &fact.text)),
                    sources: sources(&fact.sources),
                })
                .collect(),
        ),
        faq: slice(
            locale
                .faq
                .iter()
                .map(|category| compiled::Category {
                    title: text(&category.title),
                    entries: slice(
                        category
                            .entries
                            .iter()
                            .map(|entry| compiled::Entry {
                                id: text(&entry.id),
                                question: text(&entry.question),
                                // The reader's number is put in when the
                                // answer is shown (`Help::fill_answer`).
                                answer: render(&|out| {
                                    let mut answer = String::new();
                                    markup::blocks(&mut answer, &entry.answer);
                                    let placeholder =
                                        ["<p>", content::OTHER_NUMBERS_PLACEHOLDER, "</p>"]
                                            .concat();
                                    let answer =
                                        answer.replace(&placeholder, compiled::OTHER_NUMBERS);
                                    out.push_str(&answer.replace("{emergency}", &marked_anywhere));
                                }),
                                sources: sources(&entry.sources),
                            })
                            .collect(),
                    ),
                })
                .collect(),
        ),
        comparison: compiled::Comparison {
            intro: text(&cmp.intro),
            caption: text(&cmp.caption),
            default_selection: slice(
                cmp.default_selection
                    .iter()
                    .filter_map(|id| treatment_index(id))
                    .map(|i| i as u8)
                    .collect(),
            ),
            treatments: slice(
                cmp.treatments
                    .iter()
                    .map(|t| compiled::Treatment {
                        id: text(&t.id),
                        name: text(&t.name),
                        short: text(if t.short.is_empty() {
                            &t.name
                        } else {
                            &t.short
                        }),
                        also_called: text(&t.also_called),
                    })
                    .collect(),
            ),
            attributes: slice(cmp.attributes.iter().map(|a| text(&a.label)).collect()),
            cells: slice(
                cmp.attributes
                    .iter()
                    .flat_map(|a| cmp.treatments.iter().map(move |t| (a, t)))
                    .map(|(a, t)| {
                        let cell = cmp
                            .cell(&t.id, &a.id)
                            .expect("validated: every cell is given");
                        compiled::Cell {
                            boxed_warning: cell.boxed_warning,
                            markup: render(&|out| {
                                if cell.boxed_warning {
                                    out.push_str("<strong class=\"boxed-warning__label\">");
                                    markup::escape(out, &ui.boxed_warning);
                                    out.push_str(":</strong> ");
                                }
                                markup::escape(out, &cell.text);
                            }),
                            sources: sources(&cell.sources),
                        }
                    })
                    .collect(),
            ),
        },
        source_links: slice(
            locale
                .sources
                .iter()
                .map(|source| render(&|out| markup::source_link(out, ui, source)))
                .collect(),
        ),

        review: render(&|out| markup::review(out, ui, &locale.meta)),
        next_review: locale.meta.next_review.days(),
        // General advice, the same for every reader (it is in the
        // pre-rendered text, shared by every country): the safety box has
        // the reader's number.
        review_record: render(&|out| {
            let mut record = String::new();
            markup::review_record(&mut record, ui, &locale.meta);
            out.push_str(&record.replace("{emergency}", &anywhere));
        }),
        help: slice(
            help.into_iter()
                .map(|(countries, emergency, lines)| compiled::Help {
                    countries: slice(countries),
                    emergency: text(&emergency),
                    lines: render(&|out| {
                        for line in &lines {
                            out.push_str("<p>");
                            out.push_str(line);
                            out.push_str("</p>");
                        }
                    }),
                })
                .collect(),
        ),
        synonyms: slice(
            locale
                .search
                .synonyms
                .iter()
                .map(|group| {
                    let terms = synonym_terms(group, &locale.regions.regions);
                    slice(terms.into_iter().map(text).collect())
                })
                .collect(),
        ),
    }
}

/// A synonym group's terms, with [`EMERGENCY_NUMBERS`] standing for every
/// region's emergency numbers: a reader types the number they know ("911",
/// "999") and finds the answers that say when to call it.
fn synonym_terms<'a>(group: &'a [String], regions: &'a [content::Region]) -> Vec<&'a str> {
    let mut terms: Vec<&str> = Vec::new();
    for term in group {
        let expanded: Vec<&String> = if term == EMERGENCY_NUMBERS {
            regions.iter().flat_map(|r| &r.emergency).collect()
        } else {
            vec![term]
        };
        for term in expanded {
            if !terms.contains(&term.as_str()) {
                terms.push(term);
            }
        }
    }
    terms
}

/// One of the reader's phone numbers as markup: a link that calls it (a
/// reader on a phone taps it rather than typing it), kept on one line: a
/// phone screen must not break "1-800-222-1222" at a hyphen, or "13 11 26"
/// at a space.
fn number(number: &str) -> String {
    let mut out = String::from("<a class=\"number\" href=\"tel:");
    out.extend(number.chars().filter(|c| c.is_ascii_digit() || *c == '+'));
    out.push_str("\">");
    markup::escape(&mut out, number);
    out.push_str("</a>");
    out
}

/// Another country's number, as an example: kept on one line, not a link.
fn example(number: &str) -> String {
    let mut out = String::from("<span class=\"number\">");
    markup::escape(&mut out, number);
    out.push_str("</span>");
    out
}

/// `line` as markup, with `part` replaced by `number` (kept on one line).
fn with_number(line: &str, part: &str, phone: &str) -> String {
    let mut out = String::new();
    for (i, piece) in line.split(part).enumerate() {
        if i > 0 {
            out.push_str(&number(phone));
        }
        markup::escape(&mut out, piece);
    }
    out
}

/// For each region, then for anywhere: the country codes, what `{emergency}`
/// says (markup: each number a link), and the safety box's other lines
/// (markup), in this locale's words.
fn help(locale: &content::Locale) -> Vec<(Vec<u16>, String, Vec<String>)> {
    let ui = &locale.ui;
    let regions = &locale.regions.regions;
    let or = {
        let mut or = String::from(" ");
        markup::escape(&mut or, &ui.number_or);
        or.push(' ');
        or
    };
    let emergency = |r: &content::Region| {
        let numbers: Vec<String> = r.emergency.iter().map(|n| number(n)).collect();
        numbers.join(&or)
    };
    let help: Vec<_> = regions
        .iter()
        .map(|r| {
            let lines = [
                (&r.poison, &ui.poison_line, "{poison}"),
                (&r.urgent, &ui.urgent_line, "{urgent}"),
            ];
            let lines = lines
                .into_iter()
                .filter_map(|(number, line, part)| Some(with_number(line, part, number.as_ref()?)))
                .collect();
            let codes = r
                .countries
                .iter()
                .map(|c| u16::from_be_bytes([c.as_bytes()[0], c.as_bytes()[1]]));
            (codes.collect(), emergency(r), lines)
        })
        .collect();
    // Countries with the same numbers share one entry (Canada and Mexico).
    let mut merged: Vec<(Vec<u16>, String, Vec<String>)> = Vec::new();
    for (countries, emergency, lines) in help {
        match merged
            .iter_mut()
            .find(|(_, e, l)| *e == emergency && *l == lines)
        {
            Some(same) => same.0.extend(countries),
            None => merged.push((countries, emergency, lines)),
        }
    }
    let mut help = merged;
    let mut examples = String::new();
    markup::escape(&mut examples, &ui.emergency_examples);
    for r in regions {
        let numbers = r.emergency.join(&format!(" {} ", ui.number_or));
        examples = examples.replace(&format!("{{emergency:{}}}", r.id), &example(&numbers));
    }
    let mut anywhere = String::new();
    markup::escape(&mut anywhere, &ui.emergency_any);
    help.push((Vec::new(), anywhere, vec![examples]));
    help
}

fn slice<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

/// The interface text the widget needs at run time. Labels used only in
/// markup rendered here (the review footer and its dates, source links, the
/// emergency-number wording) are left empty: the wasm would carry them
/// twice. The boxed-warning label stays: the comparison's picker shows it.
fn leak_ui(ui: &crate::Ui<String>) -> crate::Ui<&'static str> {
    let leaked: &'static crate::Ui<String> = Box::leak(Box::new(ui.clone()));
    crate::Ui {
        published_by: "",
        last_reviewed: "",
        last_checked: "",
        next_review: "",
        reviewed_by: "",
        not_reviewed: "",
        conflicts_of_interest: "",
        new_tab: "",
        // Not shown: the picker disables the boxes instead.
        compare_limit: "",
        months: [""; 12],
        date_format: "",
        // The emergency-number wording is used here, by `help`.
        number_or: "",
        emergency_any: "",
        emergency_examples: "",
        poison_line: "",
        urgent_line: "",
        ..leaked.borrowed()
    }
}
