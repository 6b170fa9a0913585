//! The `<baclofen-guide>` attributes, parsed into a [`Config`].
//!
//! A bad value never breaks the widget: it yields one warning naming the
//! attribute and the accepted values, and the default is used. Pure logic,
//! tested natively.

/// A part of the widget that the `sections` attribute can show or leave out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    KeyFacts,
    Safety,
    Faq,
    Compare,
    Sources,
}

impl Section {
    /// Every section, in the order the widget shows them.
    pub const ALL: [Section; 5] = [
        Section::Safety,
        Section::KeyFacts,
        Section::Faq,
        Section::Compare,
        Section::Sources,
    ];

    /// The section's name in the `sections` attribute.
    pub fn name(self) -> &'static str {
        match self {
            Section::KeyFacts => "key-facts",
            Section::Safety => "safety",
            Section::Faq => "faq",
            Section::Compare => "compare",
            Section::Sources => "sources",
        }
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// A set of sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sections(u8);

impl Sections {
    pub const ALL: Sections = Sections(0b1_1111);
    pub const NONE: Sections = Sections(0);

    pub fn contains(self, section: Section) -> bool {
        self.0 & section.bit() != 0
    }

    pub fn with(self, section: Section) -> Sections {
        Sections(self.0 | section.bit())
    }
}

impl Default for Sections {
    fn default() -> Self {
        Sections::ALL
    }
}

pub const DEFAULT_HEADING_LEVEL: u8 = 2;

/// Values of the `theme` attribute; `auto` follows the reader's setting.
pub const THEMES: [&str; 3] = ["light", "dark", "auto"];

/// What one `<baclofen-guide>` element asks for.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// The language asked for with `lang`, if there is content for it.
    pub lang: Option<String>,
    /// The reader's country (ISO 3166-1 alpha-2, upper case), for the
    /// emergency numbers: the `region` attribute, else the region subtag of
    /// `lang`, else see [`choose`].
    pub region: Option<[u8; 2]>,
    pub sections: Sections,
    /// The level of the widget's top heading (2–6); sub-headings go deeper.
    pub heading_level: u8,
    /// One of [`THEMES`]. The CSS reads the attribute itself; the widget
    /// re-checks its accent colour when this changes.
    pub theme: &'static str,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            lang: None,
            region: None,
            sections: Sections::ALL,
            heading_level: DEFAULT_HEADING_LEVEL,
            theme: "auto",
        }
    }
}

impl Config {
    /// Reads the element's attributes through `attribute` (name → value).
    /// Returns the config and one warning per rejected attribute.
    /// `languages` are the language codes there is content for.
    pub fn from_attributes(
        attribute: impl Fn(&str) -> Option<String>,
        languages: &[&str],
    ) -> (Config, Vec<String>) {
        let mut config = Config::default();
        let mut warnings = Vec::new();
        let mut reject = |name: &str, value: &str, accepted: &str, default: &str| {
            // `concat`, not `format!`: the wasm then has no formatting code (1 KB).
            warnings.push(
                [
                    "<baclofen-guide>: ignoring ",
                    name,
                    "=\"",
                    value,
                    "\". Accepted values: ",
                    accepted,
                    ". Using ",
                    default,
                    ".",
                ]
                .concat(),
            );
        };

        if let Some(value) = attribute("lang") {
            let mut subtags = value.trim().split(['-', '_']);
            let primary = subtags.next().unwrap_or_default();
            // `lang="es-MX"` also says where the reader is.
            config.region = subtags.find_map(country_code);
            match languages.iter().find(|l| l.eq_ignore_ascii_case(primary)) {
                Some(lang) => config.lang = Some((*lang).to_owned()),
                None => reject("lang", &value, &languages.join(", "), "the page's language"),
            }
        }

        if let Some(value) = attribute("region") {
            match country_code(value.trim()) {
                Some(code) => config.region = Some(code),
                None => reject(
                    "region",
                    &value,
                    "a two-letter country code, such as US, GB or MX",
                    "the language's region",
                ),
            }
        }

        if let Some(value) = attribute("sections") {
            let mut sections = Sections::NONE;
            let mut unknown = Vec::new();
            for token in value.split_whitespace() {
                match Section::ALL.iter().find(|s| s.name() == token) {
                    Some(section) => sections = sections.with(*section),
                    None => unknown.push(token),
                }
            }
            let accepted = Section::ALL.map(Section::name).join(" ");
            if sections == Sections::NONE {
                reject("sections", &value, &accepted, "all sections");
            } else {
                config.sections = sections;
                if !unknown.is_empty() {
                    reject("sections", &unknown.join(" "), &accepted, "the others");
                }
            }
        }

        if let Some(value) = attribute("theme") {
            match THEMES.iter().find(|t| **t == value) {
                Some(theme) => config.theme = theme,
                None => reject("theme", &value, &THEMES.join(", "), "auto"),
            }
        }

        if let Some(value) = attribute("heading-level") {
            match value.trim().parse::<u8>() {
                Ok(level @ 2..=6) => config.heading_level = level,
                _ => reject(
                    "heading-level",
                    &value,
                    "2, 3, 4, 5, 6",
                    &DEFAULT_HEADING_LEVEL.to_string(),
                ),
            }
        }

        (config, warnings)
    }
}

