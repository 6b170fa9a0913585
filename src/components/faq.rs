use crate::components::{faq_item::FaqItem, heading::Heading};
use crate::content::Static;
use baclofen_guide_model::Locale;
use std::collections::BTreeSet;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FaqProps {
    pub locale: Static<Locale>,
    pub level: u8,
    /// Ids of the open answers.
    pub open: BTreeSet<&'static str>,
    pub ontoggle: Callback<&'static str>,
    pub onshowall: Callback<()>,
    pub onhideall: Callback<()>,
}

/// The questions and answers: an accordion following the WAI-ARIA APG
/// pattern, grouped by category, with one Show all / Hide all button.
#[component]
pub fn Faq(props: &FaqProps) -> Html {
    let locale = props.locale.0;
    let all_open = locale
        .faq_entries()
        .all(|e| props.open.contains(e.id.as_ref()));
    let onclick = if all_open {
        props.onhideall.reform(|_: MouseEvent| ())
    } else {
        props.onshowall.reform(|_: MouseEvent| ())
    };
    html! {
        <section class="faq" aria-labelledby="faq-heading">
            <Heading level={props.level} id="faq-heading">{ &*locale.ui.faq_heading }</Heading>
            <div class="faq__controls">
                <button type="button" class="button button--secondary" aria-expanded={all_open.to_string()} {onclick}>
                    { if all_open { &*locale.ui.hide_all } else { &*locale.ui.show_all } }
                </button>
            </div>
            { for locale.faq.iter().map(|category| html! {
                <div class="faq__category" key={&*category.id}>
                    <Heading level={props.level + 1} class="faq__category-title">{ &*category.title }</Heading>
                    { for category.entries.iter().map(|entry| html! {
                        <FaqItem
                            key={&*entry.id}
                            locale={props.locale}
                            entry={Static(entry)}
                            level={props.level + 2}
                            open={props.open.contains(entry.id.as_ref())}
                            ontoggle={props.ontoggle.clone()}
                        />
                    }) }
                </div>
            }) }
        </section>
    }
}
