//! Loading, validating and baking the JSON content (build time and native
//! tools only).
//!
//! Every problem is reported as a [`ContentError`] naming the file, the entry
//! and the field, so a content editor can fix it without reading Rust.

use crate::Ui;
use crate::content::*;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// The language every other locale is checked against and falls back to.
pub const DEFAULT_LANG: &str = "en";

/// Domains whose pages count as authoritative sources: regulators and their
/// label databases, national health services, NIH/NLM, Cochrane, NICE, and
/// peer-reviewed journals reached through PubMed or a DOI; for the emergency
/// numbers of `regions.json`, the governments and public health services
/// that run them.
pub const AUTHORITATIVE_DOMAINS: &[&str] = &[
    "fda.gov",
    // The UK medicines regulator: its Yellow Card side-effect reporting scheme.
    "mhra.gov.uk",
    "nih.gov",
    "medlineplus.gov",
    "nhs.uk",
    "nice.org.uk",
    "cochranelibrary.com",
    "doi.org",
    "neurology.org",
    "medicinesinpregnancy.org",
    "medicinesforchildren.org.uk",
    "hrsa.gov",
    "hse.ie",
    "europa.eu",
    "gob.mx",
    "healthdirect.gov.au",
    "health.qld.gov.au",
    "aboutkidshealth.ca",
];

/// The placeholder of the texts that name the emergency number: filled in
/// with the reader's number in the safety callouts and `safety_short` (see
/// `compiled::Help`), and by the build with "your local emergency number"
/// in the answers and the disclaimer.
const EMERGENCY: &[&str] = &["{emergency}"];

/// An answer may also hold, as a paragraph of its own, the reader's other
/// numbers.
const OTHER_NUMBERS: &str = crate::content::OTHER_NUMBERS_PLACEHOLDER;
const ANSWER: &[&str] = &["{emergency}", OTHER_NUMBERS];

