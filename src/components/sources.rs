use crate::components::heading::heading;
use baclofen_guide_model::compiled::Locale;
use yew::prelude::*;

/// Every source the guide cites, in one list, in full.
/// `items` is [`Locale::sources_markup`], composed once per language (see
/// `App`), or nothing until it is filled in (after the first paint).
///
/// Closed until asked for: every text already links its own sources, so the
/// list repeats them (a phone screen and a half of titles). Find-in-page
/// opens it, and print shows it (styles.css).
pub fn sources(locale: &'static Locale, level: u8, items: Option<AttrValue>) -> Html {
    html! {
        <section class="sources" aria-labelledby="sources-heading">
            { heading(level, Some("sources-heading"), "", html! { locale.ui.sources_heading }) }
            <details class="sources__all">
                <summary>{ locale.ui.sources_all }</summary>
                <ul class="sources__list">
                    if let Some(items) = items { { Html::from_html_unchecked(items) } }
                </ul>
            </details>
        </section>
    }
}
