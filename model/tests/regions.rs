//! Emergency numbers are data (`content/regions.json`), never written into
//! the text, and each reader gets their country's numbers or wording that
//! works anywhere.
//!
//! Run with `cargo test -p baclofen-guide-model --features load`.

#![cfg(feature = "load")]

mod common;

use baclofen_guide_model::compile::compile;
use common::{content_dir, fail_if_any, locales};
use serde_json::Value;

/// Numbers that are emergency numbers somewhere, whether or not the data
/// has their country.
const WELL_KNOWN: [&str; 5] = ["911", "999", "112", "000", "111"];

/// Whether `number` is in `text` as a number of its own: not part of a
/// longer number such as "1,000" or "2112".
fn has_number(text: &str, number: &str) -> bool {
    let bytes = text.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let joins = |i: usize| bytes.get(i).is_some_and(|b| *b == b',' || *b == b'.');
    text.match_indices(number).any(|(at, _)| {
        let end = at + number.len();
        let before = at > 0 && (digit(at - 1) || (joins(at - 1) && at > 1 && digit(at - 2)));
        let after = digit(end) || (joins(end) && digit(end + 1));
        !before && !after
    })
}

/// `markup`'s text: its tags left out.
fn plain(markup: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for ch in markup.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(ch),
            _ => {}
        }
    }
    out
}

/// Every text of a JSON value with where it is, leaving out links and ids.
fn texts(value: &Value, at: String, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(text) => out.push((at, text.clone())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                texts(item, format!("{at}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                if key != "url" && key != "id" {
                    texts(item, format!("{at}.{key}"), out);
                }
            }
        }
        _ => {}
    }
}

#[test]
fn no_text_hard_codes_an_emergency_number() {
    let regions = &locales()[0].regions;
    let mut numbers: Vec<String> = WELL_KNOWN.iter().map(|n| n.to_string()).collect();
    for region in &regions.regions {
        let others = [&region.poison, &region.urgent];
        for number in region.emergency.iter().chain(others.into_iter().flatten()) {
            // "NHS 111" is written "111" in a sentence.
            numbers.push(
                number
                    .trim_start_matches(|c: char| !c.is_ascii_digit())
                    .to_owned(),
            );
        }
    }
    numbers.sort();
    numbers.dedup();
    let mut failures = Vec::new();
    for lang in std::fs::read_dir(content_dir()).unwrap() {
        let lang = lang.unwrap().path();
        if !lang.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&lang).unwrap() {
            let path = file.unwrap().path();
            let json: Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let mut found = Vec::new();
            texts(&json, String::new(), &mut found);
            for (at, text) in found {
                for number in numbers.iter().filter(|n| has_number(&text, n)) {
                    failures.push(format!(
                        "{}{at}: \"{text}\" writes {number}; say {{emergency}} (numbers live in content/regions.json)",
                        path.display()
                    ));
                }
            }
        }
    }
    fail_if_any(failures);
}

#[test]
fn finds_numbers_written_as_numbers_only() {
    assert!(has_number("Call 911 now", "911"));
    assert!(has_number("call 112.", "112"));
    assert!(has_number("Poison Help 1-800-222-1222", "1-800-222-1222"));
    assert!(!has_number("up to 1,000 mg", "000"));
    assert!(!has_number("2112 patients", "112"));
    assert!(!has_number("9110", "911"));
}

