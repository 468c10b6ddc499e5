//! The filter panel: every facet and the start-year range. On the hosted page, beside the
//! results on wide screens and a drawer over them on phones; in an embed, behind a "Filters"
//! button above the results (or beside them, when the partner asks and there is room).

use diaspora_core::request::FacetKind;
use leptos::prelude::*;

use super::facet_group::FacetGroup;
use super::year_range::YearRange;
use crate::browser;
use crate::explorer::Explorer;
use crate::ids;

/// The order facets appear in: what people most often narrow by first.
const FACET_ORDER: [FacetKind; 10] = [
    FacetKind::Theme,
    FacetKind::Origin,
    FacetKind::Residence,
    FacetKind::Region,
    FacetKind::Support,
    FacetKind::Target,
    FacetKind::Implementer,
    FacetKind::ImplementerType,
    FacetKind::Status,
    FacetKind::Participation,
];

/// All facets; `open` shows them where they wait behind a "Filters" button: the hosted page's
/// drawer on narrow screens, an embed's panel above its results.
#[component]
pub fn FacetPanel(open: RwSignal<bool>) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let close = move || {
        open.set(false);
        // After the next render, which takes `inert` off the results the button is in.
        request_animation_frame(move || explorer.focus(ids::OPEN_FILTERS));
    };
    let panel = NodeRef::<leptos::html::Aside>::new();
    // On the hosted page's phone layout the panel is a drawer over the results; in an embed it
    // opens above them, in the flow, and the results stay in reach.
    let is_drawer = !explorer.host.is_embedded();
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if !open.get_untracked() {
            return;
        }
        match event.key().as_str() {
            "Escape" => close(),
            // The drawer covers the page: Tab cycles within it, as in a dialog.
            "Tab" if is_drawer => {
                if let Some(panel) = panel.get_untracked() {
                    browser::keep_tab_within(&panel, &event);
                }
            }
            _ => {}
        }
    };
    // Filters on screen are rendered with the rest; hidden ones one group per task after
    // start-up (all at once if the reader opens them first), so that the start-up's task stays
    // short on a phone.
    let groups = FACET_ORDER.len() + 1;
    let rendered = RwSignal::new(if explorer.filters_on_screen {
        groups
    } else {
        0
    });
    if !explorer.filters_on_screen {
        leptos::task::spawn_local(async move {
            browser::next_frame().await;
            for count in 1..=groups {
                // Done, or the panel is gone (a programme opened meanwhile).
                match rendered.try_get_untracked() {
                    Some(shown) if shown < groups => {}
                    _ => break,
                }
                if rendered.try_set(count).is_some() {
                    break;
                }
                browser::yield_to_browser().await;
            }
        });
        Effect::new(move |_| {
            if open.get() {
                rendered.set(groups);
            }
        });
    }
    let show_results = move || {
        let total = explorer.response.with(|r| r.total);
        format!("{} ({total})", explorer.messages().close_filters)
    };
    view! {
        <aside
            id=ids::FILTERS
            class="facet-panel"
            class:open=move || open.get()
            aria-labelledby=ids::FILTERS_HEADING
            aria-busy=move || explorer.counts_pending.get().to_string()
            node_ref=panel
            on:keydown=on_keydown
        >
            <div class="facet-panel-head">
                <h2 id=ids::FILTERS_HEADING class="facet-panel-title" tabindex="-1">
                    {move || explorer.messages().filters_heading}
                </h2>
                <button
                    type="button"
                    class="close-button close-filters"
                    aria-label=move || explorer.messages().hide_filters
                    on:click=move |_| close()
                >
                    <span aria-hidden="true">"×"</span>
                </button>
            </div>
            {FACET_ORDER
                .into_iter()
                .enumerate()
                .map(|(at, kind)| {
                    let shown = move || rendered.get() > at;
                    view! { <Show when=shown><FacetGroup kind=kind /></Show> }
                })
                .collect_view()}
            <Show when=move || rendered.get() == groups><YearRange /></Show>
            // Where the reader is after the last filter: the way back to the results stays in
            // sight (sticky at the bottom of the drawer or of the screen).
            <div class="facet-panel-foot">
                <button type="button" class="button close-filters" on:click=move |_| close()>
                    {show_results}
                </button>
            </div>
        </aside>
    }
}
