use crate::components::{
    comparison::Comparison,
    faq::Faq,
    heading::Heading,
    key_facts::KeyFacts,
    review::Review,
    safety::{Safety, SafetyShort},
    sources::Sources,
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
    let dispatch = |make: fn(&'static str) -> Action| {
        let state = state.clone();
        Callback::from(move |id: &'static str| state.dispatch(make(id)))
    };
    let ontoggle = dispatch(Action::Toggle);
    let ontoggletreatment = dispatch(Action::ToggleTreatment);
    let onshowall = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::ShowAll))
    };
    let onhideall = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::HideAll))
    };

    let locale = state.locale;
    let level = config.heading_level;
    let shows = |section| config.sections.contains(section);
    html! {
        <article class="guide" lang={&*locale.0.lang} aria-labelledby="guide-title">
            <header class="guide__header">
                <Heading level={level} id="guide-title" class="guide__title">{ &*locale.meta.title }</Heading>
                <p class="guide__intro">{ &*locale.meta.intro }</p>
            </header>
            if shows(Section::Safety) {
                <Safety {locale} level={level + 1} />
            } else {
                <SafetyShort {locale} />
            }
            if shows(Section::KeyFacts) {
                <KeyFacts {locale} level={level + 1} />
            }
            if shows(Section::Faq) {
                <Faq {locale} level={level + 1} open={state.open.clone()} {ontoggle} {onshowall} {onhideall} />
            }
            if shows(Section::Compare) {
                <Comparison {locale} level={level + 1} compared={state.compared.clone()} {ontoggletreatment} />
            }
            if shows(Section::Sources) {
                <Sources {locale} level={level + 1} />
            }
            <Review {locale} />
        </article>
    }
}
