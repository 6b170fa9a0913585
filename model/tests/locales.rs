//! Every locale has what English has: the same FAQ categories and entries in
//! the same order, the same key facts, callouts, comparison table and UI
//! keys, the same review dates, and the sources English cites. And every
//! locale is translated: no text equals its English counterpart, outside a
//! short allow-list.
//!
//! English (`DEFAULT_LANG`) is the reference. The tests loop over whatever
//! folders `content/` has, so adding a language needs no change here.
//!
//! Run with `cargo test -p baclofen-guide-model --features load --test locales`.

#![cfg(feature = "load")]

mod common;

use baclofen_guide_model::Locale;
use baclofen_guide_model::load::DEFAULT_LANG;
use common::{content_dir, fail_if_any, locales};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// Strings that are rightly the same in English and another language. Keep
/// it short: a string here is never checked for translation. Brand names
/// (`also_called`) and source titles are not compared at all, so they need no
/// entry here.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
    // A generic medicine name spelled the same in English and Spanish
    // (the comparison's treatment name).
    "Diazepam",
    // A placeholder paragraph: the reader's other numbers (poison help,
    // urgent advice), filled in by the widget.
    "{other_numbers}",
];

/// English, and every other locale.
fn reference_and_others(locales: &[Locale]) -> (&Locale, &[Locale]) {
    let (reference, others) = locales.split_first().expect("content/ has locales");
    assert_eq!(
        reference.lang, DEFAULT_LANG,
        "load_content puts the default language first"
    );
    (reference, others)
}

/// The file of a locale, as editors see it: `content/es/faq.json`.
fn file(lang: &str, name: &str) -> String {
    format!("content/{lang}/{name}")
}

/// Compares a locale's ids with English's, in order, and says what is
/// missing, what English does not have, and what is out of order.
fn compare_ids(
    failures: &mut Vec<String>,
    place: &str,
    what: &str,
    reference: &[&str],
    other: &[&str],
) {
    let in_reference: HashSet<&str> = reference.iter().copied().collect();
    let in_other: HashSet<&str> = other.iter().copied().collect();
    let mut problem = false;
    for id in reference.iter().filter(|id| !in_other.contains(*id)) {
        failures.push(format!(
            "{place}: {what} \"{id}\" is missing (English has it)"
        ));
        problem = true;
    }
    for id in other.iter().filter(|id| !in_reference.contains(*id)) {
        failures.push(format!(
            "{place}: {what} \"{id}\" is not in English (ids must match English's)"
        ));
        problem = true;
    }
    if !problem && reference != other {
        failures.push(format!(
            "{place}: the {what} ids are not in English's order: expected {reference:?}, found {other:?}"
        ));
    }
}

#[test]
fn every_locale_has_the_faq_of_english_in_the_same_order() {
    let locales = locales();
    let (en, others) = reference_and_others(&locales);
    let mut failures = Vec::new();
    for locale in others {
        let place = file(&locale.lang, "faq.json");
        let ids = |l: &Locale| -> Vec<String> { l.faq.iter().map(|c| c.id.clone()).collect() };
        let (en_ids, ids_here) = (ids(en), ids(locale));
        compare_ids(
            &mut failures,
            &place,
            "category",
            &en_ids.iter().map(String::as_str).collect::<Vec<_>>(),
            &ids_here.iter().map(String::as_str).collect::<Vec<_>>(),
        );
        for category in en.faq.iter() {
            let Some(here) = locale.faq.iter().find(|c| c.id == category.id) else {
                continue;
            };
            compare_ids(
                &mut failures,
                &format!("{place}: category \"{}\"", category.id),
                "entry",
                &category
                    .entries
                    .iter()
                    .map(|e| e.id.as_str())
                    .collect::<Vec<_>>(),
                &here
                    .entries
                    .iter()
                    .map(|e| e.id.as_str())
                    .collect::<Vec<_>>(),
            );
        }
    }
    fail_if_any(failures);
}

