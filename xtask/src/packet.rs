//! `cargo xtask packet`: one printable HTML file a clinician reads and signs.
//!
//! It holds every statement, grouped as the widget shows it (title and
//! disclaimer, safety callouts, key facts, FAQ by category, comparison cells
//! by treatment, interface text), for each language, with its sources as
//! full links, its last-checked date and its readability, the review record
//! and a sign-off block, after the questions for the reviewer
//! (`content/review-questions.json`). With `--since REV` it marks what
//! changed, is new or was removed since that release (`0.3.6`) or git
//! revision, statement by statement, so a re-review reads only the changes
//! (`--changed-only` leaves the rest out).
//!
//! [`packet`] is pure: it takes the loaded content and the raw JSON of both
//! versions, and returns the HTML, every text escaped. No external resource:
//! the CSS is inline and nothing is fetched.

use baclofen_guide_model::Locale;
use baclofen_guide_model::content::{Block, Date};
use baclofen_guide_model::load::load_content;
use baclofen_guide_model::markup::escape;
use baclofen_guide_model::readability::{Lang, inflesz_scale};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// The content files of one language at one version: file name → JSON.
pub type Files = BTreeMap<String, Value>;

/// The files of `content/<lang>/` the packet compares.
pub const FILES: [&str; 7] = [
    "meta.json",
    "ui.json",
    "sources.json",
    "safety.json",
    "key-facts.json",
    "faq.json",
    "comparison.json",
];

/// One language's content: as loaded and validated, its raw JSON now, and
/// its raw JSON at the `--since` revision (empty files if it did not exist).
pub struct LangInput<'a> {
    pub locale: &'a Locale,
    pub files: &'a Files,
    pub previous: Option<&'a Files>,
}

pub struct Options {
    /// The revision compared against, as given.
    pub since: Option<String>,
    /// Leave out statements that did not change.
    pub changed_only: bool,
    /// When the packet was made (`YYYY-MM-DD`).
    pub generated: String,
    /// The revision the content comes from (`git describe`).
    pub revision: String,
    /// The questions for the reviewer ([`questions`]).
    pub questions: Vec<Question>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Same,
    Changed,
    New,
}

impl Change {
    fn name(self) -> &'static str {
        match self {
            Change::Same => "same",
            Change::Changed => "changed",
            Change::New => "new",
        }
    }
}

/// Every statement of one version, by key (`faq:missed-dose`,
/// `cell:oral-baclofen:used-for`): a short label and a fingerprint of what a
/// reviewer signs (its JSON, sources resolved to their links, the checked
/// date left out: re-checking a fact does not change it).
pub fn statements(files: &Files) -> BTreeMap<String, (String, String)> {
    let mut out = BTreeMap::new();
    let sources: BTreeMap<&str, &Value> = files
        .get("sources.json")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|s| Some((s.get("id")?.as_str()?, s)))
        .collect();
    let fingerprint = |item: &Value| -> String {
        let mut item = item.clone();
        if let Some(map) = item.as_object_mut() {
            map.remove("checked");
            if let Some(Value::Array(ids)) = map.get_mut("sources") {
                for id in ids.iter_mut() {
                    if let Some(source) = id.as_str().and_then(|i| sources.get(i)) {
                        *id = (*source).clone();
                    }
                }
            }
        }
        item.to_string()
    };
    let label = |item: &Value, keys: &[&str]| -> String {
        keys.iter()
            .find_map(|k| item.get(k).and_then(Value::as_str))
            .unwrap_or_default()
            .to_owned()
    };
    let mut add = |key: String, label: String, print: String| {
        out.insert(key, (label, print));
    };
    if let Some(Value::Object(meta)) = files.get("meta.json") {
        for (field, value) in meta {
            let shown = value.as_str().map(str::to_owned).unwrap_or_default();
            add(format!("meta:{field}"), shown, value.to_string());
        }
    }
    if let Some(Value::Object(ui)) = files.get("ui.json") {
        for (key, value) in ui {
            let shown = value.as_str().map(str::to_owned).unwrap_or_default();
            add(format!("ui:{key}"), shown, value.to_string());
        }
    }
    let list = |name: &str| -> Vec<Value> {
        files
            .get(name)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    for callout in list("safety.json") {
        let id = label(&callout, &["id"]);
        add(
            format!("safety:{id}"),
            label(&callout, &["title"]),
            fingerprint(&callout),
        );
    }
    for fact in list("key-facts.json") {
        let id = label(&fact, &["id"]);
        add(
            format!("key-fact:{id}"),
            label(&fact, &["text"]),
            fingerprint(&fact),
        );
    }
    for category in list("faq.json") {
        let entries = category.get("entries").and_then(Value::as_array);
        for entry in entries.into_iter().flatten() {
            let id = label(entry, &["id"]);
            add(
                format!("faq:{id}"),
                label(entry, &["question"]),
                fingerprint(entry),
            );
        }
    }
    let cells = files
        .get("comparison.json")
        .and_then(|c| c.get("cells"))
        .and_then(Value::as_array);
    for cell in cells.into_iter().flatten() {
        let (t, a) = (label(cell, &["treatment"]), label(cell, &["attribute"]));
        add(
            format!("cell:{t}:{a}"),
            format!("{t} × {a}: {}", label(cell, &["text"])),
            fingerprint(cell),
        );
    }
    out
}

/// `content/review-questions.json`: what the project could not check from
/// here and asks the reviewing clinician to decide, each naming the
/// statements it is about by key. The packet lists them first, and again at
/// each statement, whether or not it changed.
pub const QUESTIONS_FILE: &str = "review-questions.json";

#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// Statement keys, as [`statements`] names them (`faq:older-adults`).
    pub statements: Vec<String>,
    /// When it was asked (`YYYY-MM-DD`).
    pub raised: Date,
    pub question: String,
}

