//! `cargo xtask bench`: what the widget costs a patient on a phone.
//!
//! Writes a plain HTML page with the same content as the widget, generated
//! from the same JSON (the baseline), then runs `tests/bench/bench.mjs`,
//! which prints file sizes, load timings in headless Chromium against that
//! baseline on a phone profile and on desktop, memory, and Lighthouse's
//! mobile scores for the demo page and the baseline.

use crate::{cmd, root, run};
use baclofen_guide_model::compile::compile;
use baclofen_guide_model::compiled::Locale;
use baclofen_guide_model::load::load_content;
use baclofen_guide_model::markup::escape;

pub fn run_bench() -> Result<(), String> {
    let dir = root().join("target/bench");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let locales = load_content(&root().join("content"))
        .map_err(|errors| format!("{} content errors", errors.len()))?;
    let locale = compile(&locales[0]);
    std::fs::write(dir.join("static.html"), static_page(&locale)).map_err(|e| e.to_string())?;
    let css = std::fs::read_to_string(root().join("src/components/styles.css"))
        .map_err(|e| e.to_string())?;
    std::fs::write(dir.join("static.css"), css.replace(":host", ".host"))
        .map_err(|e| e.to_string())?;
    run(&mut cmd("node", &["tests/bench/bench.mjs"]))?;
    // The FAQ search, natively: real content and 5,000 synthetic entries.
    run(&mut cmd(
        "cargo",
        &[
            "bench",
            "-p",
            "baclofen-guide-model",
            "--features",
            "load",
            "--bench",
            "search",
        ],
    ))
}

/// The widget's content as one static page: what a clinic could publish
/// without the widget. Answers are closed `<details>`, as the widget's are.
fn static_page(locale: &Locale) -> String {
    let mut html = String::from(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Baclofen (static baseline)</title><link rel=\"stylesheet\" href=\"static.css\">\
         </head><body><h1>Baclofen</h1><div class=\"host\"><article class=\"guide\">",
    );
    let text = |html: &mut String, tag: &str, class: &str, t: &str| {
        html.push_str(&format!("<{tag} class=\"{class}\">"));
        escape(html, t);
        html.push_str(&format!("</{tag}>"));
    };
    text(&mut html, "h2", "guide__title", locale.title);
    text(&mut html, "p", "guide__intro", locale.intro);
    html.push_str("<section class=\"safety\">");
    for callout in locale.safety {
        let kind = if callout.emergency {
            "emergency"
        } else {
            "warning"
        };
        html.push_str(&format!("<div class=\"callout callout--{kind}\">"));
        text(&mut html, "h3", "callout__title", callout.title);
        html.push_str(callout.body.0);
        html.push_str(&locale.cites(callout.sources));
        html.push_str("</div>");
    }
    html.push_str("</section><section class=\"key-facts\">");
    text(&mut html, "h3", "", locale.ui.key_facts_heading);
    html.push_str(&format!(
        "<ul class=\"key-facts__list\">{}</ul></section>",
        locale.key_facts_markup()
    ));
    html.push_str("<section class=\"faq\">");
    text(&mut html, "h3", "", locale.ui.faq_heading);
    for category in locale.faq {
        text(&mut html, "h4", "faq__category-title", category.title);
        for entry in category.entries {
            html.push_str("<details class=\"faq-item\"><summary class=\"faq-item__button\">");
            escape(&mut html, entry.question);
            html.push_str(&format!(
                "</summary><div class=\"faq-item__answer\">{}{}</div></details>",
                entry.answer.0,
                locale.cites(entry.sources)
            ));
        }
    }
    html.push_str("</section><section class=\"compare\">");
    let cmp = &locale.comparison;
    text(&mut html, "h3", "", locale.ui.compare_heading);
    text(&mut html, "p", "", cmp.intro);
    html.push_str("<div class=\"table-wrap\"><table class=\"compare__table\"><caption>");
    escape(&mut html, cmp.caption);
    html.push_str("</caption><thead><tr><td></td>");
    let shown: Vec<usize> = cmp
        .default_selection
        .iter()
        .map(|&t| usize::from(t))
        .collect();
    for &t in &shown {
        text(&mut html, "th", "", cmp.treatments[t].name);
    }
    html.push_str("</tr></thead><tbody>");
    for (a, label) in cmp.attributes.iter().enumerate() {
        html.push_str("<tr>");
        text(&mut html, "th", "", label);
        for &t in &shown {
            html.push_str(&format!(
                "<td>{}</td>",
                cmp.cell(a, t)
                    .map_or(String::new(), |c| [c.markup.0, &locale.cites(c.sources)]
                        .concat())
            ));
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table></div></section><section class=\"sources\">");
    text(&mut html, "h3", "", locale.ui.sources_heading);
    html.push_str(&format!(
        "<ul class=\"sources__list\">{}</ul></section>",
        locale.sources_markup()
    ));
    html.push_str(&format!(
        "<footer class=\"review\">{}</footer>",
        locale.review.0
    ));
    html.push_str("</article></div></body></html>\n");
    html
}