#[test]
fn each_country_gets_its_numbers_in_each_language() {
    for source in locales() {
        let locale = compile(&source);
        let lang = locale.lang;
        let help = |code: &[u8; 2]| locale.help(Some(*code));
        let number = |code: &[u8; 2]| plain(help(code).emergency);
        assert_eq!(number(b"US"), "911", "{lang}");
        assert!(help(b"US").lines.0.contains("1-800-222-1222"), "{lang}");
        assert_eq!(number(b"MX"), "911", "{lang}");
        assert_eq!(number(b"CA"), "911", "{lang}");
        assert_eq!(number(b"GB"), "999", "{lang}");
        assert!(help(b"GB").lines.0.contains("NHS 111"), "{lang}");
        assert_eq!(number(b"ES"), "112", "{lang}");
        assert_eq!(number(b"DE"), "112", "{lang}");
        assert_eq!(number(b"AU"), "000", "{lang}");
        assert!(help(b"AU").lines.0.contains("13 11 26"), "{lang}");
        let or = source.ui.number_or.as_str();
        assert_eq!(number(b"IE"), format!("112 {or} 999"), "{lang}");
        // Each of the reader's numbers calls it when tapped.
        let links = [
            (help(b"US").emergency, "tel:911"),
            (help(b"US").lines.0, "tel:18002221222"),
            (help(b"GB").lines.0, "tel:111"),
            (help(b"AU").lines.0, "tel:131126"),
            (help(b"IE").emergency, "tel:112"),
            (help(b"IE").emergency, "tel:999"),
        ];
        for (markup, link) in links {
            assert!(
                markup.contains(&format!("href=\"{link}\"")),
                "{lang}: {link} in {markup}"
            );
        }
        // No poison or urgent line where the data has none.
        assert_eq!(help(b"MX").lines.0, "", "{lang}");

        // Anywhere else, and with no country at all: the local number, with
        // examples taken from the data.
        let anywhere = locale.help(None);
        assert!(anywhere.countries.is_empty(), "{lang}");
        assert_eq!(anywhere.emergency, source.ui.emergency_any, "{lang}");
        assert!(std::ptr::eq(help(b"ZZ"), anywhere), "{lang}");
        assert!(
            anywhere.lines.0.contains("911"),
            "{lang}: {}",
            anywhere.lines.0
        );
        assert!(
            anywhere.lines.0.contains("112"),
            "{lang}: {}",
            anywhere.lines.0
        );
        // Other countries' numbers, given as examples, are not links: a
        // reader whose country is not known must not be offered one to tap.
        assert!(!anywhere.lines.0.contains("tel:"), "{lang}");
        assert!(!anywhere.emergency.contains("tel:"), "{lang}");
        for help in locale.help {
            assert!(!help.lines.0.contains('{'), "{lang}: {}", help.lines.0);
        }
    }
}

#[test]
fn answers_give_the_readers_number_and_the_disclaimer_works_anywhere() {
    use baclofen_guide_model::compiled::{EMERGENCY_FROM, EMERGENCY_TO, OTHER_NUMBERS};
    use baclofen_guide_model::markup::text_of;
    for source in locales() {
        let locale = compile(&source);
        let lang = &source.lang;
        let too_much = locale.entries().find(|e| e.id == "too-much").unwrap();
        let answer = too_much.answer.0;
        // Search reads the words that work anywhere, between the marks.
        let marked = [EMERGENCY_FROM, &source.ui.emergency_any, EMERGENCY_TO].concat();
        assert!(answer.contains(&marked), "{lang}: {answer}");
        assert!(text_of(answer).contains(&source.ui.emergency_any), "{lang}");
        // Shown, they are the reader's numbers, as links; or the words.
        let us = locale.help(Some(*b"US")).fill_answer(answer);
        assert!(
            us.contains("<a class=\"number\" href=\"tel:911\">911</a>"),
            "{lang}: {us}"
        );
        assert!(
            !us.contains("<!--") && !us.contains(&source.ui.emergency_any),
            "{us}"
        );
        let ie = locale.help(Some(*b"IE")).fill_answer(answer);
        assert!(
            ie.contains("tel:112") && ie.contains("tel:999"),
            "{lang}: {ie}"
        );
        let anywhere = locale.help(None).fill_answer(answer);
        assert_eq!(
            anywhere,
            answer
                .replace(EMERGENCY_FROM, "")
                .replace(EMERGENCY_TO, "")
                .replace(OTHER_NUMBERS, locale.help(None).lines.0)
        );
        // `{other_numbers}`: the safety box's other lines, where there are any.
        assert!(answer.contains(OTHER_NUMBERS), "{lang}: {answer}");
        let poison = source.ui.poison_line.replace("{poison}", "");
        assert!(us.contains(poison.trim_end_matches('.')), "{lang}: {us}");
        assert!(us.contains("tel:18002221222"), "{lang}: {us}");
        let mx = locale.help(Some(*b"MX")).fill_answer(answer);
        assert!(
            !mx.contains("<!--") && !mx.contains("tel:1800"),
            "{lang}: {mx}"
        );
        // A search that found the words highlights the reader's number;
        // the words themselves where there is none.
        let words = text_of(answer);
        let at = words.find(&source.ui.emergency_any).unwrap();
        let at = at + words[at..].find("emergenc").unwrap();
        let word = at..at + 8;
        let highlighted =
            baclofen_guide_model::search::highlight(answer, std::slice::from_ref(&word));
        assert!(highlighted.contains("<mark>"), "{highlighted}");
        let gb = locale.help(Some(*b"GB")).fill_answer(&highlighted);
        assert!(
            gb.contains("<mark><a class=\"number\" href=\"tel:999\">999</a></mark>"),
            "{lang}: {gb}"
        );
        assert!(!gb.contains(&source.ui.emergency_any), "{lang}: {gb}");
        assert!(
            !locale
                .help(Some(*b"GB"))
                .fill_answer(answer)
                .contains("<mark>"),
            "{lang}"
        );
        let anywhere = locale.help(None).fill_answer(&highlighted);
        assert_eq!(
            anywhere,
            highlighted
                .replace(EMERGENCY_FROM, "")
                .replace(EMERGENCY_TO, "")
                .replace(OTHER_NUMBERS, locale.help(None).lines.0)
        );
        assert!(anywhere.contains(">emergenc</mark>"), "{lang}: {anywhere}");
        assert!(
            locale.review_record.0.contains(&source.ui.emergency_any),
            "{}",
            locale.review_record.0
        );
        for entry in locale.entries() {
            assert!(
                !entry.answer.0.contains('{'),
                "{}: {}",
                entry.id,
                entry.answer.0
            );
        }
        assert!(!locale.review.0.contains('{'), "{}", locale.review.0);
        assert!(
            !locale.review_record.0.contains('{'),
            "{}",
            locale.review_record.0
        );
    }
}

