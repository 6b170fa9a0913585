//! Custom hooks: the widget's side effects on the page, each in its own file.

pub mod use_accent_contrast;
pub mod use_after_first_paint;
pub mod use_deep_link;
pub mod use_find_in_page;
pub mod use_lang_attribute;
pub mod use_search_event;
pub mod use_stages;
