//! The embed entry point: shadow root, attributes, cleanup. (The loader
//! adopts the styles: tests/e2e.)

use baclofen_guide::embed::{live_widgets, mount};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

#[wasm_bindgen_test]
async fn mounts_in_the_shadow_root_and_cleans_up() {
    let document = gloo::utils::document();
    let host: HtmlElement = document
        .create_element("baclofen-test")
        .unwrap()
        .unchecked_into();
    host.set_attribute("sections", "faq").unwrap();
    host.set_attribute("heading-level", "3").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();

    // The loader gives the wasm its language first.
    baclofen_guide::content::bundled();
    let before = live_widgets();
    let widget = mount(host.clone(), shadow.clone()).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(live_widgets(), before + 1);
    let title = shadow.query_selector(".guide__title").unwrap().unwrap();
    assert_eq!(title.tag_name(), "H3");
    assert!(shadow.query_selector(".compare").unwrap().is_none());
    // The page's own styles stay out: the widget's text is not the page's.
    let style = gloo::utils::window()
        .get_computed_style(&title)
        .unwrap()
        .unwrap();
    assert_ne!(style.get_property_value("font-family").unwrap(), "");

    widget.destroy();
    yew::scheduler::flush().await;
    assert_eq!(live_widgets(), before);
    assert_eq!(shadow.child_element_count(), 0);
    host.remove();
}
