//! Validates `content/` (bad content fails the build, naming file, entry and
//! field), compiles each language to its locale file (`model/src/wire.rs`)
//! in `OUT_DIR`, and strips the comments from the stylesheet.
//!
//! The wasm carries no content: each reader's language travels as its own
//! file, which the pre-renderer (prerender/) writes into `dist/` together
//! with that language's pre-rendered HTML, and the loader hands to the wasm.
//! The `bundled` feature (the pre-renderer, the component tests) compiles the
//! files in instead (`bundled.rs`).

use baclofen_guide_model::{compile, load, wire};
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = root.join("content");
    println!("cargo::rerun-if-changed={}", content.display());
    let out_dir = std::env::var("OUT_DIR").unwrap();
    let css = root.join("src/components/styles.css");
    println!("cargo::rerun-if-changed={}", css.display());
    let css = std::fs::read_to_string(css).expect("read src/components/styles.css");
    std::fs::write(Path::new(&out_dir).join("styles.css"), minify_css(&css))
        .expect("write the stylesheet");
    match load::load_content(&content) {
        Ok(locales) => {
            warn_if_due(&locales);
            let mut bundled = String::from("&[");
            for locale in &locales {
                let file = Path::new(&out_dir).join(format!("{}.locale", locale.lang));
                std::fs::write(&file, wire::encode(&compile::compile(locale)))
                    .expect("write a locale file");
                bundled.push_str(&format!("include_str!({:?}),", file.display().to_string()));
            }
            bundled.push(']');
            std::fs::write(Path::new(&out_dir).join("bundled.rs"), bundled)
                .expect("write bundled.rs");
        }
        Err(errors) => {
            // Cargo prints each as `error: …` and fails the build.
            for error in &errors {
                println!("cargo::error={error}");
            }
        }
    }
}

/// A build made on or after `next_review` still works (readers are told the
/// guide is due for review), but the people building it should know.
fn warn_if_due(locales: &[baclofen_guide_model::Locale]) {
    let today = baclofen_guide_model::Date::today();
    for locale in locales {
        let next = locale.meta.next_review;
        if today >= next {
            println!(
                "cargo::warning=content/{}/meta.json: next_review {} has come: the content is due \
                 for a clinician's review, and the widget tells readers so",
                locale.lang,
                next.iso()
            );
        }
    }
}

/// Drops comments and collapses white space: every byte is downloaded by a
/// patient, and the comments are for the people editing the file.
fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .split_once("*/")
            .map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
