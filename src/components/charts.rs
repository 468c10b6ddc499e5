//! The charts view: the results by start year (choosing a first and a last bar sets the year
//! range) and, for status, themes, support, target groups, implementer types and regions,
//! horizontal bars that toggle their filter. Each chart has its table one tap away.
//!
//! The bars and their counts come from [`diaspora_core::present::charts`], which takes the
//! facets' own counts; bar lengths are SVG attributes, since the page's CSP allows no inline
//! style.

use diaspora_core::present::charts::{facet_bars, largest, year_bars, Bar, CHARTED};
use diaspora_core::request::{FacetKind, YearRange};
use leptos::prelude::*;

use crate::explorer::Explorer;

/// The year histogram's height, in its view box's units (stretched to the page's width).
const HISTOGRAM_HEIGHT: usize = 120;
/// Each year's width in the histogram's view box.
const YEAR_WIDTH: usize = 10;

#[component]
pub fn ChartsView() -> impl IntoView {
    view! {
        <section class="charts-view" data-testid="charts-view">
            <YearChart />
            {CHARTED.map(|kind| view! { <FacetChart kind=kind /> })}
        </section>
    }
}

/// Programmes by start year; a first click (or Enter) picks the first year, a second the
/// last, and the range is set.
#[component]
fn YearChart() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let bars = Memo::new(move |_| {
        explorer
            .settled
            .with(|settled| year_bars(&settled.start_years))
    });
    let anchor = RwSignal::new(None::<i32>);
    let range = Memo::new(move |_| explorer.state.with(|state| state.filters.years()));
    let choose = move |year: i32| match anchor.get_untracked() {
        None => anchor.set(Some(year)),
        Some(first) => {
            anchor.set(None);
            let years = YearRange::between(Some(first.min(year)), Some(first.max(year)));
            let next = explorer
                .state
                .with_untracked(|state| state.with_years(years));
            explorer.go(next);
        }
    };
    let chart = move || {
        let bars = bars.get();
        if bars.is_empty() {
            return view! { <p>{explorer.messages().chart_empty}</p> }.into_any();
        }
        let max = largest(bars.iter().map(|(_, count)| *count));
        let width = bars.len() * YEAR_WIDTH;
        let first = bars[0].0;
        let last = bars[bars.len() - 1].0;
        let rects = bars
            .into_iter()
            .enumerate()
            .map(|(i, (year, count))| {
                let height = (count * HISTOGRAM_HEIGHT).div_ceil(max);
                let x = i * YEAR_WIDTH;
                let class = move || {
                    let in_range = range.get().is_set() && range.get().contains(year);
                    let picked = anchor.get() == Some(year);
                    format!(
                        "year-bar{}{}",
                        if in_range { " chart-selected" } else { "" },
                        if picked { " chart-anchor" } else { "" }
                    )
                };
                let label = move || (explorer.messages().chart_year_bar)(year, count);
                let active = count > 0;
                view! {
                    <g
                        class=class
                        data-year=year
                        tabindex=active.then_some("0")
                        role=active.then_some("button")
                        aria-label=move || active.then(label)
                        aria-hidden=(!active).then_some("true")
                        on:click=move |_| if active { choose(year) }
                        on:keydown=move |event: leptos::ev::KeyboardEvent| {
                            if active && matches!(event.key().as_str(), "Enter" | " ") {
                                event.prevent_default();
                                choose(year);
                            }
                        }
                    >
                        // The whole column is the target, not only the bar.
                        <rect class="year-hit" x=x y=0 width=YEAR_WIDTH height=HISTOGRAM_HEIGHT />
                        <rect class="year-fill" x=x + 1 y=HISTOGRAM_HEIGHT - height width=YEAR_WIDTH - 2 height=height />
                        <title>{label}</title>
                    </g>
                }
            })
            .collect_view();
        view! {
            <svg class="year-chart" viewBox=format!("0 0 {width} {HISTOGRAM_HEIGHT}") preserveAspectRatio="none" role="group" aria-label=move || explorer.messages().chart_years>
                {rects}
            </svg>
            <div class="year-axis" aria-hidden="true"><span>{first}</span><span>{last}</span></div>
        }
        .into_any()
    };
    let table = Signal::derive(move || {
        bars.get()
            .into_iter()
            .filter(|(_, count)| *count > 0)
            .map(|(year, count)| (year.to_string(), count))
            .collect()
    });
    view! {
        <figure class="chart" data-chart="years">
            <figcaption>
                <h3 class="chart-title">{move || explorer.messages().chart_years}</h3>
                <p class="muted">{move || explorer.messages().chart_years_hint}</p>
            </figcaption>
            {chart}
            <p class="chart-status" role="status">{move || anchor.get().map(|year| (explorer.messages().chart_years_first)(year))}</p>
            <ChartTable heading=Signal::derive(move || explorer.messages().start_year) rows=table />
        </figure>
    }
}

