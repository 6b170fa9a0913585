//! `cargo xtask readability`: how hard each FAQ answer is to read.
//!
//! Prints, for every locale, one row per FAQ answer (words, sentences,
//! longest sentence, Flesch–Kincaid grade, SMOG) and a summary, and fails if
//! an English answer is over the project's limits. The limits and the
//! counting rules live in `baclofen_guide_model::readability`, shared with
//! the content tests in `model/tests/content.rs`.

use baclofen_guide_model::load::load_content;
use baclofen_guide_model::readability::{
    MAX_GRADE, MAX_MEDIAN_GRADE, MAX_SENTENCE_WORDS, MEASURED_LANGS, Stats, block_stats, median,
};
use std::path::Path;

struct Row {
    id: String,
    stats: Stats,
    grade: f64,
    smog: f64,
}

pub fn run() -> Result<(), String> {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let locales = load_content(&content).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        format!("the content does not load:\n{}", lines.join("\n"))
    })?;

    let mut failures = Vec::new();
    for locale in &locales {
        let lang = locale.lang.as_ref();
        let measured = MEASURED_LANGS.contains(&lang);
        let rows: Vec<Row> = locale
            .faq_entries()
            .map(|entry| {
                let stats = block_stats(&entry.answer);
                Row {
                    id: entry.id.to_string(),
                    stats,
                    grade: stats.flesch_kincaid_grade(),
                    smog: stats.smog(),
                }
            })
            .collect();

        println!("FAQ answers, locale `{lang}`");
        print_table(&rows, measured);

        let grades: Vec<f64> = rows.iter().map(|r| r.grade).collect();
        let smogs: Vec<f64> = rows.iter().map(|r| r.smog).collect();
        let median_grade = median(&grades);
        let hardest = rows.iter().max_by(|a, b| a.grade.total_cmp(&b.grade));
        let longest = rows.iter().max_by_key(|r| r.stats.longest_sentence_words);
        let over: Vec<&Row> = rows.iter().filter(|r| over_limits(r)).collect();

        println!(
            "Summary `{lang}`: {} answers; median FK grade {:.1} (limit {MAX_MEDIAN_GRADE}); \
             max FK grade {:.1}{} (limit {MAX_GRADE}); median SMOG {:.1}; \
             longest sentence {} words{} (limit {MAX_SENTENCE_WORDS}); {} over a limit",
            rows.len(),
            median_grade,
            hardest.map_or(0.0, |r| r.grade),
            hardest.map_or(String::new(), |r| format!(" ({})", r.id)),
            median(&smogs),
            longest.map_or(0, |r| r.stats.longest_sentence_words),
            longest.map_or(String::new(), |r| format!(" ({})", r.id)),
            over.len(),
        );

        if !measured {
            println!(
                "  (`{lang}` is not checked: Flesch–Kincaid and SMOG are formulas for English.)"
            );
            println!();
            continue;
        }
        println!();
        for row in over {
            if row.grade > MAX_GRADE {
                failures.push(format!(
                    "{lang}: FAQ entry \"{}\": FK grade {:.1} is over {MAX_GRADE}",
                    row.id, row.grade
                ));
            }
            if row.stats.longest_sentence_words > MAX_SENTENCE_WORDS {
                failures.push(format!(
                    "{lang}: FAQ entry \"{}\": a sentence of {} words is over {MAX_SENTENCE_WORDS}",
                    row.id, row.stats.longest_sentence_words
                ));
            }
        }
        if median_grade > MAX_MEDIAN_GRADE {
            failures.push(format!(
                "{lang}: the median FK grade of the FAQ answers, {median_grade:.1}, is over {MAX_MEDIAN_GRADE}"
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

fn over_limits(row: &Row) -> bool {
    row.grade > MAX_GRADE || row.stats.longest_sentence_words > MAX_SENTENCE_WORDS
}

fn print_table(rows: &[Row], measured: bool) {
    let headers = ["entry", "words", "sentences", "longest", "FK grade", "SMOG"];
    let cells: Vec<[String; 6]> = rows
        .iter()
        .map(|r| {
            let flag = if measured && over_limits(r) { " !" } else { "" };
            [
                format!("{}{flag}", r.id),
                r.stats.words.to_string(),
                r.stats.sentences.to_string(),
                r.stats.longest_sentence_words.to_string(),
                format!("{:.1}", r.grade),
                format!("{:.1}", r.smog),
            ]
        })
        .collect();
    let mut widths = headers.map(str::len);
    for row in &cells {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |row: [&str; 6]| {
        let mut out = format!("  {:<w$}", row[0], w = widths[0]);
        for (cell, width) in row.iter().zip(widths).skip(1) {
            out.push_str(&format!("  {cell:>width$}"));
        }
        println!("{out}");
    };
    line(headers);
    let rule = widths.map(|w| "-".repeat(w));
    line(rule.each_ref().map(String::as_str));
    for row in &cells {
        line(row.each_ref().map(String::as_str));
    }
}