#[test]
fn every_locale_has_the_key_facts_and_callouts_of_english() {
    let locales = locales();
    let (en, others) = reference_and_others(&locales);
    let mut failures = Vec::new();
    for locale in others {
        compare_ids(
            &mut failures,
            &file(&locale.lang, "key-facts.json"),
            "key fact",
            &en.key_facts
                .iter()
                .map(|f| f.id.as_str())
                .collect::<Vec<_>>(),
            &locale
                .key_facts
                .iter()
                .map(|f| f.id.as_str())
                .collect::<Vec<_>>(),
        );
        let place = file(&locale.lang, "safety.json");
        compare_ids(
            &mut failures,
            &place,
            "callout",
            &en.safety.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
            &locale
                .safety
                .iter()
                .map(|c| c.id.as_str())
                .collect::<Vec<_>>(),
        );
        for callout in en.safety.iter() {
            if let Some(here) = locale.safety.iter().find(|c| c.id == callout.id) {
                if here.kind != callout.kind {
                    failures.push(format!(
                        "{place}: callout \"{}\": kind is {:?}, English's is {:?}",
                        callout.id, here.kind, callout.kind
                    ));
                }
            }
        }
    }
    fail_if_any(failures);
}

#[test]
fn every_locale_has_the_comparison_of_english() {
    let locales = locales();
    let (en, others) = reference_and_others(&locales);
    let mut failures = Vec::new();
    let cells = |l: &Locale| -> BTreeMap<(String, String), bool> {
        l.comparison
            .cells
            .iter()
            .map(|c| ((c.treatment.clone(), c.attribute.clone()), c.boxed_warning))
            .collect()
    };
    let en_cells = cells(en);
    for locale in others {
        let place = file(&locale.lang, "comparison.json");
        let (ours, theirs) = (&en.comparison, &locale.comparison);
        compare_ids(
            &mut failures,
            &place,
            "treatment",
            &ours
                .treatments
                .iter()
                .map(|t| t.id.as_str())
                .collect::<Vec<_>>(),
            &theirs
                .treatments
                .iter()
                .map(|t| t.id.as_str())
                .collect::<Vec<_>>(),
        );
        compare_ids(
            &mut failures,
            &place,
            "attribute",
            &ours
                .attributes
                .iter()
                .map(|a| a.id.as_str())
                .collect::<Vec<_>>(),
            &theirs
                .attributes
                .iter()
                .map(|a| a.id.as_str())
                .collect::<Vec<_>>(),
        );
        if ours.default_selection != theirs.default_selection {
            failures.push(format!(
                "{place}: default_selection is {:?}, English's is {:?}",
                theirs.default_selection, ours.default_selection
            ));
        }
        let here = cells(locale);
        for ((t, a), boxed) in &en_cells {
            match here.get(&(t.clone(), a.clone())) {
                None => failures.push(format!(
                    "{place}: cell \"{t} × {a}\" is missing (English has it)"
                )),
                Some(b) if b != boxed => failures.push(format!(
                    "{place}: cell \"{t} × {a}\": boxed_warning is {b}, English's is {boxed}"
                )),
                Some(_) => {}
            }
        }
        for (t, a) in here.keys().filter(|k| !en_cells.contains_key(*k)) {
            failures.push(format!("{place}: cell \"{t} × {a}\" is not in English"));
        }
    }
    fail_if_any(failures);
}

/// The shape of a JSON value, to compare ui.json files: keys of objects,
/// lengths of arrays, and whether a value is text.
fn shape(value: &Value) -> String {
    match value {
        Value::String(_) => "text".into(),
        Value::Array(items) => format!("a list of {}", items.len()),
        Value::Object(_) => "an object".into(),
        other => format!("{other}"),
    }
}

fn read_ui(lang: &str) -> BTreeMap<String, Value> {
    let path = content_dir().join(lang).join("ui.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: cannot be read: {e}", file(lang, "ui.json")));
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Object(map)) => map.into_iter().collect(),
        Ok(_) => panic!("{}: is not a JSON object", file(lang, "ui.json")),
        Err(e) => panic!("{}: is not valid JSON: {e}", file(lang, "ui.json")),
    }
}

/// The language folders under `content/`, English first, read from the disk
/// rather than loaded, so a test can run when the content does not load.
fn lang_folders() -> Vec<String> {
    let mut langs: Vec<String> = std::fs::read_dir(content_dir())
        .expect("content/ can be read")
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    langs.sort_by_key(|lang| (lang != DEFAULT_LANG, lang.clone()));
    langs
}

