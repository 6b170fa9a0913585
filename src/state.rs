//! The widget's state and the actions that change it (one reducer per widget).

use crate::content::Static;
use baclofen_guide_model::Locale;
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::Reducible;

/// The most treatments the comparison shows side by side (it must fit a phone).
pub const MAX_COMPARED: usize = 3;
/// The fewest treatments a comparison makes sense with.
pub const MIN_COMPARED: usize = 2;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub locale: Static<Locale>,
    /// Ids of the FAQ entries whose answers are open.
    pub open: BTreeSet<&'static str>,
    /// Ids of the treatments being compared, in the content's order.
    pub compared: Vec<&'static str>,
}

pub enum Action {
    /// Open or close one answer.
    Toggle(&'static str),
    /// Open one answer (deep links, find-in-page).
    Open(&'static str),
    ShowAll,
    HideAll,
    /// Add a treatment to the comparison, or take it out.
    ToggleTreatment(&'static str),
}

impl State {
    pub fn new(locale: &'static Locale) -> State {
        State {
            locale: Static(locale),
            open: BTreeSet::new(),
            compared: locale
                .comparison
                .default_selection
                .iter()
                .map(|id| id.as_ref())
                .collect(),
        }
    }

    pub fn all_open(&self) -> bool {
        self.locale
            .0
            .faq_entries()
            .all(|e| self.open.contains(e.id.as_ref()))
    }
}

/// Whether ticking or unticking a treatment keeps 2 or 3 compared.
pub fn can_toggle_treatment(compared: &[&str], id: &str) -> bool {
    if compared.contains(&id) {
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
                if !next.open.remove(id) {
                    next.open.insert(id);
                }
            }
            Action::Open(id) => {
                next.open.insert(id);
            }
            Action::ShowAll => next.open = locale.faq_entries().map(|e| e.id.as_ref()).collect(),
            Action::HideAll => next.open.clear(),
            Action::ToggleTreatment(id) => {
                if !can_toggle_treatment(&self.compared, id) {
                    // Returning the same Rc skips the re-render.
                    return self;
                }
                if next.compared.contains(&id) {
                    next.compared.retain(|t| *t != id);
                } else {
                    next.compared.push(id);
                    let order =
                        |t: &&str| locale.comparison.treatments.iter().position(|x| x.id == *t);
                    next.compared.sort_by_key(order);
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
        let id = default_locale().faq_entries().next().unwrap().id.as_ref();
        let s = state();
        assert!(s.open.is_empty());
        let s = s.reduce(Action::Toggle(id));
        assert!(s.open.contains(id));
        let s = s.reduce(Action::Toggle(id));
        assert!(!s.open.contains(id));
    }

    #[test]
    fn show_all_and_hide_all() {
        let s = state().reduce(Action::ShowAll);
        assert!(s.all_open());
        assert_eq!(s.open.len(), default_locale().faq_entries().count());
        let s = s.reduce(Action::HideAll);
        assert!(s.open.is_empty());
    }

    #[test]
    fn the_comparison_keeps_between_2_and_3_treatments_in_content_order() {
        let treatments: Vec<&'static str> = default_locale()
            .comparison
            .treatments
            .iter()
            .map(|t| t.id.as_ref())
            .collect();
        let mut s = state();
        let n = s.compared.len();
        assert!((MIN_COMPARED..=MAX_COMPARED).contains(&n));
        // Untick down to the minimum: the last untick is refused.
        for id in s.compared.clone() {
            s = s.reduce(Action::ToggleTreatment(id));
        }
        assert_eq!(s.compared.len(), MIN_COMPARED);
        // Tick everything: stops at the maximum.
        for id in &treatments {
            s = s.reduce(Action::ToggleTreatment(id));
        }
        assert!(s.compared.len() <= MAX_COMPARED);
        let positions: Vec<_> = s
            .compared
            .iter()
            .map(|id| treatments.iter().position(|t| t == id).unwrap())
            .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    }
}
