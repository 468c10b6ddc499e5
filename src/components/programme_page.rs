//! A programme's own page: every field, its sources and official site as external links, the
//! date it was last verified, related programmes, and a button to copy its link.

use diaspora_core::data::Countries;
use diaspora_core::explorer::url_state::ExplorerState;
use diaspora_core::present::display::{
    acronym_after_title, country_names, facet_value_label, in_reader_language,
    open_to_applications_label, organisation_full_name, years_and_status,
};
use diaspora_core::present::i18n::Messages;
use diaspora_core::present::related::{related_programmes, Family};
use diaspora_core::request::FacetKind;
use diaspora_core::{Lang, Organisation, Programme, Source};
use leptos::prelude::*;

use super::back_link::BackLink;
use super::compare::{CompareTick, CompareTray};
use super::external_link::ExternalLink;
use super::state_link::StateLink;
use crate::browser;
use crate::dataset::SourcesState;
use crate::explorer::Explorer;
use crate::ids;

/// Related programmes listed at the bottom of the page.
const RELATED: usize = 6;

/// The page of the programme `id`; a short notice when the catalogue has no such programme.
#[component]
pub fn ProgrammePage(id: String) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let back = move || explorer.state.with(|state| state.closing());
    let back_link = view! { <BackLink to=back /> };
    let Some(programme) = explorer.data.catalogue.programme(&id) else {
        return view! {
            <article class="programme-page" aria-labelledby=ids::PROGRAMME_TITLE>
                {back_link}
                <h1 id=ids::PROGRAMME_TITLE class="programme-page-title" tabindex="-1">
                    {move || explorer.messages().programme_not_found_title}
                </h1>
                <p class="notice">{move || explorer.messages().programme_not_found}</p>
            </article>
        }
        .into_any();
    };
    view! {
        <article class="programme-page" aria-labelledby=ids::PROGRAMME_TITLE>
            {back_link}
            <ProgrammeHeader programme=programme />
            <ProgrammeDetails programme=programme />
            <ProgrammeTakingPart programme=programme />
            <ProgrammeSources programme=programme />
            <CopyLink />
            <ProgrammeFamily programme=programme />
            <RelatedProgrammes programme=programme />
        </article>
    }
    .into_any()
}

#[component]
fn ProgrammeHeader(programme: &'static Programme) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let status = move || {
        years_and_status(
            programme,
            &explorer.data.catalogue.vocabularies,
            explorer.lang.get(),
        )
    };
    let summary = move || match (explorer.lang.get(), &programme.summary_fr) {
        (Lang::Fr, Some(summary_fr)) => (summary_fr.clone(), None),
        // A French reader without a French summary is told the summary is in English.
        (Lang::Fr, None) => (programme.summary.clone(), Some("en")),
        (Lang::En, _) => (programme.summary.clone(), None),
    };
    view! {
        <header class="programme-header">
            <h1 id=ids::PROGRAMME_TITLE class="programme-page-title" tabindex="-1">
                {programme.title.clone()}
                {acronym_after_title(programme).map(|a| {
                    view! { " " <span class="acronym">"(" {a.to_owned()} ")"</span> }
                })}
            </h1>
            {programme.original_title.clone().map(|original| view! {
                <p class="original-title">
                    {move || explorer.messages().original_title} {move || explorer.messages().label_separator} <span lang="">{original}</span>
                </p>
            })}
            <p class="programme-status">{status}</p>
            <div class="programme-compare">
                <CompareTick programme=programme described_by=ids::PROGRAMME_TITLE />
                <CompareTray />
            </div>
        </header>
        <section class="programme-summary" aria-labelledby=ids::SUMMARY_HEADING>
            <h2 id=ids::SUMMARY_HEADING>
                {move || {
                    let messages = explorer.messages();
                    if summary().1.is_some() { messages.summary_in_english } else { messages.summary }
                }}
            </h2>
            <p lang=move || summary().1>{move || summary().0}</p>
        </section>
    }
}

