use crate::components::{faq_item::FaqItem, heading::heading};
use crate::content::Static;
use crate::embed::page;
use baclofen_guide_model::compiled::Locale;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FaqProps {
    pub locale: Static<Locale>,
    pub level: u8,
    /// Ids of the open answers.
    pub open: Vec<&'static str>,
    pub ontoggle: Callback<&'static str>,
    pub onshowall: Callback<()>,
    pub onhideall: Callback<()>,
}

/// The questions and answers: an accordion following the WAI-ARIA APG
/// pattern (including Up, Down, Home and End between questions), grouped by
/// category, with one Show all / Hide all button.
#[component]
pub fn Faq(props: &FaqProps) -> Html {
    let locale = props.locale.0;
    let ui = &locale.ui;
    // What the live region last said ("Link copied").
    let status = use_state_eq(|| "");
    let is_open = |id: &str| props.open.contains(&id);
    let all_open = locale.entries().all(|e| is_open(e.id));
    let onclick = if all_open {
        props.onhideall.reform(|_: MouseEvent| ())
    } else {
        props.onshowall.reform(|_: MouseEvent| ())
    };
    let oncopylink = {
        let status = status.clone();
        Callback::from(move |id: &'static str| {
            status.set(ui.link_copied);
            let status = status.clone();
            page::copy_link(id, move || status.set(ui.link_in_address_bar));
        })
    };
    html! {
        <section class="faq" aria-labelledby="faq-heading" onkeydown={move_between_questions}>
            { heading(props.level, Some("faq-heading"), "", html! { ui.faq_heading }) }
            <div class="faq__controls">
                <button type="button" class="button" aria-expanded={if all_open { "true" } else { "false" }} {onclick}>
                    { if all_open { ui.hide_all } else { ui.show_all } }
                </button>
            </div>
            <p class="visually-hidden" role="status">{ *status }</p>
            { for locale.faq.iter().map(|category| html! {
                <div class="faq__category">
                    { heading(props.level + 1, None, "faq__category-title", html! { category.title }) }
                    { for category.entries.iter().map(|entry| html! {
                        <FaqItem
                            entry={Static(entry)}
                            level={props.level + 2}
                            open={is_open(entry.id)}
                            copy_link={ui.copy_link}
                            ontoggle={props.ontoggle.clone()}
                            oncopylink={oncopylink.clone()}
                        />
                    }) }
                </div>
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