/// Reads the questions, checking that each names statements every language
/// has. Each error names the file, the entry (its place, from 1) and the field.
pub fn questions(json: &str, languages: &[(&str, &Files)]) -> Result<Vec<Question>, Vec<String>> {
    let file = format!("content/{QUESTIONS_FILE}");
    let entries = match serde_json::from_str::<Value>(json) {
        Ok(Value::Array(entries)) => entries,
        Ok(_) => return Err(vec![format!("{file}: must be a list of questions")]),
        Err(e) => return Err(vec![format!("{file}: not valid JSON: {e}")]),
    };
    let known: Vec<(&str, BTreeMap<_, _>)> = languages
        .iter()
        .map(|(lang, files)| (*lang, statements(files)))
        .collect();
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let mut fail = |field: &str, message: String| {
            errors.push(format!(
                "{file}: entry {}: field \"{field}\": {message}",
                i + 1
            ));
        };
        let Some(map) = entry.as_object() else {
            fail("", "must be an object".into());
            continue;
        };
        for field in map.keys() {
            if !["statements", "raised", "question"].contains(&field.as_str()) {
                fail(
                    field,
                    "unknown field (expected statements, raised, question)".into(),
                );
            }
        }
        let question = map
            .get("question")
            .and_then(Value::as_str)
            .unwrap_or_default();
        if question.trim().is_empty() {
            fail("question", "must be a non-empty text".into());
        }
        let raised = map
            .get("raised")
            .and_then(Value::as_str)
            .and_then(Date::parse);
        if raised.is_none() {
            fail("raised", "must be a date, YYYY-MM-DD".into());
        }
        let keys: Vec<String> = map
            .get("statements")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|k| k.as_str().unwrap_or_default().to_owned())
            .collect();
        if keys.is_empty() {
            fail(
                "statements",
                "must list at least one statement key, such as \"faq:older-adults\"".into(),
            );
        }
        for key in &keys {
            for (lang, statements) in &known {
                if !statements.contains_key(key) {
                    fail(
                        "statements",
                        format!(
                            "no statement \"{key}\" in content/{lang} (keys look like faq:<id>, cell:<treatment>:<attribute>, meta:<field>)"
                        ),
                    );
                }
            }
        }
        if let Some(raised) = raised {
            out.push(Question {
                statements: keys,
                raised,
                question: question.to_owned(),
            });
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Where a statement is in the packet: its item, or the review record for
/// the record's fields.
fn anchor(lang: &str, key: &str) -> String {
    match key.strip_prefix("meta:") {
        Some(field) if RECORD.contains(&field) => format!("{lang}-review-record"),
        _ => format!("{lang}-{}", key.replace(':', "-")),
    }
}

/// The `meta.json` fields the review record shows.
const RECORD: [&str; 5] = [
    "last_reviewed",
    "next_review",
    "reviewers",
    "conflicts_of_interest",
    "side_effect_reporting",
];

/// The questions about `keys`, with their numbers in the packet's list, as
/// a box.
fn questions_at(out: &mut String, options: &Options, keys: &[String]) {
    for (n, q) in options.questions.iter().enumerate() {
        if q.statements.iter().any(|k| keys.contains(k)) {
            out.push_str("<p class=\"question\"><strong>");
            text(out, &format!("Question for the reviewer (Q{}):", n + 1));
            out.push_str("</strong> ");
            text(out, &q.question);
            out.push_str("</p>\n");
        }
    }
}

/// Every question, numbered, with links to the statements in each language.
fn questions_list(out: &mut String, inputs: &[LangInput], options: &Options) {
    if options.questions.is_empty() {
        return;
    }
    out.push_str("<section class=\"questions\" id=\"questions\">");
    tag(
        out,
        "h2",
        &format!("Questions for the reviewer ({})", options.questions.len()),
    );
    tag(
        out,
        "p",
        "What the project could not check against its sources, for you to decide \
         (content/review-questions.json). Each is repeated at its statements. \
         Answer each one before you sign off, and remove it from the file when \
         it is settled.",
    );
    out.push_str("<ol>");
    for q in &options.questions {
        out.push_str("<li>");
        text(out, &q.question);
        out.push_str("<br><span class=\"key\">");
        text(out, &format!("Raised {}. ", q.raised.iso()));
        let mut first = true;
        for key in &q.statements {
            if !first {
                out.push_str("; ");
            }
            first = false;
            text(out, key);
            for input in inputs {
                let lang = input.locale.lang.as_str();
                out.push_str(" <a href=\"#");
                out.push_str(&attr(&anchor(lang, key)));
                out.push_str("\">");
                text(out, lang);
                out.push_str("</a>");
            }
        }
        out.push_str(
            "</span><br><span class=\"tick\">&#9744; Settled. What you decided: \
             ______________________________</span></li>\n",
        );
    }
    out.push_str("</ol></section>\n");
}

/// The packet, as one HTML document.
pub fn packet(inputs: &[LangInput], options: &Options) -> String {
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.push_str("<title>Baclofen Guide: review packet</title><style>");
    out.push_str(CSS);
    out.push_str("</style></head><body>\n<h1>Baclofen Guide: review packet</h1>\n<p>");
    text(
        &mut out,
        &format!(
            "Made {} from content at revision {}.",
            options.generated, options.revision
        ),
    );
    out.push_str("</p>\n<p>");
    match &options.since {
        Some(since) => text(
            &mut out,
            &format!(
                "Changes since {since} are marked CHANGED or NEW; removed statements \
                 are listed at the end of each language.{}",
                if options.changed_only {
                    " Only what changed is shown."
                } else {
                    ""
                }
            ),
        ),
        None => text(
            &mut out,
            "Every statement is shown. (Run with --since <release> to mark what changed.)",
        ),
    }
    out.push_str("</p>\n<p>");
    text(
        &mut out,
        "For each statement, check that its sources say what it says, and tick a box. \
         Readability: Flesch–Kincaid grade (English; the project's limit for one text is 8) \
         or INFLESZ (Spanish; 55 or more). Dates are YYYY-MM-DD.",
    );
    out.push_str("</p>\n");
    summary(&mut out, inputs, options);
    questions_list(&mut out, inputs, options);
    if let Some(first) = inputs.first() {
        emergency_numbers(&mut out, &first.locale.regions);
    }
    for input in inputs {
        language(&mut out, input, options);
    }
    sign_off(&mut out);
    out.push_str("</body></html>\n");
    out
}

/// Appends escaped text.
fn text(out: &mut String, s: &str) {
    escape(out, s);
}

fn tag(out: &mut String, open: &str, s: &str) {
    out.push('<');
    out.push_str(open);
    out.push('>');
    escape(out, s);
    out.push_str("</");
    out.push_str(open.split(' ').next().unwrap_or(open));
    out.push_str(">\n");
}

/// How each statement of this language compares with the previous version.
struct Changes {
    now: BTreeMap<String, (String, String)>,
    before: Option<BTreeMap<String, (String, String)>>,
}

impl Changes {
    fn of(input: &LangInput) -> Changes {
        Changes {
            now: statements(input.files),
            before: input.previous.map(statements),
        }
    }

    fn change(&self, key: &str) -> Change {
        let Some(before) = &self.before else {
            return Change::Same;
        };
        match (before.get(key), self.now.get(key)) {
            (None, _) => Change::New,
            (Some(old), Some(new)) if old.1 != new.1 => Change::Changed,
            _ => Change::Same,
        }
    }

    /// Changes among several keys: the most notable.
    fn any(&self, keys: &[String]) -> Change {
        let changes: Vec<Change> = keys.iter().map(|k| self.change(k)).collect();
        if changes.contains(&Change::Changed) {
            Change::Changed
        } else if changes.contains(&Change::New) {
            Change::New
        } else {
            Change::Same
        }
    }

    fn removed(&self) -> Vec<(&String, &String)> {
        let Some(before) = &self.before else {
            return Vec::new();
        };
        before
            .iter()
            .filter(|(key, _)| !self.now.contains_key(*key))
            .map(|(key, (label, _))| (key, label))
            .collect()
    }

    fn count(&self, change: Change) -> usize {
        self.now.keys().filter(|k| self.change(k) == change).count()
    }
}

fn summary(out: &mut String, inputs: &[LangInput], options: &Options) {
    out.push_str("<table class=\"summary\"><tr><th>Language</th><th>Statements</th>");
    if options.since.is_some() {
        out.push_str("<th>Changed</th><th>New</th><th>Removed</th>");
    }
    out.push_str("<th>Last reviewed</th><th>Next review due</th><th>Reviewed by</th></tr>\n");
    for input in inputs {
        let changes = Changes::of(input);
        let meta = &input.locale.meta;
        out.push_str("<tr><td>");
        text(
            out,
            &format!("{} ({})", meta.language_name, input.locale.lang),
        );
        out.push_str(&format!("</td><td>{}</td>", changes.now.len()));
        if options.since.is_some() {
            out.push_str(&format!(
                "<td>{}</td><td>{}</td><td>{}</td>",
                changes.count(Change::Changed),
                changes.count(Change::New),
                changes.removed().len()
            ));
        }
        out.push_str(&format!(
            "<td>{}</td><td>{}</td><td>",
            meta.last_reviewed.iso(),
            meta.next_review.iso()
        ));
        if meta.reviewers.is_empty() {
            text(out, "Not yet reviewed by a clinician");
        } else {
            let names: Vec<&str> = meta.reviewers.iter().map(|r| r.name.as_str()).collect();
            text(out, &names.join(", "));
        }
        out.push_str("</td></tr>\n");
    }
    out.push_str("</table>\n");
}

/// One statement: its text, where it comes from, its change mark, checked
/// date, readability and sources, and boxes to tick.
struct Item<'a> {
    key: String,
    /// Anchor, unique in the packet: `en-faq-missed-dose`.
    anchor: String,
    heading: String,
    blocks: Vec<Block>,
    boxed_warning: bool,
    checked: Option<Date>,
    sources: &'a [String],
    /// Measured for readability.
    measured: bool,
}

