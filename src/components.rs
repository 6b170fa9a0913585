//! The view, one file per part.
//!
//! The interactive parts (`App`, `Faq`, `FaqItem`, `Comparison`) are Yew
//! function components: they get plain data and report what the reader did
//! through `on…` callbacks; the state lives in `crate::state`. The static
//! parts are plain functions returning `Html`: they never change on their
//! own, and each Yew component adds about 2 KB of generic wasm that a phone
//! would download for nothing. Their prose arrives as build-time markup
//! (see `markup.rs`).

pub mod app;
pub mod comparison;
pub mod faq;
pub mod faq_item;
pub mod header;
pub mod heading;
pub mod key_facts;
pub mod markup;
pub mod review;
pub mod safety;
pub mod sources;
pub mod vdom;
