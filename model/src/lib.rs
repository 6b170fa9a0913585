//! The content model of Baclofen Guide.
//!
//! ```text
//! content/<lang>/*.json ─▶ content (types) ─▶ load (validate) ─▶ compile ─▶ compiled ─▶ wire (a file per language)
//!                                                  │
//!                                                  └─▶ readability (reports and thresholds)
//! ```
//!
//! At build time the widget's `build.rs` loads the JSON with [`load`], which
//! fails the build with a message naming the file, entry and field, then
//! [`compile`]s it into the [`compiled`] types, which [`wire`] writes as one
//! text file per language. The wasm fetches only the reader's language and
//! decodes it without a parser library (it never parses JSON). The
//! build-time parts need the `load` feature; the widget links only
//! [`compiled`], [`wire::decode`], [`Ui`], [`markup::text_of`] and [`search`]
//! (the FAQ search runs in the browser).

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
