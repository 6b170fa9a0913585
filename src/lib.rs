//! Baclofen Guide: an embeddable patient-education widget about baclofen.
//!
//! How the parts fit:
//!
//! ```text
//! content/<lang>/*.json ──build.rs──▶ model/ (types, validation, compiling, markup, wire)
//!                                          │ a file per language (with its HTML, prerender/),
//!                                          ▼ fetched by the loader, decoded here
//!   src/content.rs (the languages) ───▶ src/components/ (view) ◀── src/embed/ (custom element,
//!                                     ▲        ▲                    shadow root, config)
//!              src/state.rs (reducer) ┘        └ src/hooks/ (effects on the page)
//! ```
//!
//! `src/embed/baclofen-guide.js` defines `<baclofen-guide>` and calls
//! [`embed::mount`] for each element.

pub mod components;
pub mod content;
pub mod embed;
pub mod hooks;
pub mod state;

// Smaller than the default allocator (see Cargo.toml). The wasm build has no
// threads, which is what `AssumeSingleThreaded` requires.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
