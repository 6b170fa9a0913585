//! Invalid content fails with a message naming the file, the entry and the
//! field. Each test copies the real English content, breaks one thing, and
//! loads it as the build does.

#![cfg(feature = "load")]

use baclofen_guide_model::load::{ContentError, load_content};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// A copy of `content/` in a temporary folder, edited by the test.
struct Fixture {
    root: PathBuf,
}

impl Fixture {
    fn new(name: &str) -> Fixture {
        let root =
            std::env::temp_dir().join(format!("baclofen-validation-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/en");
        let target = root.join("content/en");
        std::fs::create_dir_all(&target).unwrap();
        for file in std::fs::read_dir(source).unwrap() {
            let file = file.unwrap();
            std::fs::copy(file.path(), target.join(file.file_name())).unwrap();
        }
        let regions = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/regions.json");
        std::fs::copy(regions, root.join("content/regions.json")).unwrap();
        Fixture { root }
    }

    /// Edits one JSON file of the English content (`regions.json`: the
    /// shared one).
    fn edit(&self, file: &str, change: impl FnOnce(&mut Value)) -> &Fixture {
        let folder = if file == "regions.json" {
            "content"
        } else {
            "content/en"
        };
        let path = self.root.join(folder).join(file);
        let mut value: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        change(&mut value);
        std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
        self
    }

    fn errors(&self) -> Vec<ContentError> {
        match load_content(&self.root.join("content")) {
            Ok(_) => panic!("the broken content loaded without an error"),
            Err(errors) => errors,
        }
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// Asserts one error names this file, entry and field, and returns its text.
fn expect_error(errors: &[ContentError], file: &str, entry: &str, field: &str) -> String {
    let found = errors.iter().find(|e| {
        e.file == file && e.entry.as_deref() == Some(entry) && e.field.as_deref() == Some(field)
    });
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    let error = found.unwrap_or_else(|| {
        panic!(
            "no error for {file} / {entry} / {field} in:\n{}",
            shown.join("\n")
        )
    });
    let text = error.to_string();
    for part in [file, entry, field] {
        assert!(text.contains(part), "{text} should name {part}");
    }
    text
}

fn first_entry(faq: &mut Value) -> &mut Value {
    &mut faq[0]["entries"][0]
}

#[test]
fn the_real_content_is_valid() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    if let Err(errors) = load_content(&dir) {
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("{}", shown.join("\n"));
    }
}

#[test]
fn an_unknown_field_is_named() {
    let fixture = Fixture::new("unknown-field");
    fixture.edit("faq.json", |faq| {
        let entry = first_entry(faq);
        entry["answr"] = json!([{ "p": "Misspelt field." }]);
    });
    let text = expect_error(
        &fixture.errors(),
        "content/en/faq.json",
        "what-is-baclofen",
        "answr",
    );
    assert!(text.contains("unknown field"), "{text}");
}

#[test]
fn a_duplicate_id_is_named() {
    let fixture = Fixture::new("duplicate-id");
    fixture.edit("faq.json", |faq| {
        let copy = first_entry(faq).clone();
        faq[1]["entries"].as_array_mut().unwrap().push(copy);
    });
    let text = expect_error(
        &fixture.errors(),
        "content/en/faq.json",
        "what-is-baclofen",
        "id",
    );
    assert!(text.contains("twice"), "{text}");
}

#[test]
fn an_entry_without_a_source_is_named() {
    let fixture = Fixture::new("no-source");
    fixture.edit("faq.json", |faq| first_entry(faq)["sources"] = json!([]));
    let text = expect_error(
        &fixture.errors(),
        "content/en/faq.json",
        "what-is-baclofen",
        "sources",
    );
    assert!(text.contains("at least one source"), "{text}");
}

#[test]
fn a_missing_sources_field_is_named() {
    let fixture = Fixture::new("missing-sources");
    fixture.edit("faq.json", |faq| {
        first_entry(faq).as_object_mut().unwrap().remove("sources");
    });
    expect_error(
        &fixture.errors(),
        "content/en/faq.json",
        "what-is-baclofen",
        "sources",
    );
}

#[test]
fn a_source_that_does_not_exist_is_named() {
    let fixture = Fixture::new("unknown-source");
    fixture.edit("faq.json", |faq| {
        first_entry(faq)["sources"] = json!(["my-blog"])
    });
    let text = expect_error(
        &fixture.errors(),
        "content/en/faq.json",
        "what-is-baclofen",
        "sources",
    );
    assert!(text.contains("my-blog"), "{text}");
}

#[test]
fn an_empty_answer_is_named() {
    let fixture = Fixture::new("empty-answer");
    fixture.edit("faq.json", |faq| first_entry(faq)["answer"] = json!([]));
    expect_error(
        &fixture.errors(),
        "content/en/faq.json",
        "what-is-baclofen",
        "answer",
    );

    let fixture = Fixture::new("blank-paragraph");
    fixture.edit("faq.json", |faq| {
        first_entry(faq)["answer"] = json!([{ "p": "  " }])
    });
    expect_error(
        &fixture.errors(),
        "content/en/faq.json",
        "what-is-baclofen",
        "answer",
    );
}

#[test]
fn a_cell_naming_an_unknown_treatment_is_named() {
    let fixture = Fixture::new("unknown-treatment");
    fixture.edit("comparison.json", |cmp| {
        cmp["cells"][0]["treatment"] = json!("aspirin")
    });
    let errors = fixture.errors();
    let attribute = errors
        .iter()
        .find_map(|e| e.entry.as_deref().filter(|n| n.starts_with("aspirin × ")))
        .expect("an error names the cell")
        .to_owned();
    let text = expect_error(
        &errors,
        "content/en/comparison.json",
        &attribute,
        "treatment",
    );
    assert!(text.contains("not a treatment"), "{text}");
    // The real cell it replaced is now missing, and that is reported too.
    assert!(errors.iter().any(|e| e.message.contains("missing")));
}

#[test]
fn a_source_off_the_authoritative_domains_is_named() {
    let fixture = Fixture::new("bad-domain");
    fixture.edit("sources.json", |sources| {
        sources[0]["url"] = json!("https://www.goodrx.com/baclofen")
    });
    let errors = fixture.errors();
    let id = errors.iter().find_map(|e| e.entry.clone()).unwrap();
    let text = expect_error(&errors, "content/en/sources.json", &id, "url");
    assert!(text.contains("authoritative"), "{text}");
}

#[test]
fn html_in_text_is_refused() {
    let fixture = Fixture::new("html");
    fixture.edit("faq.json", |faq| {
        first_entry(faq)["question"] = json!("What is <b>baclofen</b>?")
    });
    let text = expect_error(
        &fixture.errors(),
        "content/en/faq.json",
        "what-is-baclofen",
        "question",
    );
    assert!(text.contains("plain text"), "{text}");
}

#[test]
fn a_control_character_in_text_is_named() {
    let fixture = Fixture::new("control");
    fixture
        .edit("faq.json", |faq| {
            // U+001F ends each value of the locale files the widget downloads.
            first_entry(faq)["answer"][0]["p"] = json!("Baclofen\u{1f} relaxes muscles.");
            first_entry(faq)["question"] = json!("What is\tbaclofen?");
        })
        .edit("ui.json", |ui| ui["months"][2] = json!("March\n"))
        .edit("search.json", |search| {
            search["synonyms"][0][0] = json!("\u{7f}del");
        });
    let errors = fixture.errors();
    let file = "content/en/faq.json";
    let text = expect_error(&errors, file, "what-is-baclofen", "answer");
    assert!(
        text.contains("U+001F") && text.contains("plain text"),
        "{text}"
    );
    let text = expect_error(&errors, file, "what-is-baclofen", "question");
    assert!(text.contains("U+0009"), "{text}");
    for (file, field, code) in [
        ("content/en/ui.json", "months", "U+000A"),
        ("content/en/search.json", "synonyms", "U+007F"),
    ] {
        let found = errors
            .iter()
            .find(|e| e.file == file && e.field.as_deref() == Some(field));
        let found = found.unwrap_or_else(|| panic!("no error for {file} / {field}: {errors:?}"));
        assert!(found.message.contains(code), "{found}");
    }
}

#[test]
fn a_bad_date_is_named() {
    let fixture = Fixture::new("bad-date");
    fixture.edit("meta.json", |meta| {
        meta["last_reviewed"] = json!("21/11/2026")
    });
    let errors = fixture.errors();
    let error = errors
        .iter()
        .find(|e| e.file == "content/en/meta.json")
        .expect("meta.json error");
    assert_eq!(error.field.as_deref(), Some("last_reviewed"), "{error}");
    assert!(error.message.contains("YYYY-MM-DD"), "{error}");
}

#[test]
fn a_result_count_without_its_placeholder_is_named() {
    let fixture = Fixture::new("no-count");
    fixture.edit("ui.json", |ui| {
        ui["search_results_many"] = json!("Some questions match.")
    });
    let errors = fixture.errors();
    let error = errors
        .iter()
        .find(|e| e.file == "content/en/ui.json")
        .expect("ui.json error");
    assert_eq!(
        error.field.as_deref(),
        Some("search_results_many"),
        "{error}"
    );
    assert!(
        error.to_string().contains("must contain {count}"),
        "{error}"
    );
}

#[test]
fn a_missing_or_bad_checked_date_is_named() {
    let fixture = Fixture::new("checked");
    fixture.edit("faq.json", |faq| {
        first_entry(faq).as_object_mut().unwrap().remove("checked");
    });
    let text = expect_error(
        &fixture.errors(),
        "content/en/faq.json",
        "what-is-baclofen",
        "checked",
    );
    assert!(text.contains("missing field"), "{text}");

    let fixture = Fixture::new("checked-cell");
    fixture.edit("comparison.json", |cmp| {
        cmp["cells"][0]["checked"] = json!("2026-02-30")
    });
    let text = expect_error(
        &fixture.errors(),
        "content/en/comparison.json",
        "oral-baclofen × used-for",
        "checked",
    );
    assert!(text.contains("YYYY-MM-DD"), "{text}");
}

#[test]
fn a_checked_date_in_the_future_is_named() {
    let fixture = Fixture::new("checked-future");
    fixture.edit("faq.json", |faq| {
        first_entry(faq)["checked"] = json!("2999-01-01")
    });
    let text = expect_error(
        &fixture.errors(),
        "content/en/faq.json",
        "what-is-baclofen",
        "checked",
    );
    assert!(text.contains("in the future"), "{text}");
}

/// A reviewer as a clinic fills one in (this one is a test fixture, not a
/// person: the project ships with no reviewer).
fn reviewer(date: &str) -> Value {
    json!({
        "name": "Test Reviewer",
        "role": "Test role",
        "organisation": "Test clinic",
        "date": date,
        "scope": "Everything in English."
    })
}

#[test]
fn a_bad_reviewer_is_named() {
    let fixture = Fixture::new("reviewer");
    fixture.edit("meta.json", |meta| {
        let mut late = reviewer("2099-01-01");
        late["role"] = json!(" ");
        meta["reviewers"] = json!([late]);
    });
    let errors = fixture.errors();
    let file = "content/en/meta.json";
    let text = expect_error(&errors, file, "Test Reviewer", "date");
    assert!(text.contains("after last_reviewed"), "{text}");
    expect_error(&errors, file, "Test Reviewer", "role");

    let fixture = Fixture::new("reviewer-field");
    fixture.edit("meta.json", |meta| {
        let mut misspelt = reviewer("2026-01-01");
        misspelt["organization"] = misspelt["organisation"].take();
        misspelt.as_object_mut().unwrap().remove("organisation");
        meta["reviewers"] = json!([misspelt]);
    });
    let text = expect_error(&fixture.errors(), file, "Test Reviewer", "organization");
    assert!(text.contains("unknown field"), "{text}");
}

#[test]
fn a_filled_in_reviewer_loads() {
    let fixture = Fixture::new("reviewer-ok");
    fixture.edit("meta.json", |meta| {
        let date = meta["last_reviewed"].clone();
        meta["reviewers"] = json!([reviewer(date.as_str().unwrap())]);
    });
    let locales = load_content(&fixture.root.join("content")).expect("loads");
    assert_eq!(locales[0].meta.reviewers[0].name, "Test Reviewer");
}

#[test]
fn a_bad_reporting_route_is_named() {
    let fixture = Fixture::new("route");
    fixture.edit("meta.json", |meta| {
        let routes = &mut meta["side_effect_reporting"]["routes"];
        routes[0]["url"] = json!("http://www.fda.gov/medwatch");
        routes[1]["phone"] = json!("<call us>");
    });
    let errors = fixture.errors();
    let file = "content/en/meta.json";
    let text = expect_error(&errors, file, "US: FDA MedWatch", "url");
    assert!(text.contains("authoritative"), "{text}");
    expect_error(&errors, file, "UK: MHRA Yellow Card scheme", "phone");

    let fixture = Fixture::new("no-route");
    fixture.edit("meta.json", |meta| {
        meta["side_effect_reporting"]["routes"] = json!([])
    });
    let errors = fixture.errors();
    assert!(
        errors
            .iter()
            .any(|e| e.file == file && e.field.as_deref() == Some("side_effect_reporting.routes")),
        "{errors:?}"
    );
}

#[test]
fn an_unknown_placeholder_is_named() {
    let fixture = Fixture::new("unknown-placeholder");
    fixture.edit("faq.json", |faq| {
        first_entry(faq)["answer"] = json!([{ "p": "Call {emergancy} now." }])
    });
    let text = expect_error(
        &fixture.errors(),
        "content/en/faq.json",
        "what-is-baclofen",
        "answer",
    );
    assert!(text.contains("{emergancy}"), "{text}");

    // `{other_numbers}` is the reader's phone lines: a paragraph of its own,
    // in an answer only.
    let fixture = Fixture::new("other-numbers-in-a-sentence");
    fixture.edit("faq.json", |faq| {
        first_entry(faq)["answer"] = json!([{ "p": "Or call {other_numbers}." }])
    });
    let text = expect_error(
        &fixture.errors(),
        "content/en/faq.json",
        "what-is-baclofen",
        "answer",
    );
    assert!(text.contains("a paragraph of its own"), "{text}");
    let fixture = Fixture::new("other-numbers-in-a-callout");
    fixture.edit("safety.json", |safety| {
        safety[0]["body"] = json!([{ "p": "{other_numbers}" }])
    });
    expect_error(
        &fixture.errors(),
        "content/en/safety.json",
        "get-help-now",
        "body",
    );

    // `{emergency}` is filled in only where the widget fills it.
    let fixture = Fixture::new("placeholder-in-question");
    fixture.edit("faq.json", |faq| {
        first_entry(faq)["question"] = json!("Should I call {emergency}?")
    });
    expect_error(
        &fixture.errors(),
        "content/en/faq.json",
        "what-is-baclofen",
        "question",
    );

    let fixture = Fixture::new("unknown-region-example");
    fixture.edit("ui.json", |ui| {
        ui["emergency_examples"] = json!("For example {emergency:atlantis}.")
    });
    let errors = fixture.errors();
    let error = errors
        .iter()
        .find(|e| e.field.as_deref() == Some("emergency_examples"))
        .expect("an error names emergency_examples");
    assert_eq!(error.file, "content/en/ui.json", "{error}");
    assert!(error.message.contains("{emergency:atlantis}"), "{error}");
}

#[test]
fn a_bad_region_is_named() {
    let fixture = Fixture::new("bad-region");
    fixture.edit("regions.json", |regions| {
        regions["regions"][0]["countries"] = json!(["USA"]);
        regions["regions"][1]["emergency"] = json!(["call us"]);
        regions["regions"][2]["sources"] = json!(["a-blog"]);
    });
    let errors = fixture.errors();
    let text = expect_error(&errors, "content/regions.json", "us", "countries");
    assert!(text.contains("USA"), "{text}");
    let text = expect_error(&errors, "content/regions.json", "ca", "emergency");
    assert!(text.contains("call us"), "{text}");
    expect_error(&errors, "content/regions.json", "mx", "sources");
    // Reported once, though every language loads the file.
    assert_eq!(
        errors
            .iter()
            .filter(|e| e.entry.as_deref() == Some("us"))
            .count(),
        1
    );

    let fixture = Fixture::new("region-source-domain");
    fixture.edit("regions.json", |regions| {
        regions["sources"][0]["url"] = json!("https://example.com/numbers")
    });
    let errors = fixture.errors();
    let text = expect_error(&errors, "content/regions.json", "hrsa-poison-help", "url");
    assert!(text.contains("authoritative"), "{text}");
}

#[test]
fn two_cited_sources_that_look_the_same_are_named() {
    // Without `short`, a source shows as its publisher: two NHS pages cited
    // together would both read "NHS".
    let fixture = Fixture::new("same-short-name");
    fixture.edit("sources.json", |sources| {
        for source in sources.as_array_mut().unwrap() {
            if source["id"] == "nhs-common-questions" {
                source.as_object_mut().unwrap().remove("short");
            }
        }
    });
    fixture.edit("key-facts.json", |facts| {
        facts[0]["sources"] = json!(["nhs-about", "nhs-common-questions"]);
    });
    let text = expect_error(
        &fixture.errors(),
        "content/en/key-facts.json",
        "relaxes-muscles",
        "sources",
    );
    assert!(text.contains("both show as \"NHS\""), "{text}");
    assert!(text.contains("short"), "{text}");
}

#[test]
fn a_synonym_placeholder_other_than_the_emergency_numbers_is_named() {
    let fixture = Fixture::new("bad-synonym-placeholder");
    fixture.edit("search.json", |search| {
        search["synonyms"][1][1] = json!("{poison}");
    });
    let errors = fixture.errors();
    let text = expect_error(&errors, "content/en/search.json", "group 2", "synonyms");
    assert!(
        text.contains("{poison}") && text.contains("{emergency}"),
        "{text}"
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
}
