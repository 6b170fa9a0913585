//! The FAQ accordion: buttons in headings, aria-expanded, hidden="until-found".

use crate::Mounted;
use baclofen_guide::embed::config::Config;
use wasm_bindgen_test::wasm_bindgen_test;

const FIRST: &str = ".faq-item__button";

#[wasm_bindgen_test]
async fn answers_start_closed_and_findable() {
    let w = Mounted::new(Config::default()).await;
    let button = w.get(FIRST);
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    let panel = w.get(&format!(
        "#{}",
        button.get_attribute("aria-controls").unwrap()
    ));
    assert_eq!(
        panel.get_attribute("hidden").as_deref(),
        Some("until-found")
    );
    // The closed answer is in the DOM, so find-in-page and print can reach it.
    assert!(!panel.text_content().unwrap().trim().is_empty());
}

#[wasm_bindgen_test]
async fn clicking_a_question_opens_and_closes_its_answer() {
    let w = Mounted::new(Config::default()).await;
    w.click(FIRST).await;
    let button = w.get(FIRST);
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let panel = w.get(&format!(
        "#{}",
        button.get_attribute("aria-controls").unwrap()
    ));
    assert!(!panel.has_attribute("hidden"));
    assert_eq!(w.count(".faq-item__button[aria-expanded=true]"), 1);
    w.click(FIRST).await;
    assert!(panel.has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn show_all_then_hide_all() {
    let w = Mounted::new(Config::default()).await;
    let total = w.count(".faq-item__button");
    assert!(total >= 30, "{total} questions");
    w.click(".faq__controls button").await;
    assert_eq!(w.count(".faq-item__button[aria-expanded=true]"), total);
    assert_eq!(w.count(".faq-item__answer[hidden]"), 0);
    let control = w.get(".faq__controls button");
    assert_eq!(
        control.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(control.text_content().unwrap(), "Hide all answers");
    w.click(".faq__controls button").await;
    assert_eq!(w.count(".faq-item__answer[hidden]"), total);
}

#[wasm_bindgen_test]
async fn every_answer_shows_its_sources_as_safe_new_tab_links() {
    let w = Mounted::new(Config::default()).await;
    let answers = w.count(".faq-item__answer");
    assert_eq!(w.count(".faq-item__answer .source-links"), answers);
    let links = w.root.query_selector_all(".faq-item__answer a").unwrap();
    assert!(links.length() >= answers);
    for i in 0..links.length() {
        let link: web_sys::Element = wasm_bindgen::JsCast::unchecked_into(links.item(i).unwrap());
        assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
        assert_eq!(
            link.get_attribute("rel").as_deref(),
            Some("noopener noreferrer")
        );
        assert!(link.get_attribute("href").unwrap().starts_with("https://"));
    }
}
