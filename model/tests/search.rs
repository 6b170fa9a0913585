//! FAQ search against the real English content, built as the widget builds
//! it: each entry's question and the plain text of its answer.
//!
//! Run with `cargo test -p baclofen-guide-model --features load`.

#![cfg(feature = "load")]

use baclofen_guide_model::compile::compile;
use baclofen_guide_model::compiled::Entry;
use baclofen_guide_model::load::load_locale;
use baclofen_guide_model::markup::text_of;
use baclofen_guide_model::search::{Hit, Index, fold, highlight};
use std::path::Path;

struct Faq {
    entries: Vec<&'static Entry>,
    answers: Vec<String>,
    index: Index,
}

fn faq() -> Faq {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/en");
    let locale = match load_locale(&dir) {
        Ok(locale) => compile(&locale),
        Err(errors) => panic!("content/en does not load: {}", errors[0]),
    };
    let entries: Vec<&'static Entry> = locale.entries().collect();
    let answers: Vec<String> = entries.iter().map(|e| text_of(e.answer.0)).collect();
    // The synonyms from content/en/search.json, as the widget uses them.
    let index = Index::new(
        entries
            .iter()
            .zip(&answers)
            .map(|(e, a)| (e.question, a.as_str())),
        locale.synonyms,
    );
    Faq {
        entries,
        answers,
        index,
    }
}

impl Faq {
    fn hits(&self, query: &str) -> Vec<Hit> {
        self.index.search(query).expect("a query with words")
    }

    fn ids(&self, query: &str) -> Vec<&'static str> {
        self.hits(query)
            .iter()
            .map(|hit| self.entries[hit.doc].id)
            .collect()
    }

    /// The highlighted text, folded, of every hit.
    fn marked(&self, query: &str) -> Vec<String> {
        let mut marked = Vec::new();
        for hit in self.hits(query) {
            let question = self.entries[hit.doc].question;
            let answer = &self.answers[hit.doc];
            marked.extend(hit.question.iter().map(|r| fold(&question[r.clone()])));
            marked.extend(hit.answer.iter().map(|r| fold(&answer[r.clone()])));
        }
        marked
    }

    fn assert_finds(&self, query: &str, expected: &[&str]) {
        let ids = self.ids(query);
        for id in expected {
            assert!(
                ids.contains(id),
                "{query:?} should find {id}, found {ids:?}"
            );
        }
    }
}

#[test]
fn typing_filters_the_entries() {
    let faq = faq();
    let all = faq.entries.len();
    let baclofen = faq.hits("baclofen").len();
    assert!(baclofen > all / 2 && baclofen < all, "{baclofen} of {all}");
    let counts: Vec<usize> = ["p", "pu", "pum", "pump"]
        .iter()
        .map(|q| faq.hits(q).len())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    assert!(counts[3] < all / 4, "{counts:?}");
    faq.assert_finds(
        "pump",
        &["what-is-the-pump", "pump-safety", "pump-problems"],
    );
    // Every word must match: adding one narrows.
    let narrower = faq.ids("pump alarm");
    assert!(
        !narrower.is_empty() && narrower.len() < counts[3],
        "{narrower:?}"
    );
    assert!(narrower.iter().all(|id| faq.ids("pump").contains(id)));
    assert!(narrower.iter().all(|id| faq.ids("alarm").contains(id)));
    // A whole question finds its entry.
    for entry in &faq.entries {
        faq.assert_finds(entry.question, &[entry.id]);
    }
}

#[test]
fn ignores_case_and_accents() {
    let faq = faq();
    assert_eq!(faq.ids("BACLOFÉN"), faq.ids("baclofen"));
    assert_eq!(faq.ids("Intrathécal PÚMP"), faq.ids("intrathecal pump"));
    assert_eq!(faq.ids("don’t"), faq.ids("dont"));
    assert_eq!(faq.ids("Parkinson’s"), faq.ids("parkinsons"));
}

#[test]
fn tolerates_one_typo_in_words_of_five_letters_or_more() {
    let faq = faq();
    faq.assert_finds("withdrawl", &["withdrawal-signs"]);
    faq.assert_finds("pregnacy", &["pregnancy"]);
    faq.assert_finds("pregnat", &["pregnancy"]);
    faq.assert_finds("alcohl", &["alcohol", "alcohol-use-disorder"]);
    faq.assert_finds("breastfeding", &["breastfeeding"]);
    faq.assert_finds("intarthecal", &["what-is-the-pump"]);
    faq.assert_finds("sizures", &["withdrawal-signs"]);
    faq.assert_finds("diarrhea", &["contraception-fertility"]);
    // Two typos are too many.
    assert_eq!(faq.ids("withdrwl"), [] as [&str; 0]);
}

#[test]
fn short_words_need_exact_letters() {
    let faq = faq();
    for typo in ["pupm", "pmp", "dsoe", "doze"] {
        assert_eq!(faq.ids(typo), [] as [&str; 0], "{typo}");
    }
    assert!(!faq.ids("pump").is_empty());
    assert!(!faq.ids("dose").is_empty());
}

