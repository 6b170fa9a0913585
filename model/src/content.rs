//! The content as written in `content/<lang>/*.json`: what editors change.
//! Text here is plain text, never HTML. Loaded and validated by
//! [`crate::load`], then compiled for the widget by [`crate::compile`].

use crate::Ui;

/// Text shown to readers. Always plain text, never HTML.
pub type Text = String;
/// A list of content items.
pub type List<T> = Vec<T>;

/// Derives shared by every content type.
macro_rules! content_type {
    ($(#[$meta:meta])* $vis:vis $kind:ident $name:ident $body:tt) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, serde::Deserialize)]
        #[serde(deny_unknown_fields, rename_all = "snake_case")]
        $vis $kind $name $body
    };
}

content_type! {
    /// Everything the widget shows in one language, assembled from the files of
    /// `content/<lang>/`.
    pub struct Locale {
        /// BCP 47 language code, the folder name (`en`, `es`).
        pub lang: Text,
        pub meta: Meta,
        pub ui: Ui<String>,
        pub sources: List<Source>,
        pub key_facts: List<KeyFact>,
        pub safety: List<Callout>,
        pub faq: List<FaqCategory>,
        pub comparison: Comparison,
        pub search: Search,
        /// `content/regions.json`, shared by every language.
        pub regions: Regions,
    }
}

content_type! {
    /// `content/regions.json`: who to call, by country. Numbers are the same
    /// in every language; the words around them are in each `ui.json`.
    pub struct Regions {
        /// Where each number comes from (official health or government pages).
        pub sources: List<Source>,
        pub regions: List<Region>,
    }
}

content_type! {
    /// The numbers for one country or group of countries.
    pub struct Region {
        pub id: Text,
        /// ISO 3166-1 alpha-2 codes, upper case: `["US"]`.
        pub countries: List<Text>,
        /// The emergency (ambulance) numbers, most usual first: `{emergency}`.
        pub emergency: List<Text>,
        /// A national poison help line, if there is one: `{poison}`.
        #[serde(default)]
        pub poison: Option<Text>,
        /// A line for urgent advice that is not an emergency: `{urgent}`.
        #[serde(default)]
        pub urgent: Option<Text>,
        /// Ids from this file's `sources`.
        pub sources: List<Text>,
    }
}

/// A term in `search.json` standing for every region's emergency numbers.
pub const EMERGENCY_NUMBERS: &str = "{emergency}";

content_type! {
    /// `search.json`: how the FAQ search understands this language.
    pub struct Search {
        /// Groups of words that find each other ("stop", "quit",
        /// "withdrawal"). Each term is one word; it also matches words that
        /// start with it, so a short term matches more than it seems.
        /// `{emergency}` stands for every region's emergency numbers.
        pub synonyms: List<List<Text>>,
    }
}

content_type! {
    /// `meta.json`: who publishes the guide and when it was reviewed.
    pub struct Meta {
        /// The language's own name, for the language switch ("Español").
        pub language_name: Text,
        pub title: Text,
        pub intro: Text,
        pub publisher: Text,
        pub last_reviewed: Date,
        /// From this date the widget tells readers the guide is due for
        /// review, and the build warns.
        pub next_review: Date,
        /// The clinicians who reviewed this language's content. Empty until
        /// a clinic fills in its own: the widget then says "Not yet
        /// reviewed by a clinician". Never invent one.
        pub reviewers: List<Reviewer>,
        /// The reviewers' and publisher's conflicts of interest, or that none
        /// are declared.
        pub conflicts_of_interest: Text,
        pub side_effect_reporting: Reporting,
        pub disclaimer: Text,
    }
}

content_type! {
    /// One clinician who reviewed the content.
    pub struct Reviewer {
        pub name: Text,
        /// "Consultant neurologist", "Clinical pharmacist".
        pub role: Text,
        pub organisation: Text,
        /// When they signed the content off: not after `last_reviewed`.
        pub date: Date,
        /// What they reviewed: "All English content, against its sources."
        pub scope: Text,
    }
}

content_type! {
    /// How readers can report a side effect themselves.
    pub struct Reporting {
        /// The sentence before the list of routes.
        pub intro: Text,
        pub routes: List<ReportingRoute>,
    }
}

content_type! {
    /// One official reporting scheme, such as FDA MedWatch or the UK Yellow Card.
    pub struct ReportingRoute {
        /// The scheme and where it applies: "US: FDA MedWatch".
        pub name: Text,
        /// A phone number as the regulator publishes it; may be empty.
        #[serde(default)]
        pub phone: Text,
        /// The regulator's own page: https, on an authoritative domain.
        pub url: Text,
    }
}

impl Meta {
    /// The texts readers see, by field name.
    pub fn texts(&self) -> [(&'static str, &str); 7] {
        [
            ("language_name", &self.language_name),
            ("title", &self.title),
            ("intro", &self.intro),
            ("publisher", &self.publisher),
            ("conflicts_of_interest", &self.conflicts_of_interest),
            (
                "side_effect_reporting.intro",
                &self.side_effect_reporting.intro,
            ),
            ("disclaimer", &self.disclaimer),
        ]
    }
}

/// A calendar date, written `YYYY-MM-DD` in JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Deserialize)]
#[serde(try_from = "String")]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking the day exists in that month.
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        let leap = date.year % 4 == 0 && (date.year % 100 != 0 || date.year % 400 == 0);
        let days = match date.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days).contains(&date.day).then_some(date)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`): what the
    /// widget compares with the reader's clock, as cheaply as it can.
    pub fn days(&self) -> u32 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        u32::try_from(era * 146_097 + doe - 719_468).unwrap_or(0)
    }

    /// Today's date (UTC) on this machine: for checks at build time.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_days(i64::try_from(secs / 86_400).unwrap_or(0))
    }

    /// The date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        }
    }

    /// ISO 8601 form, for `<time datetime>`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Formats the date with a locale's pattern (`{day}`, `{month}`, `{year}`)
    /// and month names.
    pub fn format(&self, ui: &Ui<String>) -> String {
        let month = ui
            .months
            .get(usize::from(self.month).saturating_sub(1))
            .map_or("", String::as_str);
        ui.date_format
            .replace("{day}", &self.day.to_string())
            .replace("{month}", month)
            .replace("{year}", &self.year.to_string())
    }
}

impl TryFrom<String> for Date {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Date::parse(&s).ok_or_else(|| format!("`{s}` is not a date written YYYY-MM-DD"))
    }
}

content_type! {
    /// One entry of `sources.json`; other entries cite it by `id`.
    pub struct Source {
        pub id: Text,
        /// Who published it: "NHS", "US Food and Drug Administration".
        pub publisher: Text,
        /// What a text that cites it shows: "NHS", "FDA label: tablets".
        /// Optional: without it, the publisher.
        #[serde(default)]
        pub short: Text,
        pub title: Text,
        pub url: Text,
    }
}

impl Source {
    /// The short form texts show: `short`, else the publisher.
    pub fn short_name(&self) -> &str {
        if self.short.is_empty() {
            &self.publisher
        } else {
            &self.short
        }
    }
}

content_type! {
    /// One bullet of the key facts box.
    pub struct KeyFact {
        pub id: Text,
        pub text: Text,
        pub sources: List<Text>,
    }
}

content_type! {
    /// A safety callout, always shown in full.
    pub struct Callout {
        pub id: Text,
        pub kind: CalloutKind,
        pub title: Text,
        pub body: List<Block>,
        pub sources: List<Text>,
    }
}

content_type! {
    /// How urgent a callout is; it sets the callout's look and ARIA role.
    #[derive(Copy, Eq)]
    pub enum CalloutKind {
        /// Call an ambulance or go to hospital now.
        Emergency,
        /// Important advice, not an emergency.
        Warning,
    }
}

content_type! {
    /// A group of FAQ entries under one heading.
    pub struct FaqCategory {
        pub id: Text,
        pub title: Text,
        pub entries: List<FaqEntry>,
    }
}

content_type! {
    /// One question and its answer.
    pub struct FaqEntry {
        /// Stable: it names the entry's URL fragment.
        pub id: Text,
        /// When the answer's facts were last checked against its sources.
        pub checked: Date,
        pub question: Text,
        pub answer: List<Block>,
        pub sources: List<Text>,
    }
}

content_type! {
    /// A block of an answer or callout: structured text, never HTML.
    pub enum Block {
        /// A paragraph: `{"p": "…"}`.
        P(Text),
        /// A bulleted list: `{"ul": ["…", "…"]}`.
        Ul(List<Text>),
    }
}

/// An answer's paragraph that is only this becomes the reader's other
/// numbers (the safety box's poison-help and urgent-advice lines, or, where
/// the country is not known, examples of emergency numbers): see
/// `compiled::OTHER_NUMBERS`.
pub const OTHER_NUMBERS_PLACEHOLDER: &str = "{other_numbers}";

impl Block {
    /// The texts of the block: one for a paragraph, one per item for a list.
    pub fn texts(&self) -> &[Text] {
        match self {
            Block::P(text) => std::slice::from_ref(text),
            Block::Ul(items) => items,
        }
    }
}

content_type! {
    /// `comparison.json`: treatments × attributes, every cell sourced.
    pub struct Comparison {
        pub intro: Text,
        pub caption: Text,
        /// The treatments shown before the reader picks (2 or 3).
        pub default_selection: List<Text>,
        pub treatments: List<Treatment>,
        pub attributes: List<Attribute>,
        pub cells: List<Cell>,
    }
}

content_type! {
    pub struct Treatment {
        pub id: Text,
        pub name: Text,
        /// What labels its cells on narrow screens: "Baclofen pump".
        /// Optional: without it, the name.
        #[serde(default)]
        pub short: Text,
        /// Brand names or other names, if any.
        #[serde(default)]
        pub also_called: Text,
    }
}

content_type! {
    pub struct Attribute {
        pub id: Text,
        pub label: Text,
    }
}

content_type! {
    pub struct Cell {
        pub treatment: Text,
        pub attribute: Text,
        /// When the cell's facts were last checked against its sources.
        pub checked: Date,
        pub text: Text,
        /// The text is an FDA boxed warning: shown highlighted and labelled.
        #[serde(default)]
        pub boxed_warning: bool,
        pub sources: List<Text>,
    }
}

impl Locale {
    /// The cited source with this id, if the locale has it.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// All FAQ entries, in order, across categories.
    pub fn faq_entries(&self) -> impl Iterator<Item = &FaqEntry> {
        self.faq.iter().flat_map(|c| c.entries.iter())
    }
}

impl Comparison {
    pub fn treatment(&self, id: &str) -> Option<&Treatment> {
        self.treatments.iter().find(|t| t.id == id)
    }

    pub fn cell(&self, treatment: &str, attribute: &str) -> Option<&Cell> {
        self.cells
            .iter()
            .find(|c| c.treatment == treatment && c.attribute == attribute)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(
            Date::parse("2026-11-21"),
            Some(Date {
                year: 2026,
                month: 11,
                day: 21
            })
        );
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "2026-11-31",
            "26-11-21",
            "2026-11-21-1",
            "2026/11/21",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn counts_days_from_1970() {
        let date = |days| Date::from_days(days).iso();
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(19_723), "2024-01-01");
        assert_eq!(date(19_782), "2024-02-29");
        assert_eq!(date(20_783), "2026-11-26");
        assert!(Date::today() >= Date::parse("2026-11-26").unwrap());
        for days in [0, 59, 60, 365, 19_723, 19_782, 20_783, 21_143, 40_000] {
            assert_eq!(Date::from_days(days).days(), days as u32);
        }
    }

    #[test]
    fn formats_dates_with_the_locale_pattern() {
        let date = Date::parse("2026-03-05").unwrap();
        assert_eq!(date.iso(), "2026-03-05");
        let mut ui = Ui::<String>::default();
        ui.months[2] = "marzo".into();
        ui.date_format = "{day} de {month} de {year}".into();
        assert_eq!(date.format(&ui), "5 de marzo de 2026");
    }
}
