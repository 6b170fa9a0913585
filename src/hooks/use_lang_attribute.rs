use crate::content::Static;
use crate::state::{Action, State};
use baclofen_guide_model::compiled::Locale;
use yew::prelude::*;

/// Follows the element's `lang` when it changes after mount. Not on mount:
/// the state starts in that language already, and a reader who tapped
/// another language before this effect ran must keep their choice.
#[hook]
pub fn use_lang_attribute(chosen: Static<Locale>, dispatch: UseReducerDispatcher<State>) {
    let applied = use_mut_ref(|| chosen);
    use_effect_with(chosen, move |chosen| {
        if *applied.borrow() != *chosen {
            *applied.borrow_mut() = *chosen;
            dispatch.dispatch(Action::SetLocale(chosen.0));
        }
    });
}
