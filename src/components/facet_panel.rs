//! The filter panel: every facet and the start-year range. Beside the results on wide
//! screens, a drawer over them on phones.

use diaspora_core::request::FacetKind;
use leptos::prelude::*;

use super::facet_group::FacetGroup;
use super::year_range::YearRange;
use crate::browser;
use crate::explorer::Explorer;
use crate::ids;

/// The order facets appear in: what people most often narrow by first.
const FACET_ORDER: [FacetKind; 9] = [
    FacetKind::Theme,
    FacetKind::Origin,
    FacetKind::Residence,
    FacetKind::Region,
    FacetKind::Support,
    FacetKind::Target,
    FacetKind::Implementer,
    FacetKind::ImplementerType,
    FacetKind::Status,
];

/// All facets; `open` shows the drawer on narrow screens (wide screens always show it).
#[component]
pub fn FacetPanel(open: RwSignal<bool>) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let close = move || {
        open.set(false);
        // After the next render, which takes `inert` off the results the button is in.
        request_animation_frame(move || explorer.focus(ids::OPEN_FILTERS));
    };
    let panel = NodeRef::<leptos::html::Aside>::new();
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if !open.get_untracked() {
            return;
        }
        match event.key().as_str() {
            "Escape" => close(),
            // The drawer covers the page: Tab cycles within it, as in a dialog.
            "Tab" => {
                if let Some(panel) = panel.get_untracked() {
                    browser::keep_tab_within(&panel, &event);
                }
            }
            _ => {}
        }
    };
    view! {
        <aside
            id=ids::FILTERS
            class="facet-panel"
            class:open=move || open.get()
            aria-labelledby=ids::FILTERS_HEADING
            node_ref=panel
            on:keydown=on_keydown
        >
            <div class="facet-panel-head">
                <h2 id=ids::FILTERS_HEADING class="facet-panel-title" tabindex="-1">
                    {move || explorer.messages().filters_heading}
                </h2>
                <button type="button" class="button close-filters" on:click=move |_| close()>
                    {move || explorer.messages().close_filters}
                    " ("
                    {move || explorer.response.with(|r| r.total)}
                    ")"
                </button>
            </div>
            {FACET_ORDER.map(|kind| view! { <FacetGroup kind=kind /> })}
            <YearRange />
        </aside>
    }
}