fn item(out: &mut String, input: &LangInput, changes: &Changes, options: &Options, item: Item) {
    let change = changes.change(&item.key);
    if options.changed_only && change == Change::Same {
        return;
    }
    let locale = input.locale;
    out.push_str(&format!(
        "<div class=\"item {0}\" id=\"{1}\" data-key=\"{2}\" data-change=\"{0}\">",
        change.name(),
        attr(&item.anchor),
        attr(&item.key)
    ));
    out.push_str("<p class=\"item__head\">");
    if change != Change::Same {
        out.push_str(&format!(
            "<span class=\"mark\">{}</span> ",
            change.name().to_uppercase()
        ));
    }
    out.push_str("<strong>");
    text(out, &item.heading);
    out.push_str("</strong> <span class=\"key\">");
    text(out, &item.key);
    out.push_str("</span></p>\n<div class=\"item__text\" lang=\"");
    out.push_str(&attr(&locale.lang));
    out.push_str("\">");
    if item.boxed_warning {
        out.push_str("<strong>FDA boxed warning.</strong> ");
    }
    for block in &item.blocks {
        match block {
            Block::P(p) => tag(out, "p", p),
            Block::Ul(items) => {
                out.push_str("<ul>");
                for li in items {
                    tag(out, "li", li);
                }
                out.push_str("</ul>\n");
            }
        }
    }
    out.push_str("</div>\n<p class=\"facts\">");
    let mut facts = Vec::new();
    if let Some(checked) = item.checked {
        let mut fact = format!("Facts last checked {}", checked.iso());
        if checked > locale.meta.last_reviewed {
            fact.push_str(" (after the last review)");
        }
        facts.push(fact);
    }
    if item.measured {
        facts.push(readability(&locale.lang, &item.blocks));
    }
    text(out, &facts.join(". "));
    out.push_str("</p>\n");
    if !item.sources.is_empty() {
        out.push_str("<ol class=\"sources\">");
        for id in item.sources {
            out.push_str("<li>");
            match locale.source(id) {
                Some(source) => {
                    // The short form is what readers see: the reviewer checks it too.
                    text(
                        out,
                        &format!(
                            "{}: {} (cited as \u{201c}{}\u{201d})",
                            source.publisher,
                            source.title,
                            source.short_name()
                        ),
                    );
                    out.push_str("<br><a href=\"");
                    out.push_str(&attr(&source.url));
                    out.push_str("\">");
                    text(out, &source.url);
                    out.push_str("</a>");
                }
                None => text(out, id),
            }
            out.push_str("</li>");
        }
        out.push_str("</ol>\n");
    }
    questions_at(out, options, std::slice::from_ref(&item.key));
    out.push_str(
        "<p class=\"tick\">&#9744; Correct and sourced &#9744; Needs a change: \
         ______________________________</p></div>\n",
    );
}

/// `words, sentences, longest sentence, score`, by the language's measure.
fn readability(lang: &str, blocks: &[Block]) -> String {
    let Some(measured) = Lang::from_code(lang) else {
        return "Readability not measured for this language".into();
    };
    let stats = measured.block_stats(blocks);
    let limits = measured.limits();
    let score = limits.measure.score(&stats);
    let mut out = format!(
        "{} words, longest sentence {} words; ",
        stats.words, stats.longest_sentence_words
    );
    match measured {
        Lang::En => out.push_str(&format!(
            "Flesch–Kincaid grade {score:.1}, SMOG {:.1}",
            stats.smog()
        )),
        Lang::Es => out.push_str(&format!(
            "INFLESZ {score:.1} ({}), Fernández-Huerta {:.1}",
            inflesz_scale(score),
            stats.fernandez_huerta()
        )),
    }
    if !limits.text_ok(score) || stats.longest_sentence_words > limits.max_sentence_words {
        out.push_str(" — OVER THE PROJECT'S LIMIT");
    }
    out
}

fn attr(s: &str) -> String {
    let mut out = String::new();
    escape(&mut out, s);
    out
}

