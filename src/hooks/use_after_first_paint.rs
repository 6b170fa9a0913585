use gloo::render::request_animation_frame;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// False for the first render, true once the browser has painted it: for
/// work that can wait until the reader sees something.
#[hook]
pub fn use_after_first_paint() -> bool {
    let painted = use_state_eq(|| false);
    {
        let painted = painted.clone();
        use_effect_with((), move |()| {
            // A frame callback runs just before a paint; a task queued from
            // it runs just after.
            let frame = request_animation_frame(move |_| {
                Timeout::new(0, move || painted.set(true)).forget();
            });
            move || drop(frame)
        });
    }
    *painted
}
