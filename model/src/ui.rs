//! `ui.json`: every label, button and ARIA text of the widget, in one
//! language. Generic over the string type: `Ui<String>` when loaded from JSON,
//! `Ui<&'static str>` when compiled for the widget.

/// The widget's interface text.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize, serde::Serialize))]
#[cfg_attr(feature = "load", serde(deny_unknown_fields))]
pub struct Ui<S> {
    pub key_facts_heading: S,
    pub faq_heading: S,
    pub compare_heading: S,
    pub sources_heading: S,
    pub safety_heading: S,
    /// Shown when the full safety section is left out of `sections`.
    pub safety_short: S,
    /// Joins two emergency numbers: "112 or 999".
    pub number_or: S,
    /// What `{emergency}` says where there is no number for the reader's
    /// country: "your local emergency number".
    pub emergency_any: S,
    /// Shown in the safety box with `emergency_any`: examples of numbers,
    /// written `{emergency:<region id>}` (filled in by the build).
    pub emergency_examples: S,
    /// Shown in the safety box where there is a poison line, with `{poison}`.
    pub poison_line: S,
    /// Shown in the safety box where there is an urgent-advice line, with
    /// `{urgent}`.
    pub urgent_line: S,
    pub show_all: S,
    pub hide_all: S,
    pub sources_label: S,
    /// Read by screen readers after links that open a new tab.
    pub new_tab: S,
    pub published_by: S,
    /// Before `last_reviewed` once a clinician has signed the content off
    /// (`meta.json` names reviewers).
    pub last_reviewed: S,
    /// Before `last_reviewed` while no clinician has: the date is then only
    /// when the content was last checked, and "Last reviewed" beside "Not yet
    /// reviewed by a clinician" would read as a clinical review.
    pub last_checked: S,
    pub next_review: S,
    /// Shown once the reader's date reaches `next_review`.
    pub review_due: S,
    /// Before the release's version number, in the review record.
    pub version: S,
    /// Before the reviewers' names.
    pub reviewed_by: S,
    /// Shown while `meta.json` names no reviewer.
    pub not_reviewed: S,
    pub conflicts_of_interest: S,
    pub compare_choose: S,
    pub compare_hint: S,
    pub compare_limit: S,
    /// Labels the choice of which row a phone shows (one at a time).
    pub compare_show: S,
    /// Before the next row's name on the button that shows it ("Next").
    pub compare_next: S,
    /// Opens the full list of sources, with `{count}` (filled in by the build).
    pub sources_all: S,
    pub boxed_warning: S,
    /// The label of the language switch.
    pub language_label: S,
    pub print: S,
    pub copy_link: S,
    pub link_copied: S,
    /// Said when the clipboard cannot be used and the link was put in the
    /// address bar instead.
    pub link_in_address_bar: S,
    pub search_label: S,
    pub search_hint: S,
    pub search_results_one: S,
    /// With `{count}`.
    pub search_results_many: S,
    pub search_none: S,
    pub clear_search: S,
    /// Twelve month names, January first.
    pub months: [S; 12],
    /// How a date reads, with `{day}`, `{month}` and `{year}`.
    pub date_format: S,
}

impl Ui<String> {
    /// The same text, borrowed: what the build compiles for the widget.
    pub fn borrowed(&self) -> Ui<&str> {
        Ui {
            key_facts_heading: &self.key_facts_heading,
            faq_heading: &self.faq_heading,
            compare_heading: &self.compare_heading,
            sources_heading: &self.sources_heading,
            safety_heading: &self.safety_heading,
            safety_short: &self.safety_short,
            number_or: &self.number_or,
            emergency_any: &self.emergency_any,
            emergency_examples: &self.emergency_examples,
            poison_line: &self.poison_line,
            urgent_line: &self.urgent_line,
            show_all: &self.show_all,
            hide_all: &self.hide_all,
            sources_label: &self.sources_label,
            new_tab: &self.new_tab,
            published_by: &self.published_by,
            last_reviewed: &self.last_reviewed,
            last_checked: &self.last_checked,
            next_review: &self.next_review,
            review_due: &self.review_due,
            version: &self.version,
            reviewed_by: &self.reviewed_by,
            not_reviewed: &self.not_reviewed,
            conflicts_of_interest: &self.conflicts_of_interest,
            compare_choose: &self.compare_choose,
            compare_hint: &self.compare_hint,
            compare_limit: &self.compare_limit,
            compare_show: &self.compare_show,
            compare_next: &self.compare_next,
            sources_all: &self.sources_all,
            boxed_warning: &self.boxed_warning,
            language_label: &self.language_label,
            print: &self.print,
            copy_link: &self.copy_link,
            link_copied: &self.link_copied,
            link_in_address_bar: &self.link_in_address_bar,
            search_label: &self.search_label,
            search_hint: &self.search_hint,
            search_results_one: &self.search_results_one,
            search_results_many: &self.search_results_many,
            search_none: &self.search_none,
            clear_search: &self.clear_search,
            months: self.months.each_ref().map(String::as_str),
            date_format: &self.date_format,
        }
    }
}

impl Ui<&str> {
    /// The search status: "1 question matches.", "3 questions match.".
    pub fn search_results(&self, count: usize) -> String {
        match count {
            1 => self.search_results_one.to_owned(),
            n => fill(self.search_results_many, "{count}", &n.to_string()),
        }
    }
}

/// `template` with every `placeholder` replaced by `value`.
pub fn fill(template: &str, placeholder: &str, value: &str) -> String {
    let mut out = String::with_capacity(template.len() + value.len());
    let mut rest = template;
    while let Some((before, after)) = split_around(rest, placeholder) {
        out.push_str(before);
        out.push_str(value);
        rest = after;
    }
    out.push_str(rest);
    out
}

/// `text` before and after the first `pattern` (which starts with an ASCII
/// character) in it. It looks for that first byte alone: `str::find(&str)`
/// would bring the substring searcher into the wasm (0.7 KB compressed).
pub fn split_around<'a>(text: &'a str, pattern: &str) -> Option<(&'a str, &'a str)> {
    let first = *pattern.as_bytes().first()?;
    let mut at = 0;
    while at < text.len() {
        if text.as_bytes()[at] == first {
            if let Some(after) = text[at..].strip_prefix(pattern) {
                return Some((&text[..at], after));
            }
        }
        at += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_every_placeholder_and_keeps_other_braces() {
        assert_eq!(
            fill("{count} questions match.", "{count}", "3"),
            "3 questions match."
        );
        assert_eq!(fill("{n} {count}/{count}", "{count}", "12"), "{n} 12/12");
        assert_eq!(fill("no placeholder", "{count}", "1"), "no placeholder");
        assert_eq!(fill("ends with {", "{count}", "1"), "ends with {");
        assert_eq!(fill("a<b><!--x-->c", "<!--x-->", "1"), "a<b>1c");
    }

    #[test]
    fn split_around_finds_the_first_whole_pattern() {
        assert_eq!(split_around("{n} {count}!", "{count}"), Some(("{n} ", "!")));
        assert_eq!(split_around("{coun", "{count}"), None);
        assert_eq!(split_around("é{x}é", "{x}"), Some(("é", "é")));
        assert_eq!(split_around("abc", ""), None);
    }

    #[test]
    fn one_result_has_its_own_sentence() {
        let ui = Ui {
            search_results_one: "1 question matches.",
            search_results_many: "{count} questions match.",
            ..Ui::default()
        };
        assert_eq!(ui.search_results(1), "1 question matches.");
        assert_eq!(ui.search_results(0), "0 questions match.");
        assert_eq!(ui.search_results(37), "37 questions match.");
    }
}