fn language(out: &mut String, input: &LangInput, options: &Options) {
    let locale = input.locale;
    let lang = locale.lang.as_str();
    let meta = &locale.meta;
    let changes = Changes::of(input);
    out.push_str(&format!("<section class=\"lang\" id=\"{}\">\n", attr(lang)));
    tag(out, "h2", &format!("{} ({lang})", meta.language_name));

    // The review record, always in full: it is what the sign-off updates.
    let record_keys: Vec<String> = RECORD.iter().map(|f| format!("meta:{f}")).collect();
    let record_change = changes.any(&record_keys);
    out.push_str(&format!(
        "<div class=\"record {}\" id=\"{}-review-record\" data-change=\"{}\">",
        record_change.name(),
        attr(lang),
        record_change.name()
    ));
    tag(out, "h3", "Review record");
    if record_change != Change::Same {
        out.push_str(&format!(
            "<p><span class=\"mark\">{}</span></p>",
            record_change.name().to_uppercase()
        ));
    }
    out.push_str("<table>");
    let row = |out: &mut String, label: &str, value: &str| {
        out.push_str("<tr><th>");
        text(out, label);
        out.push_str("</th><td>");
        text(out, value);
        out.push_str("</td></tr>");
    };
    row(out, "Publisher", &meta.publisher);
    row(out, "Last reviewed", &meta.last_reviewed.iso());
    let due = if Date::today() >= meta.next_review {
        " (DUE: readers are told the guide is due for review)"
    } else {
        ""
    };
    row(
        out,
        "Next review due",
        &format!("{}{due}", meta.next_review.iso()),
    );
    if meta.reviewers.is_empty() {
        row(
            out,
            "Reviewed by",
            "Not yet reviewed by a clinician (meta.json \"reviewers\" is empty; \
             the widget says so to readers)",
        );
    }
    for reviewer in &meta.reviewers {
        row(
            out,
            "Reviewed by",
            &format!(
                "{}, {}, {}, {}. Scope: {}",
                reviewer.name,
                reviewer.role,
                reviewer.organisation,
                reviewer.date.iso(),
                reviewer.scope
            ),
        );
    }
    row(out, "Conflicts of interest", &meta.conflicts_of_interest);
    out.push_str("<tr><th>Side-effect reporting</th><td>");
    text(out, &meta.side_effect_reporting.intro);
    out.push_str("<ul>");
    for route in &meta.side_effect_reporting.routes {
        out.push_str("<li>");
        text(out, &route.name);
        if !route.phone.is_empty() {
            text(out, &format!(", {}", route.phone));
        }
        out.push_str("<br><a href=\"");
        out.push_str(&attr(&route.url));
        out.push_str("\">");
        text(out, &route.url);
        out.push_str("</a></li>");
    }
    out.push_str("</ul></td></tr></table>");
    questions_at(out, options, &record_keys);
    out.push_str("</div>\n");

    let p = |s: &str| vec![Block::P(s.to_owned())];
    tag(out, "h3", "Title, introduction and disclaimer");
    for (field, value, measured) in [
        ("title", &meta.title, false),
        ("intro", &meta.intro, true),
        ("disclaimer", &meta.disclaimer, true),
    ] {
        item(
            out,
            input,
            &changes,
            options,
            Item {
                key: format!("meta:{field}"),
                anchor: format!("{lang}-meta-{field}"),
                heading: field.into(),
                blocks: p(value),
                boxed_warning: false,
                checked: None,
                sources: &[],
                measured,
            },
        );
    }

    tag(out, "h3", "Safety callouts (always shown in full)");
    item(
        out,
        input,
        &changes,
        options,
        Item {
            key: "ui:safety_short".into(),
            anchor: format!("{lang}-ui-safety_short"),
            heading: "One-line safety notice (when the safety section is left out)".into(),
            blocks: p(&locale.ui.safety_short),
            boxed_warning: false,
            checked: None,
            sources: &[],
            measured: true,
        },
    );
    for callout in &locale.safety {
        let kind = match callout.kind {
            baclofen_guide_model::CalloutKind::Emergency => "Emergency",
            baclofen_guide_model::CalloutKind::Warning => "Warning",
        };
        item(
            out,
            input,
            &changes,
            options,
            Item {
                key: format!("safety:{}", callout.id),
                anchor: format!("{lang}-safety-{}", callout.id),
                heading: format!("{kind}: {}", callout.title),
                blocks: callout.body.clone(),
                boxed_warning: false,
                checked: None,
                sources: &callout.sources,
                measured: true,
            },
        );
    }

    tag(out, "h3", "Key facts");
    for fact in &locale.key_facts {
        item(
            out,
            input,
            &changes,
            options,
            Item {
                key: format!("key-fact:{}", fact.id),
                anchor: format!("{lang}-key-fact-{}", fact.id),
                heading: fact.id.clone(),
                blocks: p(&fact.text),
                boxed_warning: false,
                checked: None,
                sources: &fact.sources,
                measured: true,
            },
        );
    }

    tag(out, "h3", "Questions and answers");
    for category in &locale.faq {
        tag(out, "h4", &category.title);
        for entry in &category.entries {
            item(
                out,
                input,
                &changes,
                options,
                Item {
                    key: format!("faq:{}", entry.id),
                    anchor: format!("{lang}-faq-{}", entry.id),
                    heading: entry.question.clone(),
                    blocks: entry.answer.clone(),
                    boxed_warning: false,
                    checked: Some(entry.checked),
                    sources: &entry.sources,
                    measured: true,
                },
            );
        }
    }

    let cmp = &locale.comparison;
    tag(out, "h3", "Comparison of treatments");
    tag(out, "p", &cmp.intro);
    for treatment in &cmp.treatments {
        let mut name = treatment.name.clone();
        if !treatment.also_called.is_empty() {
            name.push_str(&format!(" ({})", treatment.also_called));
        }
        tag(out, "h4", &name);
        for attribute in &cmp.attributes {
            let Some(cell) = cmp.cell(&treatment.id, &attribute.id) else {
                continue;
            };
            item(
                out,
                input,
                &changes,
                options,
                Item {
                    key: format!("cell:{}:{}", treatment.id, attribute.id),
                    anchor: format!("{lang}-cell-{}-{}", treatment.id, attribute.id),
                    heading: format!("{}: {}", treatment.name, attribute.label),
                    blocks: p(&cell.text),
                    boxed_warning: cell.boxed_warning,
                    checked: Some(cell.checked),
                    sources: &cell.sources,
                    measured: true,
                },
            );
        }
    }

    // Interface text: buttons and labels, listed compactly.
    let ui_keys: Vec<&String> = changes
        .now
        .keys()
        .filter(|k| k.starts_with("ui:"))
        .filter(|k| !options.changed_only || changes.change(k) != Change::Same)
        .collect();
    if !ui_keys.is_empty() {
        tag(out, "h3", "Interface text (buttons, labels, notices)");
        out.push_str("<table class=\"ui\">");
        for key in ui_keys {
            let change = changes.change(key);
            let value = input
                .files
                .get("ui.json")
                .and_then(|ui| ui.get(&key[3..]))
                .map(|v| match v {
                    Value::String(s) => s.clone(),
                    Value::Array(items) => items
                        .iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join(", "),
                    other => other.to_string(),
                })
                .unwrap_or_default();
            out.push_str(&format!(
                "<tr class=\"{0}\" data-key=\"{1}\" data-change=\"{0}\"><th>",
                change.name(),
                attr(key)
            ));
            if change != Change::Same {
                out.push_str(&format!(
                    "<span class=\"mark\">{}</span> ",
                    change.name().to_uppercase()
                ));
            }
            text(out, &key[3..]);
            out.push_str("</th><td>");
            text(out, &value);
            out.push_str("</td></tr>\n");
        }
        out.push_str("</table>\n");
    }

    let removed = changes.removed();
    if let Some(since) = &options.since {
        tag(out, "h3", &format!("Removed since {since}"));
        if removed.is_empty() {
            tag(out, "p", "Nothing was removed.");
        } else {
            out.push_str("<ul class=\"removed\">");
            for (key, label) in removed {
                out.push_str(&format!(
                    "<li data-key=\"{}\" data-change=\"removed\"><span class=\"mark\">REMOVED</span> ",
                    attr(key)
                ));
                text(out, &format!("{key}: {label}"));
                out.push_str("</li>\n");
            }
            out.push_str("</ul>\n");
        }
    }
    out.push_str("</section>\n");
}

