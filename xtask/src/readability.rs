//! `cargo xtask readability`: how hard each FAQ answer is to read.
//!
//! Prints, for every locale, one row per FAQ answer and a summary, and fails
//! if an answer is over its language's limits. English rows show words,
//! sentences, longest sentence, Flesch–Kincaid grade and SMOG; Spanish rows
//! show the INFLESZ score (Szigriszt-Pazos), its band, and Fernández-Huerta.
//! The measures, the limits and the counting rules live in
//! `baclofen_guide_model::readability` ([`Lang`]), shared with the content
//! tests in `model/tests/content.rs`.

use baclofen_guide_model::load::load_content;
use baclofen_guide_model::readability::{Lang, Limits, Stats, inflesz_scale, median};
use std::path::Path;

struct Row {
    id: String,
    stats: Stats,
    /// The score the language's limits are set on.
    score: f64,
}

pub fn run() -> Result<(), String> {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let locales = load_content(&content).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        format!("the content does not load:\n{}", lines.join("\n"))
    })?;

    let mut failures = Vec::new();
    for locale in &locales {
        let code = locale.lang.as_str();
        let measured = Lang::from_code(code);
        // A language the measures do not know is counted with the English
        // rules, for information only.
        let lang = measured.unwrap_or(Lang::En);
        let limits = lang.limits();
        let rows: Vec<Row> = locale
            .faq_entries()
            .map(|entry| {
                let stats = lang.block_stats(&entry.answer);
                Row {
                    id: entry.id.to_string(),
                    stats,
                    score: limits.measure.score(&stats),
                }
            })
            .collect();

        println!("FAQ answers, locale `{code}`");
        print_table(lang, &limits, &rows, measured.is_some());

        let scores: Vec<f64> = rows.iter().map(|r| r.score).collect();
        let median_score = median(&scores);
        let hardest = if limits.measure.higher_is_easier() {
            rows.iter().min_by(|a, b| a.score.total_cmp(&b.score))
        } else {
            rows.iter().max_by(|a, b| a.score.total_cmp(&b.score))
        };
        let longest = rows.iter().max_by_key(|r| r.stats.longest_sentence_words);
        let over: Vec<&Row> = rows.iter().filter(|r| over_limits(&limits, r)).collect();
        let named = |row: Option<&Row>| row.map_or(String::new(), |r| format!(" ({})", r.id));
        let longest_words = longest.map_or(0, |r| r.stats.longest_sentence_words);
        let measure = limits.measure.name();

        match lang {
            Lang::En => {
                let smogs: Vec<f64> = rows.iter().map(|r| r.stats.smog()).collect();
                println!(
                    "Summary `{code}`: {} answers; median FK grade {median_score:.1} (limit {}); \
                     max FK grade {:.1}{} (limit {}); median SMOG {:.1}; \
                     longest sentence {longest_words} words{} (limit {}); {} over a limit",
                    rows.len(),
                    limits.hardest_median,
                    hardest.map_or(0.0, |r| r.score),
                    named(hardest),
                    limits.hardest,
                    median(&smogs),
                    named(longest),
                    limits.max_sentence_words,
                    over.len(),
                );
            }
            Lang::Es => {
                let fh: Vec<f64> = rows.iter().map(|r| r.stats.fernandez_huerta()).collect();
                let lowest = hardest.map_or(0.0, |r| r.score);
                println!(
                    "Summary `{code}`: {} answers; median INFLESZ {median_score:.1}, {} \
                     (limit at least {}); lowest INFLESZ {lowest:.1}, {}{} (limit at least {}); \
                     median Fernández-Huerta {:.1}; longest sentence {longest_words} words{} \
                     (limit {}); {} over a limit",
                    rows.len(),
                    inflesz_scale(median_score),
                    limits.hardest_median,
                    inflesz_scale(lowest),
                    named(hardest),
                    limits.hardest,
                    median(&fh),
                    named(longest),
                    limits.max_sentence_words,
                    over.len(),
                );
            }
        }

        if measured.is_none() {
            println!(
                "  (`{code}` is not checked: the project has no readability measure for it; \
                 the numbers above use the English rules.)"
            );
            println!();
            continue;
        }
        println!();
        for row in over {
            if !limits.text_ok(row.score) {
                failures.push(format!(
                    "{code}: FAQ entry \"{}\": {measure} {:.1}; the limit is {}",
                    row.id,
                    row.score,
                    limits.measure.bound(limits.hardest)
                ));
            }
            if row.stats.longest_sentence_words > limits.max_sentence_words {
                failures.push(format!(
                    "{code}: FAQ entry \"{}\": a sentence of {} words is over {}",
                    row.id, row.stats.longest_sentence_words, limits.max_sentence_words
                ));
            }
        }
        if !limits.median_ok(median_score) {
            failures.push(format!(
                "{code}: the median {measure} of the FAQ answers, {median_score:.1}; the limit is {}",
                limits.measure.bound(limits.hardest_median)
            ));
        }
    }

    if failures.is_empty() {
        println!("Readability: all limits met.");
        Ok(())
    } else {
        Err(format!(
            "readability limits not met:\n  {}",
            failures.join("\n  ")
        ))
    }
}

fn over_limits(limits: &Limits, row: &Row) -> bool {
    !limits.text_ok(row.score) || row.stats.longest_sentence_words > limits.max_sentence_words
}

fn print_table(lang: Lang, limits: &Limits, rows: &[Row], measured: bool) {
    let headers: Vec<&str> = match lang {
        Lang::En => vec!["entry", "words", "sentences", "longest", "FK grade", "SMOG"],
        Lang::Es => vec![
            "entry",
            "words",
            "sentences",
            "longest",
            "INFLESZ",
            "band",
            "Fernández-Huerta",
        ],
    };
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let flag = if measured && over_limits(limits, r) {
                " !"
            } else {
                ""
            };
            let mut row = vec![
                format!("{}{flag}", r.id),
                r.stats.words.to_string(),
                r.stats.sentences.to_string(),
                r.stats.longest_sentence_words.to_string(),
                format!("{:.1}", r.score),
            ];
            match lang {
                Lang::En => row.push(format!("{:.1}", r.stats.smog())),
                Lang::Es => {
                    row.push(inflesz_scale(r.score).to_owned());
                    row.push(format!("{:.1}", r.stats.fernandez_huerta()));
                }
            }
            row
        })
        .collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in &cells {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    // Text columns (the entry and the band) are left-aligned, numbers right.
    let text_column = |i: usize| i == 0 || headers[i] == "band";
    let line = |row: &[&str]| {
        let mut out = String::from(" ");
        for (i, (cell, width)) in row.iter().zip(&widths).enumerate() {
            let pad = width.saturating_sub(cell.chars().count());
            if text_column(i) {
                out.push_str(&format!(" {cell}{}", " ".repeat(pad)));
            } else {
                out.push_str(&format!(" {}{cell}", " ".repeat(pad)));
            }
            if i + 1 < row.len() {
                out.push(' ');
            }
        }
        println!("{}", out.trim_end());
    };
    line(&headers);
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(&rule.iter().map(String::as_str).collect::<Vec<_>>());
    for row in &cells {
        line(&row.iter().map(String::as_str).collect::<Vec<_>>());
    }
}
