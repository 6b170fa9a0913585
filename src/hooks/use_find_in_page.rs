use crate::content::Static;
use crate::embed::events::Host;
use crate::state::{Action, State};
use baclofen_guide_model::compiled::Locale;
use gloo::events::EventListener;
use yew::prelude::*;

/// When the browser's find-in-page matches text in a closed answer
/// (`hidden="until-found"`), it fires `beforematch` and reveals it; this
/// marks that answer open, so the state and the page agree.
#[hook]
pub fn use_find_in_page(
    locale: Static<Locale>,
    root: NodeRef,
    dispatch: UseReducerDispatcher<State>,
    host: Host,
) {
    use_effect_with(root, move |root| {
        let listener = root.cast::<web_sys::Element>().map(|element| {
            EventListener::new(&element, "beforematch", move |event| {
                let target = event
                    .target()
                    .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
                let id = target.map(|t| t.id()).unwrap_or_default();
                let entry = id
                    .strip_prefix("a-")
                    .and_then(|id| locale.0.entries().find(|e| e.id == id));
                if let Some(entry) = entry {
                    dispatch.dispatch(Action::Open(entry.id));
                    host.toggle(entry.id, true);
                }
            })
        });
        move || drop(listener)
    });
}
