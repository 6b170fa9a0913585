use crate::content::Static;
use baclofen_guide_model::Block;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BlocksProps {
    pub blocks: Static<[Block]>,
}

/// Paragraphs and bullet lists of an answer or callout. Content is text:
/// Yew escapes it, so nothing in the JSON can become markup.
#[component]
pub fn Blocks(props: &BlocksProps) -> Html {
    props
        .blocks
        .0
        .iter()
        .map(|block| match block {
            Block::P(text) => html! { <p>{ text.as_ref() }</p> },
            Block::Ul(items) => html! {
                <ul>{ for items.iter().map(|item| html! { <li>{ item.as_ref() }</li> }) }</ul>
            },
        })
        .collect()
}
