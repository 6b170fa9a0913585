//! The review block: "not yet reviewed" while no clinician is named, and the
//! "due for review" notice decided on the reader's clock, not the build's.

use crate::Mounted;
use baclofen_guide::components::app::AppProps;
use baclofen_guide::content::Static;
use baclofen_guide::embed::config::Config;
use baclofen_guide_model::compile::compile;
use baclofen_guide_model::compiled::Locale;
use baclofen_guide_model::content::{self, Date};
use wasm_bindgen_test::wasm_bindgen_test;

fn json<T: serde::de::DeserializeOwned>(text: &str) -> T {
    serde_json::from_str(text).unwrap()
}

/// The English content with another `next_review` date, compiled as the
/// build compiles the real content.
fn next_review_on(date: &str) -> &'static [&'static Locale] {
    let mut locale = content::Locale {
        lang: "en".into(),
        meta: json(include_str!("../../content/en/meta.json")),
        ui: json(include_str!("../../content/en/ui.json")),
        sources: json(include_str!("../../content/en/sources.json")),
        key_facts: json(include_str!("../../content/en/key-facts.json")),
        safety: json(include_str!("../../content/en/safety.json")),
        faq: json(include_str!("../../content/en/faq.json")),
        comparison: json(include_str!("../../content/en/comparison.json")),
        search: json(include_str!("../../content/en/search.json")),
        regions: json(include_str!("../../content/regions.json")),
    };
    locale.meta.next_review = Date::parse(date).unwrap();
    crate::through_the_wire(&compile(&locale))
}

async fn mount(locales: &'static [&'static Locale]) -> Mounted {
    Mounted::with(AppProps {
        config: Config::default(),
        host: Default::default(),
        locales: Static(locales),
    })
    .await
}

#[wasm_bindgen_test]
async fn a_past_next_review_date_shows_the_due_notice() {
    let w = mount(next_review_on("2001-01-01")).await;
    let notice = w.get(".review .review__due").text_content().unwrap();
    assert!(
        notice.starts_with("This guide is due for review."),
        "{notice}"
    );
}

#[wasm_bindgen_test]
async fn a_future_next_review_date_shows_no_notice() {
    let w = mount(next_review_on("2999-01-01")).await;
    assert_eq!(w.count(".review__due"), 0);
    // Nobody has reviewed the shipped content, and the widget says so.
    assert_eq!(
        w.texts(".review .review__notice"),
        ["Not yet reviewed by a clinician."]
    );
}
