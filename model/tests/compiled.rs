//! The compiled content as the widget shows it: every text cites its sources
//! by index, and the "Sources: …" paragraphs are composed at run time.
//!
//! Run with `cargo test -p baclofen-guide-model --features load`.

#![cfg(feature = "load")]

mod common;

use baclofen_guide_model::compile::compile;
use baclofen_guide_model::compiled::Cites;
use baclofen_guide_model::markup::escape;
use common::{fail_if_any, locales};

/// `text` as the build escapes it in markup.
fn escaped(text: &str) -> String {
    let mut out = String::new();
    escape(&mut out, text);
    out
}

/// The escaped URLs of `ids`, as they appear in an `href`.
fn hrefs(locale: &baclofen_guide_model::Locale, ids: &[String]) -> Vec<String> {
    ids.iter()
        .map(|id| {
            let source = locale.source(id).expect("validated");
            let href = escaped(&source.url);
            format!("href=\"{href}\"")
        })
        .collect()
}

#[test]
fn every_text_cites_its_own_sources_in_order() {
    let mut failures = Vec::new();
    for source in locales() {
        let compiled = compile(&source);
        let mut check = |what: String, cites: Cites, ids: &[String]| {
            let markup = compiled.cites(cites);
            let label = format!(
                "<span class=\"source-links__label\">{}:</span>",
                source.ui.sources_label
            );
            if !markup.starts_with("<p class=\"source-links\">") || !markup.contains(&label) {
                failures.push(format!(
                    "{what}: no \"{}:\" label in {markup}",
                    source.ui.sources_label
                ));
            }
            let found: Vec<usize> = hrefs(&source, ids)
                .iter()
                .filter_map(|h| markup.find(h.as_str()))
                .collect();
            let in_order = found.windows(2).all(|w| w[0] < w[1]);
            if found.len() != ids.len() || !in_order || markup.matches("<a ").count() != ids.len() {
                failures.push(format!("{what}: cites {markup}, expected {ids:?} in order"));
            }
        };
        let lang = &source.lang;
        for (entry, baked) in source
            .faq
            .iter()
            .flat_map(|c| &c.entries)
            .zip(compiled.entries())
        {
            check(
                format!("{lang} faq {}", entry.id),
                baked.sources,
                &entry.sources,
            );
        }
        for (fact, baked) in source.key_facts.iter().zip(compiled.key_facts) {
            check(format!("{lang} key fact"), baked.sources, &fact.sources);
        }
        for (callout, baked) in source.safety.iter().zip(compiled.safety) {
            check(
                format!("{lang} callout {}", callout.title),
                baked.sources,
                &callout.sources,
            );
        }
        let cmp = &source.comparison;
        for (a, attribute) in cmp.attributes.iter().enumerate() {
            for (t, treatment) in cmp.treatments.iter().enumerate() {
                let cell = cmp.cell(&treatment.id, &attribute.id).expect("validated");
                let baked = compiled.comparison.cell(a, t).expect("every cell baked");
                check(
                    format!("{lang} cell {}/{}", treatment.id, attribute.id),
                    baked.sources,
                    &cell.sources,
                );
            }
        }
    }
    fail_if_any(failures);
}

#[test]
fn key_facts_and_the_source_list_have_one_item_each() {
    for source in locales() {
        let compiled = compile(&source);
        let facts = compiled.key_facts_markup();
        assert_eq!(
            facts.matches("<li><p>").count(),
            source.key_facts.len(),
            "{facts}"
        );
        assert_eq!(
            facts.matches("class=\"source-links\"").count(),
            source.key_facts.len()
        );
        let list = compiled.sources_markup();
        assert_eq!(
            list.matches("<li><a href=").count(),
            source.sources.len(),
            "{list}"
        );
        for href in hrefs(
            &source,
            &source
                .sources
                .iter()
                .map(|s| s.id.to_string())
                .collect::<Vec<_>>(),
        ) {
            assert!(
                list.contains(&href),
                "{} source list lacks {href}",
                source.lang
            );
        }
    }
}

