//! The content model of Baclofen Guide.
//!
//! ```text
//! content/<lang>/*.json ─▶ content (types) ─▶ load (validate) ─▶ compile ─▶ compiled (baked statics)
//!                                                  │
//!                                                  └─▶ readability (reports and thresholds)
//! ```
//!
//! At build time the widget's `build.rs` loads the JSON with [`load`], which
//! fails the build with a message naming the file, entry and field, then
//! [`compile`]s it into the [`compiled`] types and bakes them as Rust
//! statics, so the wasm never parses JSON. The build-time parts need the
//! `load` feature; the widget links only [`compiled`], [`Ui`],
//! [`markup::text_of`] and [`search`] (the FAQ search runs in the browser).
//!
//! [`wire`] writes a compiled locale as a text file and decodes it without a
//! parser library, so that each language can become its own download
//! (issue 15); the widget does not use it yet.

pub mod compiled;
pub mod markup;
pub mod search;
mod ui;
pub mod wire;
pub use ui::Ui;

#[cfg(feature = "load")]
pub mod compile;
#[cfg(feature = "load")]
pub mod content;
#[cfg(feature = "load")]
pub use content::*;
#[cfg(feature = "load")]
pub mod load;
#[cfg(feature = "load")]
pub mod readability;
