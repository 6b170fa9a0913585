use crate::components::markup::markup;
use crate::embed::page;
use baclofen_guide_model::compiled::Locale;
use yew::prelude::*;

/// Who published the guide and the review dates; a notice when the reader's
/// date is past the next review (decided at run time: a release may stay
/// hosted long after its build); then the review record (reviewers, or
/// plainly that no clinician has reviewed it yet), conflicts of interest,
/// side-effect reporting, the disclaimer and the release's version. Always shown: clinicians need it
/// to trust the content.
pub fn review(locale: &'static Locale) -> Html {
    html! {
        <footer class="review">
            { markup(locale.review) }
            if locale.due_for_review(page::today()) {
                <p class="review__notice review__due">{ locale.ui.review_due }</p>
            }
            { markup(locale.review_record) }
            // The release (Cargo.toml's version, as in CHANGELOG.md): what a
            // clinic pinned and what its reviewer signed off.
            <p class="review__version">{ locale.ui.version }{ " " }{ env!("CARGO_PKG_VERSION") }</p>
        </footer>
    }
}
