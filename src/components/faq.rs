use crate::components::{faq_item::FaqItem, heading::heading};
use crate::content::Static;
use crate::embed::page;
use crate::hooks::use_after_first_paint::use_after_first_paint;
use baclofen_guide_model::compiled::{Help, Locale};
use baclofen_guide_model::search::Hit;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

/// The closed answers filled in per task.
const FILL_STEP: usize = 3;

#[derive(Properties, PartialEq)]
pub struct FaqProps {
    pub locale: Static<Locale>,
    /// Who to call, for the answers about emergencies.
    pub help: Static<Help>,
    pub level: u8,
    /// Ids of the open answers.
    pub open: Vec<&'static str>,
    /// What the reader typed in the search box.
    pub query: Rc<str>,
    /// The entries found, in content order; `None` when not searching.
    pub hits: Option<Rc<[Hit]>>,
    /// Whether the closed answers' text may be filled in (once the first
    /// render is all there): it is hidden, and the first render is what a
    /// patient waits for.
    pub fill: bool,
    /// How many entries to render: the first render may come in stages.
    #[prop_or(usize::MAX)]
    pub rendered: usize,
    pub ontoggle: Callback<&'static str>,
    pub onshowall: Callback<()>,
    pub onhideall: Callback<()>,
    pub onsearch: Callback<Rc<str>>,
}

/// The questions and answers: a search box that filters them as the reader
/// types, then an accordion following the WAI-ARIA APG pattern (including
/// Up, Down, Home and End between questions), grouped by category, with one
/// Show all / Hide all button.
#[component]
pub fn Faq(props: &FaqProps) -> Html {
    let locale = props.locale.0;
    let ui = &locale.ui;
    // What the live region last said ("Link copied").
    let status = use_state_eq(|| "");
    // How many closed answers, from the first, have their text: filled in
    // after the first paint, a few per task (no long task on a phone), here
    // so that only those questions render again.
    let filled = use_after_first_paint(props.fill, locale.entries().count(), FILL_STEP);
    let is_open = |id: &str| props.open.contains(&id);
    let all_open = locale.entries().all(|e| is_open(e.id));
    let onclick = if all_open {
        props.onhideall.reform(|_: MouseEvent| ())
    } else {
        props.onshowall.reform(|_: MouseEvent| ())
    };
    // The same callback while the language is: the questions need not
    // render again when the list does.
    let oncopylink = {
        let status = status.clone();
        use_callback(props.locale, move |id: &'static str, locale| {
            let ui = &locale.0.ui;
            status.set(ui.link_copied);
            let status = status.clone();
            page::copy_link(id, move || status.set(ui.link_in_address_bar));
        })
    };
    let oninput = props.onsearch.reform(|event: InputEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        Rc::from(input.value())
    });
    let onclear = props.onsearch.reform(|_: MouseEvent| Rc::from(""));
    let hits = props.hits.as_deref();
    let found = |doc: usize| {
        hits.map_or(Some(None), |hits| {
            hits.iter().find(|h| h.doc == doc).map(Some)
        })
    };
    let results = hits.map_or(String::new(), |hits| ui.search_results(hits.len()));
    let mut doc = 0;
    html! {
        <section class="faq" aria-labelledby="faq-heading" onkeydown={move_between_questions}>
            { heading(props.level, Some("faq-heading"), "", html! { ui.faq_heading }) }
            <div class="search" role="search">
                <label class="search__label" for="faq-search">{ ui.search_label }</label>
                <p class="hint" id="faq-search-hint">{ ui.search_hint }</p>
                <input
                    type="search"
                    id="faq-search"
                    class="search__input"
                    aria-describedby="faq-search-hint"
                    autocomplete="off"
                    value={AttrValue::from(props.query.clone())}
                    {oninput}
                />
                <p class="search__results" role="status">{ results }</p>
                if hits.is_some_and(<[Hit]>::is_empty) {
                    <p class="search__none">{ ui.search_none }</p>
                    <button type="button" class="button" onclick={onclear}>{ ui.clear_search }</button>
                }
            </div>
            <div class="faq__controls">
                <button type="button" class="button" aria-expanded={if all_open { "true" } else { "false" }} {onclick}>
                    { if all_open { ui.hide_all } else { ui.show_all } }
                </button>
            </div>
            <p class="visually-hidden" role="status">{ *status }</p>
            { for locale.faq.iter().map(|category| {
                // Each entry with its hit (or `None` when not searching);
                // entries the search did not find are left out.
                let shown: Vec<_> = category
                    .entries
                    .iter()
                    .filter_map(|entry| {
                        doc += 1;
                        let hit = found(doc - 1).filter(|_| doc <= props.rendered)?;
                        Some((entry, hit.cloned(), doc - 1 < filled))
                    })
                    .collect();
                html! {
                    if !shown.is_empty() {
                        <div class="faq__category">
                            { heading(props.level + 1, None, "faq__category-title", html! { category.title }) }
                            { for shown.into_iter().map(|(entry, hit, filled)| html! {
                                <FaqItem
                                    locale={props.locale}
                                    entry={Static(entry)}
                                    help={props.help}
                                    level={props.level + 2}
                                    open={is_open(entry.id)}
                                    {filled}
                                    {hit}
                                    ontoggle={props.ontoggle.clone()}
                                    oncopylink={oncopylink.clone()}
                                />
                            }) }
                        </div>
                    }
                }
            }) }
        </section>
    }
}

/// Up and Down move between questions, Home and End go to the first and
/// last (the optional keys of the APG accordion pattern).
fn move_between_questions(event: KeyboardEvent) {
    let Some(current) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    if !current.class_list().contains("faq-item__button") {
        return;
    }
    let Some(Ok(Some(section))) = current.closest(".faq").ok().map(|s| {
        s.map(|s| s.query_selector_all(".faq-item__button"))
            .transpose()
    }) else {
        return;
    };
    let buttons: Vec<HtmlElement> = (0..section.length())
        .filter_map(|i| section.item(i)?.dyn_into().ok())
        .collect();
    let Some(at) = buttons.iter().position(|b| **b == current) else {
        return;
    };
    let last = buttons.len() - 1;
    let target = match event.key().as_str() {
        "ArrowDown" => {
            if at == last {
                0
            } else {
                at + 1
            }
        }
        "ArrowUp" => {
            if at == 0 {
                last
            } else {
                at - 1
            }
        }
        "Home" => 0,
        "End" => last,
        _ => return,
    };
    event.prevent_default();
    let _ = buttons[target].focus();
}
