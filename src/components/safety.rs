use crate::components::{blocks::Blocks, heading::Heading, source_links::SourceLinks};
use crate::content::Static;
use baclofen_guide_model::{CalloutKind, Locale};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SafetyProps {
    pub locale: Static<Locale>,
    pub level: u8,
}

/// The safety callouts, always open: emergency signs and "do not stop
/// suddenly" are never behind a click.
#[component]
pub fn Safety(props: &SafetyProps) -> Html {
    let locale = props.locale.0;
    html! {
        <section class="safety" aria-labelledby="safety-heading">
            <Heading level={props.level} id="safety-heading" class="visually-hidden">
                { &*locale.ui.safety_heading }
            </Heading>
            { for locale.safety.iter().map(|callout| {
                let kind = match callout.kind {
                    CalloutKind::Emergency => "callout callout--emergency",
                    CalloutKind::Warning => "callout callout--warning",
                };
                let heading_id = format!("callout-{}", callout.id);
                html! {
                    <div class={kind} role="group" aria-labelledby={heading_id.clone()}>
                        <Heading level={props.level + 1} id={heading_id} class="callout__title">
                            { &*callout.title }
                        </Heading>
                        <Blocks blocks={Static(&*callout.body)} />
                        <SourceLinks locale={props.locale} ids={Static(&*callout.sources)} />
                    </div>
                }
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct SafetyShortProps {
    pub locale: Static<Locale>,
}

/// The one-line safety notice shown when a page leaves the safety section
/// out: the essentials stay visible in every widget.
#[component]
pub fn SafetyShort(props: &SafetyShortProps) -> Html {
    html! {
        <p class="safety-short">{ &*props.locale.ui.safety_short }</p>
    }
}