/// `content/regions.json`, shared by every language: texts write
/// `{emergency}`, and the safety box shows the reader's country's numbers.
fn emergency_numbers(out: &mut String, regions: &baclofen_guide_model::content::Regions) {
    out.push_str("<section id=\"emergency-numbers\">\n");
    tag(
        out,
        "h2",
        "Emergency numbers by country (content/regions.json)",
    );
    tag(
        out,
        "p",
        "Texts say {emergency} where a number goes. The safety box, the one-line safety \
         notice and the answers show the numbers below for the reader's country (the region \
         attribute, else the region of the language, else the browser's languages); the \
         disclaimer, and every text for countries not listed, says \"your local emergency \
         number\" (the safety box then gives examples). Each of the reader's numbers is a \
         link that calls it when tapped (the examples are not). An answer's paragraph \
         {other_numbers} shows the safety box's poison-help and urgent-advice lines for the \
         reader's country (nothing where it has none), or, for countries not listed, the \
         examples. Check every number against its source.",
    );
    out.push_str("<table><tr><th>Region</th><th>Countries</th><th>Emergency</th><th>Poison help</th><th>Urgent advice</th><th>Sources</th></tr>\n");
    for region in &regions.regions {
        out.push_str("<tr>");
        for cell in [
            region.id.clone(),
            region.countries.join(" "),
            region.emergency.join(" or "),
            region.poison.clone().unwrap_or_default(),
            region.urgent.clone().unwrap_or_default(),
        ] {
            tag(out, "td", &cell);
        }
        out.push_str("<td><ol>");
        for id in &region.sources {
            if let Some(source) = regions.sources.iter().find(|s| &s.id == id) {
                out.push_str("<li>");
                text(out, &format!("{}: {}", source.publisher, source.title));
                out.push_str("<br><a href=\"");
                out.push_str(&attr(&source.url));
                out.push_str("\">");
                text(out, &source.url);
                out.push_str("</a></li>");
            }
        }
        out.push_str("</ol></td></tr>\n");
    }
    out.push_str("</table>\n</section>\n");
}

fn sign_off(out: &mut String) {
    out.push_str("<section class=\"sign-off\" id=\"sign-off\">\n");
    tag(out, "h2", "Sign-off");
    tag(
        out,
        "p",
        "I have read the statements in this packet and checked them against their sources. \
         Where I ticked \"Needs a change\", I wrote what. The content may be published once \
         those changes are made.",
    );
    for who in [
        "Clinical reviewer",
        "Second reviewer or translation reviewer (if any)",
    ] {
        tag(out, "h3", who);
        out.push_str("<table class=\"lines\">");
        for field in [
            "Name",
            "Role",
            "Organisation",
            "Languages and parts reviewed",
            "Conflicts of interest",
            "Date",
            "Signature",
        ] {
            out.push_str("<tr><th>");
            text(out, field);
            out.push_str("</th><td></td></tr>");
        }
        out.push_str("</table>\n");
    }
    tag(
        out,
        "p",
        "Then add each reviewer to \"reviewers\" in content/<lang>/meta.json, set \
         \"last_reviewed\" and \"next_review\", and rebuild (README, \"Review\").",
    );
    out.push_str("</section>\n");
}

const CSS: &str = "\
body{font:11pt/1.45 Georgia,serif;color:#000;background:#fff;max-width:48em;margin:1.5em auto;padding:0 1em}\
h1{font-size:1.6em}h2{font-size:1.35em;border-bottom:2px solid #000;margin-top:2em}\
h3{font-size:1.15em;margin-top:1.5em}h4{font-size:1em;margin:1.2em 0 .4em}\
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #777;padding:.3em .5em;text-align:left;vertical-align:top}\
.item,.record{border:1px solid #999;padding:.4em .7em;margin:.6em 0;break-inside:avoid}\
.item__head{margin:.2em 0}.key{font:.8em monospace;color:#444}\
.facts{font-size:.85em;color:#333;margin:.3em 0}.sources{font-size:.85em;margin:.3em 0}\
.sources a,.record a{word-break:break-all;color:#000}\
.tick{font-size:.85em;margin:.3em 0}\
.mark{font:bold .8em sans-serif;border:2px solid #000;padding:0 .3em}\
.question{border-left:4px solid #000;padding:.2em .6em;margin:.5em 0;background:#f2f2f2}\
.questions li{margin:.8em 0;break-inside:avoid}\
.changed,.new{border:3px solid #000}\
.lines th{width:14em}.lines td{height:2.2em}\
.sign-off{break-before:page}.lang{break-before:page}\
@media print{body{margin:0;max-width:none}a{text-decoration:none}}";

/// Reads the raw JSON of one language's files from `dir`.
fn read_files(dir: &Path) -> Result<Files, String> {
    let mut files = Files::new();
    for name in FILES {
        let path = dir.join(name);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let value = serde_json::from_str(&text)
            .map_err(|e| format!("{} is not valid JSON: {e}", path.display()))?;
        files.insert(name.to_owned(), value);
    }
    Ok(files)
}

/// One language's files at a git revision; a file that did not exist then
/// is left out (so everything in it counts as new).
fn files_at(root: &Path, rev: &str, lang: &str) -> Result<Files, String> {
    let mut files = Files::new();
    for name in FILES {
        let spec = format!("{rev}:content/{lang}/{name}");
        let output = Command::new("git")
            .args(["show", &spec])
            .current_dir(root)
            .output()
            .map_err(|e| format!("could not run git: {e}"))?;
        if !output.status.success() {
            continue;
        }
        let value = serde_json::from_slice(&output.stdout)
            .map_err(|e| format!("{spec} is not valid JSON: {e}"))?;
        files.insert(name.to_owned(), value);
    }
    Ok(files)
}

