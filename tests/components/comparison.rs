//! The comparison: a real table; ticking boxes changes its columns, 2 to 3.

use crate::Mounted;
use baclofen_guide::embed::config::Config;
use wasm_bindgen_test::wasm_bindgen_test;

const COLUMNS: &str = ".compare__table thead th[scope=col]";

#[wasm_bindgen_test]
async fn a_table_with_caption_and_headers() {
    let w = Mounted::new(Config::default()).await;
    assert!(w.find(".compare__table caption").is_some());
    assert_eq!(w.count(COLUMNS), 3);
    assert!(w.count(".compare__table tbody th[scope=row]") >= 10);
    // Boxed warnings are visible in the table, labelled, without expanding.
    assert!(w.count("td.boxed-warning .boxed-warning__label") >= 1);
    let region = w.get(".table-wrap");
    assert_eq!(region.get_attribute("role").as_deref(), Some("region"));
    assert_eq!(region.get_attribute("tabindex").as_deref(), Some("0"));
}

#[wasm_bindgen_test]
async fn ticking_changes_the_columns_between_two_and_three() {
    let w = Mounted::new(Config::default()).await;
    // Three ticked: the unticked boxes are disabled.
    assert_eq!(w.count(".compare__options input:checked"), 3);
    assert_eq!(w.count(".compare__options input:not(:checked):disabled"), 3);
    w.click(".compare__options input:checked").await;
    assert_eq!(w.count(COLUMNS), 2);
    // Two ticked: they cannot be unticked, the others can be ticked.
    assert_eq!(w.count(".compare__options input:checked:disabled"), 2);
    w.click(".compare__options li:last-child input").await;
    assert_eq!(w.count(COLUMNS), 3);
    assert_eq!(
        w.texts(COLUMNS).last().map(String::as_str),
        Some("Dantrolene Dantrium")
    );
}
