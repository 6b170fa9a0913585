//! What the widget does with the page around it: links to one answer (URL
//! fragments), the clipboard and printing.

use std::cell::RefCell;

/// The URL fragment that opens one answer: `#baclofen-<id>`.
pub const FRAGMENT_PREFIX: &str = "#baclofen-";

/// The FAQ entry id a URL fragment points at, if any.
pub fn fragment_entry(hash: &str) -> Option<&str> {
    hash.strip_prefix(FRAGMENT_PREFIX)
        .filter(|id| !id.is_empty())
}

/// A navigation to a fragment: when it happened (the `hashchange` event's
/// time stamp, or `LOAD` for the page load) and where to.
pub type Navigation = (f64, String);

/// The page load, as a [`Navigation`] time.
pub const LOAD: f64 = -1.0;

thread_local! {
    /// The last navigation a widget answered, so that of several widgets on
    /// a page only the first with that answer opens it.
    static CLAIMED: RefCell<Navigation> = const { RefCell::new((f64::NAN, String::new())) };
}

/// Claims a fragment navigation; true for the first claim only.
pub fn claim(navigation: Navigation) -> bool {
    CLAIMED.with(|claimed| {
        let mut claimed = claimed.borrow_mut();
        if *claimed == navigation {
            false
        } else {
            *claimed = navigation;
            true
        }
    })
}

/// The page's address with the fragment for one answer.
pub fn link_to(id: &str) -> String {
    let location = gloo::utils::window().location();
    let href = location.href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    [base, FRAGMENT_PREFIX, id].concat()
}

/// Copies the link to an answer. Where the clipboard is not available (an
/// old browser, or a page without permission), the link is put in the
/// address bar instead and `onfallback` is called.
pub fn copy_link(id: &str, onfallback: impl FnOnce() + 'static) {
    let window = gloo::utils::window();
    let link = link_to(id);
    let fragment = [FRAGMENT_PREFIX, id].concat();
    let fallback = move |_| {
        // Claim first: this widget already shows the answer.
        let now = gloo::utils::window().performance().map_or(0.0, |p| p.now());
        claim((now, fragment.clone()));
        let _ = gloo::utils::window().location().set_hash(&fragment);
        onfallback();
    };
    let clipboard = window.navigator().clipboard();
    if clipboard.is_undefined() {
        fallback(wasm_bindgen::JsValue::UNDEFINED);
        return;
    }
    let on_error = wasm_bindgen::closure::Closure::once(fallback);
    let _ = clipboard.write_text(&link).catch(&on_error);
    on_error.forget();
}

/// Opens the browser's print dialog; the print stylesheet shows every answer.
pub fn print() {
    let _ = gloo::utils::window().print();
}

/// The reader's date (their device's clock, UTC) in days since 1970-01-01.
#[cfg(target_arch = "wasm32")]
pub fn today() -> u32 {
    (js_sys::Date::now() / 86_400_000.0) as u32
}

/// Natively (the pre-renderer), the build machine's date.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> u32 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    (secs / 86_400) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_entry_from_a_fragment() {
        assert_eq!(fragment_entry("#baclofen-missed-dose"), Some("missed-dose"));
        assert_eq!(fragment_entry("#baclofen-"), None);
        assert_eq!(fragment_entry("#missed-dose"), None);
        assert_eq!(fragment_entry(""), None);
    }

    #[test]
    fn only_the_first_claim_of_a_navigation_wins() {
        let to_a = || "#baclofen-a".to_owned();
        assert!(claim((LOAD, to_a())));
        assert!(!claim((LOAD, to_a())));
        assert!(claim((2.5, to_a())));
        assert!(!claim((2.5, to_a())));
    }
}
