//! Embedding: what `src/embed/baclofen-guide.js` calls for each
//! `<baclofen-guide>` element. The element owns an open shadow root; each
//! widget is an independent Yew app mounted in a `<div>` inside it (Yew
//! clears its mount root and needs an `Element`, not a `ShadowRoot`).

pub mod config;
pub mod events;
pub mod page;
pub mod theme;

use crate::components::app::{App, AppProps};
use crate::content;
use config::{Config, choose};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot};
use yew::AppHandle;

/// `src/components/styles.css`, without its comments (see `build.rs`). The
/// loader adopts it (the pre-renderer hands it to the build, which stamps it
/// into the loader): it is in place before the pre-rendered HTML, and the
/// wasm does not carry it.
pub const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/styles.css"));

thread_local! {
    /// The elements with a mounted widget, for the crash message and the
    /// tests' count of live widgets.
    static HOSTS: RefCell<Vec<HtmlElement>> = const { RefCell::new(Vec::new()) };
}

/// A mounted widget, returned to the custom element.
#[wasm_bindgen]
pub struct Widget {
    host: HtmlElement,
    root: Element,
    app: Option<AppHandle<App>>,
}

#[wasm_bindgen]
impl Widget {
    /// Re-reads the element's attributes after one changed.
    pub fn update(&mut self) {
        if let Some(app) = &mut self.app {
            app.update(props(&self.host));
        }
    }

    /// Destroys the app and empties the shadow root (the element was removed).
    pub fn destroy(mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
            self.root.remove();
            HOSTS.with(|hosts| hosts.borrow_mut().retain(|h| *h != self.host));
        }
    }
}

/// Mounts a widget for `host` inside its shadow root, in a new `<div>` after
/// anything already there. The loader has adopted the styles, and may be
/// showing pre-rendered HTML: the stylesheet hides the new `<div>` while that
/// is there, and the loader removes it on `baclofen-guide:ready`, after the
/// first render, so the swap happens in one task: no flash.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, shadow: ShadowRoot) -> Result<Widget, JsValue> {
    // Release builds have no panic messages: a panic is a trap at once
    // (src/embed/trap-panics.mjs), which the loader reports as a crash.
    #[cfg(debug_assertions)]
    yew::set_custom_panic_hook(Box::new(on_panic));
    if content::locales().is_empty() {
        return Err("no language has been added (addLocale)".into());
    }
    let document = host.owner_document().ok_or("the element has no document")?;
    let root = document.create_element("div")?;
    shadow.append_child(&root)?;
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props(&host)).render();
    HOSTS.with(|hosts| hosts.borrow_mut().push(host.clone()));
    Ok(Widget {
        host,
        root,
        app: Some(app),
    })
}

/// Adds a language from its locale file (the loader fetched it). An error
/// is the reason and where in the file it was found: the loader shows the
/// failure message, and text already shown stays.
#[wasm_bindgen(js_name = addLocale)]
pub fn add_locale(file: String) -> Result<(), JsValue> {
    match content::add(file) {
        Ok(_) => Ok(()),
        Err(error) => Err([error.reason, " at byte ", &error.at.to_string()]
            .concat()
            .into()),
    }
}

/// The release's languages and their names, for the language switch: code,
/// name, code, name… separated by U+001F.
#[wasm_bindgen(js_name = setLanguages)]
pub fn set_languages(list: String) {
    content::set_languages(list);
}

/// How many widgets are mounted now (tests check that removed ones are freed).
#[wasm_bindgen(js_name = liveWidgets)]
pub fn live_widgets() -> usize {
    HOSTS.with(|hosts| hosts.borrow().len())
}

/// In debug builds, a bug's details: log them, then tell every element,
/// whose loader shows the short failure message. (The wasm stops after a
/// panic, so nothing here may rely on it afterwards.)
#[cfg(debug_assertions)]
fn on_panic(info: &std::panic::PanicHookInfo) {
    web_sys::console::error_1(
        &[
            "<baclofen-guide> stopped after an error: ",
            &info.to_string(),
        ]
        .concat()
        .into(),
    );
    let hosts = HOSTS.with(|hosts| hosts.take());
    for host in hosts {
        if let Ok(event) = web_sys::Event::new("baclofen-guide:crash") {
            let _ = host.dispatch_event(&event);
        }
    }
}

/// Panics on purpose: the end-to-end tests use it to check that a bug shows
/// the failure message instead of a frozen widget.
#[wasm_bindgen(js_name = panicForTests)]
pub fn panic_for_tests() {
    panic!("a panic the tests asked for");
}

/// Stops the wasm with a trap that is not a panic, as running out of stack
/// or memory does: the end-to-end tests check the loader still shows the
/// failure message.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(js_name = trapForTests)]
pub fn trap_for_tests() {
    core::arch::wasm32::unreachable()
}

/// Bytes of wasm linear memory in use by all widgets (for the benchmark).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> usize {
    core::arch::wasm32::memory_size(0) * 65536
}

/// Reads the element's attributes, logging a warning for each bad one, and
/// chooses the language: the `lang` attribute, else the page's
/// `<html lang>`, else the browser's languages, else English. The country
/// (for emergency numbers) is the `region` attribute, else the region of
/// `lang`, else the first of the other language tags that names one.
fn props(host: &HtmlElement) -> AppProps {
    let languages: Vec<&str> = content::languages(content::locales())
        .iter()
        .map(|(lang, _)| *lang)
        .collect();
    let (mut config, warnings) =
        Config::from_attributes(|name| host.get_attribute(name), &languages);
    for warning in warnings {
        web_sys::console::warn_1(&warning.into());
    }
    if config.lang.is_none() || config.region.is_none() {
        let page = host
            .owner_document()
            .and_then(|d| d.document_element())
            .and_then(|html| html.get_attribute("lang"));
        let browser = gloo::utils::window().navigator().languages();
        let browser = browser.iter().filter_map(|tag| tag.as_string());
        let tags = page.into_iter().chain(browser);
        let (lang, region) = choose(tags, &languages);
        config.lang = config.lang.or_else(|| lang.map(str::to_owned));
        config.region = config.region.or(region);
    }
    AppProps {
        config,
        host: events::Host(Some(host.clone())),
        locales: content::Static(content::locales()),
    }
}
