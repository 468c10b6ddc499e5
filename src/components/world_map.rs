//! The map view: a world choropleth of the results per country of origin or of residence,
//! whose countries toggle that filter; markers for countries too small to point at; the
//! legend; the programmes no country shape holds; where the selected countries' diasporas
//! reach; the corridor table; and the same counts as a table.
//!
//! The counts, classes and corridors come from [`diaspora_core::present::world_map`]; the
//! outlines from [`crate::world_map_file`]. No inline style: colours are classes
//! (`map-c0`…`map-c4`) the stylesheet gives light and dark values.

use diaspora_core::explorer::view::MapSide;
use diaspora_core::present::display::facet_value_label;
use diaspora_core::present::world_map::{
    corridors, corridors_csv, sort_corridors, wide_reach, CorridorOrder, CountryCounts, WideReach,
};
use diaspora_core::request::FacetKind;
use diaspora_core::text::fold;
use leptos::prelude::*;

use super::state_link::StateLink;
use crate::browser;
use crate::explorer::Explorer;
use crate::map_drawing::{self, Paint};
use crate::world_map_file::{use_world_map, MapLoad};

#[component]
pub fn MapView() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let geometry = use_world_map(explorer.base());
    let side = Memo::new(move |_| explorer.state.with(|s| s.side));
    // The settled counts, as the facets show them: recolouring the world on every keystroke
    // would slow typing down.
    let counts = Memo::new(move |_| {
        explorer
            .settled
            .with(|settled| CountryCounts::of_side(&settled.facets, side.get()))
    });
    let pointed = RwSignal::new(None::<String>);
    let name = move |code: &str| {
        facet_value_label(
            explorer.data.catalogue,
            side.get_untracked().facet(),
            code,
            explorer.lang.get_untracked(),
        )
        .to_owned()
    };
    let pointed_label = move |code: &str| {
        let count = counts.with(|counts| counts.count(code));
        (explorer.messages().map_country)(&name(code), count, side.get())
    };
    let toggle = move |code: &str| {
        let kind = side.get_untracked().facet();
        let next = explorer
            .state
            .with_untracked(|state| state.toggled(kind, code));
        explorer.go(next);
    };
    // The countries are drawn and repainted by DOM calls (crate::map_drawing: a measured size
    // reason); clicks, keys and pointing are handled here, once, for all of them.
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let drawn = StoredValue::new(false);
    Effect::new(move |_| {
        let (MapLoad::Ready(map), Some(svg)) = (geometry.get(), svg_ref.get()) else {
            return;
        };
        let svg: web_sys::Element = svg.into();
        if !drawn.get_value() {
            map_drawing::draw(&svg, &map);
            drawn.set_value(true);
        }
        let lang = explorer.lang.get();
        let side = side.get();
        let messages = explorer.messages();
        counts.with(|counts| {
            explorer.state.with(|state| {
                map_drawing::repaint(&svg, |code| {
                    let count = counts.count(code);
                    Paint {
                        class: counts
                            .class_of(code)
                            .map_or_else(|| "map-none".to_owned(), |class| format!("map-c{class}")),
                        label: (count > 0).then(|| {
                            let name = facet_value_label(
                                explorer.data.catalogue,
                                side.facet(),
                                code,
                                lang,
                            );
                            (messages.map_country)(name, count, side)
                        }),
                        selected: state.filters.contains(side.facet(), code),
                    }
                });
            });
        });
    });
    let on_click = move |event: leptos::ev::MouseEvent| {
        if let Some(code) = map_drawing::country_of(&event) {
            if counts.with_untracked(|counts| counts.count(&code) > 0) {
                toggle(&code);
            }
        }
    };
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        if matches!(event.key().as_str(), "Enter" | " ") {
            if let Some(code) = map_drawing::country_of(&event) {
                event.prevent_default();
                toggle(&code);
            }
        }
    };
    let on_point = move |event: web_sys::Event| {
        let code = map_drawing::country_of(&event)
            .filter(|code| counts.with_untracked(|counts| counts.count(code) > 0));
        if code.is_some() {
            pointed.set(code);
        }
    };
    let svg = move || match geometry.get() {
        MapLoad::Loading => {
            view! { <p class="map-status" role="status">{explorer.messages().map_loading}</p> }
                .into_any()
        }
        MapLoad::Failed => {
            view! { <p class="map-status" role="status">{explorer.messages().map_unavailable}</p> }
                .into_any()
        }
        MapLoad::Ready(map) => view! {
            <svg
                node_ref=svg_ref
                class="world-map"
                viewBox=format!("0 0 {} {}", map.width, map.height)
                role="group"
                aria-label=move || (explorer.messages().map_title)(side.get())
                on:click=on_click
                on:keydown=on_key
                on:mouseover=move |event| on_point(event.into())
                on:focusin=move |event| on_point(event.into())
                on:mouseleave=move |_| pointed.set(None)
            ></svg>
        }
        .into_any(),
    };
    let pointed_line = move || match pointed.get() {
        Some(code) => pointed_label(&code),
        None => explorer.messages().map_point_hint.to_owned(),
    };

    view! {
        <section class="map-view" data-testid="map-view">
            <div class="map-controls">
                <SideSwitch side=side />
                <FindCountry counts=counts side=side toggle=Callback::new(move |code: String| toggle(&code)) />
            </div>
            <div class="map-frame">{svg}</div>
            <p class="map-pointed" aria-hidden="true">{pointed_line}</p>
            <Legend counts=counts />
            <Reach side=side />
            <WideReachList side=side />
            <details class="map-table">
                <summary>{move || explorer.messages().show_as_table}</summary>
                <CountryTable counts=counts side=side toggle=Callback::new(move |code: String| toggle(&code)) />
            </details>
            <CorridorTable />
        </section>
    }
}

