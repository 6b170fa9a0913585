//! Validates `content/` and bakes it into Rust statics, so bad content fails
//! the build and the wasm carries no JSON parser.

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = root.join("content");
    println!("cargo::rerun-if-changed={}", content.display());
    match baclofen_guide_model::load::load_content(&content) {
        Ok(locales) => {
            let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("content.rs");
            std::fs::write(out, baclofen_guide_model::load::bake(&locales))
                .expect("write baked content");
        }
        Err(errors) => {
            // Cargo prints each as `error: …` and fails the build.
            for error in &errors {
                println!("cargo::error={error}");
            }
        }
    }
}
