use crate::content::Static;
use crate::embed::page;
use crate::state::{Action, State};
use baclofen_guide_model::compiled::Locale;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Opens the answer a `#baclofen-<id>` fragment points at, when the page
/// loads and when the fragment changes, and scrolls it into view. Of several
/// widgets on a page, the first that has the answer takes it.
#[hook]
pub fn use_deep_link(
    locale: Static<Locale>,
    enabled: bool,
    dispatch: UseReducerDispatcher<State>,
    root: NodeRef,
) {
    use_effect_with(enabled, move |&enabled| {
        let open = move |time: f64| {
            let hash = gloo::utils::window().location().hash().unwrap_or_default();
            let Some(entry) =
                page::fragment_entry(&hash).and_then(|id| locale.0.entries().find(|e| e.id == id))
            else {
                return;
            };
            if !enabled || !page::claim((time, hash)) {
                return;
            }
            dispatch.dispatch(Action::Open(entry.id));
            // After the render that opens it: bring it into view and focus it.
            let root = root.clone();
            Timeout::new(0, move || {
                let button = root.cast::<web_sys::Element>().and_then(|root| {
                    root.query_selector(&["#q-", entry.id].concat())
                        .ok()
                        .flatten()
                });
                if let Some(button) = button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    button.scroll_into_view();
                    let _ = button.focus();
                }
            })
            .forget();
        };
        open(page::LOAD);
        let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |event| {
            // The event's time names this navigation for every widget alike.
            open(event.time_stamp());
        });
        move || drop(listener)
    });
}