/// What `--since` names: a git revision, or a release (`0.3.6` or `v0.3.6`,
/// as CHANGELOG.md lists them; releases are not tagged), which is the last
/// commit with that `version` in Cargo.toml. Returns how the packet names
/// it, and the commit.
fn resolve_since(root: &Path, asked: &str) -> Result<(String, String), String> {
    let commit = |rev: &str| {
        git(
            root,
            &[
                "rev-parse",
                "--verify",
                "--quiet",
                &format!("{rev}^{{commit}}"),
            ],
        )
    };
    if let Some(sha) = commit(asked) {
        return Ok((format!("revision {asked}"), sha));
    }
    let version = asked.strip_prefix('v').unwrap_or(asked);
    let is_version = version.split('.').count() == 3
        && version
            .split('.')
            .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    if !is_version {
        return Err(format!(
            "`{asked}` is not a git revision of this repository, nor a release version (such as 0.3.6)"
        ));
    }
    // The commits that changed the version line, newest first: a release
    // runs from the commit that set its version to the one before the next
    // change.
    let changes = git(
        root,
        &[
            "log",
            "--first-parent",
            "--format=%H",
            "-G",
            "^version = ",
            "--",
            "Cargo.toml",
        ],
    )
    .unwrap_or_default();
    let mut newer: Option<&str> = None;
    let mut known = Vec::new();
    for sha in changes.lines() {
        let manifest = git(root, &["show", &format!("{sha}:Cargo.toml")]).unwrap_or_default();
        let Some(at) = package_version(&manifest) else {
            continue;
        };
        if at == version {
            let last = match newer {
                Some(next) => commit(&format!("{next}^")),
                None => commit("HEAD"),
            }
            .ok_or_else(|| format!("cannot find the last commit of release {version}"))?;
            let short = git(root, &["rev-parse", "--short", &last]).unwrap_or_else(|| last.clone());
            return Ok((format!("release {version} (commit {short})"), last));
        }
        if known.last() != Some(&at) {
            known.push(at);
        }
        newer = Some(sha);
    }
    Err(format!(
        "`{asked}` is not a git revision of this repository, nor a release in its history (releases: {})",
        if known.is_empty() {
            "none found".to_owned()
        } else {
            known.join(", ")
        }
    ))
}

/// The `version` of the `[package]` in a Cargo.toml.
fn package_version(manifest: &str) -> Option<String> {
    let mut in_package = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_package = line == "[package]";
        } else if in_package && let Some(value) = line.strip_prefix("version = ") {
            return Some(value.trim_matches('"').to_owned());
        }
    }
    None
}

