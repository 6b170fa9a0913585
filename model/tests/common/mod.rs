//! Helpers shared by the tests on the real content.

use baclofen_guide_model::Locale;
use baclofen_guide_model::load::load_content;
use std::path::{Path, PathBuf};

/// The repository's `content/` folder.
pub fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

/// Every locale, as the build loads it; panics with every error if not.
pub fn locales() -> Vec<Locale> {
    match load_content(&content_dir()) {
        Ok(locales) => locales,
        Err(errors) => {
            let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("the content does not load:\n{}", lines.join("\n"));
        }
    }
}

/// Fails with every problem found, one per line.
pub fn fail_if_any(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} problem(s):\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}