#[test]
fn synonyms_work_both_ways() {
    let faq = faq();
    let stopping = ["stopping-suddenly", "how-to-stop", "withdrawal-signs"];
    faq.assert_finds("quit", &stopping);
    faq.assert_finds("quitting", &stopping);
    faq.assert_finds("withdrawal", &["stopping-suddenly", "how-to-stop"]);
    faq.assert_finds("drink", &["alcohol", "alcohol-use-disorder"]);
    faq.assert_finds("alcohol", &["alcohol"]);
    faq.assert_finds("sleepy", &["common-side-effects", "driving"]);
    faq.assert_finds("drowsy", &["common-side-effects", "driving"]);
    faq.assert_finds("pregnancy", &["pregnancy"]);
    faq.assert_finds("intrathecal", &["pump-safety", "pump-problems"]);
    // "quit" highlights what it stands for.
    let marked = faq.marked("quit");
    assert!(
        marked
            .iter()
            .all(|m| m.starts_with("stop") || m.starts_with("withdraw")),
        "{marked:?}"
    );
}

#[test]
fn the_last_word_matches_as_a_prefix() {
    let faq = faq();
    faq.assert_finds("withdr", &["withdrawal-signs"]);
    faq.assert_finds("can i stop tak", &["stopping-suddenly", "how-to-stop"]);
    faq.assert_finds("preg", &["pregnancy"]);
    assert!(faq.marked("withdr").iter().all(|m| m == "withdr"));
}

#[test]
fn ranges_point_at_the_matching_text() {
    let faq = faq();
    for (query, words) in [
        ("baclofen", &["baclofen"][..]),
        ("MUSCLE", &["muscle"]),
        ("side eff", &["side", "eff"]),
        ("alcohl", &["alcohol", "drink"]),
        ("withdrawl", &["withdrawal", "stop", "withdraw"]),
        ("sleepy", &["sleep", "drows", "tired", "fatigue"]),
    ] {
        let marked = faq.marked(query);
        assert!(!marked.is_empty(), "{query}");
        for m in &marked {
            assert!(words.iter().any(|w| m.starts_with(w)), "{query}: {m:?}");
        }
    }
    for hit in faq.hits("a") {
        let question = faq.entries[hit.doc].question;
        let answer = &faq.answers[hit.doc];
        for (text, ranges) in [(question, &hit.question), (answer.as_str(), &hit.answer)] {
            for pair in ranges.windows(2) {
                assert!(pair[0].end < pair[1].start);
            }
            for range in ranges {
                assert_eq!(fold(&text[range.clone()]), "a");
            }
        }
    }
}

#[test]
fn ranges_are_char_boundaries_in_non_ascii_text() {
    let docs = [
        (
            "¿Puedo dejar de tomar baclofeno de repente?",
            "No. Déjelo poco a poco, como le indique su médico: la retirada brusca es peligrosa.",
        ),
        ("¿Y si estoy embarazada?", "Consulte a su médico o matrona."),
    ];
    let synonyms: &[&[&str]] = &[
        &["dejar", "retirada", "suspender"],
        &["embarazo", "embarazada"],
    ];
    let index = Index::new(docs, synonyms);
    let marked = |query: &str| -> Vec<(usize, Vec<&str>)> {
        let hits = index.search(query).unwrap();
        hits.iter()
            .map(|h| {
                let (q, a) = docs[h.doc];
                let mut m: Vec<&str> = h.question.iter().map(|r| &q[r.clone()]).collect();
                m.extend(h.answer.iter().map(|r| &a[r.clone()]));
                (h.doc, m)
            })
            .collect()
    };
    // "dejar" does not begin "Déjelo", but its synonym "retirada" is there.
    assert_eq!(
        marked("PUEDO DEJAR"),
        [(0, vec!["Puedo", "dejar", "retirada"])]
    );
    assert_eq!(marked("deje"), [(0, vec!["Déje"])]);
    assert_eq!(marked("suspender"), [(0, vec!["dejar", "retirada"])]);
    assert_eq!(marked("medico"), [(0, vec!["médico"]), (1, vec!["médico"])]);
    assert_eq!(marked("méd embarazo"), [(1, vec!["embarazada", "méd"])]);
    assert_eq!(marked("baclof"), [(0, vec!["baclof"])]);
    // One letter short: a typo, so the whole word.
    assert_eq!(marked("baclofen"), [(0, vec!["baclofeno"])]);
    assert_eq!(marked("repente niño"), [] as [(usize, Vec<&str>); 0]);
    assert_eq!(index.search("¿ ?"), None);
}

#[test]
fn empty_queries_show_everything_and_no_match_is_empty() {
    let faq = faq();
    for query in ["", " ", "\t \n", "?", "- …"] {
        assert_eq!(faq.index.search(query), None, "{query:?}");
    }
    assert_eq!(faq.index.search("xylophone"), Some(vec![]));
    assert_eq!(faq.index.search("baclofen xylophone"), Some(vec![]));
}

#[test]
fn highlights_the_answer_markup() {
    let faq = faq();
    for query in ["baclofen muscle", "don't", "parkinson", "quit", "a"] {
        for hit in faq.hits(query) {
            let markup = faq.entries[hit.doc].answer.0;
            let marked = highlight(markup, &hit.answer);
            // The same text, and each <mark> holds its range's text.
            assert_eq!(
                text_of(&marked.replace("<mark>", "").replace("</mark>", "")),
                faq.answers[hit.doc]
            );
            let inside: Vec<String> = marked
                .split("<mark>")
                .skip(1)
                .map(|s| text_of(&s[..s.find("</mark>").unwrap()]))
                .collect();
            let expected: Vec<&str> = hit
                .answer
                .iter()
                .map(|r| &faq.answers[hit.doc][r.clone()])
                .collect();
            assert_eq!(inside, expected, "{query}");
        }
    }
}