#[test]
fn every_locale_has_the_ui_keys_of_english() {
    // Read from the JSON files, not through the loader and the `Ui` type, so
    // that a key added to English is reported here by name for every locale
    // that lacks it, even while that locale does not load.
    let langs = lang_folders();
    let (en, others) = langs.split_first().expect("content/ has locales");
    let reference = read_ui(en);
    let mut failures = Vec::new();
    for lang in others {
        let place = file(lang, "ui.json");
        let ui = read_ui(lang);
        let (keys, en_keys): (BTreeSet<&String>, BTreeSet<&String>) =
            (ui.keys().collect(), reference.keys().collect());
        for key in en_keys.difference(&keys) {
            failures.push(format!(
                "{place}: key \"{key}\" is missing (English has it)"
            ));
        }
        for key in keys.difference(&en_keys) {
            failures.push(format!("{place}: key \"{key}\" is not in English"));
        }
        for (key, value) in &reference {
            if let Some(here) = ui.get(key) {
                if shape(here) != shape(value) {
                    failures.push(format!(
                        "{place}: key \"{key}\" is {}, English's is {}",
                        shape(here),
                        shape(value)
                    ));
                }
            }
        }
    }
    fail_if_any(failures);
}

#[test]
fn every_locale_has_the_review_dates_of_english() {
    let locales = locales();
    let (en, others) = reference_and_others(&locales);
    let mut failures = Vec::new();
    for locale in others {
        let place = file(&locale.lang, "meta.json");
        for (field, ours, theirs) in [
            (
                "last_reviewed",
                en.meta.last_reviewed,
                locale.meta.last_reviewed,
            ),
            ("next_review", en.meta.next_review, locale.meta.next_review),
        ] {
            if ours != theirs {
                failures.push(format!(
                    "{place}: {field} is {}, English's is {} (a translation is reviewed with the English)",
                    theirs.iso(),
                    ours.iso()
                ));
            }
        }
    }
    fail_if_any(failures);
}

/// The sources each sourced item cites, by file and id.
fn citations(locale: &Locale) -> BTreeMap<String, Vec<&str>> {
    fn ids(sources: &[String]) -> Vec<&str> {
        sources.iter().map(String::as_str).collect()
    }
    let mut out = BTreeMap::new();
    for fact in locale.key_facts.iter() {
        out.insert(
            format!("key-facts.json: key fact \"{}\"", fact.id),
            ids(&fact.sources),
        );
    }
    for callout in locale.safety.iter() {
        out.insert(
            format!("safety.json: callout \"{}\"", callout.id),
            ids(&callout.sources),
        );
    }
    for entry in locale.faq_entries() {
        out.insert(
            format!("faq.json: entry \"{}\"", entry.id),
            ids(&entry.sources),
        );
    }
    for cell in locale.comparison.cells.iter() {
        out.insert(
            format!(
                "comparison.json: cell \"{} × {}\"",
                cell.treatment, cell.attribute
            ),
            ids(&cell.sources),
        );
    }
    out
}

#[test]
fn every_locale_keeps_and_cites_the_sources_of_english() {
    // A locale may add sources in its own language (MedlinePlus en español),
    // but keeps every English source and every English citation.
    let locales = locales();
    let (en, others) = reference_and_others(&locales);
    let en_citations = citations(en);
    let mut failures = Vec::new();
    for locale in locales.iter() {
        let lang = &locale.lang;
        for (item, ids) in citations(locale) {
            for id in ids {
                if locale.source(id).is_none() {
                    failures.push(format!(
                        "content/{lang}/{item}: cites `{id}`, which is not in {}",
                        file(lang, "sources.json")
                    ));
                }
            }
        }
    }
    for locale in others {
        let lang = &locale.lang;
        for source in en.sources.iter() {
            if locale.source(&source.id).is_none() {
                failures.push(format!(
                    "{}: source \"{}\" is missing (English has it)",
                    file(lang, "sources.json"),
                    source.id
                ));
            }
        }
        let here = citations(locale);
        for (item, en_ids) in &en_citations {
            let Some(ids) = here.get(item) else {
                continue; // A missing item is reported by the other tests.
            };
            for id in en_ids.iter().filter(|id| !ids.contains(id)) {
                failures.push(format!(
                    "content/{lang}/{item}: does not cite `{id}`, which English cites"
                ));
            }
        }
    }
    fail_if_any(failures);
}

