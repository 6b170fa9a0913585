//! The widget's state and the actions that change it (one reducer per widget).

use crate::content::{Static, search_index};
use baclofen_guide_model::compiled::Locale;
use baclofen_guide_model::search::Hit;
use std::rc::Rc;
use yew::Reducible;

/// The most treatments the comparison shows side by side (it must fit a phone).
pub const MAX_COMPARED: usize = 3;
/// The fewest treatments a comparison makes sense with.
pub const MIN_COMPARED: usize = 2;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub locale: Static<Locale>,
    /// Ids of the FAQ entries whose answers are open. (A `Vec`: a few dozen
    /// ids, and a set type would add kilobytes of wasm.) Ids are the same in
    /// every language, so answers stay open when the language changes.
    pub open: Vec<&'static str>,
    /// Indexes of the treatments being compared, in the content's order.
    pub compared: Vec<usize>,
    /// The comparison row a phone shows (one at a time, besides the rows
    /// with boxed warnings); wide screens show them all.
    pub row: usize,
    /// What the reader typed in the FAQ search.
    pub query: Rc<str>,
    /// The entries matching `query`, with what to highlight; `None` when
    /// there is no query (nothing is filtered).
    pub hits: Option<Rc<[Hit]>>,
    /// The open answers before the search began, given back when it ends
    /// (a search opens the answers it found words in).
    pub open_before_search: Option<Vec<&'static str>>,
}

