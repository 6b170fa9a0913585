use crate::components::heading::heading;
use crate::content::Static;
use baclofen_guide_model::compiled::Locale;
use yew::prelude::*;

/// The title and introduction, the language switch (when there is more than
/// one language) and the Print button.
pub fn header(
    locales: &'static [Locale],
    locale: Static<Locale>,
    level: u8,
    onlanguage: &Callback<&'static Locale>,
    onprint: &Callback<MouseEvent>,
) -> Html {
    let locale = locale.0;
    html! {
        <header class="guide__header">
            <div class="guide__tools">
                if locales.len() > 1 {
                    <div class="language" role="group" aria-label={locale.ui.language_label}>
                        { for locales.iter().map(|other| html! {
                            <button
                                type="button"
                                class="button button--small"
                                lang={other.lang}
                                aria-pressed={if other.lang == locale.lang { "true" } else { "false" }}
                                onclick={onlanguage.reform(move |_: MouseEvent| other)}
                            >
                                { other.language_name }
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
