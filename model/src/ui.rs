//! `ui.json`: every label, button and ARIA text of the widget, in one
//! language. Generic over the string type: `Ui<String>` when loaded from JSON,
//! `Ui<&'static str>` when baked into the widget.

/// The widget's interface text.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize, databake::Bake))]
#[cfg_attr(feature = "load", serde(deny_unknown_fields))]
#[cfg_attr(feature = "load", databake(path = baclofen_guide_model))]
pub struct Ui<S> {
    pub key_facts_heading: S,
    pub faq_heading: S,
    pub compare_heading: S,
    pub sources_heading: S,
    pub safety_heading: S,
    /// Shown when the full safety section is left out of `sections`.
    pub safety_short: S,
    pub show_all: S,
    pub hide_all: S,
    pub sources_label: S,
    /// Read by screen readers after links that open a new tab.
    pub new_tab: S,
    pub published_by: S,
    pub last_reviewed: S,
    pub next_review: S,
    pub compare_choose: S,
    pub compare_hint: S,
    pub compare_limit: S,
    pub compare_scroll_hint: S,
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
    /// The same text, borrowed: what the build bakes into the widget.
    pub fn borrowed(&self) -> Ui<&str> {
        Ui {
            key_facts_heading: &self.key_facts_heading,
            faq_heading: &self.faq_heading,
            compare_heading: &self.compare_heading,
            sources_heading: &self.sources_heading,
            safety_heading: &self.safety_heading,
            safety_short: &self.safety_short,
            show_all: &self.show_all,
            hide_all: &self.hide_all,
            sources_label: &self.sources_label,
            new_tab: &self.new_tab,
            published_by: &self.published_by,
            last_reviewed: &self.last_reviewed,
            next_review: &self.next_review,
            compare_choose: &self.compare_choose,
            compare_hint: &self.compare_hint,
            compare_limit: &self.compare_limit,
            compare_scroll_hint: &self.compare_scroll_hint,
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