/// Origin | Residence.
#[component]
fn SideSwitch(side: Memo<MapSide>) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    // Drawn again when the language changes; its text is then plain (smaller code).
    move || {
        let m = explorer.messages();
        view! {
            <div class="map-side" role="group" aria-label=m.map_side_label>
                <span class="map-side-label" aria-hidden="true">{m.map_side_label}</span>
                {MapSide::ALL.map(|choice| view! {
                    <button
                        type="button"
                        class="view-button"
                        data-side=choice.key()
                        aria-pressed=move || (side.get() == choice).to_string()
                        on:click=move |_| {
                            if side.get_untracked() != choice {
                                let next = explorer.state.with_untracked(|s| s.with_side(choice));
                                explorer.go(next);
                            }
                        }
                    >
                        {m.map_sides[choice as usize]}
                    </button>
                })}
            </div>
        }
    }
}

/// "Find a country": a name typed (or picked from the suggestions) toggles that country.
#[component]
fn FindCountry(
    counts: Memo<CountryCounts>,
    side: Memo<MapSide>,
    toggle: Callback<String>,
) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let names = Memo::new(move |_| {
        let lang = explorer.lang.get();
        let kind = side.get().facet();
        counts.with(|counts| {
            let mut names: Vec<(String, String)> = counts
                .ranked()
                .into_iter()
                .map(|(code, _)| {
                    let name = facet_value_label(explorer.data.catalogue, kind, code, lang);
                    (code.to_owned(), name.to_owned())
                })
                .collect();
            names.sort_by_cached_key(|(_, name)| fold(name));
            names
        })
    });
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let wanted = fold(typed.get_untracked().trim());
        if wanted.is_empty() {
            return;
        }
        let found = names.with_untracked(|names| {
            let exact = names
                .iter()
                .find(|(code, name)| fold(name) == wanted || code.eq_ignore_ascii_case(&wanted));
            let starting: Vec<&(String, String)> = names
                .iter()
                .filter(|(_, name)| fold(name).starts_with(&wanted))
                .collect();
            exact
                .or((starting.len() == 1).then(|| starting[0]))
                .map(|(code, _)| code.clone())
        });
        match found {
            Some(code) => {
                problem.set(None);
                typed.set(String::new());
                toggle.run(code);
            }
            None => problem.set(Some((explorer.messages().map_find_none)(
                typed.get_untracked().trim(),
            ))),
        }
    };
    view! {
        <form class="map-find" on:submit=submit>
            <label for="map-find-input">{move || explorer.messages().map_find}</label>
            <input
                id="map-find-input"
                type="search"
                list="map-find-names"
                autocomplete="off"
                prop:value=move || typed.get()
                on:input=move |event| typed.set(event_target_value(&event))
                aria-describedby="map-find-problem"
            />
            <datalist id="map-find-names">
                {move || names.get().into_iter().map(|(_, name)| view! { <option value=name></option> }).collect_view()}
            </datalist>
            <p id="map-find-problem" class="map-find-problem" role="status">{move || problem.get()}</p>
        </form>
    }
}

