//! The start-year range: two year fields, applied when a field is left or Enter is pressed.

use leptos::prelude::*;

use crate::explorer::Explorer;

/// "From" and "To" year inputs bounded by the catalogue's earliest and latest start years.
#[component]
pub fn YearRange() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let years = explorer
        .data
        .catalogue
        .programmes
        .iter()
        .filter_map(|p| p.start_year);
    let (earliest, latest) = years.fold((i32::MAX, i32::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
    if earliest > latest {
        return None;
    }
    Some(view! {
        <fieldset class="facet year-range">
            <legend class="facet-name">{move || explorer.messages().start_year}</legend>
            <div class="year-fields">
                <YearField bound=Bound::From earliest=earliest latest=latest />
                <YearField bound=Bound::To earliest=earliest latest=latest />
            </div>
        </fieldset>
    })
}

/// Which end of the range a field sets.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bound {
    From,
    To,
}

/// One year field. An empty or unreadable field means "no bound"; the core keeps the range
/// valid by dropping the other bound when they contradict each other.
#[component]
fn YearField(bound: Bound, earliest: i32, latest: i32) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let label = move || {
        let messages = explorer.messages();
        match bound {
            Bound::From => messages.from_year,
            Bound::To => messages.to_year,
        }
    };
    let current = move || {
        explorer.state.with(|state| match bound {
            Bound::From => state.filters.years().from(),
            Bound::To => state.filters.years().to(),
        })
    };
    let set = move |event| {
        let year = event_target_value(&event).trim().parse::<i32>().ok();
        let next = explorer.state.with_untracked(|state| match bound {
            Bound::From => state.with_from_year(year),
            Bound::To => state.with_to_year(year),
        });
        explorer.go(next);
    };
    let placeholder = match bound {
        Bound::From => earliest,
        Bound::To => latest,
    };
    view! {
        <label class="year-field">
            <span>{label}</span>
            <input
                type="number"
                inputmode="numeric"
                min=earliest
                max=latest
                placeholder=placeholder.to_string()
                prop:value=move || current().map(|year| year.to_string()).unwrap_or_default()
                disabled=explorer.with_locked(|locked| locked.holds_years())
                on:change=set
            />
        </label>
    }
}
