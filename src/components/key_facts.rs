use crate::components::{heading::Heading, source_links::SourceLinks};
use crate::content::Static;
use baclofen_guide_model::Locale;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeyFactsProps {
    pub locale: Static<Locale>,
    pub level: u8,
}

#[component]
pub fn KeyFacts(props: &KeyFactsProps) -> Html {
    let locale = props.locale.0;
    html! {
        <section class="key-facts" aria-labelledby="key-facts-heading">
            <Heading level={props.level} id="key-facts-heading">{ &*locale.ui.key_facts_heading }</Heading>
            <ul class="key-facts__list">
                { for locale.key_facts.iter().map(|fact| html! {
                    <li key={&*fact.id}>
                        <p>{ &*fact.text }</p>
                        <SourceLinks locale={props.locale} ids={Static(&*fact.sources)} />
                    </li>
                }) }
            </ul>
        </section>
    }
}
