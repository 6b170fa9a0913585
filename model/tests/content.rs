//! Checks on the real content in `content/`: readability, sources, the
//! comparison table, and the seed claims that must never come back.
//!
//! Run with `cargo test -p baclofen-guide-model --features load`.
//! The readability limits apply to every locale whose language the measures
//! know ([`Lang`]: Flesch–Kincaid for English, INFLESZ for Spanish), each with
//! its own limits; the other checks apply to every locale. That every locale
//! has the same entries as English is checked in `locales.rs`.

#![cfg(feature = "load")]

mod common;

use baclofen_guide_model::Locale;
use baclofen_guide_model::load::is_authoritative;
use baclofen_guide_model::readability::{Lang, Stats, median, words};
use common::{fail_if_any, locales};

/// The locales whose language the readability measures know, with it.
fn measured(locales: &[Locale]) -> Vec<(&Locale, Lang)> {
    locales
        .iter()
        .filter_map(|l| Lang::from_code(&l.lang).map(|lang| (l, lang)))
        .collect()
}

/// A readability failure for one text, naming the measured value.
fn too_hard(lang: Lang, name: &str, stats: &Stats) -> Option<String> {
    let limits = lang.limits();
    let score = limits.measure.score(stats);
    (!limits.text_ok(score)).then(|| {
        format!(
            "{}: {name}: {} {score:.1}, the limit is {} ({} words, {} sentences, {} syllables)",
            lang.code(),
            limits.measure.name(),
            limits.measure.bound(limits.hardest),
            stats.words,
            stats.sentences,
            stats.syllables
        )
    })
}

/// Every piece of text in a locale, grouped by the entry it belongs to, so a
/// failure can name the entry.
fn entries(locale: &Locale) -> Vec<(String, Vec<&str>)> {
    let mut out: Vec<(String, Vec<&str>)> = Vec::new();
    out.push((
        "meta.json".into(),
        locale
            .meta
            .texts()
            .into_iter()
            .skip(1)
            .map(|(_, t)| t)
            .collect(),
    ));
    let ui = &locale.ui;
    out.push((
        "ui.json".into(),
        vec![&ui.safety_short, &ui.compare_hint, &ui.compare_choose]
            .into_iter()
            .map(|t| t.as_str())
            .collect(),
    ));
    for source in locale.sources.iter() {
        out.push((
            format!("sources.json: {}", source.id),
            vec![&source.title, &source.publisher],
        ));
    }
    for fact in locale.key_facts.iter() {
        out.push((format!("key-facts.json: {}", fact.id), vec![&fact.text]));
    }
    for callout in locale.safety.iter() {
        let mut texts = vec![callout.title.as_ref()];
        texts.extend(
            callout
                .body
                .iter()
                .flat_map(|b| b.texts())
                .map(|t| t.as_str()),
        );
        out.push((format!("safety.json: {}", callout.id), texts));
    }
    for category in locale.faq.iter() {
        out.push((format!("faq.json: {}", category.id), vec![&category.title]));
        for entry in category.entries.iter() {
            let mut texts = vec![entry.question.as_ref()];
            texts.extend(
                entry
                    .answer
                    .iter()
                    .flat_map(|b| b.texts())
                    .map(|t| t.as_str()),
            );
            out.push((format!("faq.json: {}", entry.id), texts));
        }
    }
    let cmp = &locale.comparison;
    out.push((
        "comparison.json".into(),
        vec![cmp.intro.as_ref(), cmp.caption.as_ref()],
    ));
    for t in cmp.treatments.iter() {
        out.push((
            format!("comparison.json: {}", t.id),
            vec![&t.name, &t.also_called],
        ));
    }
    for a in cmp.attributes.iter() {
        out.push((format!("comparison.json: {}", a.id), vec![&a.label]));
    }
    for cell in cmp.cells.iter() {
        out.push((
            format!("comparison.json: {} × {}", cell.treatment, cell.attribute),
            vec![&cell.text],
        ));
    }
    out
}

