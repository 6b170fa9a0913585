//! Component tests: each part mounted for real in headless Chromium by
//! wasm-bindgen-test (`cargo test --target wasm32-unknown-unknown`), inside a
//! shadow root as the embed does, and checked through the DOM a reader gets.

#![cfg(target_arch = "wasm32")]

mod app;
mod comparison;
mod embed;
mod faq;
mod review;
mod xss;

use baclofen_guide::components::app::{App, AppProps};
use baclofen_guide::content::{Static, bundled};
use baclofen_guide::embed::config::Config;
use baclofen_guide::embed::events::Host;
use baclofen_guide_model::compiled::Locale;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test_configure;
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

/// A test's own compiled content as the widget gets content: written to a
/// locale file and decoded (`model/src/wire.rs`).
pub fn through_the_wire(locale: &Locale) -> &'static [&'static Locale] {
    use baclofen_guide_model::wire;
    let decoded = wire::decode(wire::encode(locale).leak()).expect("the file decodes");
    Box::leak(vec![&*Box::leak(Box::new(decoded))].into_boxed_slice())
}

/// A widget mounted in a fresh host element's open shadow root.
pub struct Mounted {
    pub host: Element,
    pub root: Element,
    pub app: Option<AppHandle<App>>,
}

impl Mounted {
    pub async fn new(config: Config) -> Mounted {
        Mounted::with(AppProps {
            config,
            host: Host::default(),
            locales: Static(bundled()),
        })
        .await
    }

    /// Mounts the widget with these props (a test's own content, say).
    pub async fn with(props: AppProps) -> Mounted {
        let document = gloo::utils::document();
        let host = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&host).unwrap();
        let shadow = host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .unwrap();
        let root = document.create_element("div").unwrap();
        shadow.append_child(&root).unwrap();
        let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        // Closed answers are filled in after the first paint, a few per task.
        for _ in 0..100 {
            gloo::timers::future::TimeoutFuture::new(20).await;
            yew::scheduler::flush().await;
            let answers = root.query_selector_all(".faq-item__answer").unwrap();
            let empty = (0..answers.length())
                .filter_map(|i| answers.get(i))
                .filter_map(|node| node.dyn_into::<Element>().ok())
                .any(|answer| answer.child_element_count() < 2);
            if !empty {
                break;
            }
        }
        Mounted {
            host,
            root,
            app: Some(app),
        }
    }

    pub fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    pub fn get(&self, selector: &str) -> Element {
        self.find(selector)
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    pub fn count(&self, selector: &str) -> u32 {
        self.root.query_selector_all(selector).unwrap().length()
    }

    pub fn texts(&self, selector: &str) -> Vec<String> {
        let nodes = self.root.query_selector_all(selector).unwrap();
        (0..nodes.length())
            .filter_map(|i| nodes.item(i))
            .map(|n| n.text_content().unwrap_or_default().trim().to_owned())
            .collect()
    }

    /// Clicks like a reader, then lets Yew re-render.
    pub async fn click(&self, selector: &str) {
        self.get(selector).unchecked_into::<HtmlElement>().click();
        yew::scheduler::flush().await;
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.host.remove();
    }
}
