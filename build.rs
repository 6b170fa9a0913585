//! Prepares what the wasm embeds: validates `content/`, compiles it and bakes
//! it into Rust statics (so bad content fails the build and the wasm carries
//! no JSON parser), and strips the comments from the stylesheet.

use baclofen_guide_model::{compile, load};
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
            let compiled: Vec<_> = locales.iter().map(compile::compile).collect();
            let out = Path::new(&out_dir).join("content.rs");
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
