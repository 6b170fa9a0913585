use crate::embed::events::Host;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How many of `count` stages of the first render to show. Behind the
/// loader's pre-rendered text (hidden until the swap), one more stage per
/// task, so that taking over from that text never blocks a phone for long
/// and a tap on it is handled between stages; elsewhere, all at once (a
/// widget shown as it renders must not grow in steps).
#[hook]
pub fn use_stages(count: u8, host: &Host) -> u8 {
    let stage = use_state_eq(|| if host.behind_prerendered() { 1 } else { count });
    {
        let stage = stage.clone();
        use_effect_with(*stage, move |&done| {
            let next = (done < count).then(|| Timeout::new(0, move || stage.set(done + 1)));
            move || drop(next)
        });
    }
    *stage
}