/// From `candidates` (language tags, most wanted first): the first language
/// there is content for, matched on the primary subtag (`es-MX` gives `es`),
/// and the first country named by a two-letter region subtag (`es-MX`,
/// `zh-Hant-TW`; `es-419`, Latin America, names none). One pass: the tags
/// come from the page and the browser.
pub fn choose<'a, S: AsRef<str>>(
    candidates: impl IntoIterator<Item = S>,
    languages: &[&'a str],
) -> (Option<&'a str>, Option<[u8; 2]>) {
    let (mut language, mut region) = (None, None);
    for tag in candidates {
        let mut subtags = tag.as_ref().trim().split(['-', '_']);
        let primary = subtags.next().unwrap_or_default();
        language = language.or_else(|| {
            languages
                .iter()
                .find(|l| l.eq_ignore_ascii_case(primary))
                .copied()
        });
        region = region.or_else(|| subtags.find_map(country_code));
    }
    (language, region)
}

/// `code` as an upper-case country code, if it is two letters.
fn country_code(code: &str) -> Option<[u8; 2]> {
    let [a, b] = <[u8; 2]>::try_from(code.as_bytes()).ok()?;
    // Clearing bit 5 makes an ASCII letter upper case.
    (a.is_ascii_alphabetic() && b.is_ascii_alphabetic()).then_some([a & !0x20, b & !0x20])
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: &[&str] = &["en", "es"];

    fn parse(attrs: &[(&str, &str)]) -> (Config, Vec<String>) {
        Config::from_attributes(
            |name| {
                attrs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            },
            LANGS,
        )
    }

    #[test]
    fn no_attributes_give_the_defaults_silently() {
        assert_eq!(parse(&[]), (Config::default(), vec![]));
        assert_eq!(Config::default().sections, Sections::ALL);
        assert_eq!(Config::default().heading_level, 2);
    }

    #[test]
    fn reads_each_attribute() {
        let (config, warnings) = parse(&[
            ("lang", "es-MX"),
            ("sections", " faq  compare "),
            ("heading-level", "4"),
        ]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(config.lang.as_deref(), Some("es"));
        assert_eq!(config.region, Some(*b"MX"));
        assert!(config.sections.contains(Section::Faq));
        assert!(config.sections.contains(Section::Compare));
        assert!(!config.sections.contains(Section::Safety));
        assert_eq!(config.heading_level, 4);
    }

    #[test]
    fn a_bad_heading_level_warns_once_and_uses_2() {
        for bad in ["1", "7", "two", "", "2.5"] {
            let (config, warnings) = parse(&[("heading-level", bad)]);
            assert_eq!(config.heading_level, 2);
            assert_eq!(warnings.len(), 1, "{bad}: {warnings:?}");
            assert!(warnings[0].contains("heading-level"), "{}", warnings[0]);
            assert!(warnings[0].contains("2, 3, 4, 5, 6"), "{}", warnings[0]);
        }
    }

    #[test]
    fn unknown_sections_warn_and_the_known_ones_are_kept() {
        let (config, warnings) = parse(&[("sections", "faq glossary")]);
        assert_eq!(config.sections, Sections::NONE.with(Section::Faq));
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("glossary"));
        assert!(warnings[0].contains("safety key-facts faq compare sources"));
    }

    #[test]
    fn no_known_section_falls_back_to_all() {
        for bad in ["", "everything", "FAQ"] {
            let (config, warnings) = parse(&[("sections", bad)]);
            assert_eq!(config.sections, Sections::ALL, "{bad}");
            assert_eq!(warnings.len(), 1, "{bad}");
            assert!(warnings[0].contains("sections"));
        }
    }

    #[test]
    fn a_bad_theme_warns_and_names_the_themes() {
        assert_eq!(
            parse(&[("theme", "dark")]),
            (
                Config {
                    theme: "dark",
                    ..Config::default()
                },
                vec![]
            )
        );
        let (_, warnings) = parse(&[("theme", "blue")]);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("theme=\"blue\""));
        assert!(warnings[0].contains("light, dark, auto"));
    }

    #[test]
    fn the_first_available_language_wins() {
        let language = |tags: &[&str]| choose(tags, LANGS).0;
        assert_eq!(language(&["fr-FR", "es-419", "en"]), Some("es"));
        assert_eq!(language(&["EN-gb"]), Some("en"));
        assert_eq!(language(&["de", ""]), None);
        assert_eq!(language(&[]), None);
    }

    #[test]
    fn reads_the_region_in_any_case() {
        for (value, code) in [("MX", b"MX"), ("gb", b"GB"), (" Es ", b"ES"), ("zz", b"ZZ")] {
            let (config, warnings) = parse(&[("region", value)]);
            assert_eq!(config.region, Some(*code), "{value}");
            assert!(warnings.is_empty(), "{value}: {warnings:?}");
        }
    }

    #[test]
    fn the_region_attribute_wins_over_the_region_of_lang() {
        let (config, _) = parse(&[("lang", "es-MX"), ("region", "us")]);
        assert_eq!(config.region, Some(*b"US"));
        // A bad region attribute leaves the region of `lang`.
        let (config, warnings) = parse(&[("lang", "en-GB"), ("region", "UK1")]);
        assert_eq!(config.region, Some(*b"GB"));
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn a_bad_region_warns_once_and_names_the_accepted_values() {
        for bad in ["mexico", "", "M", "MEX", "4X", "es-MX"] {
            let (config, warnings) = parse(&[("region", bad)]);
            assert_eq!(config.region, None, "{bad}");
            assert_eq!(warnings.len(), 1, "{bad}: {warnings:?}");
            assert!(
                warnings[0].contains(&format!("region=\"{bad}\"")),
                "{}",
                warnings[0]
            );
            assert!(
                warnings[0].contains("two-letter country code"),
                "{}",
                warnings[0]
            );
        }
    }

    #[test]
    fn the_region_comes_from_the_first_tag_that_names_a_country() {
        let region = |tags: &[&str]| choose(tags, LANGS).1;
        assert_eq!(region(&["es-MX"]), Some(*b"MX"));
        assert_eq!(region(&["en", "en-gb", "es-ES"]), Some(*b"GB"));
        assert_eq!(region(&["zh-Hant-TW"]), Some(*b"TW"));
        assert_eq!(region(&["es_ES"]), Some(*b"ES"));
        // A language alone, or Latin America as a whole (419), names no country.
        assert_eq!(region(&["es", "es-419", "en"]), None);
        assert_eq!(region(&["es-419", "es-AR"]), Some(*b"AR"));
        assert_eq!(region(&[]), None);
        // The language and the country can come from different tags.
        assert_eq!(choose(["fr-CA", "es"], LANGS), (Some("es"), Some(*b"CA")));
    }

    #[test]
    fn an_unavailable_language_warns_and_names_the_available_ones() {
        let (config, warnings) = parse(&[("lang", "fr")]);
        assert_eq!(config.lang, None);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("lang=\"fr\""));
        assert!(warnings[0].contains("en, es"));
    }
}
