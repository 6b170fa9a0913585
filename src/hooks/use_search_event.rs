use crate::embed::events::Host;
use baclofen_guide_model::search::Hit;
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;

/// How long typing must pause before the host page hears of a search.
const DELAY_MS: u32 = 800;

/// Sends `baclofen-guide:search` once the reader stops typing, not on every
/// key.
#[hook]
pub fn use_search_event(host: Host, query: Rc<str>, hits: Option<Rc<[Hit]>>) {
    use_effect_with(query, move |query| {
        let query = query.clone();
        let timer = (!query.trim().is_empty()).then(|| {
            Timeout::new(DELAY_MS, move || {
                host.search(&query, hits.as_deref().map_or(0, <[_]>::len));
            })
        });
        move || drop(timer)
    });
}
