//! The pre-renderer: the widget's first render as HTML, made natively at
//! build time with the same Yew components the wasm runs (Yew's `ssr`), so
//! a reader sees the text before the wasm has loaded.
//!
//! `cargo run -p baclofen-guide-prerender -- <dir>` writes to `<dir>`:
//! - `guide-<lang>.html`: one file per language. It holds what the wasm's
//!   first render shows for an element with default attributes, with the
//!   emergency callouts (those that name the reader's number: the safety
//!   box and the pump's) once per emergency-number group (`Locale::help`,
//!   the last one for anywhere), each marked `data-group="<n>"`: the loader
//!   keeps the reader's group's and drops the others before it shows the
//!   HTML. Then U+001E, then the language's locale file
//!   (`model/src/wire.rs`), which the loader hands to the wasm: the same
//!   words twice in one compressed file cost little more than once (brotli
//!   refers back to them), and so do the callouts. One file per language,
//!   not per group: the loader pins one hash per language, and a language
//!   adds under 128 bytes to it (tests/e2e/size.spec.js). `.html` because
//!   hosts compress that type by default (nginx's `gzip_types`); a reader
//!   fetches one;
//! - `answers-<lang>.html`: what the wasm fills in after its first render
//!   (the answers and the source list), for the loader to show when the
//!   wasm cannot start (see `answers`). The build appends U+001E and 22
//!   characters of its SHA-384 to the language file, which so pins it;
//! - `styles.css`: the widget's stylesheet, which the loader adopts before
//!   it inserts a fragment (so the wasm no longer carries it);
//! - `prerender.json`: for each language, its own name, its next review
//!   day, whether its HTML shows the review notice, and each group's
//!   countries, for the loader to pick the file, the group, and whether to
//!   show its HTML (it shows none the wasm would not render).
//!
//! `src/embed/write-loader.mjs` runs it and stamps the language files'
//! SHA-384 into the loader.

use baclofen_guide::components::app::{App, AppProps};
use baclofen_guide::content::{self, Static};
use baclofen_guide::embed::{self, config::Config, events::Host, page};
use baclofen_guide_model::compiled::{Help, Locale, Markup};
use std::fmt::Write;
use std::path::PathBuf;

fn main() {
    let dir: PathBuf = std::env::args_os()
        .nth(1)
        .expect("usage: baclofen-guide-prerender <output directory>")
        .into();
    std::fs::create_dir_all(&dir).expect("create the output directory");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a tokio runtime");
    // Rendered with the build's date: the loader uses a fragment only while
    // the reader's date gives the same review notice.
    let today = page::today();
    let mut manifest = String::from("[");
    // Yew renders on a worker thread, where the registry (thread-local, as
    // in the browser) is empty: the props carry the locales.
    let locales = content::bundled();
    for (n, locale) in locales.iter().enumerate() {
        let due = locale.due_for_review(today);
        let mut groups = Vec::new();
        // The HTML around the emergency callouts (the same for every group,
        // checked), and each group's callouts.
        let mut around: Option<(String, String)> = None;
        let mut callouts = String::new();
        for (i, help) in locale.help.iter().enumerate() {
            // Any country of the group stands for it; none for anywhere.
            let region = help.countries.first().map(|c| c.to_be_bytes());
            assert!(
                std::ptr::eq(locale.help(region), help),
                "{}: group {i} is not the one its country {region:?} gets",
                locale.lang
            );
            let config = Config {
                lang: Some(locale.lang.to_owned()),
                region,
                ..Config::default()
            };
            let html = runtime.block_on(render(config, locales));
            // What the HTML must show, checked rather than trusted.
            assert!(
                html.contains(help.emergency),
                "{}-{i}: no {:?} in the HTML",
                locale.lang,
                help.emergency
            );
            assert_eq!(
                html.contains("review__due"),
                due,
                "{}: the review notice",
                locale.lang
            );
            assert!(
                !html.contains('\u{1e}'),
                "{}-{i}: U+001E in the HTML",
                locale.lang
            );
            let callout = emergency_callouts(&html);
            let (before, after) = (&html[..callout.start], &html[callout.end..]);
            match &around {
                None => around = Some((before.to_owned(), after.to_owned())),
                Some((b, a)) => assert!(
                    b == before && a == after,
                    "{}: group {i}'s HTML differs from group 0's outside the emergency \
                     callouts, so one file cannot serve every group",
                    locale.lang
                ),
            }
            callouts.push_str(&html[callout].replace(
                EMERGENCY_CALLOUT,
                &EMERGENCY_CALLOUT.replacen("<div ", &format!("<div data-group=\"{i}\" "), 1),
            ));
            let countries: Vec<String> = help
                .countries
                .iter()
                .map(|c| String::from_utf8_lossy(&c.to_be_bytes()).into_owned())
                .collect();
            groups.push(format!("\"{}\"", countries.join(" ")));
        }
        let (before, after) = around.expect("a language has at least one group");
        let file = [
            before.as_str(),
            &callouts,
            &after,
            "\u{1e}",
            content::BUNDLED[n],
        ]
        .concat();
        std::fs::write(dir.join(format!("guide-{}.html", locale.lang)), file)
            .expect("write a language file");
        std::fs::write(
            dir.join(format!("answers-{}.html", locale.lang)),
            answers(locale, &after),
        )
        .expect("write an answers file");
        if n > 0 {
            manifest.push(',');
        }
        let _ = write!(
            manifest,
            "{{\"lang\":\"{}\",\"name\":{:?},\"next_review\":{},\"due\":{due},\"groups\":[{}]}}",
            locale.lang,
            locale.language_name,
            locale.next_review,
            groups.join(",")
        );
    }
    manifest.push(']');
    std::fs::write(dir.join("prerender.json"), manifest).expect("write prerender.json");
    std::fs::write(dir.join("styles.css"), embed::STYLES).expect("write styles.css");
}