/// The translatable texts of a locale, by file and entry, with the field each
/// comes from. Brand names (`also_called`) and sources (titles of documents,
/// which may keep their own language) are left out.
fn texts<'a>(locale: &'a Locale) -> BTreeMap<String, Vec<(&'static str, &'a str)>> {
    let mut out: BTreeMap<String, Vec<(&'static str, &'a str)>> = BTreeMap::new();
    let mut add = |item: String, field: &'static str, text: &'a str| {
        out.entry(item).or_default().push((field, text));
    };
    for (field, text) in locale.meta.texts() {
        add("meta.json".into(), field, text);
    }
    for fact in locale.key_facts.iter() {
        add(
            format!("key-facts.json: key fact \"{}\"", fact.id),
            "text",
            &fact.text,
        );
    }
    for callout in locale.safety.iter() {
        let item = format!("safety.json: callout \"{}\"", callout.id);
        add(item.clone(), "title", &callout.title);
        for text in callout.body.iter().flat_map(|b| b.texts()) {
            add(item.clone(), "body", text);
        }
    }
    for category in locale.faq.iter() {
        add(
            format!("faq.json: category \"{}\"", category.id),
            "title",
            &category.title,
        );
        for entry in category.entries.iter() {
            let item = format!("faq.json: entry \"{}\"", entry.id);
            add(item.clone(), "question", &entry.question);
            for text in entry.answer.iter().flat_map(|b| b.texts()) {
                add(item.clone(), "answer", text);
            }
        }
    }
    let cmp = &locale.comparison;
    add("comparison.json".into(), "intro", &cmp.intro);
    add("comparison.json".into(), "caption", &cmp.caption);
    for t in cmp.treatments.iter() {
        add(
            format!("comparison.json: treatment \"{}\"", t.id),
            "name",
            &t.name,
        );
    }
    for a in cmp.attributes.iter() {
        add(
            format!("comparison.json: attribute \"{}\"", a.id),
            "label",
            &a.label,
        );
    }
    for cell in cmp.cells.iter() {
        add(
            format!(
                "comparison.json: cell \"{} × {}\"",
                cell.treatment, cell.attribute
            ),
            "text",
            &cell.text,
        );
    }
    out
}

/// Whether a string may be the same as English's: it is on the allow-list, or
/// it has no letters outside `{placeholders}` (numbers, a date pattern).
fn may_be_the_same(text: &str) -> bool {
    let text = text.trim();
    if SAME_IN_EVERY_LANGUAGE.contains(&text) {
        return true;
    }
    let mut in_placeholder = false;
    !text.chars().any(|c| {
        match c {
            '{' => in_placeholder = true,
            '}' => in_placeholder = false,
            _ => {}
        }
        !in_placeholder && c.is_alphabetic()
    })
}

/// Every string of a ui.json value, with its key (`months[4]`).
fn ui_strings(ui: &BTreeMap<String, Value>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (key, value) in ui {
        match value {
            Value::String(s) => {
                out.insert(key.clone(), s.clone());
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    if let Value::String(s) = item {
                        out.insert(format!("{key}[{i}]"), s.clone());
                    }
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn no_text_is_left_in_english() {
    let locales = locales();
    let (en, others) = reference_and_others(&locales);
    let en_texts = texts(en);
    let en_ui = ui_strings(&read_ui(&en.lang));
    let mut failures = Vec::new();
    for locale in others {
        let lang = &locale.lang;
        // Each text against every English text of the same entry, so a block
        // moved or split in translation is still compared.
        for (item, here) in texts(locale) {
            let Some(english) = en_texts.get(&item) else {
                continue;
            };
            for (field, text) in here {
                let same = english.iter().any(|(_, e)| e.trim() == text.trim());
                if same && !may_be_the_same(text) {
                    failures.push(format!(
                        "content/{lang}/{item}: {field} is the same as in English: \"{text}\""
                    ));
                }
            }
        }
        let place = file(lang, "ui.json");
        for (key, text) in ui_strings(&read_ui(lang)) {
            if en_ui.get(&key).is_some_and(|e| e.trim() == text.trim()) && !may_be_the_same(&text) {
                failures.push(format!(
                    "{place}: \"{key}\" is the same as in English: \"{text}\""
                ));
            }
        }
    }
    fail_if_any(failures);
}

#[test]
fn the_allow_list_is_used() {
    // An allow-list entry no locale needs any more is removed, so the list
    // stays short.
    let locales = locales();
    let (en, others) = reference_and_others(&locales);
    if others.is_empty() {
        return;
    }
    let en_texts: HashSet<&str> = texts(en)
        .values()
        .flat_map(|v| v.iter().map(|(_, t)| *t))
        .collect();
    let other_texts: HashSet<&str> = others
        .iter()
        .flat_map(|l| {
            texts(l)
                .into_values()
                .flat_map(|v| v.into_iter().map(|(_, t)| t))
                .collect::<Vec<_>>()
        })
        .collect();
    for allowed in SAME_IN_EVERY_LANGUAGE {
        assert!(
            en_texts.contains(allowed) && other_texts.contains(allowed),
            "\"{allowed}\" in SAME_IN_EVERY_LANGUAGE is no longer the same in English and another locale; remove it"
        );
    }
}