/// The colour classes and their ranges.
#[component]
fn Legend(counts: Memo<CountryCounts>) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    move || {
        let m = explorer.messages();
        let number = m.number;
        let classes = counts.with(|counts| counts.breaks.ranges());
        view! {
            <figure class="map-legend">
                <figcaption>{m.map_legend}</figcaption>
                <ul>
                    <li><span class="swatch map-none" aria-hidden="true"></span>{m.map_none}</li>
                    {classes.into_iter().enumerate().map(|(class, (low, high))| {
                        let text = if low == high { number(low) } else { format!("{}–{}", number(low), number(high)) };
                        view! { <li><span class=format!("swatch map-c{class}") aria-hidden="true"></span>{text}</li> }
                    }).collect_view()}
                </ul>
            </figure>
        }
    }
}

/// With countries selected on the map's side: the other side's counts under that selection
/// ("Where the diaspora lives — origin: Senegal: France 5, Italy 2…"), each a link that
/// switches the map to that side.
#[component]
fn Reach(side: Memo<MapSide>) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let selected = Memo::new(move |_| {
        explorer
            .state
            .with(|state| state.filters.values(side.get().facet()).to_vec())
    });
    let other = move || {
        let other = side.get().other();
        explorer.settled.with(|settled| {
            CountryCounts::of_side(&settled.facets, other)
                .ranked()
                .into_iter()
                .map(|(c, n)| (c.to_owned(), n))
                .collect::<Vec<_>>()
        })
    };
    move || {
        let codes = selected.get();
        if codes.is_empty() {
            return None;
        }
        let lang = explorer.lang.get();
        let kind = side.get().facet();
        let names: Vec<&str> = codes
            .iter()
            .map(|code| facet_value_label(explorer.data.catalogue, kind, code, lang))
            .collect();
        let other_kind = side.get().other().facet();
        let rows = other()
            .into_iter()
            .map(|(code, count)| {
                let label =
                    facet_value_label(explorer.data.catalogue, other_kind, &code, lang).to_owned();
                format!("{label} {}", (explorer.messages().number)(count))
            })
            .collect::<Vec<_>>()
            .join(", ");
        let switch_to = side.get().other();
        Some(view! {
            <div class="map-reach" data-testid="map-reach">
                <p>
                    <strong>{(explorer.messages().corridor_lead)(&names.join(", "), side.get())}</strong>
                    {explorer.messages().label_separator}
                    {rows}
                </p>
                <button type="button" class="link-button" data-side=switch_to.key() on:click=move |_| {
                    let next = explorer.state.with_untracked(|s| s.with_side(switch_to));
                    explorer.go(next);
                }>
                    {format!("{}{}{}", explorer.messages().map_side_label, explorer.messages().label_separator, explorer.messages().map_sides[switch_to as usize])}
                </button>
            </div>
        })
    }
}

