//! The static half of the view: the content's prose rendered to HTML at build
//! time, every text escaped, so text in the JSON can never become markup.
//! The class names match `src/components/styles.css`.
//!
//! [`text_of`] goes the other way at run time, for search.

/// The text of markup made here: tags become spaces, entities are decoded.
pub fn text_of(markup: &str) -> String {
    let mut text = String::with_capacity(markup.len());
    let mut rest = markup;
    while let Some(start) = rest.find(['<', '&']) {
        text.push_str(&rest[..start]);
        rest = &rest[start..];
        if rest.starts_with('<') {
            let end = rest.find('>').map_or(rest.len(), |i| i + 1);
            if !text.ends_with(' ') {
                text.push(' ');
            }
            rest = &rest[end..];
        } else {
            let entity = ENTITIES.iter().find(|(e, _)| rest.starts_with(e));
            let (len, ch) = entity.map_or((1, '&'), |(e, ch)| (e.len(), *ch));
            text.push(ch);
            rest = &rest[len..];
        }
    }
    text.push_str(rest);
    text.trim().to_owned()
}

const ENTITIES: [(&str, char); 5] = [
    ("&amp;", '&'),
    ("&lt;", '<'),
    ("&gt;", '>'),
    ("&quot;", '"'),
    ("&#39;", '\''),
];

/// Appends `text` to `out`, escaped for HTML text and attribute values.
pub fn escape(out: &mut String, text: &str) {
    for ch in text.chars() {
        match ENTITIES.iter().find(|(_, c)| *c == ch) {
            Some((entity, _)) => out.push_str(entity),
            None => out.push(ch),
        }
    }
}

#[cfg(feature = "load")]
pub use render::*;

#[cfg(feature = "load")]
mod render {
    use super::escape;
    use crate::Ui;
    use crate::content::{Block, Date, Meta, Source};

    /// Paragraphs and bullet lists.
    pub fn blocks(out: &mut String, blocks: &[Block]) {
        for block in blocks {
            match block {
                Block::P(text) => element(out, "p", text),
                Block::Ul(items) => {
                    out.push_str("<ul>");
                    for item in items {
                        element(out, "li", item);
                    }
                    out.push_str("</ul>");
                }
            }
        }
    }

    /// A link to a source, one markup for both places it shows (styles.css
    /// decides what each shows). Where a text cites it: its short form
    /// ("FDA label: tablets"), read out with its title. In the sources list
    /// and in print: its publisher and title. Screen readers hear that it
    /// opens a new tab.
    pub fn source_link(out: &mut String, ui: &Ui<String>, source: &Source) {
        out.push_str("<a href=\"");
        escape(out, &source.url);
        out.push_str(
            "\" target=\"_blank\" rel=\"noopener noreferrer\"><span class=\"cite__short\">",
        );
        escape(out, source.short_name());
        out.push_str("</span><span class=\"cite__ref\"><span class=\"cite__publisher\">");
        escape(out, &source.publisher);
        out.push_str("</span>: ");
        escape(out, &source.title);
        out.push_str("</span><span class=\"visually-hidden\"> ");
        escape(out, &ui.new_tab);
        out.push_str("</span></a>");
    }

    /// Who published the guide and the review dates. The widget adds the
    /// "due for review" notice after it, decided on the reader's date.
    pub fn review(out: &mut String, ui: &Ui<String>, meta: &Meta) {
        out.push_str("<p>");
        escape(out, &ui.published_by);
        out.push_str(": ");
        escape(out, &meta.publisher);
        out.push_str("</p><p class=\"review__dates\">");
        let last = if meta.reviewers.is_empty() {
            &ui.last_checked
        } else {
            &ui.last_reviewed
        };
        for (label, date) in [
            (last, &meta.last_reviewed),
            (&ui.next_review, &meta.next_review),
        ] {
            out.push_str("<span>");
            escape(out, label);
            out.push_str(": ");
            time(out, ui, date);
            out.push_str("</span>");
        }
        out.push_str("</p>");
    }

    /// The review record: who reviewed the content (or plainly that nobody
    /// has yet), conflicts of interest, how to report a side effect, and the
    /// disclaimer.
    pub fn review_record(out: &mut String, ui: &Ui<String>, meta: &Meta) {
        if meta.reviewers.is_empty() {
            element(out, "p class=\"review__notice\"", &ui.not_reviewed);
        }
        for reviewer in &meta.reviewers {
            out.push_str("<p class=\"review__reviewer\">");
            escape(out, &ui.reviewed_by);
            out.push_str(": ");
            for part in [&reviewer.name, &reviewer.role, &reviewer.organisation] {
                escape(out, part);
                out.push_str(", ");
            }
            time(out, ui, &reviewer.date);
            out.push_str(". ");
            escape(out, &reviewer.scope);
            out.push_str("</p>");
        }
        out.push_str("<p>");
        escape(out, &ui.conflicts_of_interest);
        out.push_str(": ");
        escape(out, &meta.conflicts_of_interest);
        out.push_str("</p>");
        let reporting = &meta.side_effect_reporting;
        element(out, "p", &reporting.intro);
        out.push_str("<ul class=\"review__report\">");
        for route in &reporting.routes {
            out.push_str("<li><a href=\"");
            escape(out, &route.url);
            out.push_str("\" target=\"_blank\" rel=\"noopener noreferrer\">");
            escape(out, &route.name);
            out.push_str("<span class=\"visually-hidden\"> ");
            escape(out, &ui.new_tab);
            out.push_str("</span></a>");
            if !route.phone.is_empty() {
                out.push_str(", ");
                escape(out, &route.phone);
            }
            out.push_str("</li>");
        }
        out.push_str("</ul><p class=\"review__disclaimer\">");
        escape(out, &meta.disclaimer);
        out.push_str("</p>");
    }

    fn time(out: &mut String, ui: &Ui<String>, date: &Date) {
        out.push_str("<time datetime=\"");
        out.push_str(&date.iso());
        out.push_str("\">");
        escape(out, &date.format(ui));
        out.push_str("</time>");
    }

    /// `<tag>text</tag>`; `tag` may carry attributes (`p class="x"`).
    pub fn element(out: &mut String, tag: &str, text: &str) {
        out.push('<');
        out.push_str(tag);
        out.push('>');
        escape(out, text);
        out.push_str("</");
        out.push_str(tag.split(' ').next().unwrap_or(tag));
        out.push('>');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_everything_that_could_become_markup() {
        let mut out = String::new();
        escape(&mut out, r#"<img src=x onerror="alert(1)"> & 'q'"#);
        assert_eq!(
            out,
            "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;q&#39;"
        );
    }

    #[test]
    fn text_of_undoes_markup() {
        let mut html = String::from("<p>");
        let text = r#"Take <b> & "stop" it's fine"#;
        escape(&mut html, text);
        html.push_str("</p><ul><li>one</li><li>two</li></ul>");
        assert_eq!(text_of(&html), format!("{text} one two"));
        assert_eq!(text_of("a & b"), "a & b");
    }

    #[cfg(feature = "load")]
    #[test]
    fn renders_blocks_as_escaped_html() {
        use crate::content::Block;
        let mut out = String::new();
        blocks(
            &mut out,
            &[
                Block::P("1 < 2".into()),
                Block::Ul(vec!["<script>".into(), "b".into()]),
            ],
        );
        assert_eq!(
            out,
            "<p>1 &lt; 2</p><ul><li>&lt;script&gt;</li><li>b</li></ul>"
        );
    }
}