/// What the wasm fills in after its first render, for the loader to fill in
/// when the wasm cannot start (its `#readOnly`): the source list, every
/// answer with its sources, in the order of the HTML's answers, with U+001D
/// where the reader's numbers go and U+001C where their other lines go
/// (`{other_numbers}`), then each group's numbers, U+001C and its other
/// lines; each ended by U+001F. A file of its own, fetched only then: in the language file it
/// would cost every reader 0.8 KB brotli, and 9 KB gzip (the same words as
/// the content, but further back than gzip looks).
/// `html` is the part of the HTML after the emergency callouts, which holds
/// the answers.
fn answers(locale: &'static Locale, html: &str) -> String {
    // Fills in U+001D where `fill_answer` puts a country's numbers, and
    // U+001C where it puts their other lines.
    let marked = Help {
        countries: &[0],
        emergency: "\u{1d}",
        lines: Markup("\u{1c}"),
    };
    let mut out = locale.sources_markup();
    out.push('\u{1f}');
    let ids: Vec<&str> = html
        .split(r#"<div id="a-"#)
        .skip(1)
        .map(|rest| &rest[..rest.find('"').expect("an answer's id ends")])
        .collect();
    let entries: Vec<_> = locale.entries().collect();
    assert_eq!(
        ids,
        entries.iter().map(|e| e.id).collect::<Vec<_>>(),
        "{}: the HTML's answers are not the entries in order",
        locale.lang
    );
    for entry in entries {
        let answer = marked.fill_answer(entry.answer.0);
        // The loader's filling in is what the wasm shows, for every group.
        for help in locale.help {
            assert_eq!(
                answer
                    .replace('\u{1d}', help.emergency)
                    .replace('\u{1c}', help.lines.0),
                help.fill_answer(entry.answer.0),
                "{}: answer {}",
                locale.lang,
                entry.id
            );
        }
        out.push_str(&answer);
        out.push_str(&locale.cites(entry.sources));
        out.push('\u{1f}');
    }
    for help in locale.help {
        out.push_str(help.emergency);
        out.push('\u{1c}');
        out.push_str(help.lines.0);
        out.push('\u{1f}');
    }
    assert!(
        !out.contains('\u{1e}'),
        "{}: U+001E in the answers file",
        locale.lang
    );
    out
}

const EMERGENCY_CALLOUT: &str = r#"<div class="callout callout--emergency">"#;

/// Where the emergency callouts (the part of the HTML that names the
/// reader's number) start and end in `html`: from the first one's `<div>`
/// to the `</div>` that closes the last of those that follow it.
fn emergency_callouts(html: &str) -> std::ops::Range<usize> {
    let start = html
        .find(EMERGENCY_CALLOUT)
        .expect("an emergency callout in the HTML");
    let (mut depth, mut at) = (0, start);
    loop {
        let close = at + html[at..].find("</div>").expect("the callout's end");
        match html[at..].find("<div").map(|i| at + i) {
            Some(open) if open < close => {
                depth += 1;
                at = open + 4;
            }
            _ => {
                depth -= 1;
                at = close + 6;
                if depth == 0 && !html[at..].starts_with(EMERGENCY_CALLOUT) {
                    return start..at;
                }
            }
        }
    }
}

/// The App's first render for `config`, without hydration markers: the wasm
/// renders over it rather than hydrating it.
async fn render(config: Config, locales: &'static [&'static Locale]) -> String {
    yew::ServerRenderer::<App>::with_props(move || AppProps {
        config,
        host: Host::default(),
        locales: Static(locales),
    })
    .hydratable(false)
    .render()
    .await
}
