//! Events for the host page: bubbling, composed `CustomEvent`s dispatched on
//! the `<baclofen-guide>` element, so a clinic can count what readers look at
//! with its own analytics. The widget itself sends nothing anywhere.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// The element events are dispatched on (none in component tests).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Host(pub Option<HtmlElement>);

impl Host {
    /// `baclofen-guide:<name>` with `detail` built from key/value pairs.
    fn emit(&self, name: &str, detail: &[(&str, JsValue)]) {
        let Some(host) = &self.0 else { return };
        let object = js_sys::Object::new();
        for (key, value) in detail {
            let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
        }
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&object);
        let name = ["baclofen-guide:", name].concat();
        if let Ok(event) = CustomEvent::new_with_event_init_dict(&name, &init) {
            let _ = host.dispatch_event(&event);
        }
    }

    /// Whether the loader shows pre-rendered text in front of the widget
    /// (its `<div data-prerendered>` in the shadow root): the widget's
    /// first render is then hidden, and may take several tasks.
    pub fn behind_prerendered(&self) -> bool {
        let shadow = self.0.as_ref().and_then(|host| host.shadow_root());
        shadow.is_some_and(|s| matches!(s.query_selector("[data-prerendered]"), Ok(Some(_))))
    }

    /// The widget has rendered, in this language.
    pub fn ready(&self, lang: &str) {
        self.emit("ready", &[("lang", lang.into())]);
    }

    /// An answer was opened or closed; `id` is `"*"` for Show all / Hide all.
    pub fn toggle(&self, id: &str, open: bool) {
        self.emit("toggle", &[("id", id.into()), ("open", open.into())]);
    }

    /// The reader searched (sent once typing pauses).
    pub fn search(&self, query: &str, results: usize) {
        self.emit(
            "search",
            &[("query", query.into()), ("results", results.into())],
        );
    }

    /// The treatments now compared, by id.
    pub fn compare(&self, treatments: &[&str]) {
        let ids: js_sys::Array = treatments.iter().map(|id| JsValue::from_str(id)).collect();
        self.emit("compare", &[("treatments", ids.into())]);
    }

    /// The reader asked for a language whose file has not come yet: the
    /// loader fetches it, adds it, and updates the widget, which then shows it.
    pub fn load_language(&self, lang: &str) {
        self.emit("load-language", &[("lang", lang.into())]);
    }

    /// The reader changed language.
    pub fn language(&self, lang: &str) {
        self.emit("language", &[("lang", lang.into())]);
    }
}
