use crate::components::{heading::Heading, source_links::SourceLink};
use crate::content::Static;
use baclofen_guide_model::Locale;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    pub locale: Static<Locale>,
    pub level: u8,
}

/// Every source the guide cites, in one list.
#[component]
pub fn Sources(props: &SourcesProps) -> Html {
    let locale = props.locale.0;
    html! {
        <section class="sources" aria-labelledby="sources-heading">
            <Heading level={props.level} id="sources-heading">{ &*locale.ui.sources_heading }</Heading>
            <ul class="sources__list">
                { for locale.sources.iter().map(|source| html! {
                    <li key={&*source.id}><SourceLink locale={props.locale} source={Static(source)} /></li>
                }) }
            </ul>
        </section>
    }
}
