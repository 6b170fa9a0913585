use gloo::render::request_animation_frame;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How many of `total` hidden parts may be filled in: none for the first
/// render, then, once `start` holds and the browser has painted, `step`
/// more in each task, so that no task blocks a phone for long. For work that
/// can wait until the reader sees something.
#[hook]
pub fn use_after_first_paint(start: bool, total: usize, step: usize) -> usize {
    let filled = use_state_eq(|| 0);
    {
        let filled = filled.clone();
        use_effect_with((start, *filled), move |&(start, done)| {
            let (mut frame, mut next) = (None, None);
            if start && done < total {
                let fill = move || filled.set(done + step);
                if done == 0 {
                    // A frame callback runs just before a paint; a task
                    // queued from it runs just after.
                    frame = Some(request_animation_frame(move |_| {
                        Timeout::new(0, fill).forget();
                    }));
                } else {
                    next = Some(Timeout::new(0, fill));
                }
            }
            move || drop((frame, next))
        });
    }
    (*filled).min(total)
}
