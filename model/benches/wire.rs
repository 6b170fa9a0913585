//! Locale file timings: how long the widget takes to decode each real
//! locale ([`baclofen_guide_model::wire::decode`]), and the files' sizes.
//!
//! ```sh
//! cargo bench -p baclofen-guide-model --features load --bench wire
//! ```
//!
//! For scale: a phone is several times slower than this machine natively,
//! and the wasm slower again. Exits with an error if a median is over 1 ms.

use baclofen_guide_model::compile::compile;
use baclofen_guide_model::load::load_content;
use baclofen_guide_model::wire::{decode, encode};
use std::hint::black_box;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

const RUNS: usize = 2_000;

fn main() -> ExitCode {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let locales = match load_content(&dir) {
        Ok(locales) => locales,
        Err(errors) => {
            eprintln!("the content does not load: {}", errors[0]);
            return ExitCode::FAILURE;
        }
    };
    let mut ok = true;
    for locale in &locales {
        let text: &'static str = Box::leak(encode(&compile(locale)).into_boxed_str());
        // Each decode leaks its slices, as the widget's one decode per
        // language does: a few megabytes over all runs.
        let mut times: Vec<Duration> = (0..RUNS)
            .map(|_| {
                let start = Instant::now();
                black_box(decode(black_box(text)).is_ok());
                start.elapsed()
            })
            .collect();
        times.sort();
        let median = times[RUNS / 2];
        println!(
            "{}: {} bytes, {} values; decode median {:.1} µs, 95th percentile {:.1} µs",
            locale.lang,
            text.len(),
            text.matches(baclofen_guide_model::wire::END).count(),
            median.as_secs_f64() * 1e6,
            times[RUNS * 95 / 100].as_secs_f64() * 1e6,
        );
        ok &= median < Duration::from_millis(1);
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        eprintln!("a decode took over 1 ms");
        ExitCode::FAILURE
    }
}
