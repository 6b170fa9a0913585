use crate::components::{blocks::Blocks, heading::Heading, source_links::SourceLinks};
use crate::content::Static;
use baclofen_guide_model::{FaqEntry, Locale};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FaqItemProps {
    pub locale: Static<Locale>,
    pub entry: Static<FaqEntry>,
    pub level: u8,
    pub open: bool,
    pub ontoggle: Callback<&'static str>,
}

/// One question: a `<button>` alone inside a heading, controlling its answer.
/// A closed answer is `hidden="until-found"`, so the browser's find-in-page
/// can still reach it.
#[component]
pub fn FaqItem(props: &FaqItemProps) -> Html {
    let entry = props.entry.0;
    let id: &'static str = &entry.id;
    let (button_id, panel_id) = (format!("q-{id}"), format!("a-{id}"));
    let onclick = props.ontoggle.reform(move |_: MouseEvent| id);
    let mut answer = html! {
        <div id={panel_id.clone()} class="faq-item__answer">
            <Blocks blocks={Static(&*entry.answer)} />
            <SourceLinks locale={props.locale} ids={Static(&*entry.sources)} />
        </div>
    };
    // `html!` treats `hidden` as a boolean; "until-found" must be set as text.
    if let Html::VTag(tag) = &mut answer {
        if !props.open {
            std::rc::Rc::make_mut(tag).add_attribute("hidden", "until-found");
        }
    }
    html! {
        <div class={classes!("faq-item", props.open.then_some("faq-item--open"))}>
            <Heading level={props.level} class="faq-item__question">
                <button
                    type="button"
                    id={button_id.clone()}
                    class="faq-item__button"
                    aria-expanded={props.open.to_string()}
                    aria-controls={panel_id.clone()}
                    {onclick}
                >
                    { &*entry.question }
                </button>
            </Heading>
            { answer }
        </div>
    }
}
