use crate::components::{
    heading::heading,
    markup::{cites, markup},
};
use crate::content::Static;
use crate::state::can_toggle_treatment;
use baclofen_guide_model::compiled::Locale;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    pub locale: Static<Locale>,
    pub level: u8,
    /// Indexes of the treatments shown, in content order.
    pub compared: Vec<usize>,
    pub ontoggletreatment: Callback<usize>,
    /// The row a phone shows (see `State::row`).
    pub row: usize,
    pub onshowrow: Callback<usize>,
    /// How many rows to render: the first render may come in stages.
    #[prop_or(usize::MAX)]
    pub rendered: usize,
}

/// The side-by-side comparison: the reader ticks 2 or 3 treatments. One
/// table serves every width: wide, a grid; narrow (styles.css, a container
/// query), each attribute's row stacks its cells, each labelled with its
/// treatment, so nothing scrolls sideways. The explicit roles keep the
/// table's rows, columns and headers for screen readers when CSS makes its
/// parts blocks (as NHS.UK's responsive tables do).
///
/// Narrow, all twelve rows stacked would be several screens long: the reader
/// sees one row at a time, chosen from a list or with "Next", and the rows
/// with boxed warnings always (`compare__row--off` is hidden only there).
#[component]
pub fn Comparison(props: &ComparisonProps) -> Html {
    let locale = props.locale.0;
    let ui = &locale.ui;
    let comparison = &locale.comparison;
    let shown = props.row;
    let select = use_node_ref();
    let onchoose = {
        let onshowrow = props.onshowrow.clone();
        Callback::from(move |event: Event| {
            // Options are the steppable rows, in order: no numbers to parse.
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            let index = usize::try_from(select.selected_index()).unwrap_or_default();
            onshowrow.emit(comparison.steppable().nth(index).unwrap_or_default());
        })
    };
    let next = comparison.next_steppable(shown);
    // The button sits below the row; the row it shows starts above it. Focus
    // goes to the list at the row's top (scrolling it into view), which now
    // names that row, so sighted and screen-reader readers start there.
    let onnext = {
        let (onshowrow, select) = (props.onshowrow.clone(), select.clone());
        Callback::from(move |_: MouseEvent| {
            let next = next.unwrap_or_default();
            onshowrow.emit(next);
            if let Some(select) = select.cast::<web_sys::HtmlSelectElement>() {
                let index = comparison.steppable().position(|a| a == next);
                select.set_selected_index(index.map_or(-1, |i| i as i32));
                let _ = select.focus();
            }
        })
    };
    html! {
        <section class="compare" aria-labelledby="compare-heading">
            { heading(props.level, Some("compare-heading"), "", html! { ui.compare_heading }) }
            <p>{ comparison.intro }</p>
            <fieldset class="compare__picker" aria-describedby="compare-hint">
                <legend>{ ui.compare_choose }</legend>
                <p id="compare-hint" class="hint">{ ui.compare_hint }</p>
                <ul class="compare__options">
                    { for comparison.treatments.iter().enumerate().map(|(i, treatment)| html! {
                        <li>
                            <label class="checkbox">
                                <input
                                    type="checkbox"
                                    checked={props.compared.contains(&i)}
                                    disabled={!can_toggle_treatment(&props.compared, i)}
                                    onchange={props.ontoggletreatment.reform(move |_: Event| i)}
                                />
                                <span>
                                    { treatment.name }
                                    // Empty, and so no height, for the others.
                                    <span class="compare__boxed">
                                        { comparison.treatment_has_boxed_warning(i).then_some(ui.boxed_warning) }
                                    </span>
                                </span>
                            </label>
                        </li>
                    }) }
                </ul>
            </fieldset>
            <p class="compare__view">
                <label for="compare-row">{ ui.compare_show }</label>
                <select id="compare-row" ref={select} onchange={onchoose}>
                    { for comparison.steppable().map(|a| html! {
                        <option selected={a == shown}>{ comparison.attributes[a] }</option>
                    }) }
                </select>
            </p>
            <table class="compare__table" role="table" aria-labelledby="compare-caption">
                <caption id="compare-caption">{ comparison.caption }</caption>
                <thead role="rowgroup">
                    <tr role="row">
                        <td role="cell"></td>
                        { for props.compared.iter().map(|&t| {
                            let treatment = &comparison.treatments[t];
                            html! {
                                <th scope="col" role="columnheader">
                                    { treatment.name }
                                    if !treatment.also_called.is_empty() {
                                        { " " }<span class="compare__also">{ treatment.also_called }</span>
                                    }
                                </th>
                            }
                        }) }
                    </tr>
                </thead>
                <tbody role="rowgroup">
                    { for comparison.attributes.iter().enumerate().take(props.rendered).map(|(a, label)| row(
                        a != shown && !comparison.has_boxed_warning(a),
                        html! {
                            <>
                                <th scope="row" role="rowheader">{ *label }</th>
                                { for props.compared.iter().filter_map(|&t| Some((comparison.treatments[t].short, comparison.cell(a, t)?))).map(|(name, cell)| row_cell(
                                    cell.boxed_warning,
                                    html! {
                                        <>
                                            // Shown on narrow screens only; screen readers have the column header.
                                            <span class="compare__label" aria-hidden="true">{ name }</span>
                                            { markup(cell.markup) }{ cites(locale, cell.sources) }
                                        </>
                                    },
                                )) }
                            </>
                        },
                    )) }
                </tbody>
            </table>
            if let Some(next) = next {
                <p class="compare__view">
                    <button type="button" class="button" onclick={onnext}>
                        { ui.compare_next }{ ": " }{ comparison.attributes[next] }
                    </button>
                </p>
            }
        </section>
    }
}

// The classes below are literals: a computed `class` goes through Yew's
// `Classes` set, 0.5 KB of wasm for these two.

/// A row of the table; one that is `off` is not shown on a phone, which
/// shows one row at a time (styles.css).
fn row(off: bool, cells: Html) -> Html {
    if off {
        html! { <tr role="row" class="compare__row--off">{ cells }</tr> }
    } else {
        html! { <tr role="row">{ cells }</tr> }
    }
}

/// A cell of the table, marked when it holds a boxed warning.
fn row_cell(boxed_warning: bool, content: Html) -> Html {
    if boxed_warning {
        html! { <td role="cell" class="boxed-warning">{ content }</td> }
    } else {
        html! { <td role="cell">{ content }</td> }
    }
}
