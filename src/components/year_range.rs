//! The start-year range: two year fields, applied when a field is left or Enter is pressed.

use leptos::prelude::*;

use crate::catalogue::catalogue;
use crate::explorer::Explorer;

/// "From" and "To" year inputs bounded by the catalogue's earliest and latest start years.
#[component]
pub fn YearRange() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let years = catalogue().programmes.iter().filter_map(|p| p.start_year);
    let (earliest, latest) = years.fold((i32::MAX, i32::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
    if earliest > latest {
        return None;
    }
    // An empty or unreadable field means "no bound"; the core keeps the range valid.
    let read = |text: String| text.trim().parse::<i32>().ok();
    let set_from = move |event| {
        let from = read(event_target_value(&event));
        let next = explorer.state.with_untracked(|state| {
            let to = state
                .filters
                .to_year
                .filter(|to| from.is_none_or(|from| from <= *to));
            state.with_years(from, to)
        });
        explorer.go(next);
    };
    let set_to = move |event| {
        let to = read(event_target_value(&event));
        let next = explorer.state.with_untracked(|state| {
            let from = state
                .filters
                .from_year
                .filter(|from| to.is_none_or(|to| *from <= to));
            state.with_years(from, to)
        });
        explorer.go(next);
    };
    let value = |year: Option<i32>| year.map(|y| y.to_string()).unwrap_or_default();
    Some(view! {
        <fieldset class="facet year-range">
            <legend class="facet-name">{move || explorer.messages().start_year}</legend>
            <div class="year-fields">
                <label class="year-field">
                    <span>{move || explorer.messages().from_year}</span>
                    <input
                        type="number"
                        inputmode="numeric"
                        min=earliest
                        max=latest
                        placeholder=earliest.to_string()
                        prop:value=move || explorer.state.with(|s| value(s.filters.from_year))
                        on:change=set_from
                    />
                </label>
                <label class="year-field">
                    <span>{move || explorer.messages().to_year}</span>
                    <input
                        type="number"
                        inputmode="numeric"
                        min=earliest
                        max=latest
                        placeholder=latest.to_string()
                        prop:value=move || explorer.state.with(|s| value(s.filters.to_year))
                        on:change=set_to
                    />
                </label>
            </div>
        </fieldset>
    })
}
