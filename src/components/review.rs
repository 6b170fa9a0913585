use crate::content::Static;
use baclofen_guide_model::{Date, Locale};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub locale: Static<Locale>,
}

/// Who published the guide, when it was last reviewed and is next due, and
/// the disclaimer. Always shown: clinicians need it to trust the content.
#[component]
pub fn Review(props: &ReviewProps) -> Html {
    let locale = props.locale.0;
    let (ui, meta) = (&locale.ui, &locale.meta);
    let date = |date: &Date| html! { <time datetime={date.iso()}>{ date.format(ui) }</time> };
    html! {
        <footer class="review">
            <p>{ &*ui.published_by }{ ": " }{ &*meta.publisher }</p>
            <p class="review__dates">
                <span>{ &*ui.last_reviewed }{ ": " }{ date(&meta.last_reviewed) }</span>
                <span>{ &*ui.next_review }{ ": " }{ date(&meta.next_review) }</span>
            </p>
            <p class="review__disclaimer">{ &*meta.disclaimer }</p>
        </footer>
    }
}