/// One facet's values as horizontal bars; clicking one toggles its filter.
#[component]
fn FacetChart(kind: FacetKind) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let bars = Memo::new(move |_| {
        let lang = explorer.lang.get();
        explorer.settled.with(|settled| {
            explorer.state.with(|state| {
                facet_bars(
                    explorer.data.catalogue,
                    &settled.facets,
                    kind,
                    &state.filters,
                    lang,
                )
            })
        })
    });
    let toggle = move |value: &str| {
        let next = explorer
            .state
            .with_untracked(|state| state.toggled(kind, value));
        explorer.go(next);
    };
    let locked = move |value: &str| explorer.with_locked(|locked| locked.holds(kind, value));
    let rows = move || {
        let bars = bars.get();
        let max = largest(bars.iter().map(|bar| bar.count));
        bars.into_iter()
            .map(|Bar { value, label, count, selected }| {
                let disabled = locked(&value);
                let messages = explorer.messages();
                // Named by its content ("Ongoing: 46 programmes"), so that what is read out
                // contains what is seen.
                view! {
                    <li>
                        <button
                            type="button"
                            class="bar-button"
                            data-value=value.clone()
                            data-count=count
                            aria-pressed=selected.to_string()
                            disabled=disabled
                            on:click=move |_| toggle(&value)
                        >
                            <span class="bar-label">{label}<span class="visually-hidden">{messages.label_separator}</span></span>
                            <svg class="bar" viewBox=format!("0 0 {max} 1") preserveAspectRatio="none" aria-hidden="true">
                                <rect class="bar-fill" x=0 y=0 width=count height=1 />
                            </svg>
                            <span class="bar-count">
                                <span aria-hidden="true">{(messages.number)(count)}</span>
                                <span class="visually-hidden">{(messages.programme_count)(count)}</span>
                            </span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let table = Signal::derive(move || {
        bars.get()
            .into_iter()
            .map(|bar| (bar.label, bar.count))
            .collect()
    });
    let heading_id = format!("chart-{}", kind.key());
    view! {
        <figure class="chart" data-chart=kind.key() aria-labelledby=heading_id.clone() hidden=move || bars.with(Vec::is_empty)>
            <figcaption>
                <h3 class="chart-title" id=heading_id.clone()>{move || explorer.messages().facet_name(kind)}</h3>
            </figcaption>
            <ul class="bars">{rows}</ul>
            <ChartTable heading=Signal::derive(move || explorer.messages().facet_name(kind)) rows=table />
        </figure>
    }
}

/// A chart's "Show as a table": what each bar stands for, and its count.
#[component]
fn ChartTable(heading: Signal<&'static str>, rows: Signal<Vec<(String, usize)>>) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    view! {
        <details class="chart-table">
            <summary>{move || explorer.messages().show_as_table}</summary>
            <table class="data-table">
                <thead><tr>
                    <th scope="col">{heading}</th>
                    <th scope="col">{move || explorer.messages().table_programmes}</th>
                </tr></thead>
                <tbody>
                    {move || rows.get().into_iter().map(|(name, count)| view! {
                        <tr><th scope="row">{name}</th><td>{(explorer.messages().number)(count)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </details>
    }
}