/// Lowercase, with typographic apostrophes and dashes made plain and accents
/// dropped ("liberación" matches "liberacion"), and non-breaking spaces made
/// plain.
fn normalize(text: &str) -> String {
    text.to_lowercase()
        .replace(['’', '‘'], "'")
        .replace(['‐', '‑', '–', '—'], "-")
        .replace(['\u{a0}', '\u{202f}'], " ")
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            c => c,
        })
        .collect()
}

#[test]
fn the_faq_has_at_least_30_entries() {
    for locale in locales() {
        let n = locale.faq_entries().count();
        assert!(
            n >= 30,
            "{}: the FAQ has {n} entries; it needs at least 30",
            locale.lang
        );
    }
}

#[test]
fn every_faq_answer_is_easy_to_read() {
    let mut failures = Vec::new();
    let locales = locales();
    for (locale, lang) in measured(&locales) {
        let limits = lang.limits();
        for entry in locale.faq_entries() {
            let stats = lang.block_stats(&entry.answer);
            failures.extend(too_hard(
                lang,
                &format!("FAQ entry \"{}\"", entry.id),
                &stats,
            ));
            for text in entry.answer.iter().flat_map(|b| b.texts()) {
                for sentence in lang.sentences(text) {
                    let n = words(sentence).len();
                    if n > limits.max_sentence_words {
                        failures.push(format!(
                            "{}: FAQ entry \"{}\": a sentence of {n} words is over {}: \"{}\"",
                            locale.lang,
                            entry.id,
                            limits.max_sentence_words,
                            sentence.trim()
                        ));
                    }
                }
            }
        }
    }
    fail_if_any(failures);
}

#[test]
fn key_facts_callouts_and_comparison_cells_are_easy_to_read() {
    let mut failures = Vec::new();
    let locales = locales();
    for (locale, lang) in measured(&locales) {
        let limits = lang.limits();
        let mut items: Vec<(String, Vec<&str>)> = Vec::new();
        for fact in locale.key_facts.iter() {
            items.push((format!("key fact \"{}\"", fact.id), vec![&fact.text]));
        }
        for callout in locale.safety.iter() {
            let texts = callout
                .body
                .iter()
                .flat_map(|b| b.texts())
                .map(|t| t.as_str());
            items.push((
                format!("safety callout \"{}\"", callout.id),
                texts.collect(),
            ));
        }
        for cell in locale.comparison.cells.iter() {
            items.push((
                format!(
                    "comparison cell \"{} × {}\"",
                    cell.treatment, cell.attribute
                ),
                vec![&cell.text],
            ));
        }
        for (name, texts) in items {
            let s = lang.stats(&texts);
            failures.extend(too_hard(lang, &name, &s));
            if s.longest_sentence_words > limits.max_sentence_words {
                failures.push(format!(
                    "{}: {name}: a sentence of {} words is over {}",
                    locale.lang, s.longest_sentence_words, limits.max_sentence_words
                ));
            }
        }
    }
    fail_if_any(failures);
}

#[test]
fn the_median_faq_answer_is_easy_to_read() {
    let locales = locales();
    for (locale, lang) in measured(&locales) {
        let limits = lang.limits();
        let scores: Vec<f64> = locale
            .faq_entries()
            .map(|e| limits.measure.score(&lang.block_stats(&e.answer)))
            .collect();
        let median = median(&scores);
        assert!(
            limits.median_ok(median),
            "{}: the median {} of the FAQ answers is {median:.2}; the limit is {}",
            locale.lang,
            limits.measure.name(),
            limits.measure.bound(limits.hardest_median)
        );
    }
}

#[test]
fn spanish_is_measured_with_spanish_rules() {
    // The `es` locale is scored with INFLESZ, not an English formula.
    let locales = locales();
    if let Some((_, lang)) = measured(&locales).into_iter().find(|(l, _)| l.lang == "es") {
        assert_eq!(lang, Lang::Es);
        assert_eq!(
            lang.limits().measure,
            baclofen_guide_model::readability::Measure::Inflesz
        );
    }
}