pub enum Action {
    /// Open or close one answer.
    Toggle(&'static str),
    /// Open one answer (deep links, find-in-page).
    Open(&'static str),
    ShowAll,
    HideAll,
    /// Add a treatment (by index) to the comparison, or take it out.
    ToggleTreatment(usize),
    /// Show this comparison row on a phone.
    ShowRow(usize),
    SetLocale(&'static Locale),
    Search(Rc<str>),
}

impl State {
    pub fn new(locale: &'static Locale) -> State {
        State {
            locale: Static(locale),
            open: Vec::new(),
            compared: locale
                .comparison
                .default_selection
                .iter()
                .map(|&i| usize::from(i))
                .collect(),
            row: locale.comparison.steppable().next().unwrap_or_default(),
            query: Rc::from(""),
            hits: None,
            open_before_search: None,
        }
    }

    pub fn is_open(&self, id: &str) -> bool {
        self.open.contains(&id)
    }

    pub fn all_open(&self) -> bool {
        self.locale.0.entries().all(|e| self.is_open(e.id))
    }

    /// The search hit for an entry, when a search is on and found it.
    pub fn hit(&self, id: &str) -> Option<&Hit> {
        let hits = self.hits.as_deref()?;
        let doc = self.locale.0.entries().position(|e| e.id == id)?;
        hits.iter().find(|hit| hit.doc == doc)
    }

    /// Runs the search for `query` in the current locale.
    fn search(&mut self, query: Rc<str>) {
        let locale = self.locale.0;
        let hits: Option<Rc<[Hit]>> = if query.trim().is_empty() {
            None
        } else {
            search_index(locale).search(&query).map(Rc::from)
        };
        match (&self.hits, &hits) {
            (None, Some(_)) => self.open_before_search = Some(self.open.clone()),
            (Some(_), None) => self.open = self.open_before_search.take().unwrap_or_default(),
            _ => {}
        }
        if let Some(hits) = &hits {
            // Open the answers the words were found in, so the marks show.
            let entries: Vec<_> = locale.entries().collect();
            for hit in hits.iter().filter(|hit| !hit.answer.is_empty()) {
                let id = entries[hit.doc].id;
                if !self.open.contains(&id) {
                    self.open.push(id);
                }
            }
        }
        self.query = query;
        self.hits = hits;
    }

    /// The ids of these treatments (indexes into the comparison).
    pub fn treatment_ids(&self, treatments: &[usize]) -> Vec<&'static str> {
        let all = self.locale.0.comparison.treatments;
        treatments.iter().map(|&t| all[t].id).collect()
    }
}

/// Whether ticking or unticking a treatment keeps 2 or 3 compared.
pub fn can_toggle_treatment(compared: &[usize], treatment: usize) -> bool {
    if compared.contains(&treatment) {
        compared.len() > MIN_COMPARED
    } else {
        compared.len() < MAX_COMPARED
    }
}

/// The treatments compared after ticking or unticking one, in content order;
/// `None` if that would leave fewer than 2 or more than 3.
pub fn toggle_treatment(compared: &[usize], treatment: usize) -> Option<Vec<usize>> {
    if !can_toggle_treatment(compared, treatment) {
        return None;
    }
    let mut next = compared.to_vec();
    match compared.iter().position(|&t| t >= treatment) {
        Some(i) if compared[i] == treatment => drop(next.remove(i)),
        Some(i) => next.insert(i, treatment),
        None => next.push(treatment),
    }
    Some(next)
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let locale: &'static Locale = self.locale.0;
        let mut next = (*self).clone();
        match action {
            Action::Toggle(id) => {
                if self.is_open(id) {
                    next.open.retain(|open| *open != id);
                } else {
                    next.open.push(id);
                }
            }
            Action::Open(id) => {
                // An answer asked for by a link must not be filtered out.
                if self.hits.is_some() && self.hit(id).is_none() {
                    next.search(Rc::from(""));
                }
                if !next.is_open(id) {
                    next.open.push(id);
                }
            }
            Action::ShowAll => next.open = locale.entries().map(|e| e.id).collect(),
            Action::HideAll => next.open.clear(),
            Action::ToggleTreatment(treatment) => match toggle_treatment(&self.compared, treatment)
            {
                Some(compared) => next.compared = compared,
                // Returning the same Rc skips the re-render.
                None => return self,
            },
            Action::ShowRow(row) => next.row = row,
            Action::SetLocale(locale) => {
                next.locale = Static(locale);
                // Same query, this language's words.
                let query = next.query.clone();
                next.search(query);
            }
            Action::Search(query) => next.search(query),
        }
        if next == *self { self } else { Rc::new(next) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::bundled;

    fn default_locale() -> &'static Locale {
        bundled()[0]
    }

    fn state() -> Rc<State> {
        Rc::new(State::new(default_locale()))
    }

    #[test]
    fn answers_start_closed_and_toggle() {
        let id = default_locale().entries().next().unwrap().id;
        let s = state();
        assert!(s.open.is_empty());
        let s = s.reduce(Action::Toggle(id));
        assert!(s.is_open(id));
        let s = s.reduce(Action::Toggle(id));
        assert!(!s.is_open(id));
    }

    #[test]
    fn show_all_and_hide_all() {
        let s = state().reduce(Action::ShowAll);
        assert!(s.all_open());
        assert_eq!(s.open.len(), default_locale().entries().count());
        let s = s.reduce(Action::HideAll);
        assert!(s.open.is_empty());
    }

    #[test]
    fn an_unchanged_state_is_the_same_rc() {
        let s = state();
        let id = default_locale().entries().next().unwrap().id;
        let opened = s.reduce(Action::Open(id));
        let again = opened.clone().reduce(Action::Open(id));
        assert!(Rc::ptr_eq(&opened, &again));
    }

    #[test]
    fn the_comparison_keeps_between_2_and_3_treatments_in_content_order() {
        let count = default_locale().comparison.treatments.len();
        let mut s = state();
        assert!((MIN_COMPARED..=MAX_COMPARED).contains(&s.compared.len()));
        // Untick everything: the last unticks are refused.
        for t in s.compared.clone() {
            s = s.reduce(Action::ToggleTreatment(t));
        }
        assert_eq!(s.compared.len(), MIN_COMPARED);
        // Tick everything, last first: stops at the maximum, in content order.
        for t in (0..count).rev() {
            s = s.reduce(Action::ToggleTreatment(t));
        }
        assert_eq!(s.compared.len(), MAX_COMPARED);
        assert!(
            s.compared.windows(2).all(|w| w[0] < w[1]),
            "{:?}",
            s.compared
        );
        assert_eq!(s.treatment_ids(&s.compared).len(), MAX_COMPARED);
    }

    #[test]
    fn a_search_filters_opens_what_it_found_and_gives_back_the_open_answers() {
        let first = default_locale().entries().next().unwrap().id;
        let s = state().reduce(Action::Open(first));
        let s = s.reduce(Action::Search(Rc::from("withdrawl")));
        let hits = s.hits.clone().expect("a search is on");
        assert!(!hits.is_empty());
        assert!(s.is_open("withdrawal-signs"), "{:?}", s.open);
        let s = s.reduce(Action::Search(Rc::from("  ")));
        assert!(s.hits.is_none());
        assert_eq!(s.open, [first]);
    }

    #[test]
    fn a_link_to_an_answer_the_search_hides_ends_the_search() {
        let s = state().reduce(Action::Search(Rc::from("pregnancy")));
        assert!(s.hit("driving").is_none());
        let s = s.reduce(Action::Open("driving"));
        assert!(s.hits.is_none());
        assert!(s.is_open("driving"));
    }

    #[test]
    fn changing_language_keeps_open_answers_and_the_comparison() {
        let id = default_locale().entries().nth(3).unwrap().id;
        let s = state()
            .reduce(Action::Open(id))
            .reduce(Action::ToggleTreatment(0));
        let other = *bundled().last().unwrap();
        let switched = s.clone().reduce(Action::SetLocale(other));
        assert_eq!(switched.locale.0.lang, other.lang);
        assert_eq!(switched.open, s.open);
        assert_eq!(switched.compared, s.compared);
    }
}
