use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    /// 1–6; deeper levels are clamped to 6.
    pub level: u8,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

/// `<h1>`–`<h6>` at a level set by the embedding page (`heading-level`).
#[component]
pub fn Heading(props: &HeadingProps) -> Html {
    let tag = format!("h{}", props.level.clamp(1, 6));
    html! {
        <@{tag} id={props.id.clone()} class={props.class.clone()}>{ props.children.clone() }</@>
    }
}