#[test]
fn everything_cites_authoritative_sources() {
    let mut failures = Vec::new();
    for locale in locales() {
        let lang = &locale.lang;
        let mut cited: Vec<(String, Vec<&str>)> = Vec::new();
        for entry in locale.faq_entries() {
            cited.push((
                format!("FAQ entry \"{}\"", entry.id),
                entry.sources.iter().map(|s| s.as_ref()).collect(),
            ));
        }
        for cell in locale.comparison.cells.iter() {
            cited.push((
                format!(
                    "comparison cell \"{} × {}\"",
                    cell.treatment, cell.attribute
                ),
                cell.sources.iter().map(|s| s.as_ref()).collect(),
            ));
        }
        for fact in locale.key_facts.iter() {
            cited.push((
                format!("key fact \"{}\"", fact.id),
                fact.sources.iter().map(|s| s.as_ref()).collect(),
            ));
        }
        for callout in locale.safety.iter() {
            cited.push((
                format!("safety callout \"{}\"", callout.id),
                callout.sources.iter().map(|s| s.as_ref()).collect(),
            ));
        }
        for (name, ids) in cited {
            if ids.is_empty() {
                failures.push(format!("{lang}: {name} has no source"));
            }
            for id in ids {
                match locale.source(id) {
                    None => failures.push(format!("{lang}: {name} cites unknown source `{id}`")),
                    Some(source) if !is_authoritative(&source.url) => failures.push(format!(
                        "{lang}: {name} cites `{id}`, whose URL {} is not authoritative",
                        source.url
                    )),
                    Some(_) => {}
                }
            }
        }
    }
    fail_if_any(failures);
}

#[test]
fn the_comparison_has_the_six_treatments_and_ten_attributes() {
    const TREATMENTS: [&str; 6] = [
        "oral-baclofen",
        "intrathecal-baclofen",
        "tizanidine",
        "cyclobenzaprine",
        "diazepam",
        "dantrolene",
    ];
    for locale in locales() {
        let cmp = &locale.comparison;
        for id in TREATMENTS {
            assert!(
                cmp.treatment(id).is_some(),
                "{}: the comparison has no treatment `{id}`",
                locale.lang
            );
        }
        assert!(
            cmp.attributes.len() >= 10,
            "{}: the comparison has {} attributes; it needs at least 10",
            locale.lang,
            cmp.attributes.len()
        );
        for t in cmp.treatments.iter() {
            for a in cmp.attributes.iter() {
                assert!(
                    cmp.cell(&t.id, &a.id).is_some(),
                    "{}: comparison cell \"{} × {}\" is missing",
                    locale.lang,
                    t.id,
                    a.id
                );
            }
        }
    }
}

/// Wrong claims from the seed articles (see the facts file, section 2), and
/// dose wording the guide must not use, in every language the guide is
/// written in. Written as [`normalize`] leaves text: lowercase, no accents.
const FORBIDDEN: &[&str] = &[
    // English.
    "70-80%",
    "70 - 80%",
    "70 to 80%",
    "70-80 %",
    "enhances the release of gaba",
    "increases gaba",
    "increases the release of gaba",
    "minimal side effects",
    "starting dose is 10",
    "starting dose of 10",
    "start at 10 mg",
    "starts at 10 mg",
    "approved for alcohol",
    // Spanish.
    "70 a 80 %",
    "70 al 80 %",
    "70 a 80%",
    "70 al 80%",
    "aumenta la liberacion de gaba",
    "aumenta el gaba",
    "potencia la liberacion de gaba",
    "mejora la liberacion de gaba",
    "favorece la liberacion de gaba",
    "efectos secundarios minimos",
    "minimos efectos secundarios",
    "efectos adversos minimos",
    "dosis inicial es de 10",
    "dosis inicial de 10",
    "empieza con 10 mg",
    "empezar con 10 mg",
    "comienza con 10 mg",
    "comenzar con 10 mg",
    "aprobado para el alcohol",
    "aprobado para tratar el alcohol",
    "aprobado para el consumo de alcohol",
    "aprobado para el trastorno por consumo de alcohol",
    "aprobado para el alcoholismo",
];

