//! One facet as a list of checkboxes with counts, the most frequent first, with "show all"
//! and, for long lists, a box to find a value by name.

use std::collections::HashMap;
use std::sync::Arc;

use diaspora_core::present::display::{facet_value_label, label_matches};
use diaspora_core::request::FacetKind;
use diaspora_core::text::fold;
use diaspora_core::{Geography, Lang};
use leptos::prelude::*;

use crate::explorer::Explorer;

/// Values shown before "show all".
const COLLAPSED: usize = 8;
/// Values shown at most, even with "show all": beyond that, the find box is the way in, so a
/// facet with thousands of implementers never renders thousands of rows.
const EXPANDED: usize = 100;

/// The checkbox list of one facet; hidden while the facet has no values at all.
#[component]
pub fn FacetGroup(kind: FacetKind) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let expanded = RwSignal::new(false);
    let typed = RwSignal::new(String::new());
    let counts = Memo::new(move |_| {
        explorer.response.with(|response| {
            response
                .facets
                .iter()
                .find(|facet| facet.kind == kind)
                .map(|facet| facet.counts.clone())
                .unwrap_or_default()
        })
    });
    let selected = move |value: &str| {
        explorer
            .state
            .with(|state| state.filters.values(kind).iter().any(|v| v == value))
    };
    // Folded names for ordering ties, computed once per value and language rather than on
    // every keystroke.
    let sort_names = StoredValue::new(HashMap::<(Lang, Arc<str>), String>::new());
    // Values in view: by count, then by name in the interface language; selected values are
    // always kept in view.
    let visible = Memo::new(move |_| {
        let lang = explorer.lang.get();
        let typed = typed.get();
        let typed = typed.trim();
        let limit = if expanded.get() || !typed.is_empty() {
            EXPANDED
        } else {
            COLLAPSED
        };
        counts.with(|counts| {
            // `counts` is ordered by count: the first `limit` values, and any that tie with
            // the last of them, are all that can be shown.
            let mut candidates: Vec<&(Arc<str>, usize)> = Vec::new();
            for entry in counts.iter().filter(|(value, _)| {
                typed.is_empty()
                    || label_matches(
                        facet_value_label(explorer.data.catalogue, kind, value, lang),
                        typed,
                    )
            }) {
                if candidates.len() >= limit && candidates.last().map(|(_, c)| *c) != Some(entry.1)
                {
                    break;
                }
                candidates.push(entry);
            }
            sort_names.update_value(|names| {
                for (value, _) in &candidates {
                    names.entry((lang, value.clone())).or_insert_with(|| {
                        fold(facet_value_label(
                            explorer.data.catalogue,
                            kind,
                            value,
                            lang,
                        ))
                    });
                }
            });
            sort_names.with_value(|names| {
                let name = |value: &Arc<str>| names.get(&(lang, value.clone()));
                candidates.sort_by(|(a, count_a), (b, count_b)| {
                    count_b.cmp(count_a).then_with(|| name(a).cmp(&name(b)))
                });
            });
            let mut shown: Vec<Arc<str>> = candidates
                .iter()
                .take(limit)
                .map(|(value, _)| value.clone())
                .collect();
            for value in explorer
                .state
                .with(|state| state.filters.values(kind).to_vec())
            {
                if !shown.iter().any(|v| **v == *value) {
                    if let Some((known, _)) = counts.iter().find(|(v, _)| **v == *value) {
                        shown.push(known.clone());
                    }
                }
            }
            rows(
                &explorer.data.catalogue.geography,
                kind,
                shown,
                limit == EXPANDED,
                lang,
            )
        })
    });
    let total_values = move || counts.with(Vec::len);
    let searchable = matches!(
        kind,
        FacetKind::Origin | FacetKind::Residence | FacetKind::Implementer
    );
    let heading_id = format!("facet-{}", kind.key());
    let list_id = format!("facet-{}-values", kind.key());
    let find_id = format!("facet-{}-find", kind.key());

    let row = move |row: Row| {
        let value = match row {
            Row::Value(value) => value,
            Row::Region(code) => {
                let name = move || {
                    explorer
                        .data
                        .catalogue
                        .geography
                        .region(&code)
                        .map(|region| explorer.lang.get().pick(&region.en, &region.fr).to_owned())
                };
                // Visual grouping only: each checkbox still names its own country.
                return view! { <li class="facet-region" aria-hidden="true">{name}</li> }
                    .into_any();
            }
        };
        let count = {
            let value = value.clone();
            move || {
                counts.with(|counts| {
                    counts
                        .iter()
                        .find(|(v, _)| *v == value)
                        .map_or(0, |(_, count)| *count)
                })
            }
        };
        let checked = {
            let value = value.clone();
            move || selected(&value)
        };
        // A filter the partner's site fixed stays checked.
        let locked = explorer.with_locked(|locked| locked.holds(kind, &value));
        let label = {
            let value = value.clone();
            move || {
                facet_value_label(explorer.data.catalogue, kind, &value, explorer.lang.get())
                    .to_owned()
            }
        };
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
                    <span class="facet-count">{move || (explorer.messages().number)(count())}</span>
                </label>
            </li>
        }
        .into_any()
    };

    view! {
        <fieldset class="facet" aria-labelledby=heading_id.clone() hidden=move || total_values() == 0>
                <legend class="facet-name" id=heading_id.clone()>
                    {move || explorer.messages().facet_name(kind)}
                </legend>
                {(searchable).then(|| {
                    let find_id = find_id.clone();
                    view! {
                        <Show when=move || { total_values() > COLLAPSED }>
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
                    <For each=move || visible.get() key=|row| row.clone() children=row />
                </ul>
                <Show when=move || visible.with(Vec::is_empty)>
                    <p class="facet-empty">{move || explorer.messages().no_matching_values}</p>
                </Show>
                <Show when=move || { typed.with(|t| t.trim().is_empty()) && total_values() > COLLAPSED }>
                    <button
                        type="button"
                        class="link-button facet-more"
                        aria-expanded=move || expanded.get().to_string()
                        aria-controls=list_id.clone()
                        on:click=move |_| expanded.update(|open| *open = !*open)
                    >
                        {move || {
                            let messages = explorer.messages();
                            if expanded.get() {
                                messages.show_fewer.to_owned()
                            } else {
                                match total_values() {
                                    total if total > EXPANDED => (messages.show_first)(EXPANDED, total),
                                    total => (messages.show_all)(total),
                                }
                            }
                        }}
                    </button>
                </Show>
            </fieldset>
    }
}

/// One line of a facet list: a value, or the name of the region the countries after it are in.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Row {
    Value(Arc<str>),
    Region(String),
}

/// The lines of a facet list. A long list of countries is grouped by continent (continents by
/// name), which is how people scan for a country; everything else stays in the given order.
fn rows(
    geography: &Geography,
    kind: FacetKind,
    values: Vec<Arc<str>>,
    expanded: bool,
    lang: Lang,
) -> Vec<Row> {
    let by_country = matches!(kind, FacetKind::Origin | FacetKind::Residence);
    if !by_country || !expanded || values.len() <= COLLAPSED {
        return values.into_iter().map(Row::Value).collect();
    }
    let continent = |value: &str| {
        let region = geography.country(value).and_then(|c| c.region.clone());
        // Countries without a continent come last.
        let name = region
            .as_deref()
            .and_then(|code| geography.region(code))
            .map(|r| fold(lang.pick(&r.en, &r.fr)));
        ((name.is_none(), name), region)
    };
    type Key = ((bool, Option<String>), Option<String>);
    let mut keyed: Vec<(Key, Arc<str>)> = values
        .into_iter()
        .map(|value| (continent(&value), value))
        .collect();
    // Stable: within a continent, the order by count and name is kept.
    keyed.sort_by(|((a, _), _), ((b, _), _)| a.cmp(b));
    let mut rows = Vec::with_capacity(keyed.len() + 6);
    let mut current: Option<String> = None;
    for ((_, region), value) in keyed {
        if region.is_some() && region != current {
            rows.push(Row::Region(region.clone().unwrap_or_default()));
        }
        current = region;
        rows.push(Row::Value(value));
    }
    rows
}
