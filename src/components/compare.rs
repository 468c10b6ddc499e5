//! Comparing programmes: the "Compare" tick on cards and programme pages, the tray that
//! gathers the ticked ones (2 to [`MAX_COMPARED`]), and the side-by-side page
//! (`compare=id1,id2`), which marks the fields that differ, can show only those, prints and
//! downloads as CSV.
//!
//! The rows come from [`diaspora_core::present::compare`]; the ticks live in
//! [`Explorer::compare_ticks`] (not in the URL: only an opened comparison is worth sharing).

use diaspora_core::explorer::url_state::MAX_COMPARED;
use diaspora_core::present::compare::{comparison, comparison_csv};
use diaspora_core::Programme;
use leptos::prelude::*;

use super::back_link::BackLink;
use super::state_link::StateLink;
use crate::browser;
use crate::explorer::Explorer;
use crate::ids;

/// The tick that adds a programme to the comparison, or takes it out.
#[component]
pub fn CompareTick(
    programme: &'static Programme,
    #[prop(into)] described_by: String,
) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let id = programme.id.as_str();
    let ticks = explorer.compare_ticks;
    let ticked = move || ticks.with(|ticks| ticks.iter().any(|t| t == id));
    // A fifth cannot be ticked; the tray says why.
    let full = move || !ticked() && ticks.with(Vec::len) >= MAX_COMPARED;
    let toggle = move |_| {
        ticks.update(|ticks| match ticks.iter().position(|t| t == id) {
            Some(i) => {
                ticks.remove(i);
            }
            None if ticks.len() < MAX_COMPARED => ticks.push(id.to_owned()),
            None => {}
        });
    };
    view! {
        <label class="compare-tick">
            <input type="checkbox" prop:checked=ticked disabled=full aria-describedby=described_by on:change=toggle />
            {move || explorer.messages().compare_tick}
        </label>
    }
}

/// Under the results while programmes are ticked: how many, "Compare them" (from two) and
/// "Clear".
#[component]
pub fn CompareTray() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let ticks = explorer.compare_ticks;
    let count = move || ticks.with(Vec::len);
    let open = move |_| {
        let next =
            ticks.with_untracked(|ticks| explorer.state.with_untracked(|s| s.comparing(ticks)));
        explorer.go(next);
    };
    view! {
        <div class="compare-tray" data-testid="compare-tray" hidden=move || count() == 0>
            <p role="status">
                {move || (explorer.messages().compare_chosen)(count())}
                {move || (count() >= MAX_COMPARED).then(|| format!(" {}", (explorer.messages().compare_limit)(MAX_COMPARED)))}
            </p>
            <button type="button" class="button primary" disabled=move || count() < 2 on:click=open>
                {move || explorer.messages().compare_open}
            </button>
            <button type="button" class="link-button" on:click=move |_| ticks.set(Vec::new())>
                {move || explorer.messages().compare_clear}
            </button>
        </div>
    }
}

/// The comparison: a column per programme, a row per field.
#[component]
pub fn ComparePage() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let catalogue = explorer.data.catalogue;
    let only_differences = RwSignal::new(false);
    // Redrawn whole when the language or the programmes change; nothing else moves here.
    move || {
        let lang = explorer.lang.get();
        let m = explorer.messages();
        let programmes: Vec<&'static Programme> = explorer.state.with(|state| {
            state
                .compare
                .iter()
                .filter_map(|id| catalogue.programme(id))
                .collect()
        });
        let rows = comparison(&programmes, catalogue, lang);
        let csv = comparison_csv(&programmes, &rows, lang);
        let download = move |_| {
            if let Err(error) = browser::download("comparison.csv", "text/csv;charset=utf-8", &csv)
            {
                leptos::logging::error!("the download could not start: {error}");
            }
        };
        let back = explorer.state.with_untracked(|state| state.closing());
        let heading = (m.compare_heading)(programmes.len());
        let columns = programmes
            .iter()
            .copied()
            .map(|programme: &'static Programme| {
                let id = programme.id.clone();
                let to = Signal::derive(move || explorer.state.with(|s| s.opening(&id)));
                view! { <th scope="col"><StateLink to=to>{programme.title.as_str()}</StateLink></th> }
            })
            .collect_view();
        // The first row is the titles, which head the columns.
        let body = rows
            .into_iter()
            .skip(1)
            .map(|row| {
                let differs = row.differs;
                let cells = row
                    .values
                    .into_iter()
                    .map(|value| view! { <td>{if value.is_empty() { "—".to_owned() } else { value }}</td> })
                    .collect_view();
                view! {
                    <tr class:differs=differs hidden=move || only_differences.get() && !differs>
                        <th scope="row">
                            {row.field}
                            {differs.then(|| view! { <span class="differs-mark">" " {m.compare_differs}</span> })}
                        </th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <article class="compare-page" aria-labelledby=ids::COMPARE_TITLE data-testid="compare-page">
                <BackLink to=Signal::stored(back) />
                <h1 id=ids::COMPARE_TITLE class="programme-page-title" tabindex="-1">{heading.clone()}</h1>
                <div class="compare-controls">
                    <label class="compare-differences">
                        <input
                            type="checkbox"
                            prop:checked=move || only_differences.get()
                            on:change=move |event| only_differences.set(event_target_checked(&event))
                        />
                        {m.compare_only_differences}
                    </label>
                    <button type="button" class="button" on:click=download>{m.compare_download}</button>
                    <button type="button" class="button" on:click=move |_| browser::print()>{m.compare_print}</button>
                </div>
                // Wide tables scroll sideways on a phone; the region can be scrolled by keyboard.
                <div class="compare-scroll" role="region" aria-label=heading tabindex="0">
                    <table class="data-table compare-table">
                        <thead>
                            <tr>
                                <th scope="col">{m.compare_field}</th>
                                {columns}
                            </tr>
                        </thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            </article>
        }
    }
}
