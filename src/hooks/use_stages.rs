use crate::embed::events::Host;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// Which stage of the first render to show, from 0 to `count - 1`, then
/// `usize::MAX` once all are there (and from then on). Behind the loader's
/// pre-rendered text (hidden until the swap), one more stage per task, so
/// that taking over from that text never blocks a phone for long, and a tap
/// on it is handled between stages; elsewhere, all at once (a widget shown
/// as it renders must not grow in steps).
#[hook]
pub fn use_stages(count: usize, host: &Host) -> usize {
    let stage = use_state_eq(|| {
        if host.behind_prerendered() {
            0
        } else {
            usize::MAX
        }
    });
    {
        let stage = stage.clone();
        use_effect_with(*stage, move |&now| {
            let next = (now < count).then(|| {
                Timeout::new(0, move || {
                    stage.set(if now + 1 < count { now + 1 } else { usize::MAX });
                })
            });
            move || drop(next)
        });
    }
    *stage
}