#[test]
fn the_number_is_filled_into_text_and_escaped_into_markup() {
    let locale = compile(&locales()[0]);
    let title = locale.safety[0].title;
    assert!(title.contains("{emergency}"), "{title}");
    assert_eq!(
        locale.help(Some(*b"GB")).fill(title),
        title.replace(
            "{emergency}",
            "<a class=\"number\" href=\"tel:999\">999</a>"
        )
    );
    // What fills the placeholder is escaped by the build, and a link's
    // address holds only the number's digits.
    let mut source = locales().remove(0);
    source.regions.regions[0].emergency = vec!["<b>112</b>".into(), "999".into()];
    let locale = compile(&source);
    let us = locale.help(Some(*b"US"));
    assert_eq!(
        us.emergency,
        "<a class=\"number\" href=\"tel:112\">&lt;b&gt;112&lt;/b&gt;</a> or \
         <a class=\"number\" href=\"tel:999\">999</a>"
    );
    assert_eq!(
        us.fill("<p>Call {emergency}.</p>"),
        format!("<p>Call {}.</p>", us.emergency)
    );
}

#[test]
fn a_reader_who_types_an_emergency_number_finds_when_to_call_it() {
    use baclofen_guide_model::markup::text_of;
    use baclofen_guide_model::search::Index;
    for source in locales() {
        let locale = compile(&source);
        let lang = &source.lang;
        let answers: Vec<String> = locale.entries().map(|e| text_of(e.answer.0)).collect();
        let documents = locale
            .entries()
            .zip(&answers)
            .map(|(e, a)| (e.question, a.as_str()));
        let index = Index::new(documents, locale.synonyms);
        let ids: Vec<&str> = locale.entries().map(|e| e.id).collect();
        let numbers = source.regions.regions.iter().flat_map(|r| &r.emergency);
        // As a reader asks it ("ring" in the UK; the answers say "call",
        // and "llame" where the reader types "llamar"). Not "marcar": one
        // typo from "marca", it would bring these answers into a search for
        // a brand.
        let phrases: &[&str] = if lang == "es" {
            &["llamar al 911"]
        } else {
            &["call 999", "ring 999", "phone 911"]
        };
        for number in numbers.map(String::as_str).chain(phrases.iter().copied()) {
            let found: Vec<&str> = index
                .search(number)
                .unwrap_or_default()
                .iter()
                .map(|hit| ids[hit.doc])
                .collect();
            for id in ["too-much", "serious-side-effects", "withdrawal-signs"] {
                assert!(found.contains(&id), "{lang}: `{number}` finds {found:?}");
            }
        }
        // A search for a brand finds brands, not when to call.
        let brand = if lang == "es" { "marca" } else { "brand" };
        let found = index.search(brand).unwrap_or_default();
        assert!(!found.is_empty(), "{lang}");
        assert!(
            found.iter().all(|hit| ids[hit.doc] != "too-much"),
            "{lang}: `{brand}` finds too-much"
        );
    }
}
