//! Above the results: the count (announced to screen readers), which results are shown, the
//! filter-drawer button for phones, the sort order and the downloads.

use diaspora_core::explorer::pagination::Pages;
use diaspora_core::explorer::view::View;
use diaspora_core::request::Sort;
use leptos::prelude::*;

use super::export_buttons::ExportButtons;
use super::view_switch::ViewSwitch;
use crate::explorer::{Explorer, PAGE_SIZE};
use crate::ids;

const SORTS: [(Sort, &str); 4] = [
    (Sort::Relevance, "relevance"),
    (Sort::TitleAsc, "title"),
    (Sort::StartNewest, "newest"),
    (Sort::StartOldest, "oldest"),
];

#[component]
pub fn ResultsBar(filters_open: RwSignal<bool>) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    // The count, held while typing (the cards follow every keystroke).
    let total = move || explorer.settled.with(|settled| settled.total);
    // The list's pages and order mean nothing on the map or the charts.
    let listing = move || explorer.state.with(|s| s.view == View::List);
    let showing = move || {
        if !listing() {
            return None;
        }
        let page = explorer.state.with(|s| s.page);
        let pages = Pages::new(total(), PAGE_SIZE, page);
        let (first, last) = pages.range();
        (pages.count > 1).then(|| (explorer.messages().showing_range)(first, last, pages.total))
    };
    let has_query = move || explorer.state.with(|s| !s.query.trim().is_empty());
    let on_sort = move |event| {
        let value = event_target_value(&event);
        if let Some((sort, _)) = SORTS.iter().find(|(_, name)| *name == value) {
            let next = explorer
                .state
                .with_untracked(|state| state.with_sort(*sort));
            explorer.go(next);
        }
    };
    let open_filters = move |_| {
        filters_open.set(true);
        // The drawer is shown by the next render; focus can move into it after that.
        request_animation_frame(move || explorer.focus(ids::FILTERS_HEADING));
    };
    view! {
        <div class="results-bar">
            <div class="results-summary">
                <h2 id=ids::RESULTS_HEADING class="results-heading" tabindex="-1">
                    <span
                        class="result-count"
                        data-testid="result-count"
                        data-count=total
                        role="status"
                        aria-atomic="true"
                        aria-busy=move || explorer.counts_pending.get().to_string()
                    >
                        {move || (explorer.messages().programme_count)(total())}
                    </span>
                </h2>
                <p class="showing">{showing}</p>
            </div>
            <div class="results-controls">
                <ViewSwitch />
                <button
                    type="button"
                    id=ids::OPEN_FILTERS
                    class="button open-filters"
                    aria-controls=ids::FILTERS
                    aria-expanded=move || filters_open.get().to_string()
                    on:click=open_filters
                >
                    {move || (explorer.messages().open_filters)(explorer.state.with(|s| s.active_filter_count()))}
                </button>
                <label class="sort" hidden=move || !listing()>
                    <span>{move || explorer.messages().sort_label}</span>
                    <select on:change=on_sort>
                        {SORTS
                            .map(|(sort, name)| {
                                view! {
                                    <option
                                        value=name
                                        prop:selected=move || explorer.state.with(|s| s.sort == sort)
                                    >
                                        {move || explorer.messages().sort_name(sort, has_query())}
                                    </option>
                                }
                            })}
                    </select>
                </label>
                <ExportButtons />
            </div>
        </div>
    }
}
