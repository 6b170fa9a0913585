use crate::content::Static;
use baclofen_guide_model::{Locale, Source, Text};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceLinksProps {
    pub locale: Static<Locale>,
    /// Ids from `sources.json`.
    pub ids: Static<[Text]>,
}

/// "Sources: NHS – About baclofen, …" under an answer, fact or table cell.
#[component]
pub fn SourceLinks(props: &SourceLinksProps) -> Html {
    let locale = props.locale.0;
    let sources = props.ids.0.iter().filter_map(|id| locale.source(id));
    html! {
        <p class="source-links">
            <span class="source-links__label">{ &*locale.ui.sources_label }{ ": " }</span>
            { for sources.enumerate().map(|(i, source)| html! {
                <>
                    if i > 0 { { "; " } }
                    <SourceLink locale={props.locale} source={Static(source)} />
                </>
            }) }
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct SourceLinkProps {
    pub locale: Static<Locale>,
    pub source: Static<Source>,
}

/// A link to a source, opening in a new tab, which screen readers announce.
#[component]
pub fn SourceLink(props: &SourceLinkProps) -> Html {
    let source = props.source.0;
    html! {
        <a href={&*source.url} target="_blank" rel="noopener noreferrer">
            { &*source.publisher }{ ": " }{ &*source.title }
            <span class="visually-hidden">{ " " }{ &*props.locale.ui.new_tab }</span>
        </a>
    }
}
