use crate::components::heading::heading;
use crate::components::markup::cites;
use crate::components::vdom::attributes;
use crate::content::Static;
use baclofen_guide_model::compiled::{Entry, Help, Locale};
use baclofen_guide_model::search::{Hit, highlight};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FaqItemProps {
    /// For the answer's sources and the Copy link button.
    pub locale: Static<Locale>,
    pub entry: Static<Entry>,
    /// Who to call: answers about emergencies give the reader's numbers.
    pub help: Static<Help>,
    pub level: u8,
    pub open: bool,
    /// Whether a closed answer has its text (it always has once the widget
    /// has painted: find-in-page and print need it).
    pub filled: bool,
    /// What a search found in this entry, to highlight.
    #[prop_or_default]
    pub hit: Option<Hit>,
    pub ontoggle: Callback<&'static str>,
    pub oncopylink: Callback<&'static str>,
}

/// One question: a `<button>` alone inside a heading, controlling its answer.
/// A closed answer is `hidden="until-found"`, so the browser's find-in-page
/// still reaches it (and it prints).
#[component]
pub fn FaqItem(props: &FaqItemProps) -> Html {
    let (locale, entry) = (props.locale.0, props.entry.0);
    let id = entry.id;
    let (button_id, panel_id) = (["q-", id].concat(), ["a-", id].concat());
    let question = match &props.hit {
        Some(hit) => marked(entry.question, &hit.question),
        None => html! { entry.question },
    };
    let answer = if props.open || props.filled {
        let answer = match &props.hit {
            Some(hit) => props
                .help
                .0
                .fill_answer(&highlight(entry.answer.0, &hit.answer)),
            None => props.help.0.fill_answer(entry.answer.0),
        };
        Html::from_html_unchecked(answer.into())
    } else {
        Html::default()
    };
    // Its id, class and `hidden` are set below.
    let mut answer = html! {
        <div>
            { answer }
            if props.open || props.filled {
                { cites(locale, entry.sources) }
            }
            <button
                type="button"
                class="button button--small faq-item__copy"
                aria-describedby={button_id.clone()}
                onclick={props.oncopylink.reform(move |_: MouseEvent| id)}
            >
                { locale.ui.copy_link }
            </button>
        </div>
    };
    // `html!` treats `hidden` as a boolean; "until-found" must be set as text.
    if let Html::VTag(tag) = &mut answer {
        std::rc::Rc::make_mut(tag).set_attributes(attributes(
            &["id", "class", "hidden"],
            [
                Some(panel_id.clone().into()),
                Some("faq-item__answer".into()),
                (!props.open).then(|| "until-found".into()),
            ],
        ));
    }
    let button = html! {
        <button
            type="button"
            id={button_id}
            class="faq-item__button"
            aria-expanded={if props.open { "true" } else { "false" }}
            aria-controls={panel_id}
            onclick={props.ontoggle.reform(move |_: MouseEvent| id)}
        >
            // One flex item beside the arrow: a search's marks stay in the line.
            <span>{ question }</span>
        </button>
    };
    html! {
        <div class="faq-item">
            { heading(props.level, None, "faq-item__question", button) }
            { answer }
        </div>
    }
}

/// `text` with the byte `ranges` in `<mark>`.
fn marked(text: &'static str, ranges: &[std::ops::Range<usize>]) -> Html {
    let mut at = 0;
    let mut parts = Vec::new();
    for range in ranges {
        parts.push(html! { &text[at..range.start] });
        parts.push(html! { <mark>{ &text[range.clone()] }</mark> });
        at = range.end;
    }
    parts.push(html! { &text[at..] });
    parts.into_iter().collect()
}
