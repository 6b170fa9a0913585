use crate::embed::theme::{MIN_CONTRAST, contrast, css, parse_rgb, readable_accent, warning};
use web_sys::HtmlElement;
use yew::prelude::*;

/// Checks the accent colour the page gave (`--baclofen-accent`) against the
/// widget's background once rendered, and again when the theme changes. If
/// text in it would fail WCAG AA, a readable variant is used instead and a
/// console warning says so.
#[hook]
pub fn use_accent_contrast(root: NodeRef, theme: &'static str) {
    use_effect_with(theme, move |_| {
        let Some(guide) = root.cast::<HtmlElement>() else {
            return;
        };
        // Measure the page's colour, not an earlier correction.
        let _ = guide.style().remove_property("--_accent");
        let Ok(Some(computed)) = gloo::utils::window().get_computed_style(&guide) else {
            return;
        };
        let read = |property| {
            computed
                .get_property_value(property)
                .ok()
                .and_then(|v| parse_rgb(&v))
        };
        // `.guide` draws its caret in the accent colour, on the widget's background.
        let (Some(accent), Some(background)) = (read("caret-color"), read("background-color"))
        else {
            return;
        };
        if contrast(accent, background) < MIN_CONTRAST {
            let used = readable_accent(accent, background);
            // Set through the CSSOM, which a strict style-src allows.
            let _ = guide.style().set_property("--_accent", &css(used));
            web_sys::console::warn_1(&warning(accent, background, used).into());
        }
    });
}
