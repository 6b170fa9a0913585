//! Baclofen Guide: an embeddable patient-education widget about baclofen.
//!
//! How the parts fit:
//!
//! ```text
//! content/<lang>/*.json ──build.rs──▶ model/ (types, validation, baking)
//!                                          │
//!                                          ▼
//!        src/content.rs (baked statics) ──▶ src/components/ (view) ◀── src/embed/ (custom element,
//!                                          ▲                              shadow root, config)
//!                                src/state.rs (reducer)
//! ```
//!
//! `static/baclofen-guide.js` defines `<baclofen-guide>` and calls [`embed::mount`]
//! for each element.

// The baked content names `alloc::borrow::Cow`.
extern crate alloc;

pub mod components;
pub mod content;
pub mod embed;
pub mod hooks;
pub mod state;