/// One problem in the content.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentError {
    /// The file, as written from the repository root: `content/en/faq.json`.
    pub file: String,
    /// The entry's `id` (or `treatment × attribute` for a comparison cell).
    pub entry: Option<String>,
    /// The field at fault.
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(entry) = &self.entry {
            write!(f, ": entry \"{entry}\"")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": field \"{field}\"")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Loads and validates every locale under `content_dir` (one folder per
/// language). The default language comes first.
pub fn load_content(content_dir: &Path) -> Result<Vec<Locale>, Vec<ContentError>> {
    let mut langs: Vec<String> = std::fs::read_dir(content_dir)
        .map_err(|e| vec![io_error(content_dir, e)])?
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    langs.sort_by_key(|lang| (lang != DEFAULT_LANG, lang.clone()));
    if langs.first().map(String::as_str) != Some(DEFAULT_LANG) {
        return Err(vec![ContentError {
            file: display(content_dir),
            entry: None,
            field: None,
            message: format!("needs a `{DEFAULT_LANG}` folder, the default language"),
        }]);
    }
    let mut locales = Vec::new();
    let mut errors = Vec::new();
    for lang in langs {
        match load_locale(&content_dir.join(&lang)) {
            Ok(locale) => locales.push(locale),
            Err(e) => {
                // `regions.json` is checked with each language: report once.
                for error in e {
                    if !errors.contains(&error) {
                        errors.push(error);
                    }
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(locales)
    } else {
        Err(errors)
    }
}

/// Loads and validates one locale folder, such as `content/en`.
pub fn load_locale(dir: &Path) -> Result<Locale, Vec<ContentError>> {
    let lang = dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned();
    let mut errors = Vec::new();
    let meta = load_file::<Meta>(dir, "meta.json", &mut errors);
    let ui = load_file::<Ui<String>>(dir, "ui.json", &mut errors);
    let sources = load_file::<Vec<Source>>(dir, "sources.json", &mut errors);
    let key_facts = load_file::<Vec<KeyFact>>(dir, "key-facts.json", &mut errors);
    let safety = load_file::<Vec<Callout>>(dir, "safety.json", &mut errors);
    let faq = load_file::<Vec<FaqCategory>>(dir, "faq.json", &mut errors);
    let comparison = load_file::<Comparison>(dir, "comparison.json", &mut errors);
    let search = load_file::<Search>(dir, "search.json", &mut errors);
    // Shared by every language: it sits next to the language folders.
    let regions = load_file::<Regions>(
        dir.parent().unwrap_or(Path::new(".")),
        "regions.json",
        &mut errors,
    );
    let (
        Some(meta),
        Some(ui),
        Some(sources),
        Some(key_facts),
        Some(safety),
        Some(faq),
        Some(comparison),
        Some(search),
        Some(regions),
    ) = (
        meta, ui, sources, key_facts, safety, faq, comparison, search, regions,
    )
    else {
        return Err(errors);
    };
    let locale = Locale {
        lang,
        meta,
        ui,
        sources,
        key_facts,
        safety,
        faq,
        comparison,
        search,
        regions,
    };
    errors.extend(validate(dir, &locale));
    if errors.is_empty() {
        Ok(locale)
    } else {
        Err(errors)
    }
}

/// Reads and deserializes one file of a locale folder, recording any error.
fn load_file<T: DeserializeOwned>(
    dir: &Path,
    name: &str,
    errors: &mut Vec<ContentError>,
) -> Option<T> {
    let path = dir.join(name);
    let file = display(&path);
    let value = std::fs::read_to_string(&path)
        .map_err(|e| io_error(&path, e))
        .and_then(|text| {
            serde_json::from_str::<Value>(&text).map_err(|e| ContentError {
                file: file.clone(),
                entry: None,
                field: None,
                message: format!("is not valid JSON: {e}"),
            })
        });
    let value = value.map_err(|e| errors.push(e)).ok()?;
    control_characters(&file, &value, None, None, errors);
    parse(&file, &value).map_err(|e| errors.push(e)).ok()
}

/// Fails for each text holding a control character (U+0000 to U+001F,
/// U+007F to U+009F): content is plain text, such a character is invisible
/// to the person editing it, and U+001F ends each value of the locale files
/// the widget downloads ([`crate::wire`]). The field named is the one of the
/// nearest entry (`answer`, not the `p` of one of its paragraphs).
fn control_characters(
    file: &str,
    value: &Value,
    entry: Option<&str>,
    field: Option<&str>,
    errors: &mut Vec<ContentError>,
) {
    match value {
        Value::String(text) => {
            if let Some(c) = text.chars().find(|c| c.is_control()) {
                errors.push(ContentError {
                    file: file.to_owned(),
                    entry: entry.map(str::to_owned),
                    field: field.map(str::to_owned),
                    message: format!(
                        "holds the control character U+{:04X} (a tab, line break or other \
                         invisible character); content is plain text",
                        u32::from(c)
                    ),
                });
            }
        }
        Value::Array(items) => {
            for item in items {
                control_characters(file, item, entry, field, errors);
            }
        }
        Value::Object(fields) => {
            let name = entry_name(value);
            let (entry, field) = match &name {
                Some(name) => (Some(name.as_str()), None),
                None => (entry, field),
            };
            for (key, item) in fields {
                control_characters(file, item, entry, field.or(Some(key)), errors);
            }
        }
        _ => {}
    }
}

/// Deserializes one file, turning a serde error into a [`ContentError`] that
/// names the entry (the nearest enclosing object with an `id`) and the field.
pub fn parse<T: DeserializeOwned>(file: &str, value: &Value) -> Result<T, ContentError> {
    serde_path_to_error::deserialize(value).map_err(|err| {
        let path = err.path();
        let message = err.inner().to_string();
        let mut node = value;
        let mut entry = None;
        let mut field = None;
        for segment in path.iter() {
            use serde_path_to_error::Segment;
            let child = match segment {
                Segment::Seq { index } => node.get(index),
                Segment::Map { key } => {
                    field = Some(key.clone());
                    node.get(key)
                }
                _ => None,
            };
            if let Some(name) = entry_name(node) {
                entry = Some(name);
            }
            match child {
                Some(child) => node = child,
                None => break,
            }
        }
        if let Some(name) = entry_name(node) {
            entry = Some(name);
        }
        // A missing field is reported at its parent object: name the field itself.
        if let Some(missing) = message.strip_prefix("missing field `") {
            field = missing.split('`').next().map(str::to_owned);
        }
        ContentError {
            file: file.to_owned(),
            entry,
            field,
            message,
        }
    })
}

fn entry_name(node: &Value) -> Option<String> {
    // Reviewers and reporting routes have no id: their name names them.
    if let Some(id) = ["id", "name"]
        .iter()
        .find_map(|key| node.get(key).and_then(Value::as_str))
    {
        return Some(id.to_owned());
    }
    match (node.get("treatment"), node.get("attribute")) {
        (Some(Value::String(t)), Some(Value::String(a))) => Some(format!("{t} × {a}")),
        _ => None,
    }
}

fn io_error(path: &Path, e: std::io::Error) -> ContentError {
    ContentError {
        file: display(path),
        entry: None,
        field: None,
        message: format!("cannot be read: {e}"),
    }
}

/// The path from the content folder's parent: `content/en/faq.json`,
/// `content/regions.json`.
fn display(path: &Path) -> String {
    let shared = path.file_name().is_some_and(|name| name == "regions.json");
    let parts: Vec<_> = path
        .components()
        .rev()
        .take(if shared { 2 } else { 3 })
        .collect();
    parts
        .iter()
        .rev()
        .collect::<PathBuf>()
        .display()
        .to_string()
}

/// Collects validation errors for one file.
struct Check {
    file: String,
    errors: Vec<ContentError>,
    /// The placeholders the texts checked now may hold.
    allowed: &'static [&'static str],
}

impl Check {
    fn new(dir: &Path, name: &str) -> Check {
        Check {
            file: display(&dir.join(name)),
            errors: Vec::new(),
            allowed: &[],
        }
    }

    fn fail(&mut self, entry: &str, field: &str, message: impl Into<String>) {
        self.errors.push(ContentError {
            file: self.file.clone(),
            entry: (!entry.is_empty()).then(|| entry.to_owned()),
            field: Some(field.to_owned()),
            message: message.into(),
        });
    }

    fn text(&mut self, entry: &str, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.fail(entry, field, "is empty");
        } else if text.contains('<') && text.contains('>') {
            self.fail(entry, field, "looks like HTML; content is plain text");
        }
        let allowed = self.allowed;
        self.placeholders(entry, field, text, |p| allowed.contains(&p));
    }

    /// Fails for each `{placeholder}` in `text` that `known` refuses: the
    /// widget would show it as it is.
    fn placeholders(&mut self, entry: &str, field: &str, text: &str, known: impl Fn(&str) -> bool) {
        for placeholder in placeholders(text) {
            if !known(placeholder) {
                self.fail(
                    entry,
                    field,
                    format!("has the unknown placeholder `{placeholder}`"),
                );
            }
        }
    }

    /// Ids name URL fragments and cross-references: lowercase words and hyphens.
    fn ids<'a>(&mut self, field: &str, ids: impl IntoIterator<Item = &'a str>) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        for id in ids {
            let slug = !id.is_empty()
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !slug {
                self.fail(id, field, "must be lowercase letters, digits and hyphens");
            }
            if !seen.insert(id) {
                self.fail(id, field, "is used twice; ids must be unique");
            }
        }
        seen
    }

    /// One entry of a sources list: named, and on an authoritative domain.
    fn source(&mut self, source: &Source) {
        self.text(&source.id, "title", &source.title);
        self.text(&source.id, "publisher", &source.publisher);
        if !source.short.is_empty() {
            self.text(&source.id, "short", &source.short);
        }
        if !is_authoritative(&source.url) {
            self.fail(
                &source.id,
                "url",
                format!(
                    "`{}` is not an https link on an authoritative domain ({})",
                    source.url,
                    AUTHORITATIVE_DOMAINS.join(", ")
                ),
            );
        }
    }

    /// `known` maps each source id to its short form: two sources a text
    /// cites must not look the same to the reader.
    fn sources(&mut self, entry: &str, sources: &[Text], known: &HashMap<&str, &str>) {
        if sources.is_empty() {
            self.fail(entry, "sources", "needs at least one source");
        }
        let mut shown = HashMap::new();
        for id in sources {
            let Some(&short) = known.get(id.as_str()) else {
                self.fail(
                    entry,
                    "sources",
                    format!("cites `{id}`, which is not in sources.json"),
                );
                continue;
            };
            if let Some(other) = shown.insert(short, id) {
                self.fail(
                    entry,
                    "sources",
                    format!(
                        "cites `{other}` and `{id}`, which both show as \"{short}\": give them different `short` names in sources.json"
                    ),
                );
            }
        }
    }

    fn checked(&mut self, entry: &str, checked: Date, today: Date) {
        if checked > today {
            self.fail(
                entry,
                "checked",
                format!("{} is in the future", checked.iso()),
            );
        }
    }

    fn blocks(&mut self, entry: &str, field: &str, blocks: &[Block]) {
        if blocks.is_empty() {
            self.fail(entry, field, "is empty");
        }
        for block in blocks {
            if block.texts().is_empty() {
                self.fail(entry, field, "has a list with no items");
            }
            for text in block.texts() {
                self.text(entry, field, text);
            }
        }
    }
}

