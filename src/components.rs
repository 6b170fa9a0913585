//! The view: one file per component. Components only render what they are
//! given and report what the reader did through `on…` callbacks; the state
//! lives in `crate::state`.

pub mod app;
pub mod blocks;
pub mod comparison;
pub mod faq;
pub mod faq_item;
pub mod heading;
pub mod key_facts;
pub mod review;
pub mod safety;
pub mod source_links;
pub mod sources;
