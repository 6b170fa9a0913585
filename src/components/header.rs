use crate::components::heading::heading;
use crate::content::{Language, Static};
use baclofen_guide_model::compiled::Locale;
use yew::prelude::*;

/// The title and introduction, the language switch (when there is more than
/// one language) and the Print button.
pub fn header(
    languages: &[Language],
    locale: Static<Locale>,
    level: u8,
    onlanguage: &Callback<&'static str>,
    onprint: &Callback<MouseEvent>,
) -> Html {
    let locale = locale.0;
    html! {
        <header class="guide__header">
            <div class="guide__tools">
                if languages.len() > 1 {
                    <div class="language" role="group" aria-label={locale.ui.language_label}>
                        { for languages.iter().map(|&(lang, name)| html! {
                            <button
                                type="button"
                                class="button button--small"
                                {lang}
                                aria-pressed={if lang == locale.lang { "true" } else { "false" }}
                                onclick={onlanguage.reform(move |_: MouseEvent| lang)}
                            >
                                { name }
                            </button>
                        }) }
                    </div>
                }
                <button type="button" class="button button--small print-button" onclick={onprint.clone()}>
                    { locale.ui.print }
                </button>
            </div>
            { heading(level, Some("guide-title"), "guide__title", html! { locale.title }) }
            <p class="guide__intro">{ locale.intro }</p>
        </header>
    }
}