/// Checks what serde cannot: unique ids, known references, no empty text,
/// sources on everything, a complete comparison.
pub fn validate(dir: &Path, locale: &Locale) -> Vec<ContentError> {
    let mut checks = Vec::new();
    // Nothing is checked or reviewed in the future: that is a typo.
    let today = Date::today();

    let mut c = Check::new(dir, "sources.json");
    c.ids("id", locale.sources.iter().map(|s| s.id.as_str()));
    let known: HashMap<&str, &str> = locale
        .sources
        .iter()
        .map(|s| (s.id.as_str(), s.short_name()))
        .collect();
    for source in locale.sources.iter() {
        c.source(source);
    }
    checks.push(c);

    let mut c = Check::new(dir, "meta.json");
    let meta = &locale.meta;
    for (field, text) in meta.texts() {
        c.allowed = if field == "disclaimer" {
            EMERGENCY
        } else {
            &[]
        };
        c.text("", field, text);
    }
    if meta.next_review <= meta.last_reviewed {
        c.fail("", "next_review", "must be after last_reviewed");
    }
    if meta.last_reviewed > today {
        c.fail("", "last_reviewed", "is in the future");
    }
    for (i, reviewer) in meta.reviewers.iter().enumerate() {
        let entry = named(&reviewer.name, "reviewer", i);
        for (field, text) in [
            ("name", &reviewer.name),
            ("role", &reviewer.role),
            ("organisation", &reviewer.organisation),
            ("scope", &reviewer.scope),
        ] {
            c.text(&entry, field, text);
        }
        if reviewer.date > meta.last_reviewed {
            c.fail(
                &entry,
                "date",
                format!(
                    "{} is after last_reviewed ({}): set last_reviewed to the latest review",
                    reviewer.date.iso(),
                    meta.last_reviewed.iso()
                ),
            );
        }
    }
    let reporting = &meta.side_effect_reporting;
    if reporting.routes.is_empty() {
        c.fail(
            "",
            "side_effect_reporting.routes",
            "needs at least one way to report a side effect",
        );
    }
    for (i, route) in reporting.routes.iter().enumerate() {
        let entry = named(&route.name, "route", i);
        c.text(&entry, "name", &route.name);
        let phone_chars = |ch: char| ch.is_ascii_alphanumeric() || " +-().".contains(ch);
        if !route.phone.chars().all(phone_chars) {
            c.fail(
                &entry,
                "phone",
                "may hold only digits, letters, spaces and + - ( ) .",
            );
        }
        if !is_authoritative(&route.url) {
            c.fail(
                &entry,
                "url",
                format!(
                    "`{}` is not an https link on an authoritative domain ({})",
                    route.url,
                    AUTHORITATIVE_DOMAINS.join(", ")
                ),
            );
        }
    }
    checks.push(c);

    let mut c = Check::new(dir, "ui.json");
    for part in ["{day}", "{month}", "{year}"] {
        if !locale.ui.date_format.contains(part) {
            c.fail("", "date_format", format!("must contain {part}"));
        }
    }
    if !locale.ui.search_results_many.contains("{count}") {
        c.fail("", "search_results_many", "must contain {count}");
    }
    for (field, text, part) in [
        ("poison_line", &locale.ui.poison_line, "{poison}"),
        ("urgent_line", &locale.ui.urgent_line, "{urgent}"),
    ] {
        if !text.contains(part) {
            c.fail("", field, format!("must contain {part}"));
        }
    }
    let regions: Vec<&str> = locale
        .regions
        .regions
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    if let Ok(Value::Object(fields)) = serde_json::to_value(&locale.ui) {
        for (field, value) in &fields {
            let texts = match value {
                Value::Array(items) => items.iter().filter_map(Value::as_str).collect(),
                value => value.as_str().into_iter().collect::<Vec<_>>(),
            };
            for text in texts {
                c.placeholders("", field, text, |p| ui_placeholder(field, p, &regions));
            }
        }
    }
    checks.push(c);

    let mut c = Check::new(dir, "key-facts.json");
    c.ids("id", locale.key_facts.iter().map(|f| f.id.as_str()));
    for fact in locale.key_facts.iter() {
        c.text(&fact.id, "text", &fact.text);
        c.sources(&fact.id, &fact.sources, &known);
    }
    checks.push(c);

    let mut c = Check::new(dir, "safety.json");
    c.ids("id", locale.safety.iter().map(|s| s.id.as_str()));
    c.allowed = EMERGENCY;
    for callout in locale.safety.iter() {
        c.text(&callout.id, "title", &callout.title);
        c.blocks(&callout.id, "body", &callout.body);
        c.sources(&callout.id, &callout.sources, &known);
    }
    checks.push(c);

    let mut c = Check::new(dir, "faq.json");
    c.ids("id", locale.faq.iter().map(|cat| cat.id.as_str()));
    c.ids("id", locale.faq_entries().map(|e| e.id.as_str()));
    for category in locale.faq.iter() {
        c.text(&category.id, "title", &category.title);
        if category.entries.is_empty() {
            c.fail(&category.id, "entries", "is empty");
        }
    }
    for entry in locale.faq_entries() {
        c.checked(&entry.id, entry.checked, today);
        c.text(&entry.id, "question", &entry.question);
        c.allowed = ANSWER;
        c.blocks(&entry.id, "answer", &entry.answer);
        c.allowed = &[];
        for block in entry.answer.iter() {
            let alone = matches!(block, Block::P(text) if text.as_str() == OTHER_NUMBERS);
            if !alone && block.texts().iter().any(|t| t.contains(OTHER_NUMBERS)) {
                c.fail(
                    &entry.id,
                    "answer",
                    format!("`{OTHER_NUMBERS}` must be a paragraph of its own: {{\"p\": \"{OTHER_NUMBERS}\"}}"),
                );
            }
        }
        c.sources(&entry.id, &entry.sources, &known);
    }
    checks.push(c);

    let mut c = Check::new(dir, "comparison.json");
    let cmp = &locale.comparison;
    let treatments = c.ids("id", cmp.treatments.iter().map(|t| t.id.as_str()));
    let attributes = c.ids("id", cmp.attributes.iter().map(|a| a.id.as_str()));
    for t in cmp.treatments.iter() {
        c.text(&t.id, "name", &t.name);
        if !t.short.is_empty() {
            c.text(&t.id, "short", &t.short);
        }
    }
    for a in cmp.attributes.iter() {
        c.text(&a.id, "label", &a.label);
    }
    c.text("", "caption", &cmp.caption);
    let mut filled = BTreeMap::new();
    for cell in cmp.cells.iter() {
        let name = format!("{} × {}", cell.treatment, cell.attribute);
        if !treatments.contains(cell.treatment.as_str()) {
            c.fail(
                &name,
                "treatment",
                format!("`{}` is not a treatment in `treatments`", cell.treatment),
            );
        }
        if !attributes.contains(cell.attribute.as_str()) {
            c.fail(
                &name,
                "attribute",
                format!("`{}` is not an attribute in `attributes`", cell.attribute),
            );
        }
        if filled
            .insert((cell.treatment.as_str(), cell.attribute.as_str()), ())
            .is_some()
        {
            c.fail(&name, "attribute", "this cell is given twice");
        }
        c.checked(&name, cell.checked, today);
        c.text(&name, "text", &cell.text);
        c.sources(&name, &cell.sources, &known);
    }
    for t in cmp.treatments.iter() {
        for a in cmp.attributes.iter() {
            if !filled.contains_key(&(t.id.as_str(), a.id.as_str())) {
                c.fail(
                    &format!("{} × {}", t.id, a.id),
                    "cells",
                    "this cell is missing",
                );
            }
        }
    }
    let selection: HashSet<_> = cmp.default_selection.iter().map(|t| t.as_str()).collect();
    if !(2..=3).contains(&cmp.default_selection.len())
        || selection.len() != cmp.default_selection.len()
    {
        c.fail(
            "",
            "default_selection",
            "must name 2 or 3 different treatments",
        );
    }
    for id in cmp.default_selection.iter() {
        if !treatments.contains(id.as_str()) {
            c.fail(
                "",
                "default_selection",
                format!("`{id}` is not a treatment in `treatments`"),
            );
        }
    }
    checks.push(c);

    let mut c = Check::new(dir, "search.json");
    for (i, group) in locale.search.synonyms.iter().enumerate() {
        let name = format!("group {}", i + 1);
        if group.len() < 2 {
            c.fail(&name, "synonyms", "a group needs at least two words");
        }
        for term in group {
            if term.starts_with('{') {
                if term.as_str() != EMERGENCY_NUMBERS {
                    c.fail(
                        &name,
                        "synonyms",
                        format!("`{term}`: the only placeholder here is `{EMERGENCY_NUMBERS}`"),
                    );
                }
                continue;
            }
            // A term matches every word starting with it: "kid" finds "kidney".
            if term.split_whitespace().count() != 1 || term.chars().count() < 3 {
                c.fail(
                    &name,
                    "synonyms",
                    format!("`{term}` must be one word of 3 or more letters"),
                );
            }
        }
    }
    checks.push(c);

    checks.push(validate_regions(dir, &locale.regions));

    checks.into_iter().flat_map(|c| c.errors).collect()
}

