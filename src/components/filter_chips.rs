//! The active filters as chips, each removing its filter, and "clear all".

use diaspora_core::present::display::facet_value_label;
use diaspora_core::request::Removal;
use leptos::prelude::*;

use crate::explorer::Explorer;
use crate::ids;

/// One button per active filter; nothing when no filter is active.
#[component]
pub fn FilterChips() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let chips = Memo::new(move |_| {
        explorer
            .state
            .with(|state| state.filters.removals().collect::<Vec<_>>())
    });
    // The removed chip's button disappears; focus goes to the results heading rather than
    // being lost.
    let after_removal = move || explorer.focus(ids::RESULTS_HEADING);
    let chip = move |chip: Removal| {
        let is_locked = explorer.with_locked(|locked| !locked.allows(&chip));
        let label = {
            let chip = chip.clone();
            move || {
                let lang = explorer.lang.get();
                let messages = explorer.messages();
                match &chip {
                    Removal::Value(kind, value) => (messages.value_in_facet)(
                        facet_value_label(explorer.data.catalogue, *kind, value, lang),
                        messages.facet_name(*kind),
                    ),
                    Removal::YearRange | Removal::Query => {
                        let years = explorer.state.with(|s| s.filters.years());
                        let (from, to) = (years.from(), years.to());
                        (messages.value_in_facet)(
                            &(messages.year_range)(from, to),
                            messages.start_year,
                        )
                    }
                }
            }
        };
        let remove = move |_| {
            let next = explorer.state.with_untracked(|state| state.relaxed(&chip));
            explorer.go(next);
            after_removal();
        };
        let accessible_name = {
            let label = label.clone();
            move || (explorer.messages().remove_filter)(&label())
        };
        if is_locked {
            // The partner's site fixed this filter: shown, not removable.
            return view! {
                <li>
                    <span class="chip chip-locked">
                        <span>
                            {label}
                            <span class="chip-note">
                                {move || format!(" · {}", explorer.messages().locked_filter)}
                            </span>
                        </span>
                    </span>
                </li>
            }
            .into_any();
        }
        view! {
            <li>
                <button type="button" class="chip" aria-label=accessible_name on:click=remove>
                    <span>{label}</span>
                    <span class="chip-remove" aria-hidden="true">"×"</span>
                </button>
            </li>
        }
        .into_any()
    };
    let removable = move || {
        explorer
            .state
            .with(|state| explorer.with_locked(|locked| locked.has_removable(state)))
    };
    let clear_all = move |_| {
        let next = explorer
            .state
            .with_untracked(|state| state.without_filters());
        explorer.go(next);
        after_removal();
    };
    view! {
        <Show when=move || chips.with(|c| !c.is_empty())>
            <div class="active-filters">
                <h2 class="visually-hidden">{move || explorer.messages().active_filters}</h2>
                <ul class="chips">
                    <For each=move || chips.get() key=|chip| chip.clone() children=chip />
                </ul>
                <Show when=removable>
                    <button type="button" class="link-button clear-all" on:click=clear_all>
                        {move || explorer.messages().clear_all}
                    </button>
                </Show>
            </div>
        </Show>
    }
}
