//! Validates `content/`, compiles it and bakes it into Rust statics, so bad
//! content fails the build and the wasm carries no JSON parser.

use baclofen_guide_model::{compile, load};
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = root.join("content");
    println!("cargo::rerun-if-changed={}", content.display());
    match load::load_content(&content) {
        Ok(locales) => {
            let compiled: Vec<_> = locales.iter().map(compile::compile).collect();
            let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("content.rs");
            std::fs::write(out, compile::bake(&compiled)).expect("write the baked content");
        }
        Err(errors) => {
            // Cargo prints each as `error: …` and fails the build.
            for error in &errors {
                println!("cargo::error={error}");
            }
        }
    }
}
