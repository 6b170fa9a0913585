use crate::components::{heading::Heading, source_links::SourceLinks};
use crate::content::Static;
use crate::state::can_toggle_treatment;
use baclofen_guide_model::{Locale, Treatment};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    pub locale: Static<Locale>,
    pub level: u8,
    /// Ids of the treatments shown, in content order.
    pub compared: Vec<&'static str>,
    pub ontoggletreatment: Callback<&'static str>,
}

/// The side-by-side comparison: the reader ticks 2 or 3 treatments; a real
/// table (caption, column and row headers) scrolls inside a labelled,
/// focusable region on narrow screens.
#[component]
pub fn Comparison(props: &ComparisonProps) -> Html {
    let locale = props.locale.0;
    let ui = &locale.ui;
    let comparison = &locale.comparison;
    let shown: Vec<&'static Treatment> = props
        .compared
        .iter()
        .filter_map(|id| comparison.treatment(id))
        .collect();
    html! {
        <section class="compare" aria-labelledby="compare-heading">
            <Heading level={props.level} id="compare-heading">{ &*ui.compare_heading }</Heading>
            <p>{ &*comparison.intro }</p>
            <fieldset class="compare__picker" aria-describedby="compare-hint">
                <legend>{ &*ui.compare_choose }</legend>
                <p id="compare-hint" class="hint">{ &*ui.compare_hint }</p>
                <ul class="compare__options">
                    { for comparison.treatments.iter().map(|treatment| {
                        let id: &'static str = &treatment.id;
                        let checked = props.compared.contains(&id);
                        let onchange = props.ontoggletreatment.reform(move |_: Event| id);
                        html! {
                            <li key={id}>
                                <label class="checkbox">
                                    <input
                                        type="checkbox"
                                        {checked}
                                        disabled={!can_toggle_treatment(&props.compared, id)}
                                        {onchange}
                                    />
                                    <span>{ &*treatment.name }</span>
                                </label>
                            </li>
                        }
                    }) }
                </ul>
            </fieldset>
            <p class="hint compare__scroll-hint">{ &*ui.compare_scroll_hint }</p>
            <div class="table-wrap" role="region" aria-labelledby="compare-caption" tabindex="0">
                <table class="compare__table">
                    <caption id="compare-caption">{ &*comparison.caption }</caption>
                    <thead>
                        <tr>
                            <td></td>
                            { for shown.iter().map(|t| html! {
                                <th scope="col" key={&*t.id}>
                                    { &*t.name }
                                    if !t.also_called.is_empty() {
                                        <span class="compare__also">{ &*t.also_called }</span>
                                    }
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for comparison.attributes.iter().map(|attribute| html! {
                            <tr key={&*attribute.id}>
                                <th scope="row">{ &*attribute.label }</th>
                                { for shown.iter().map(|t| match comparison.cell(&t.id, &attribute.id) {
                                    Some(cell) => html! {
                                        <td key={&*t.id} class={classes!(cell.boxed_warning.then_some("boxed-warning"))}>
                                            if cell.boxed_warning {
                                                <strong class="boxed-warning__label">{ &*ui.boxed_warning }{ ": " }</strong>
                                            }
                                            { &*cell.text }
                                            <SourceLinks locale={props.locale} ids={Static(&*cell.sources)} />
                                        </td>
                                    },
                                    // Validation guarantees every cell; keep the column aligned regardless.
                                    None => html! { <td key={&*t.id}></td> },
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
