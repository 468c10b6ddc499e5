//! The start-year range: two year fields, applied when a field is left or Enter is pressed. A
//! year that would contradict the other bound is not applied: it stays in its field, marked
//! invalid, with the reason read out.

use diaspora_core::request::YearConflict;
use leptos::prelude::*;

use crate::explorer::Explorer;
use crate::ids;

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
    // The field whose typed year was refused, and why; cleared whenever the range changes.
    let conflict = RwSignal::new(None::<(Bound, YearConflict)>);
    Effect::new(move |_| {
        explorer.state.with(|state| state.filters.years());
        conflict.set(None);
    });
    let message = move || {
        conflict
            .get()
            .map(|(_, conflict)| (explorer.messages().year_conflict)(conflict))
    };
    Some(view! {
        <fieldset class="facet year-range">
            <legend class="facet-name">{move || explorer.messages().start_year}</legend>
            <div class="year-fields">
                <YearField bound=Bound::From earliest=earliest latest=latest conflict=conflict />
                <YearField bound=Bound::To earliest=earliest latest=latest conflict=conflict />
            </div>
            <p id=ids::YEAR_CONFLICT class="year-conflict" role="alert">
                {message}
            </p>
        </fieldset>
    })
}

/// Which end of the range a field sets.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bound {
    From,
    To,
}

/// One year field. An empty or unreadable field means "no bound".
#[component]
fn YearField(
    bound: Bound,
    earliest: i32,
    latest: i32,
    conflict: RwSignal<Option<(Bound, YearConflict)>>,
) -> impl IntoView {
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
    let invalid = move || conflict.with(|c| c.is_some_and(|(at, _)| at == bound));
    let set = move |event| {
        let year = event_target_value(&event).trim().parse::<i32>().ok();
        let outcome = explorer.state.with_untracked(|state| {
            let years = state.filters.years();
            let range = match bound {
                Bound::From => years.try_with_from(year),
                Bound::To => years.try_with_to(year),
            };
            range.map(|range| state.with_years(range))
        });
        match outcome {
            Ok(next) => {
                conflict.set(None);
                explorer.go(next);
            }
            // Not applied, and the field keeps what was typed.
            Err(reason) => conflict.set(Some((bound, reason))),
        }
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
                aria-invalid=move || invalid().then_some("true")
                aria-describedby=move || invalid().then_some(ids::YEAR_CONFLICT)
                disabled=explorer.with_locked(|locked| locked.holds_years())
                on:change=set
            />
        </label>
    }
}
