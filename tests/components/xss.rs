//! Content is text, never HTML: markup put into every content field shows
//! literally and nothing in it runs.

use crate::Mounted;
use baclofen_guide::components::app::AppProps;
use baclofen_guide::content::Static;
use baclofen_guide::embed::config::Config;
use baclofen_guide_model::compile::compile;
use baclofen_guide_model::compiled::Locale;
use baclofen_guide_model::content;
use serde_json::Value;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// Would count its runs in `window.xss` if it ever became an element.
const PAYLOAD: &str = r#"<img src=x onerror="window.xss=(window.xss||0)+1">"#;

/// Fields that are ids, references, dates or formats, not text for readers.
const NOT_TEXT: [&str; 12] = [
    "id",
    "countries",
    "kind",
    "treatment",
    "attribute",
    "sources",
    "default_selection",
    "last_reviewed",
    "next_review",
    "checked",
    "date",
    "date_format",
];

/// Puts the payload into every text of a JSON value.
fn poison(value: &mut Value, key: &str) {
    match value {
        Value::String(text) if key == "url" => {
            text.push_str(r#""><img src=x onerror="window.xss=1">"#)
        }
        Value::String(text) if !NOT_TEXT.contains(&key) => *text = [PAYLOAD, " ", text].concat(),
        Value::Array(items) => items.iter_mut().for_each(|item| poison(item, key)),
        Value::Object(map) => map.iter_mut().for_each(|(k, v)| poison(v, k)),
        _ => {}
    }
}

fn load<T: serde::de::DeserializeOwned>(json: &str) -> T {
    let mut value: Value = serde_json::from_str(json).unwrap();
    poison(&mut value, "");
    serde_json::from_value(value).unwrap()
}

/// The English content with the payload in every field, compiled as the
/// build compiles the real content.
fn hostile() -> &'static [&'static Locale] {
    let locale = content::Locale {
        lang: "en".into(),
        meta: load(include_str!("../../content/en/meta.json")),
        ui: load(include_str!("../../content/en/ui.json")),
        sources: load(include_str!("../../content/en/sources.json")),
        key_facts: load(include_str!("../../content/en/key-facts.json")),
        safety: load(include_str!("../../content/en/safety.json")),
        faq: load(include_str!("../../content/en/faq.json")),
        comparison: load(include_str!("../../content/en/comparison.json")),
        search: load(include_str!("../../content/en/search.json")),
        regions: load(include_str!("../../content/regions.json")),
    };
    crate::through_the_wire(&compile(&locale))
}

#[wasm_bindgen_test]
async fn markup_in_every_field_shows_as_text_and_never_runs() {
    let w = Mounted::with(AppProps {
        config: Config::default(),
        host: Default::default(),
        locales: Static(hostile()),
    })
    .await;
    // Open every answer, and search, so the highlighted path renders too.
    w.click(".faq__controls button").await;
    let input: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::unchecked_into(w.get("#faq-search"));
    input.set_value("img onerror");
    input
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert!(
        w.count(".faq-item__button mark") > 0,
        "the search found the payload text"
    );
    // Give any image error handler the chance to run.
    gloo::timers::future::TimeoutFuture::new(200).await;

    let ran = js_sys::Reflect::get(&gloo::utils::window(), &JsValue::from_str("xss")).unwrap();
    assert!(ran.is_undefined(), "a payload ran {ran:?} times");
    assert_eq!(
        w.count("img"),
        0,
        "markup from the content became an element"
    );
    let text = w.root.text_content().unwrap();
    assert!(text.contains(PAYLOAD), "the payload should show as text");
    // Attributes stay intact: links keep their target, and the injected quote
    // did not end the href.
    let links = w
        .root
        .query_selector_all("a[onerror], a[onmouseover]")
        .unwrap();
    assert_eq!(links.length(), 0);
}