#[test]
fn the_review_record_says_plainly_when_no_clinician_has_reviewed() {
    for mut source in locales() {
        let lang = source.lang.clone();
        assert!(
            source.meta.reviewers.is_empty(),
            "{lang}: the project ships no reviewer; a clinic adds its own"
        );
        let record = compile(&source).review_record.0;
        let notice = escaped(&source.ui.not_reviewed);
        assert!(
            record.contains(&format!("<p class=\"review__notice\">{notice}</p>")),
            "{lang}: {record}"
        );
        for route in &source.meta.side_effect_reporting.routes {
            let href = escaped(&route.url);
            assert!(record.contains(&format!("href=\"{href}\"")), "{lang}");
        }
        assert!(record.contains("review__disclaimer"), "{lang}");
        // Beside that notice, the date is when the content was checked, not
        // "Last reviewed", which would read as a clinical review.
        let dates = compile(&source).review.0;
        let checked = escaped(&source.ui.last_checked);
        assert!(
            dates.contains(&format!("<span>{checked}: <time")),
            "{lang}: {dates}"
        );
        assert!(!dates.contains(&source.ui.last_reviewed), "{lang}: {dates}");

        // Filled in, the reviewer shows, escaped, and the notice goes.
        source.meta.reviewers.push(baclofen_guide_model::Reviewer {
            name: "A <b>Test</b> Name".into(),
            role: "Test role".into(),
            organisation: "Test clinic".into(),
            date: source.meta.last_reviewed,
            scope: "All content.".into(),
        });
        let record = compile(&source).review_record.0;
        assert!(!record.contains("review__notice"), "{lang}: {record}");
        let dates = compile(&source).review.0;
        let reviewed = escaped(&source.ui.last_reviewed);
        assert!(
            dates.contains(&format!("<span>{reviewed}: <time")),
            "{lang}: {dates}"
        );
        assert!(
            record.contains("A &lt;b&gt;Test&lt;/b&gt; Name, Test role, Test clinic, <time"),
            "{lang}: {record}"
        );
    }
}

#[test]
fn the_guide_is_due_for_review_from_the_next_review_date_on() {
    for source in locales() {
        let compiled = compile(&source);
        let next = source.meta.next_review;
        assert!(!compiled.due_for_review(next.days() - 1));
        assert!(compiled.due_for_review(next.days()));
        assert!(compiled.due_for_review(next.days() + 3650));
        assert!(!compiled.due_for_review(source.meta.last_reviewed.days()));
        // The labels only the build uses are not carried in the wasm twice.
        assert_eq!(compiled.ui.last_reviewed, "");
        assert!(!compiled.ui.review_due.is_empty());
    }
}

#[test]
fn a_source_link_carries_its_short_form_publisher_and_title_escaped() {
    for mut source in locales() {
        let lang = source.lang.clone();
        // A source without `short` shows as its publisher.
        source.sources[0].short = String::new();
        source.sources[0].publisher = "A & B".into();
        source.sources[1].short = "Short <1>".into();
        let compiled = compile(&source);
        let first = compiled.source_links[0].0;
        assert!(
            first.contains("<span class=\"cite__short\">A &amp; B</span>"),
            "{lang}: {first}"
        );
        let second = compiled.source_links[1].0;
        assert!(
            second.contains("<span class=\"cite__short\">Short &lt;1&gt;</span>"),
            "{lang}: {second}"
        );
        let title = escaped(&source.sources[1].title);
        assert!(
            second.contains(&format!("</span>: {title}</span>")),
            "{lang}: {second}"
        );
        // Cited texts list their sources' short forms, separated by commas.
        let cites = compiled.cites(Cites(&[0, 1]));
        assert!(cites.contains("</a>, <a href="), "{lang}: {cites}");
    }
}

#[test]
fn the_picker_knows_which_treatments_carry_a_boxed_warning() {
    for source in locales() {
        let compiled = compile(&source);
        let comparison = &compiled.comparison;
        let boxed: Vec<&str> = source
            .comparison
            .treatments
            .iter()
            .enumerate()
            .filter(|&(t, _)| comparison.treatment_has_boxed_warning(t))
            .map(|(_, treatment)| treatment.id.as_str())
            .collect();
        assert_eq!(
            boxed,
            ["intrathecal-baclofen", "diazepam", "dantrolene"],
            "{}",
            source.lang
        );
    }
}

#[test]
fn on_a_phone_the_boxed_warnings_row_stays_and_the_others_are_stepped_through() {
    for source in locales() {
        let compiled = compile(&source);
        let comparison = &compiled.comparison;
        let lang = &source.lang;
        // Only "Serious warnings" holds boxed warnings (pump, diazepam, dantrolene).
        let always: Vec<usize> = (0..comparison.attributes.len())
            .filter(|&a| comparison.has_boxed_warning(a))
            .collect();
        let warnings = source
            .comparison
            .attributes
            .iter()
            .position(|a| a.id == "serious-warnings")
            .unwrap();
        assert_eq!(always, vec![warnings], "{lang}");
        let steps: Vec<usize> = comparison.steppable().collect();
        assert_eq!(steps.len(), comparison.attributes.len() - 1, "{lang}");
        assert!(!steps.contains(&warnings), "{lang}");
        // "Next" goes over the warnings row and wraps around at the end.
        assert_eq!(
            comparison.next_steppable(warnings - 1),
            Some(warnings + 1),
            "{lang}"
        );
        assert_eq!(
            comparison.next_steppable(*steps.last().unwrap()),
            Some(steps[0]),
            "{lang}"
        );
        assert_eq!(
            comparison.next_steppable(steps[0]),
            Some(steps[1]),
            "{lang}"
        );
    }
}
