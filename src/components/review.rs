use baclofen_guide_model::compiled::{Help, Locale};
use yew::prelude::*;

/// Who published the guide, when it was last reviewed and is next due, and
/// the disclaimer (with the reader's emergency number). Always shown:
/// clinicians need it to trust the content.
pub fn review(locale: &'static Locale, help: &Help) -> Html {
    let markup = Html::from_html_unchecked(help.fill(locale.review.0).into());
    html! { <footer class="review">{ markup }</footer> }
}
