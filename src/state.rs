//! The widget's state and the actions that change it (one reducer per widget).

use crate::content::Static;
use baclofen_guide_model::compiled::Locale;
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
    /// ids, and a set type would add kilobytes of wasm.)
    pub open: Vec<&'static str>,
    /// Indexes of the treatments being compared, in the content's order.
    pub compared: Vec<usize>,
}

#[derive(Clone, Copy, Debug)]
pub enum Action {
    /// Open or close one answer.
    Toggle(&'static str),
    /// Open one answer (deep links, find-in-page).
    Open(&'static str),
    ShowAll,
    HideAll,
    /// Add a treatment (by index) to the comparison, or take it out.
    ToggleTreatment(usize),
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
        }
    }

    pub fn is_open(&self, id: &str) -> bool {
        self.open.contains(&id)
    }

    pub fn all_open(&self) -> bool {
        self.locale.0.entries().all(|e| self.is_open(e.id))
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
                if !self.is_open(id) {
                    next.open.push(id);
                }
            }
            Action::ShowAll => next.open = locale.entries().map(|e| e.id).collect(),
            Action::HideAll => next.open.clear(),
            Action::ToggleTreatment(treatment) => {
                if !can_toggle_treatment(&self.compared, treatment) {
                    // Returning the same Rc skips the re-render.
                    return self;
                }
                match self.compared.iter().position(|&t| t >= treatment) {
                    Some(i) if self.compared[i] == treatment => {
                        next.compared.remove(i);
                    }
                    Some(i) => next.compared.insert(i, treatment),
                    None => next.compared.push(treatment),
                }
            }
        }
        if next == *self { self } else { Rc::new(next) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::default_locale;

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
    }
}
