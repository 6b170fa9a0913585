use crate::components::markup::markup;
use baclofen_guide_model::compiled::Locale;
use yew::prelude::*;

/// Who published the guide, when it was last reviewed and is next due, and
/// the disclaimer. Always shown: clinicians need it to trust the content.
pub fn review(locale: &'static Locale) -> Html {
    html! { <footer class="review">{ markup(locale.review) }</footer> }
}
