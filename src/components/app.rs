use crate::components::{
    comparison::Comparison,
    faq::Faq,
    heading::heading,
    key_facts::key_facts,
    review::review,
    safety::{safety, safety_short},
    sources::sources,
};
use crate::content;
use crate::embed::config::{Config, Section};
use crate::state::{Action, State};
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Config,
    /// The `<baclofen-guide>` element, for events to the host page.
    #[prop_or_default]
    pub host: Option<HtmlElement>,
}

/// One widget. Safety comes first; the review date and disclaimer always show.
#[component]
pub fn App(props: &AppProps) -> Html {
    let config = &props.config;
    let locale = config
        .lang
        .as_deref()
        .and_then(content::locale)
        .unwrap_or_else(content::default_locale);
    let state = use_reducer_eq(|| State::new(locale));
    let ontoggle = {
        let state = state.clone();
        Callback::from(move |id| state.dispatch(Action::Toggle(id)))
    };
    let ontoggletreatment = {
        let state = state.clone();
        Callback::from(move |treatment| state.dispatch(Action::ToggleTreatment(treatment)))
    };
    let send = |action: Action| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(action))
    };
    let (onshowall, onhideall) = (send(Action::ShowAll), send(Action::HideAll));

    let locale = state.locale;
    let level = config.heading_level;
    let shows = |section| config.sections.contains(section);
    html! {
        <article class="guide" lang={locale.0.lang} aria-labelledby="guide-title">
            <header class="guide__header">
                { heading(level, Some("guide-title"), "guide__title", html! { locale.0.title }) }
                <p class="guide__intro">{ locale.0.intro }</p>
            </header>
            if shows(Section::Safety) {
                { safety(locale.0, level + 1) }
            } else {
                { safety_short(locale.0) }
            }
            if shows(Section::KeyFacts) {
                { key_facts(locale.0, level + 1) }
            }
            if shows(Section::Faq) {
                <Faq {locale} level={level + 1} open={state.open.clone()} {ontoggle} {onshowall} {onhideall} />
            }
            if shows(Section::Compare) {
                <Comparison {locale} level={level + 1} compared={state.compared.clone()} {ontoggletreatment} />
            }
            if shows(Section::Sources) {
                { sources(locale.0, level + 1) }
            }
            { review(locale.0) }
        </article>
    }
}