/// How an error names an item without an id: by its name, else its place.
fn named(name: &str, kind: &str, index: usize) -> String {
    if name.trim().is_empty() {
        format!("{kind} {}", index + 1)
    } else {
        name.to_owned()
    }
}

/// Which placeholders each `ui.json` text may hold.
fn ui_placeholder(field: &str, placeholder: &str, regions: &[&str]) -> bool {
    match field {
        "date_format" => ["{day}", "{month}", "{year}"].contains(&placeholder),
        "search_results_many" => placeholder == "{count}",
        // The number of sources, filled in by the build.
        "sources_all" => placeholder == "{count}",
        "safety_short" => placeholder == "{emergency}",
        "poison_line" => placeholder == "{poison}",
        "urgent_line" => placeholder == "{urgent}",
        // Filled in by the build with that region's number.
        "emergency_examples" => placeholder
            .strip_prefix("{emergency:")
            .and_then(|id| id.strip_suffix('}'))
            .is_some_and(|id| regions.contains(&id)),
        _ => false,
    }
}

/// `regions.json`: sourced numbers, each country once.
fn validate_regions(dir: &Path, regions: &Regions) -> Check {
    let mut c = Check::new(dir.parent().unwrap_or(Path::new(".")), "regions.json");
    // Region sources are not shown as citations: each is its own short form.
    let known: HashMap<&str, &str> = c
        .ids("id", regions.sources.iter().map(|s| s.id.as_str()))
        .into_iter()
        .map(|id| (id, id))
        .collect();
    for source in regions.sources.iter() {
        c.source(source);
    }
    c.ids("id", regions.regions.iter().map(|r| r.id.as_str()));
    let mut countries = HashSet::new();
    for region in regions.regions.iter() {
        let id = region.id.as_str();
        if region.countries.is_empty() {
            c.fail(id, "countries", "is empty");
        }
        for country in region.countries.iter() {
            if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
                c.fail(
                    id,
                    "countries",
                    format!(
                        "`{country}` is not a two-letter country code in capitals (ISO 3166-1)"
                    ),
                );
            }
            if !countries.insert(country.as_str()) {
                c.fail(id, "countries", format!("`{country}` is in two regions"));
            }
        }
        if region.emergency.is_empty() {
            c.fail(id, "emergency", "needs at least one number");
        }
        let numbers = region.emergency.iter().map(|n| ("emergency", n));
        let others = [("poison", &region.poison), ("urgent", &region.urgent)];
        let others = others
            .into_iter()
            .filter_map(|(f, n)| Some((f, n.as_ref()?)));
        for (field, number) in numbers.chain(others) {
            let valid = number.bytes().any(|b| b.is_ascii_digit())
                && number
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-');
            if !valid {
                c.fail(
                    id,
                    field,
                    format!("`{number}` is not a phone number (digits, spaces, hyphens, a name such as NHS)"),
                );
            }
        }
        c.sources(id, &region.sources, &known);
    }
    c
}

/// Every `{…}` in `text`.
pub fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.match_indices('{')
        .filter_map(move |(i, _)| text[i..].find('}').map(|end| &text[i..=i + end]))
}

/// An https URL whose host is, or is under, an authoritative domain.
pub fn is_authoritative(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    AUTHORITATIVE_DOMAINS
        .iter()
        .any(|domain| host == *domain || host.ends_with(&format!(".{domain}")))
}