fn git(root: &Path, args: &[&str]) -> Option<String> {
    let output = Command::new("git")
        .args(args)
        .current_dir(root)
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

const USAGE: &str = "cargo xtask packet [--since <release or git-rev>] [--changed-only] [--out <file>] (default target/review-packet.html)";

/// `cargo xtask packet [--since REV] [--changed-only] [--out FILE]`.
pub fn run(args: &[String]) -> Result<(), String> {
    let root = crate::root();
    let mut since = None;
    let mut out_file = root.join("target/review-packet.html");
    let mut changed_only = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--since" => since = Some(args.next().ok_or(USAGE)?.clone()),
            "--out" => {
                out_file = std::env::current_dir()
                    .unwrap_or_default()
                    .join(args.next().ok_or(USAGE)?)
            }
            "--changed-only" => changed_only = true,
            other => return Err(format!("unknown option `{other}`\nusage: {USAGE}")),
        }
    }
    if changed_only && since.is_none() {
        return Err(format!(
            "--changed-only needs --since <release or git-rev>\nusage: {USAGE}"
        ));
    }
    // The revision to compare with, and how the packet names it.
    let since = match since {
        Some(asked) => Some(resolve_since(&root, &asked)?),
        None => None,
    };
    let (since, since_rev) = match since {
        Some((label, rev)) => (Some(label), Some(rev)),
        None => (None, None),
    };
    let content = root.join("content");
    let locales = load_content(&content).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        format!("the content does not load:\n{}", lines.join("\n"))
    })?;
    let mut files = Vec::new();
    let mut previous = Vec::new();
    for locale in &locales {
        files.push(read_files(&content.join(&locale.lang))?);
        if let Some(rev) = &since_rev {
            previous.push(files_at(&root, rev, &locale.lang)?);
        }
    }
    let inputs: Vec<LangInput> = locales
        .iter()
        .enumerate()
        .map(|(i, locale)| LangInput {
            locale,
            files: &files[i],
            previous: previous.get(i),
        })
        .collect();
    let questions_path = content.join(QUESTIONS_FILE);
    let questions = match std::fs::read_to_string(&questions_path) {
        Ok(json) => {
            let languages: Vec<(&str, &Files)> = locales
                .iter()
                .zip(&files)
                .map(|(locale, files)| (locale.lang.as_str(), files))
                .collect();
            questions(&json, &languages).map_err(|errors| errors.join("\n"))?
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(format!("cannot read {}: {e}", questions_path.display())),
    };
    let mut revision =
        git(&root, &["describe", "--always", "--dirty"]).unwrap_or_else(|| "unknown".into());
    if revision.is_empty() {
        revision = "unknown".into();
    }
    let html = packet(
        &inputs,
        &Options {
            since,
            changed_only,
            generated: Date::today().iso(),
            revision,
            questions,
        },
    );
    if let Some(dir) = out_file.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(&out_file, html)
        .map_err(|e| format!("cannot write {}: {e}", out_file.display()))?;
    println!("Review packet written to {}", out_file.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> (Vec<Locale>, Vec<Files>) {
        let dir = crate::root().join("content");
        let locales = load_content(&dir).expect("the content loads");
        let files = locales
            .iter()
            .map(|l| read_files(&dir.join(&l.lang)).unwrap())
            .collect();
        (locales, files)
    }

    fn options(since: Option<&str>, changed_only: bool) -> Options {
        Options {
            since: since.map(str::to_owned),
            changed_only,
            generated: "2026-11-26".into(),
            revision: "test".into(),
            questions: Vec::new(),
        }
    }

    /// Each language as it is now, with nothing to compare against.
    fn inputs<'a>(locales: &'a [Locale], files: &'a [Files]) -> Vec<LangInput<'a>> {
        locales
            .iter()
            .zip(files)
            .map(|(locale, files)| LangInput {
                locale,
                files,
                previous: None,
            })
            .collect()
    }

    fn languages<'a>(locales: &'a [Locale], files: &'a [Files]) -> Vec<(&'a str, &'a Files)> {
        locales.iter().map(|l| l.lang.as_str()).zip(files).collect()
    }

    #[test]
    fn the_questions_for_the_reviewer_name_statements_every_language_has() {
        let (locales, files) = content();
        let json =
            std::fs::read_to_string(crate::root().join("content").join(QUESTIONS_FILE)).unwrap();
        let questions = questions(&json, &languages(&locales, &files))
            .unwrap_or_else(|e| panic!("{}", e.join("\n")));
        assert!(!questions.is_empty());
        // Each links to its statements in the packet, in every language.
        let inputs = inputs(&locales, &files);
        let html = packet(
            &inputs,
            &Options {
                questions: questions.clone(),
                ..options(None, false)
            },
        );
        for q in &questions {
            for key in &q.statements {
                for locale in &locales {
                    let id = anchor(&locale.lang, key);
                    assert!(html.contains(&format!("href=\"#{id}\"")), "{key}");
                    assert!(
                        html.contains(&format!("id=\"{id}\"")),
                        "{key}: no {id} in the packet"
                    );
                }
            }
        }
    }

    #[test]
    fn a_question_shows_first_and_at_its_statement_even_when_only_changes_are_shown() {
        let (locales, files) = content();
        let (locale, now) = (&locales[0], &files[0]);
        let json = r#"[
            {"statements": ["faq:missed-dose", "meta:side_effect_reporting"], "raised": "2026-11-27",
             "question": "Is <this> right?"}
        ]"#;
        let asked = questions(json, &languages(&locales, &files)).unwrap();
        let input = LangInput {
            locale,
            files: now,
            previous: Some(now),
        };
        let html = packet(
            std::slice::from_ref(&input),
            &Options {
                questions: asked.clone(),
                ..options(None, false)
            },
        );
        let list = html.find("id=\"questions\"").expect("the list");
        let at_item = html.find("id=\"en-faq-missed-dose\"").expect("the item");
        let in_record = html.find("id=\"en-review-record\"").expect("the record");
        let boxes: Vec<usize> = html
            .match_indices("Question for the reviewer (Q1):</strong> Is &lt;this&gt; right?")
            .map(|(i, _)| i)
            .collect();
        assert_eq!(boxes.len(), 2, "once at the record, once at the entry");
        assert!(boxes.iter().all(|&i| i > in_record && i > list));
        assert!(boxes.iter().any(|&i| i > at_item));
        assert!(html[list..].contains("href=\"#en-faq-missed-dose\""));
        assert!(html[list..].contains("href=\"#en-review-record\""));
        // A line to record the decision on, on paper.
        assert!(html[list..at_item].contains("Settled. What you decided:"));

        // Nothing changed, so no statement is shown: the list still is.
        let html = packet(
            std::slice::from_ref(&input),
            &Options {
                questions: asked,
                ..options(Some("v1"), true)
            },
        );
        assert!(!html.contains("id=\"en-faq-missed-dose\""));
        assert!(html.contains("Is &lt;this&gt; right?"));
    }

    #[test]
    fn a_bad_question_names_the_file_entry_and_field() {
        let (locales, files) = content();
        let languages = languages(&locales, &files);
        let errors = questions(
            r#"[
                {"statements": ["faq:missed-dose"], "raised": "2026-11-27", "question": "Fine."},
                {"statements": ["faq:no-such-entry"], "raised": "27/11/2026", "question": " ", "asked_by": "x"}
            ]"#,
            &languages,
        )
        .unwrap_err();
        let all = errors.join("\n");
        for expected in [
            "content/review-questions.json: entry 2: field \"statements\": no statement \"faq:no-such-entry\" in content/en",
            "content/review-questions.json: entry 2: field \"statements\": no statement \"faq:no-such-entry\" in content/es",
            "content/review-questions.json: entry 2: field \"raised\": must be a date, YYYY-MM-DD",
            "content/review-questions.json: entry 2: field \"question\": must be a non-empty text",
            "content/review-questions.json: entry 2: field \"asked_by\": unknown field",
        ] {
            assert!(all.contains(expected), "{expected}\nin:\n{all}");
        }
        assert!(!all.contains("entry 1"), "{all}");
        let errors = questions("{}", &languages).unwrap_err();
        assert_eq!(
            errors,
            ["content/review-questions.json: must be a list of questions"]
        );
    }

    fn escaped(s: &str) -> String {
        attr(s)
    }

    /// A git repository in a temporary folder, with these commits (each a
    /// Cargo.toml `version`, or `None` for a commit that leaves it), oldest
    /// first; returns its folder and the commits.
    fn repository(name: &str, versions: &[Option<&str>]) -> (std::path::PathBuf, Vec<String>) {
        let dir = std::env::temp_dir().join(format!("packet-since-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let run = |args: &[&str]| {
            let output = Command::new("git")
                .args(["-c", "user.name=test", "-c", "user.email=test@example.org"])
                .args(args)
                .current_dir(&dir)
                .output()
                .unwrap();
            assert!(output.status.success(), "git {args:?}: {output:?}");
        };
        run(&["init", "--quiet"]);
        let mut commits = Vec::new();
        for (i, version) in versions.iter().enumerate() {
            if let Some(version) = version {
                let manifest = format!(
                    "[package]\nname = \"x\"\nversion = \"{version}\"\n\n[dependencies]\ny = {{ version = \"1\" }}\n"
                );
                std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
            }
            std::fs::write(dir.join("notes.txt"), format!("{i}")).unwrap();
            run(&["add", "."]);
            run(&["commit", "--quiet", "-m", &format!("commit {i}")]);
            commits.push(git(&dir, &["rev-parse", "HEAD"]).unwrap());
        }
        (dir, commits)
    }

    #[test]
    fn since_a_release_means_its_last_commit() {
        let (dir, commits) = repository(
            "release",
            &[
                Some("0.1.0"),
                None,
                Some("0.2.0"),
                None,
                None,
                Some("0.3.0"),
                None,
            ],
        );
        let since = |asked: &str| resolve_since(&dir, asked);
        // A release is the last commit before the version changed again.
        assert_eq!(since("0.1.0").unwrap().1, commits[1]);
        assert_eq!(since("v0.2.0").unwrap().1, commits[4]);
        // The current version: the newest commit.
        assert_eq!(since("0.3.0").unwrap().1, commits[6]);
        let (label, _) = since("0.2.0").unwrap();
        assert!(label.starts_with("release 0.2.0 (commit "), "{label}");
        // A git revision is taken as it is.
        assert_eq!(
            since(&commits[2]).unwrap(),
            (format!("revision {}", commits[2]), commits[2].clone())
        );
        assert_eq!(since("HEAD~1").unwrap().1, commits[5]);
        // An unknown release names the ones there are; nonsense says what is expected.
        let error = since("0.9.0").unwrap_err();
        assert!(error.contains("releases: 0.3.0, 0.2.0, 0.1.0"), "{error}");
        let error = since("last-week").unwrap_err();
        assert!(
            error.contains("nor a release version (such as 0.3.6)"),
            "{error}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn covers_every_statement_of_every_language() {
        let (locales, files) = content();
        let inputs = inputs(&locales, &files);
        let html = packet(&inputs, &options(None, false));
        let mut missing = Vec::new();
        let mut expect = |what: String, needle: String| {
            if !html.contains(&needle) {
                missing.push(what);
            }
        };
        for locale in &locales {
            let lang = &locale.lang;
            for callout in &locale.safety {
                expect(
                    format!("{lang} callout {}", callout.id),
                    format!("id=\"{lang}-safety-{}\"", callout.id),
                );
                expect(format!("{lang} callout title"), escaped(&callout.title));
            }
            for fact in &locale.key_facts {
                expect(
                    format!("{lang} key fact {}", fact.id),
                    format!("id=\"{lang}-key-fact-{}\"", fact.id),
                );
                expect(
                    format!("{lang} key fact text {}", fact.id),
                    escaped(&fact.text),
                );
            }
            for entry in locale.faq_entries() {
                expect(
                    format!("{lang} FAQ entry {}", entry.id),
                    format!("id=\"{lang}-faq-{}\"", entry.id),
                );
                expect(
                    format!("{lang} question {}", entry.id),
                    escaped(&entry.question),
                );
                for text in entry.answer.iter().flat_map(|b| b.texts()) {
                    expect(format!("{lang} answer {}", entry.id), escaped(text));
                }
            }
            let cmp = &locale.comparison;
            for cell in &cmp.cells {
                expect(
                    format!("{lang} cell {} × {}", cell.treatment, cell.attribute),
                    format!("id=\"{lang}-cell-{}-{}\"", cell.treatment, cell.attribute),
                );
                expect(format!("{lang} cell text"), escaped(&cell.text));
            }
            for source in &locale.sources {
                expect(format!("{lang} source {}", source.id), escaped(&source.url));
            }
            expect(
                format!("{lang} disclaimer"),
                escaped(&locale.meta.disclaimer),
            );
            expect(
                format!("{lang} review record"),
                format!("id=\"{lang}-review-record\""),
            );
        }
        // Every emergency number, with its source.
        let regions = &locales[0].regions;
        for region in &regions.regions {
            let numbers = region
                .emergency
                .iter()
                .chain(&region.poison)
                .chain(&region.urgent);
            for number in numbers {
                expect(format!("{} number {number}", region.id), escaped(number));
            }
        }
        for source in &regions.sources {
            expect(format!("region source {}", source.id), escaped(&source.url));
        }
        assert!(missing.is_empty(), "missing from the packet: {missing:?}");
        // Every FAQ entry and cell has its checked date and readability.
        let items = html.matches("class=\"item ").count();
        let checked = html.matches("Facts last checked 2").count();
        let cells_and_entries: usize = locales
            .iter()
            .map(|l| l.faq_entries().count() + l.comparison.cells.len())
            .sum();
        assert_eq!(checked, cells_and_entries);
        assert!(items > cells_and_entries);
        assert!(html.contains("Flesch–Kincaid grade") && html.contains("INFLESZ"));
        assert!(html.contains("Not yet reviewed by a clinician"));
        assert!(html.contains("id=\"sign-off\"") && html.contains("Signature"));
        // Self-contained: nothing is loaded from anywhere.
        for external in ["<script", "<link", "src=", "@import", "url("] {
            assert!(!html.contains(external), "{external}");
        }
    }

    #[test]
    fn marks_what_changed_since_a_version() {
        let (locales, files) = content();
        let (locale, now) = (&locales[0], &files[0]);
        let mut before = now.clone();
        let faq = before.get_mut("faq.json").unwrap();
        let entries = faq[0]["entries"].as_array_mut().unwrap();
        // Before: the first answer read differently, the second had an
        // older checked date only, the third did not exist yet, and one
        // entry existed that is gone now.
        let (first, second) = (entries[0]["id"].clone(), entries[1]["id"].clone());
        entries[0]["answer"] = serde_json::json!([{"p": "An older <answer>."}]);
        entries[1]["checked"] = serde_json::json!("2020-01-01");
        let third = entries.remove(2)["id"].clone();
        entries.push(serde_json::json!({
            "id": "gone-entry", "checked": "2020-01-01", "question": "A <removed> question?",
            "answer": [{"p": "Gone."}], "sources": []
        }));
        let input = LangInput {
            locale,
            files: now,
            previous: Some(&before),
        };
        let html = packet(std::slice::from_ref(&input), &options(Some("v1"), false));
        let mark = |key: String| -> Option<String> {
            let start = html.find(&format!("data-key=\"{key}\" data-change=\""))?;
            let rest = &html[start..];
            let value = rest.split("data-change=\"").nth(1)?;
            Some(value.split('"').next()?.to_owned())
        };
        let faq_key = |id: &Value| format!("faq:{}", id.as_str().unwrap());
        assert_eq!(mark(faq_key(&first)).as_deref(), Some("changed"));
        assert_eq!(mark(faq_key(&second)).as_deref(), Some("same"));
        assert_eq!(mark(faq_key(&third)).as_deref(), Some("new"));
        assert_eq!(mark("faq:gone-entry".into()).as_deref(), Some("removed"));
        assert!(html.contains("A &lt;removed&gt; question?"), "escaped");
        let unchanged = &locale.key_facts[0].id;
        assert_eq!(
            mark(format!("key-fact:{unchanged}")).as_deref(),
            Some("same")
        );

        // Changed only: the unchanged statements are left out.
        let html = packet(std::slice::from_ref(&input), &options(Some("v1"), true));
        assert!(html.contains(&format!("data-key=\"{}\"", faq_key(&first))));
        assert!(!html.contains(&format!("data-key=\"{}\"", faq_key(&second))));
        assert!(!html.contains(&format!("data-key=\"key-fact:{unchanged}\"")));
        assert!(html.contains("data-key=\"faq:gone-entry\""));
        assert!(html.contains("id=\"sign-off\""));
    }

    #[test]
    fn a_changed_source_link_marks_the_statements_citing_it() {
        let (locales, files) = content();
        let (locale, now) = (&locales[0], &files[0]);
        let cell = &locale.comparison.cells[0];
        let cited = &cell.sources[0];
        let mut before = now.clone();
        for source in before
            .get_mut("sources.json")
            .unwrap()
            .as_array_mut()
            .unwrap()
        {
            if source["id"] == cited.as_str() {
                source["url"] = serde_json::json!("https://www.fda.gov/old");
            }
        }
        let input = LangInput {
            locale,
            files: now,
            previous: Some(&before),
        };
        let html = packet(&[input], &options(Some("v1"), false));
        let key = format!("cell:{}:{}", cell.treatment, cell.attribute);
        assert!(html.contains(&format!("data-key=\"{key}\" data-change=\"changed\"")));
        let other = locale
            .faq_entries()
            .find(|e| !e.sources.contains(cited))
            .expect("an entry not citing it");
        let key = format!("faq:{}", other.id);
        assert!(html.contains(&format!("data-key=\"{key}\" data-change=\"same\"")));
    }

    #[test]
    fn a_language_new_since_the_version_is_all_new() {
        let (locales, files) = content();
        let empty = Files::new();
        let input = LangInput {
            locale: &locales[0],
            files: &files[0],
            previous: Some(&empty),
        };
        let html = packet(&[input], &options(Some("v0"), false));
        assert!(!html.contains("data-change=\"same\""));
        assert!(html.contains("data-change=\"new\""));
    }
}