/// The results no country shape holds: those reaching whole regions or many countries, each
/// row opening the list of its programmes.
#[component]
fn WideReachList(side: Memo<MapSide>) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let reach = Memo::new(move |_| {
        explorer
            .response
            .with(|response| wide_reach(explorer.data.catalogue, &response.matching, side.get()))
    });
    move || {
        let rows = reach.get();
        if rows.is_empty() {
            return None;
        }
        let lang = explorer.lang.get();
        let messages = explorer.messages();
        Some(view! {
            <section class="map-wide" data-testid="map-wide">
                <h3>{messages.map_wide_heading}</h3>
                <ul>
                    {rows.into_iter().map(|(what, docs)| {
                        let label = match &what {
                            WideReach::Many => messages.map_wide_many.to_owned(),
                            WideReach::Region(code) => (messages.map_wide_region)(
                                facet_value_label(explorer.data.catalogue, FacetKind::Region, code, lang),
                            ),
                        };
                        let count = (messages.programme_count)(docs.len());
                        view! {
                            <li>
                                <details>
                                    <summary>{label}{messages.label_separator}{count}</summary>
                                    <ul class="map-wide-programmes">
                                        {docs.into_iter().map(|doc| {
                                            let programme = &explorer.data.catalogue.programmes[doc];
                                            let id = programme.id.clone();
                                            let to = Signal::derive(move || explorer.state.with(|s| s.opening(&id)));
                                            view! { <li><StateLink to=to>{programme.title.clone()}</StateLink></li> }
                                        }).collect_view()}
                                    </ul>
                                </details>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        })
    }
}

/// The map's counts as a table: every country with programmes, most first, each a button that
/// toggles it.
#[component]
fn CountryTable(
    counts: Memo<CountryCounts>,
    side: Memo<MapSide>,
    toggle: Callback<String>,
) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let selected = Memo::new(move |_| {
        explorer
            .state
            .with(|state| state.filters.values(side.get().facet()).to_vec())
    });
    move || {
        let m = explorer.messages();
        let lang = explorer.lang.get();
        let kind = side.get().facet();
        let rows = counts.with(|counts| {
            selected.with(|selected| {
                counts
                    .ranked()
                    .into_iter()
                    .map(|(code, count)| {
                        let name = facet_value_label(explorer.data.catalogue, kind, code, lang).to_owned();
                        let chosen = selected.iter().any(|s| s == code);
                        let code = code.to_owned();
                        let row_code = code.clone();
                        view! {
                            <tr data-country=row_code>
                                <th scope="row">
                                    <button type="button" class="link-button" aria-pressed=chosen.to_string() on:click=move |_| toggle.run(code.clone())>
                                        {name}
                                    </button>
                                </th>
                                <td>{(m.number)(count)}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        });
        view! {
            <table class="data-table">
                <caption class="visually-hidden">{(m.map_title)(side.get())}</caption>
                <thead>
                    <tr>
                        <th scope="col">{m.table_country}</th>
                        <th scope="col">{m.table_programmes}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
    }
}

/// Every corridor of the results (origin, residence, programmes), sortable and downloadable.
#[component]
fn CorridorTable() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let order = RwSignal::new(CorridorOrder::Programmes);
    // Counted only while open: the table is long, and the results change with every keystroke.
    let open = RwSignal::new(false);
    let table = Memo::new(move |_| {
        if !open.get() {
            return Vec::new();
        }
        let lang = explorer.lang.get();
        let mut table = explorer
            .response
            .with(|response| corridors(explorer.data.catalogue, &response.matching));
        sort_corridors(&mut table, order.get(), explorer.data.catalogue, lang);
        table
    });
    let download = move |_| {
        let lang = explorer.lang.get_untracked();
        let csv = table.with_untracked(|table| corridors_csv(table, explorer.data.catalogue, lang));
        if let Err(error) = browser::download("corridors.csv", "text/csv;charset=utf-8", &csv) {
            leptos::logging::error!("the download could not start: {error}");
        }
    };
    let on_order = move |event| {
        order.set(match event_target_value(&event).as_str() {
            "origin" => CorridorOrder::Origin,
            "residence" => CorridorOrder::Residence,
            _ => CorridorOrder::Programmes,
        });
    };
    let country = move |code: &str| {
        facet_value_label(
            explorer.data.catalogue,
            FacetKind::Origin,
            code,
            explorer.lang.get(),
        )
        .to_owned()
    };
    view! {
        <details
            class="map-corridors"
            data-testid="corridors"
            on:toggle=move |event| open.set(event_target::<web_sys::Element>(&event).has_attribute("open"))
        >
            <summary>{move || explorer.messages().corridors_heading}</summary>
            <p class="muted">{move || explorer.messages().corridors_note}</p>
            <p hidden=move || !open.get() || !table.with(Vec::is_empty)>{move || explorer.messages().corridors_none}</p>
            <div hidden=move || table.with(Vec::is_empty)>
                <div class="map-corridor-controls">
                    <label>
                        <span>{move || explorer.messages().corridors_sort}</span>
                        <select on:change=on_order>
                            <option value="programmes">{move || explorer.messages().table_programmes}</option>
                            <option value="origin">{move || explorer.messages().corridor_origin}</option>
                            <option value="residence">{move || explorer.messages().corridor_residence}</option>
                        </select>
                    </label>
                    <button type="button" class="button" on:click=download>{move || explorer.messages().corridors_download}</button>
                </div>
                <table class="data-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || explorer.messages().corridor_origin}</th>
                            <th scope="col">{move || explorer.messages().corridor_residence}</th>
                            <th scope="col">{move || explorer.messages().table_programmes}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || table.get().into_iter().map(|corridor| view! {
                            <tr>
                                <td>{country(&corridor.origin)}</td>
                                <td>{country(&corridor.residence)}</td>
                                <td>{(explorer.messages().number)(corridor.programmes)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </details>
    }
}
