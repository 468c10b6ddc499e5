//! One facet as a fieldset: its name, for long lists of countries or implementers a box to find
//! a value by name, the list of checkboxes (label and count; countries under continent headings
//! when the list is long), "No match." when the typed text finds nothing, and the "Show all" /
//! "Show 100 of 168" / "Show fewer" button. Hidden while the facet has no values at all.
//!
//! Which values are listed, in what order and under which headings is decided by
//! [`diaspora_core::present::facet_list`]; this component only wires signals to it and renders.

use diaspora_core::present::facet_list::{
    facet_list, has_find_box, Extent, FacetRow, FoldedNames, ListOptions, MoreButton,
};
use diaspora_core::request::FacetKind;
use diaspora_core::search::facets::FacetCounts;
use leptos::prelude::*;

use crate::explorer::Explorer;

/// The checkbox list of one facet.
#[component]
pub fn FacetGroup(kind: FacetKind) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let extent = RwSignal::new(Extent::Collapsed);
    let typed = RwSignal::new(String::new());
    // The settled counts: redrawing the lists on every keystroke would slow typing down.
    let counts = Memo::new(move |_| {
        explorer.settled.with(|settled| {
            settled
                .facets
                .iter()
                .find(|facet| facet.kind == kind)
                .cloned()
                .unwrap_or(FacetCounts {
                    kind,
                    counts: Vec::new(),
                })
        })
    });
    // Folded labels for ordering ties, kept from one keystroke to the next.
    let names = StoredValue::new(FoldedNames::default());
    let list = Memo::new(move |_| {
        let lang = explorer.lang.get();
        let extent = extent.get();
        typed.with(|typed| {
            counts.with(|counts| {
                explorer.state.with(|state| {
                    names
                        .try_update_value(|names| {
                            let options = ListOptions {
                                lang,
                                typed,
                                extent,
                            };
                            facet_list(
                                explorer.data.catalogue,
                                counts,
                                &state.filters,
                                options,
                                names,
                            )
                        })
                        .unwrap_or_default()
                })
            })
        })
    });
    let heading_id = format!("facet-{}", kind.key());
    let list_id = format!("facet-{}-values", kind.key());
    let list_id_everything = list_id.clone();
    let find_id = format!("facet-{}-find", kind.key());

    let row = move |row: FacetRow| {
        let initial = match row {
            FacetRow::Value(initial) => initial,
            FacetRow::Region { code, .. } => {
                let name = move || list.with(|list| list.region_name(&code).map(str::to_owned));
                // Visual grouping only: each checkbox still names its own country.
                return view! { <li class="facet-region" aria-hidden="true">{name}</li> }
                    .into_any();
            }
        };
        let value = initial.value.clone();
        // The element stays while the list is recomputed (counts, selection, language): its
        // parts follow the row's current state.
        let current = Memo::new(move |_| {
            list.with(|list| list.value(&initial.value).cloned())
                .unwrap_or_else(|| initial.clone())
        });
        let checked = move || current.with(|row| row.selected);
        let label = move || current.with(|row| row.label.clone());
        let count = move || (explorer.messages().number)(current.with(|row| row.count));
        // A filter the partner's site fixed stays checked.
        let locked = explorer.with_locked(|locked| locked.holds(kind, &value));
        let toggle = move |_| {
            let next = explorer
                .state
                .with_untracked(|state| state.toggled(kind, &value));
            explorer.go(next);
        };
        view! {
            <li>
                <label class="facet-value">
                    <input type="checkbox" prop:checked=checked disabled=locked on:change=toggle />
                    <span class="facet-value-label">{label}</span>
                    <span class="facet-count">{count}</span>
                </label>
            </li>
        }
        .into_any()
    };

    view! {
        <fieldset class="facet" aria-labelledby=heading_id.clone() hidden=move || list.with(|list| list.total == 0)>
                <legend class="facet-name" id=heading_id.clone()>
                    {move || explorer.messages().facet_name(kind)}
                </legend>
                {has_find_box(kind).then(|| {
                    let find_id = find_id.clone();
                    view! {
                        <Show when=move || list.with(|list| list.find_box)>
                            <label class="visually-hidden" for=find_id.clone()>
                                {move || (explorer.messages().find_in_facet)(explorer.messages().facet_name(kind))}
                            </label>
                            <input
                                id=find_id.clone()
                                class="facet-find"
                                type="search"
                                autocomplete="off"
                                placeholder=move || (explorer.messages().find_in_facet)(explorer.messages().facet_name(kind))
                                prop:value=move || typed.get()
                                on:input=move |event| typed.set(event_target_value(&event))
                            />
                        </Show>
                    }
                })}
                <ul class="facet-values" id=list_id.clone()>
                    <For each=move || list.with(|list| list.rows.clone()) key=FacetRow::key children=row />
                </ul>
                <Show when=move || list.with(|list| list.rows.is_empty())>
                    <p class="facet-empty">{move || explorer.messages().no_matching_values}</p>
                </Show>
                <Show when=move || list.with(|list| list.more.is_some())>
                    <button
                        type="button"
                        class="link-button facet-more"
                        aria-expanded=move || (extent.get() != Extent::Collapsed).to_string()
                        aria-controls=list_id.clone()
                        on:click=move |_| extent.update(|extent| {
                            *extent = match extent {
                                Extent::Collapsed => Extent::Expanded,
                                Extent::Expanded | Extent::Everything => Extent::Collapsed,
                            }
                        })
                    >
                        {move || {
                            list.with(|list| list.more)
                                .map_or_else(String::new, |more| more.text(explorer.messages()))
                        }}
                    </button>
                </Show>
                {move || list.with(|list| list.show_everything).map(|total| view! {
                    <button
                        type="button"
                        class="link-button facet-more"
                        aria-controls=list_id_everything.clone()
                        on:click=move |_| extent.set(Extent::Everything)
                    >
                        {move || MoreButton::ShowAll(total).text(explorer.messages())}
                    </button>
                })}
            </fieldset>
    }
}
