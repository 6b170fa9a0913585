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
    use_stages::use_stages,
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

/// The questions, and the comparison's rows, rendered per stage of the first
/// render behind pre-rendered text (`use_stages`): today all of each at once.
const QUESTIONS_PER_STAGE: usize = 48;
const ROWS_PER_STAGE: usize = 12;

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

    // Behind pre-rendered text the first render comes in a few tasks: the
    // mounting alone (where most of the wasm's functions are first
    // compiled); the header, safety and key facts; the questions; the
    // comparison's rows; the sources and the end. The loader swaps on
    // `ready`, once all are there. Measured on a phone profile
    // (`cargo xtask bench` and Lighthouse, 2026-11-26): seven smaller steps
    // made the guide respond about 100 ms later, and rendering the top of
    // the guide in the mounting's task doubled Lighthouse's blocking time.
    let questions = locale.0.entries().count();
    let faq_stages = questions.div_ceil(QUESTIONS_PER_STAGE);
    let row_stages = locale
        .0
        .comparison
        .attributes
        .len()
        .div_ceil(ROWS_PER_STAGE);
    let stage = use_stages(2 + faq_stages + row_stages, &host);
    let complete = stage == usize::MAX;
    // How many questions, and rows, this stage shows.
    let past = |first: usize, per: usize| stage.saturating_sub(first).saturating_mul(per);
    let (faq_rendered, rows_rendered) = (
        past(1, QUESTIONS_PER_STAGE),
        past(1 + faq_stages, ROWS_PER_STAGE),
    );
    use_lang_attribute(Static(chosen), state.dispatcher());
    {
        let host = host.clone();
        use_effect_with(complete, move |&complete| {
            if complete {
                host.ready(locale.0.lang);
            }
        });
    }
    use_find_in_page(locale, root.clone(), state.dispatcher(), host.clone());
    use_deep_link(
        locale,
        shows(Section::Faq) && complete,
        state.dispatcher(),
        root.clone(),
    );
    use_accent_contrast(root.clone(), config.theme);

    // The same callback while the open answers are: each stage of the
    // first render, and each render after, must not render every question again.
    let ontoggle = {
        let (dispatch, host) = (state.dispatcher(), host.clone());
        use_callback(state.open.clone(), move |id, open| {
            host.toggle(id, !open.contains(&id));
            dispatch.dispatch(Action::Toggle(id));
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

    // The full source list (closed) is filled in once the guide has been
    // painted: it is not in the pre-rendered text, which a phone downloads
    // before anything shows (1.3 KB of its 8 in Spanish).
    let sources_filled = use_after_first_paint(complete, 1, 1) > 0;

    let level = config.heading_level;
    html! {
        <article class="guide" lang={locale.0.lang} aria-labelledby="guide-title" ref={root}>
            if stage > 0 {
                { header(&content::languages(locales), locale, level, &onlanguage, &onprint) }
            }
            if stage == 0 {
            } else if shows(Section::Safety) {
                { safety(locale.0, help.0, level + 1) }
            } else {
                { safety_short(locale.0, help.0) }
            }
            if shows(Section::KeyFacts) && stage >= 1 {
                { key_facts(locale.0, level + 1, lists.0.clone()) }
            }
            if shows(Section::Faq) && faq_rendered > 0 {
                <Faq
                    {locale}
                    {help}
                    level={level + 1}
                    open={state.open.clone()}
                    query={state.query.clone()}
                    hits={state.hits.clone()}
                    fill={complete}
                    rendered={faq_rendered}
                    {ontoggle}
                    {onsearch}
                    onshowall={all(true)}
                    onhideall={all(false)}
                />
            }
            if shows(Section::Compare) && rows_rendered > 0 {
                <Comparison
                    {locale}
                    level={level + 1}
                    compared={state.compared.clone()}
                    {ontoggletreatment}
                    row={state.row}
                    {onshowrow}
                    rendered={rows_rendered}
                />
            }
            if complete {
                if shows(Section::Sources) {
                    { sources(locale.0, level + 1, sources_filled.then(|| lists.1.clone())) }
                }
                { review(locale.0) }
            }
        </article>
    }
}
