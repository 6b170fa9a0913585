//! FAQ search timings: index build and per-query time on the real English
//! content and on 5,000 synthetic entries made from its words.
//!
//! ```sh
//! cargo bench -p baclofen-guide-model --features load --bench search
//! ```
//!
//! Targets: under 1 ms per query on the real content, under 16 ms on 5,000
//! entries (one frame). Exits with an error if a median misses its target.

use baclofen_guide_model::compile::compile;
use baclofen_guide_model::load::load_locale;
use baclofen_guide_model::markup::text_of;
use baclofen_guide_model::search::Index;
use std::hint::black_box;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// What patients type, as they type it: whole words, prefixes, typos,
/// synonyms, several words, one letter, and no match.
const QUERIES: &[&str] = &[
    "baclofen",
    "b",
    "withdr",
    "withdrawl",
    "pregnacy",
    "alcohl",
    "quit",
    "drink",
    "sleepy",
    "side eff",
    "can i drive",
    "how do i stop taking baclofen",
    "BACLOFÉN PÚMP",
    "muscle stiffness spasms",
    "missed dose what do i do",
    "xylophone",
];

const SYNTHETIC_ENTRIES: usize = 5_000;

fn main() -> ExitCode {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/en");
    let locale = match load_locale(&dir) {
        Ok(locale) => compile(&locale),
        Err(errors) => {
            eprintln!("content/en does not load: {}", errors[0]);
            return ExitCode::FAILURE;
        }
    };
    let questions: Vec<&str> = locale.entries().map(|e| e.question).collect();
    let answers: Vec<String> = locale.entries().map(|e| text_of(e.answer.0)).collect();
    let real: Vec<(&str, &str)> = questions
        .iter()
        .copied()
        .zip(answers.iter().map(String::as_str))
        .collect();
    let synthetic = synthetic(&questions, &answers, SYNTHETIC_ENTRIES);
    let synthetic: Vec<(&str, &str)> = synthetic
        .iter()
        .map(|(q, a)| (q.as_str(), a.as_str()))
        .collect();

    println!("FAQ search benchmark (release build, native, one thread)\n");
    // The synonyms from content/en/search.json, as the widget uses them.
    let synonyms = locale.synonyms;
    let ok_real = bench("real English content", &real, synonyms, 2_000, 20, 1_000);
    let ok_synthetic = bench("synthetic", &synthetic, synonyms, 50, 5, 16_000);
    if ok_real && ok_synthetic {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Times building the index and each query; prints a table. Returns whether
/// every query's median is under `target_us`.
fn bench(
    label: &str,
    docs: &[(&str, &str)],
    synonyms: &[&[&str]],
    runs: usize,
    builds: usize,
    target_us: u64,
) -> bool {
    let words: usize = docs
        .iter()
        .map(|(q, a)| q.split_whitespace().count() + a.split_whitespace().count())
        .sum();
    let build_times: Vec<Duration> = (0..builds)
        .map(|_| {
            let start = Instant::now();
            black_box(Index::new(docs.iter().copied(), synonyms));
            start.elapsed()
        })
        .collect();
    let [build_median, _, build_max] = stats(build_times);
    println!(
        "{label}: {} entries, {words} words; index build median {} µs, max {} µs",
        docs.len(),
        build_median.as_micros(),
        build_max.as_micros()
    );
    let index = Index::new(docs.iter().copied(), synonyms);
    println!(
        "  {:<32} {:>6} {:>10} {:>10} {:>10}",
        "query", "hits", "median µs", "p99 µs", "max µs"
    );
    let mut worst_median = Duration::ZERO;
    let mut worst_max = Duration::ZERO;
    for query in QUERIES {
        let hits = index.search(query).map_or(0, |h| h.len());
        let times: Vec<Duration> = (0..runs)
            .map(|_| {
                let start = Instant::now();
                black_box(index.search(black_box(query)));
                start.elapsed()
            })
            .collect();
        let [median, p99, max] = stats(times);
        worst_median = worst_median.max(median);
        worst_max = worst_max.max(max);
        println!(
            "  {:<32} {hits:>6} {:>10.1} {:>10.1} {:>10.1}",
            format!("{query:?}"),
            micros(median),
            micros(p99),
            micros(max)
        );
    }
    let ok = worst_median.as_micros() < u128::from(target_us);
    println!(
        "  worst median {:.1} µs, worst max {:.1} µs; target < {target_us} µs: {}\n",
        micros(worst_median),
        micros(worst_max),
        if ok { "met" } else { "MISSED" }
    );
    ok
}

/// Median, 99th percentile and maximum.
fn stats(mut times: Vec<Duration>) -> [Duration; 3] {
    times.sort();
    let n = times.len();
    [times[n / 2], times[(n * 99 / 100).min(n - 1)], times[n - 1]]
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

/// `n` entries drawn from the real questions' and answers' words (with their
/// punctuation), by a fixed pseudo-random sequence: the same every run.
fn synthetic(questions: &[&str], answers: &[String], n: usize) -> Vec<(String, String)> {
    let question_words: Vec<&str> = questions
        .iter()
        .flat_map(|q| q.split_whitespace())
        .collect();
    let answer_words: Vec<&str> = answers.iter().flat_map(|a| a.split_whitespace()).collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    (0..n)
        .map(|_| {
            let words = 4 + rng.below(7);
            let mut question = rng.text(&question_words, words);
            question.push('?');
            let words = 30 + rng.below(120);
            (question, rng.text(&answer_words, words))
        })
        .collect()
}

/// xorshift64*: a fixed sequence, no dependency.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
    }

    /// `words` words from `pool`, separated by spaces.
    fn text(&mut self, pool: &[&str], words: usize) -> String {
        let mut out = String::new();
        for i in 0..words {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(pool[self.below(pool.len())]);
        }
        out
    }
}
