//! The comparison: a real table, with explicit roles (its narrow layout
//! makes its parts blocks); ticking boxes changes its columns, 2 to 3.

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
    // Roles that survive `display: block`, and each cell labelled with its
    // treatment for the eye only (screen readers have the column header).
    let role = |selector: &str| w.get(selector).get_attribute("role");
    assert_eq!(role(".compare__table").as_deref(), Some("table"));
    assert_eq!(role(".compare__table tbody").as_deref(), Some("rowgroup"));
    assert_eq!(role(".compare__table tr").as_deref(), Some("row"));
    assert_eq!(role("th[scope=col]").as_deref(), Some("columnheader"));
    assert_eq!(role("th[scope=row]").as_deref(), Some("rowheader"));
    assert_eq!(role("tbody td").as_deref(), Some("cell"));
    let label = w.get("tbody td .compare__label");
    assert_eq!(label.get_attribute("aria-hidden").as_deref(), Some("true"));
    assert_eq!(label.text_content().as_deref(), Some("Baclofen by mouth"));
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
