//! The whole widget: which sections show, in what order, at what heading level.

use crate::Mounted;
use baclofen_guide::embed::config::{Config, Section, Sections};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn shows_every_section_safety_first() {
    let w = Mounted::new(Config::default()).await;
    let order: Vec<String> = {
        let nodes = w.root.query_selector_all(".guide > section").unwrap();
        (0..nodes.length())
            .map(|i| {
                nodes
                    .item(i)
                    .unwrap()
                    .unchecked_into::<web_sys::Element>()
                    .class_name()
            })
            .collect()
    };
    assert_eq!(order, ["safety", "key-facts", "faq", "compare", "sources"]);
    assert_eq!(w.get(".guide").get_attribute("lang").as_deref(), Some("en"));
    // The review footer always shows, with machine-readable dates.
    assert!(
        w.get(".review")
            .text_content()
            .unwrap()
            .contains("Content last checked")
    );
    assert_eq!(w.count(".review time[datetime]"), 2);
}

#[wasm_bindgen_test]
async fn headings_start_at_the_configured_level() {
    let config = Config {
        heading_level: 4,
        ..Config::default()
    };
    let w = Mounted::new(config).await;
    assert_eq!(w.get(".guide__title").tag_name(), "H4");
    assert_eq!(w.get("#faq-heading").tag_name(), "H5");
    // Deeper levels stop at h6.
    assert_eq!(w.get(".faq-item__question").tag_name(), "H6");
}

#[wasm_bindgen_test]
async fn left_out_sections_are_not_rendered_but_the_safety_notice_stays() {
    let config = Config {
        sections: Sections::NONE.with(Section::Faq),
        ..Config::default()
    };
    let w = Mounted::new(config).await;
    assert!(w.find(".faq").is_some());
    for gone in [".safety", ".key-facts", ".compare", ".sources"] {
        assert!(w.find(gone).is_none(), "{gone} should not render");
    }
    let notice = w.get(".safety-short").text_content().unwrap();
    assert!(
        notice.contains("Do not stop taking baclofen suddenly"),
        "{notice}"
    );
}
