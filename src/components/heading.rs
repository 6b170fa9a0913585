use yew::prelude::*;

/// `<h1>`–`<h6>` at a level set by the embedding page (`heading-level`);
/// deeper levels are clamped to 6.
pub fn heading(level: u8, id: Option<&'static str>, class: &'static str, children: Html) -> Html {
    let tag = ["h1", "h2", "h3", "h4", "h5", "h6"][usize::from(level.clamp(1, 6) - 1)];
    html! {
        <@{tag} {id} class={(!class.is_empty()).then_some(class)}>{ children }</@>
    }
}