#[test]
fn the_wrong_seed_claims_never_appear() {
    let mut failures = Vec::new();
    for locale in locales() {
        for (entry, texts) in entries(&locale) {
            for text in texts {
                let text = normalize(text);
                for phrase in FORBIDDEN {
                    if text.contains(phrase) {
                        failures.push(format!(
                            "{}: {entry}: contains the forbidden claim \"{phrase}\"",
                            locale.lang
                        ));
                    }
                }
            }
        }
    }
    fail_if_any(failures);
}

#[test]
fn not_addictive_comes_with_the_withdrawal_caveat() {
    let mut failures = Vec::new();
    for locale in locales() {
        for (entry, texts) in entries(&locale) {
            let text = normalize(&texts.join(" "));
            // English and Spanish, normalized (no accents).
            let claims = [
                "not addictive",
                "non-addictive",
                "isn't addictive",
                "no es adictivo",
                "no crea adiccion",
                "no causa adiccion",
                "no produce adiccion",
                "no genera adiccion",
            ];
            let caveat = [
                "withdrawal",
                "dependence",
                "dependent",
                "gets used to",
                "abstinencia",
                "dependencia",
                "dependiente",
                "se acostumbra",
            ];
            if claims.iter().any(|c| text.contains(c)) && !caveat.iter().any(|c| text.contains(c)) {
                failures.push(format!(
                    "{}: {entry}: says baclofen is not addictive without explaining \
                     withdrawal or dependence",
                    locale.lang
                ));
            }
        }
    }
    fail_if_any(failures);
}

#[test]
fn numbers_are_not_percentages() {
    // Efficacy percentages are not supported by any source, and the NHS style
    // for risks is "1 in 10 people", not "10%".
    let mut failures = Vec::new();
    for locale in locales() {
        for (entry, texts) in entries(&locale) {
            for text in texts {
                if text.contains('%') {
                    failures.push(format!(
                        "{}: {entry}: uses a percentage: \"{text}\"",
                        locale.lang
                    ));
                }
            }
        }
    }
    fail_if_any(failures);
}

/// How each language says "stop" and "suddenly" in "Do not stop taking
/// baclofen suddenly", as [`normalize`] leaves them. A locale whose language
/// is not here gets the order checks only.
const STOP_SUDDENLY: &[(&str, [&str; 2])] =
    &[("en", ["stop", "suddenly"]), ("es", ["deje", "de repente"])];

#[test]
fn safety_comes_first_and_says_do_not_stop_suddenly() {
    use baclofen_guide_model::CalloutKind;
    for locale in locales() {
        let first = locale.safety.first().expect("safety.json has callouts");
        assert_eq!(
            first.kind,
            CalloutKind::Emergency,
            "{}: the first safety callout, \"{}\", must be an emergency callout",
            locale.lang,
            first.id
        );
        let kinds: Vec<CalloutKind> = locale.safety.iter().map(|c| c.kind).collect();
        let first_warning = kinds.iter().position(|k| *k == CalloutKind::Warning);
        let last_emergency = kinds.iter().rposition(|k| *k == CalloutKind::Emergency);
        if let (Some(w), Some(e)) = (first_warning, last_emergency) {
            assert!(
                e < w,
                "{}: emergency callouts must all come before warnings",
                locale.lang
            );
        }
        let Some((_, [stop, suddenly])) = STOP_SUDDENLY.iter().find(|(l, _)| *l == locale.lang)
        else {
            continue;
        };
        assert!(
            locale.safety.iter().any(|c| c.kind == CalloutKind::Warning
                && normalize(&c.title).contains(stop)
                && normalize(&c.title).contains(suddenly)),
            "{}: safety.json needs a warning callout about not stopping suddenly \
             (its title with \"{stop}\" and \"{suddenly}\")",
            locale.lang
        );
        assert!(
            locale
                .key_facts
                .iter()
                .any(|f| normalize(&f.text).contains(suddenly)),
            "{}: the key facts need a bullet about not stopping suddenly (\"{suddenly}\")",
            locale.lang
        );
    }
}
