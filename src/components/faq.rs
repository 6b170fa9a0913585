use crate::components::{faq_item::FaqItem, heading::heading};
use crate::content::Static;
use baclofen_guide_model::compiled::Locale;
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
/// pattern, grouped by category, with one Show all / Hide all button.
#[component]
pub fn Faq(props: &FaqProps) -> Html {
    let locale = props.locale.0;
    let is_open = |id: &str| props.open.contains(&id);
    let all_open = locale.entries().all(|e| is_open(e.id));
    let onclick = if all_open {
        props.onhideall.reform(|_: MouseEvent| ())
    } else {
        props.onshowall.reform(|_: MouseEvent| ())
    };
    html! {
        <section class="faq" aria-labelledby="faq-heading">
            { heading(props.level, Some("faq-heading"), "", html! { locale.ui.faq_heading }) }
            <div class="faq__controls">
                <button type="button" class="button" aria-expanded={if all_open { "true" } else { "false" }} {onclick}>
                    { if all_open { locale.ui.hide_all } else { locale.ui.show_all } }
                </button>
            </div>
            { for locale.faq.iter().map(|category| html! {
                <div class="faq__category">
                    { heading(props.level + 1, None, "faq__category-title", html! { category.title }) }
                    { for category.entries.iter().map(|entry| html! {
                        <FaqItem
                            entry={Static(entry)}
                            level={props.level + 2}
                            open={is_open(entry.id)}
                            ontoggle={props.ontoggle.clone()}
                        />
                    }) }
                </div>
            }) }
        </section>
    }
}
