//! Turns validated content into what the widget bakes in: prose rendered to
//! escaped HTML by [`crate::markup`], references resolved to indexes, and the
//! result written as Rust source by [`bake`].

use crate::compiled::{self, Cites, Markup};
use crate::content;
use crate::markup;

/// Compiles one validated locale. Runs in the build script, whose process
/// ends right after: the strings are leaked to give them the `'static`
/// lifetime the baked types have.
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
    let treatment_index = |id: &str| cmp.treatments.iter().position(|t| t.id == id);

    compiled::Locale {
        lang: text(&locale.lang),
        language_name: text(&locale.meta.language_name),
        title: text(&locale.meta.title),
        intro: text(&locale.meta.intro),
        ui: leak_ui(ui),
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
                                answer: render(&|out| markup::blocks(out, &entry.answer)),
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
        review_record: render(&|out| markup::review_record(out, ui, &locale.meta)),
        synonyms: slice(
            locale
                .search
                .synonyms
                .iter()
                .map(|group| slice(group.iter().map(|term| text(term)).collect()))
                .collect(),
        ),
    }
}

fn slice<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

/// The interface text the widget needs at run time. Labels used only in
/// markup rendered here (the review footer and its dates, source links, the
/// boxed-warning label) are left empty: the wasm would carry them twice.
fn leak_ui(ui: &crate::Ui<String>) -> crate::Ui<&'static str> {
    let leaked: &'static crate::Ui<String> = Box::leak(Box::new(ui.clone()));
    crate::Ui {
        published_by: "",
        last_reviewed: "",
        next_review: "",
        reviewed_by: "",
        not_reviewed: "",
        conflicts_of_interest: "",
        new_tab: "",
        boxed_warning: "",
        // Not shown: the picker disables the boxes instead.
        compare_limit: "",
        months: [""; 12],
        date_format: "",
        ..leaked.borrowed()
    }
}

/// Rust source for the compiled locales: `pub static LOCALES: &[Locale]`.
pub fn bake(locales: &[compiled::Locale]) -> String {
    use databake::Bake;
    let env = databake::CrateEnv::default();
    let tokens = <&[compiled::Locale] as Bake>::bake(&locales, &env);
    format!("pub static LOCALES: &[baclofen_guide_model::compiled::Locale] = {tokens};\n")
}