#[component]
fn ProgrammeDetails(programme: &'static Programme) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let catalogue = explorer.data.catalogue;
    let messages = move || explorer.messages();
    let countries = move |codes: &'static Countries| {
        move || {
            country_names(codes, &catalogue.geography, explorer.lang.get())
                .unwrap_or_else(|| messages().not_specified.to_owned())
        }
    };
    let organisations = move |list: &'static [Organisation]| {
        move || {
            let lang = explorer.lang.get();
            list.iter()
                .map(|organisation| {
                    let kind = facet_value_label(
                        catalogue,
                        FacetKind::ImplementerType,
                        &organisation.kind,
                        lang,
                    );
                    // "Name (ACR) – type": the acronym already takes the brackets.
                    format!(
                        "{} – {kind}",
                        organisation_full_name(catalogue, organisation, lang)
                    )
                })
                .collect::<Vec<_>>()
                .join(" · ")
        }
    };
    let labels = move |kind: FacetKind, codes: &'static [String]| {
        move || {
            let lang = explorer.lang.get();
            codes
                .iter()
                .map(|code| facet_value_label(catalogue, kind, code, lang))
                .collect::<Vec<_>>()
                .join(" · ")
        }
    };
    let row = |term: Signal<&'static str>, value: Box<dyn Fn() -> String + Send + Sync>| {
        view! {
            <div>
                <dt>{term}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    let term = |pick: fn(&'static Messages) -> &'static str| {
        Signal::derive(move || pick(explorer.messages()))
    };
    let mut rows = vec![
        row(
            term(|m| m.origin_countries),
            Box::new(countries(&programme.origin_countries)),
        ),
        row(
            term(|m| m.residence_countries),
            Box::new(countries(&programme.residence_countries)),
        ),
    ];
    if !programme.regions.is_empty() {
        rows.push(row(
            term(|m| m.regions),
            Box::new(labels(FacetKind::Region, &programme.regions)),
        ));
    }
    for (pick, list) in [
        (
            (|m| m.implemented_by) as fn(&'static Messages) -> &'static str,
            &programme.implementers,
        ),
        (|m| m.funded_by, &programme.funders),
        (|m| m.partners, &programme.partners),
    ] {
        if !list.is_empty() {
            rows.push(row(term(pick), Box::new(organisations(list))));
        }
    }
    for (pick, kind, codes) in [
        (
            (|m| m.support_types) as fn(&'static Messages) -> &'static str,
            FacetKind::Support,
            &programme.support_types,
        ),
        (
            |m| m.target_groups,
            FacetKind::Target,
            &programme.target_groups,
        ),
    ] {
        if !codes.is_empty() {
            rows.push(row(term(pick), Box::new(labels(kind, codes))));
        }
    }
    let themes = programme
        .themes
        .iter()
        .map(|code| {
            let target = move || {
                explorer
                    .state
                    .with(|state| state.closing().selecting(FacetKind::Theme, code))
            };
            view! {
                <li>
                    <StateLink to=target attr:class="tag">
                        {move || facet_value_label(catalogue, FacetKind::Theme, code, explorer.lang.get()).to_owned()}
                    </StateLink>
                </li>
            }
        })
        .collect_view();
    view! {
        <dl class="programme-details">
            {rows}
            <div>
                <dt>{move || messages().themes}</dt>
                <dd><ul class="tags">{themes}</ul></dd>
            </div>
        </dl>
    }
}

/// Who may take part and how, with the page to apply or get in touch, where the sources say
/// it; nothing otherwise.
#[component]
fn ProgrammeTakingPart(programme: &'static Programme) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let taking_part = programme.taking_part.as_ref()?;
    let messages = move || explorer.messages();
    let text = move |english: &'static Option<String>,
                     french: &'static Option<String>,
                     term: fn(&'static Messages) -> &'static str| {
        english.as_deref().map(|english| {
            let shown = move || in_reader_language(english, french.as_deref(), explorer.lang.get());
            view! {
                <div>
                    <dt>{move || term(messages())}</dt>
                    <dd lang=move || shown().1>{move || shown().0}</dd>
                </div>
            }
        })
    };
    let availability = move || match taking_part.open_to_applications {
        Some(true) if programme.is_open_to_applications() => Some(
            open_to_applications_label(&explorer.data.catalogue.vocabularies, explorer.lang.get())
                .to_owned(),
        ),
        Some(false) => Some(messages().applications_closed.to_owned()),
        _ => None,
    };
    Some(view! {
        <section class="programme-taking-part" aria-labelledby=ids::TAKING_PART_HEADING>
            <h2 id=ids::TAKING_PART_HEADING>{move || messages().taking_part}</h2>
            {move || availability().map(|text| view! { <p class="availability">{text}</p> })}
            <dl class="programme-details">
                {text(&taking_part.who, &taking_part.who_fr, |m| m.who_may_take_part)}
                {text(&taking_part.how, &taking_part.how_fr, |m| m.how_to_take_part)}
            </dl>
            {taking_part.url.clone().map(|url| view! {
                <p class="taking-part-link">
                    <ExternalLink href=url>{move || messages().taking_part_link}</ExternalLink>
                </p>
            })}
        </section>
    })
}

#[component]
fn ProgrammeSources(programme: &'static Programme) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let date = programme.last_verified;
    let verified = move || (explorer.messages().date)(date.year, date.month, date.day);
    let list = move |sources: &'static [Source]| {
        sources
        .iter()
        .map(|source| {
            view! {
                <li>
                    <ExternalLink href=source.url.clone()>{source.url.clone()}</ExternalLink>
                    <span class="source-supports" lang="en">
                        {move || (explorer.messages().source_supports)(&source.supports)}
                    </span>
                    // One text node rather than a view of its own: the smaller wasm.
                    <span class="source-accessed">
                        {move || {
                            let messages = explorer.messages();
                            let (label, day) = match (source.accessed, source.accessed_before) {
                                (Some(day), _) => (messages.read_on, day),
                                (None, Some(day)) => (messages.read_by, day),
                                (None, None) => return None,
                            };
                            Some(format!("{label} {}", (messages.date)(day.year, day.month, day.day)))
                        }}
                    </span>
                </li>
            }
        })
        .collect_view()
    };
    // The sources come apart from the catalogue (`Dataset::sources_state`): shown once in.
    let data = explorer.data;
    let sources = move || match data.catalogue.sources(programme) {
        Some(sources) => view! { <ul>{list(sources)}</ul> }.into_any(),
        None => {
            let message = match data.sources_state() {
                SourcesState::Failed => explorer.messages().sources_unavailable,
                _ => explorer.messages().sources_loading,
            };
            view! { <p class="sources-status" role="status">{message}</p> }.into_any()
        }
    };
    view! {
        {programme.official_url.clone().map(|url| view! {
            <p class="official-site">
                <ExternalLink href=url>{move || explorer.messages().official_site}</ExternalLink>
            </p>
        })}
        <section class="programme-sources" aria-labelledby=ids::SOURCES_HEADING>
            <h2 id=ids::SOURCES_HEADING>{move || explorer.messages().sources}</h2>
            {sources}
            <p class="last-verified">
                {move || explorer.messages().last_verified} {move || explorer.messages().label_separator}
                <time datetime=date.to_string()>{verified}</time>
            </p>
        </section>
    }
}

/// "Copy link", with the outcome announced.
#[component]
fn CopyLink() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let outcome = RwSignal::new(None::<bool>);
    // The programme's permanent link, or the whole address with the reader's search.
    let copy = move |with_search: bool| {
        let link = explorer.state.with_untracked(|state| {
            let target = if with_search {
                state.clone()
            } else {
                state.permalink().unwrap_or_else(|| state.clone())
            };
            explorer.absolute_href(&target)
        });
        leptos::task::spawn_local(async move {
            outcome.set(Some(browser::copy_to_clipboard(&link).await));
        });
    };
    // Only when there is a search to share beyond the programme itself.
    let has_search = move || explorer.state.with(ExplorerState::carries_a_search);
    view! {
        <p class="copy-link">
            <button type="button" class="button" on:click=move |_| copy(false)>
                {move || explorer.messages().copy_link}
            </button>
            <Show when=has_search>
                <button type="button" class="button" on:click=move |_| copy(true)>
                    {move || explorer.messages().copy_search_link}
                </button>
            </Show>
            <span class="copy-outcome" role="status">
                {move || outcome.get().map(|copied| {
                    let messages = explorer.messages();
                    if copied { messages.link_copied } else { messages.copy_failed }
                })}
            </span>
        </p>
    }
}

/// The programme this one is part of, and those part of it: a list each.
#[component]
fn ProgrammeFamily(programme: &'static Programme) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let family = Family::of(explorer.data.catalogue, programme);
    view! {
        <ProgrammeList
            heading_id=ids::FAMILY_HEAD_HEADING
            heading=|m| m.part_of
            programmes=family.head.into_iter().collect()
        />
        <ProgrammeList
            heading_id=ids::FAMILY_MEMBERS_HEADING
            heading=|m| m.family_members
            programmes=family.members
        />
    }
}

#[component]
fn RelatedProgrammes(programme: &'static Programme) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let related = related_programmes(explorer.data.catalogue, &programme.id, RELATED);
    view! {
        <ProgrammeList
            heading_id=ids::RELATED_HEADING
            heading=|m| m.related_programmes
            programmes=related
        />
    }
}

/// A titled list of programmes, each a link to its page with its countries of origin; nothing
/// when there are none.
#[component]
fn ProgrammeList(
    heading_id: &'static str,
    heading: fn(&'static Messages) -> &'static str,
    programmes: Vec<&'static Programme>,
) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    if programmes.is_empty() {
        return None;
    }
    let items = programmes
        .into_iter()
        .map(|other| {
            let target = move || explorer.state.with(|state| state.opening(&other.id));
            let countries = move || {
                country_names(
                    &other.origin_countries,
                    &explorer.data.catalogue.geography,
                    explorer.lang.get(),
                )
                .unwrap_or_default()
            };
            view! {
                <li>
                    <StateLink to=target>{other.title.clone()}</StateLink>
                    <span class="related-countries">{countries}</span>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <section class="related" aria-labelledby=heading_id>
            <h2 id=heading_id>{move || heading(explorer.messages())}</h2>
            <ul class="related-list">{items}</ul>
        </section>
    })
}
