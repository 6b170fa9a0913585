use crate::components::{
    comparison::Comparison,
    faq::Faq,
    header::header,
    key_facts::key_facts,
    review::review,
    safety::{safety, safety_short},
    sources::sources,
};
use crate::content::{self, Static};
use crate::embed::config::{Config, Section};
use crate::embed::{events::Host, page};
use crate::hooks::{
    use_accent_contrast::use_accent_contrast, use_after_first_paint::use_after_first_paint,
    use_deep_link::use_deep_link, use_find_in_page::use_find_in_page,
    use_lang_attribute::use_lang_attribute, use_search_event::use_search_event,
};
use crate::state::{Action, State, toggle_treatment};
use baclofen_guide_model::compiled::Locale;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Config,
    /// The `<baclofen-guide>` element, for events to the host page.
    #[prop_or_default]
    pub host: Host,
    /// The languages decoded so far (see [`content`]), unless a test gives
    /// its own; the first is shown when the chosen one is not among them.
    #[prop_or_else(|| Static(content::locales()))]
    pub locales: Static<[&'static Locale]>,
}

/// One widget. Safety comes first; the review date and disclaimer always show.
#[component]
pub fn App(props: &AppProps) -> Html {
    let config = &props.config;
    let locales = props.locales.0;
    let chosen = config
        .lang
        .as_deref()
        .and_then(|lang| content::locale_in(locales, lang))
        .unwrap_or(locales[0]);
    let state = use_reducer_eq(|| State::new(chosen));
    let root = use_node_ref();
    let host = props.host.clone();
    let locale = state.locale;
    let shows = |section| config.sections.contains(section);
    // Who to call: this language's words for the reader's country.
    let help = Static(locale.0.help(config.region));

    use_lang_attribute(Static(chosen), state.dispatcher());
    {
        let host = host.clone();
        use_effect_with((), move |()| host.ready(locale.0.lang));
    }
    use_find_in_page(locale, root.clone(), state.dispatcher(), host.clone());
    use_deep_link(
        locale,
        shows(Section::Faq),
        state.dispatcher(),
        root.clone(),
    );
    use_accent_contrast(root.clone(), config.theme);

    let ontoggle = {
        let (state, host) = (state.clone(), host.clone());
        Callback::from(move |id| {
            host.toggle(id, !state.is_open(id));
            state.dispatch(Action::Toggle(id));
        })
    };
    let all = |open: bool| {
        let (state, host) = (state.clone(), host.clone());
        Callback::from(move |()| {
            host.toggle("*", open);
            state.dispatch(if open {
                Action::ShowAll
            } else {
                Action::HideAll
            });
        })
    };
    let ontoggletreatment = {
        let (state, host) = (state.clone(), host.clone());
        Callback::from(move |treatment| {
            if let Some(next) = toggle_treatment(&state.compared, treatment) {
                host.compare(&state.treatment_ids(&next));
            }
            state.dispatch(Action::ToggleTreatment(treatment));
        })
    };
    let onshowrow = {
        let state = state.clone();
        Callback::from(move |row| state.dispatch(Action::ShowRow(row)))
    };
    // A language whose file has not come yet is asked of the loader, and
    // shown once it has been added (the loader then updates the props).
    // Until then, the text in the current language stays.
    let wanted = use_mut_ref(|| None::<&'static str>);
    {
        let (state, host, wanted) = (state.clone(), host.clone(), wanted.clone());
        use_effect_with(props.locales, move |locales| {
            let come = wanted
                .borrow()
                .and_then(|lang| content::locale_in(locales.0, lang));
            if let Some(locale) = come {
                *wanted.borrow_mut() = None;
                host.language(locale.lang);
                state.dispatch(Action::SetLocale(locale));
            }
        });
    }
    let onlanguage = {
        let (state, host) = (state.clone(), host.clone());
        Callback::from(move |lang: &'static str| {
            // Another widget on the page may have fetched it already.
            match content::locale_in(locales, lang).or_else(|| content::locale(lang)) {
                Some(locale) => {
                    *wanted.borrow_mut() = None;
                    host.language(lang);
                    state.dispatch(Action::SetLocale(locale));
                }
                None => {
                    *wanted.borrow_mut() = Some(lang);
                    host.load_language(lang);
                }
            }
        })
    };
    // The closed answers' text is filled in just after the first paint: it
    // is hidden, and the first render is what a patient waits for.
    let filled = use_after_first_paint();
    let onprint = Callback::from(|_| page::print());
    let onsearch = {
        let state = state.clone();
        Callback::from(move |query| state.dispatch(Action::Search(query)))
    };
    use_search_event(host.clone(), state.query.clone(), state.hits.clone());
    // Composed once per language, not on every keystroke's render.
    let lists = use_memo(locale, |locale| {
        let locale = locale.0;
        let (facts, sources) = (locale.key_facts_markup(), locale.sources_markup());
        (AttrValue::from(facts), AttrValue::from(sources))
    });

    let level = config.heading_level;
    html! {
        <article class="guide" lang={locale.0.lang} aria-labelledby="guide-title" ref={root}>
            { header(&content::languages(locales), locale, level, &onlanguage, &onprint) }
            if shows(Section::Safety) {
                { safety(locale.0, help.0, level + 1) }
            } else {
                { safety_short(locale.0, help.0) }
            }
            if shows(Section::KeyFacts) {
                { key_facts(locale.0, level + 1, lists.0.clone()) }
            }
            if shows(Section::Faq) {
                <Faq
                    {locale}
                    level={level + 1}
                    open={state.open.clone()}
                    query={state.query.clone()}
                    hits={state.hits.clone()}
                    {filled}
                    {ontoggle}
                    {onsearch}
                    onshowall={all(true)}
                    onhideall={all(false)}
                />
            }
            if shows(Section::Compare) {
                <Comparison
                    {locale}
                    level={level + 1}
                    compared={state.compared.clone()}
                    {ontoggletreatment}
                    row={state.row}
                    {onshowrow}
                />
            }
            if shows(Section::Sources) {
                { sources(locale.0, level + 1, lists.1.clone()) }
            }
            { review(locale.0) }
        </article>
    }
}
