//! The content model of Baclofen Guide.
//!
//! Content lives as JSON in `content/<lang>/`. At build time the widget's
//! `build.rs` loads it with [`load`] (feature `load`), which validates it and
//! fails the build with a message naming the file, entry and field. The
//! validated content is then baked into Rust statics of the same types, so the
//! wasm never parses JSON.
//!
//! Every text and list is a `Cow<'static, _>`: owned when loaded from JSON,
//! borrowed from statics in the widget.

mod types;
pub use types::*;

pub mod readability;

#[cfg(feature = "load")]
pub mod load;
