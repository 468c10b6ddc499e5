//! The "About the data" page: what the catalogue covers (by region, theme and status, each
//! count a link to those programmes), how complete its records are, where the facts come from
//! and how they are checked, the licence, the changes to the records, and how to suggest a
//! correction. Every figure comes from the catalogue (`present::about`).
//!
//! The page is drawn afresh when the language changes, from plain text, rather than with a
//! reactive closure per string: it changes only then. Its parts are plain generic functions
//! and `Either`s rather than `AnyView`s: each type turned into an `AnyView` brings its own
//! build, rebuild and mount code into the wasm, which every reader downloads (measured: the
//! page cost 25 KB of gzipped wasm with an `AnyView` per part).

use diaspora_core::data::changelog::code_spans;
use diaspora_core::explorer::url_state::ExplorerState;
use diaspora_core::present::about::{share, AboutTheData, CorrectionChannel};
use diaspora_core::present::display::facet_value_label;
use diaspora_core::present::i18n::Messages;
use diaspora_core::request::FacetKind;
use diaspora_core::Lang;
use leptos::either::Either;
use leptos::prelude::*;

use super::back_link::BackLink;
use super::external_link::ExternalLink;
use super::state_link::StateLink;
use crate::browser;
use crate::explorer::Explorer;
use crate::ids;

/// Where corrections go, as this build was told (`CONTRIBUTE_EMAIL`, `CONTRIBUTE_URL`; see
/// README.md, "Host it").
fn correction_channel() -> Option<CorrectionChannel> {
    CorrectionChannel::from_settings(
        option_env!("CONTRIBUTE_EMAIL"),
        option_env!("CONTRIBUTE_URL"),
    )
}

#[component]
pub fn AboutPage() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let about = StoredValue::new(AboutTheData::of(explorer.data.catalogue, browser::today()));
    move || about.with_value(|about| page(explorer, about, explorer.lang.get()))
}

/// One row of a count table: its label, how deep it sits (a sub-region), its count, and the
/// view its count links to (none for the completeness table).
struct CountRow {
    label: String,
    depth: usize,
    count: usize,
    target: Option<ExplorerState>,
}

fn page(explorer: Explorer, about: &AboutTheData, lang: Lang) -> impl IntoView {
    let m = Messages::get(lang);
    let catalogue = explorer.data.catalogue;
    let back = explorer.state.with_untracked(ExplorerState::closing);
    // A count leads to its programmes in a fresh search (the figures are the whole
    // catalogue's), in the reader's language.
    let fresh = ExplorerState {
        lang: explorer.state.with_untracked(|s| s.lang),
        ..ExplorerState::default()
    };
    let counts = |kind: FacetKind, rows: Vec<(&str, usize, usize)>| -> Vec<CountRow> {
        rows.into_iter()
            .filter(|(_, _, count)| *count > 0)
            .map(|(code, depth, count)| CountRow {
                label: facet_value_label(catalogue, kind, code, lang).to_owned(),
                depth,
                count,
                target: Some(fresh.selecting(kind, code)),
            })
            .collect()
    };
    let regions = counts(
        FacetKind::Region,
        about
            .by_region
            .iter()
            .map(|r| (r.code.as_str(), r.depth, r.programmes))
            .collect(),
    );
    let themes = counts(
        FacetKind::Theme,
        about
            .by_theme
            .iter()
            .map(|(c, n)| (c.as_str(), 0, *n))
            .collect(),
    );
    let statuses = counts(
        FacetKind::Status,
        about
            .by_status
            .iter()
            .map(|(c, n)| (c.as_str(), 0, *n))
            .collect(),
    );
    let completeness = about
        .completeness
        .iter()
        .enumerate()
        .map(|(slot, row)| CountRow {
            label: (m.completeness_names)(slot, about.recent_from),
            depth: 0,
            count: row.records,
            target: None,
        })
        .collect();
    let total = about.programmes;
    let date = |d: diaspora_core::data::calendar::Date| (m.date)(d.year, d.month, d.day);
    let checked = about
        .verified_between
        .map(|(first, last)| (m.about_checked)(&date(first), &date(last)));
    let read_by = about.sources_read_by.map(date);
    view! {
        <article class="about-page" aria-labelledby=ids::ABOUT_TITLE>
            <BackLink to=Signal::stored(back) />
            <h1 id=ids::ABOUT_TITLE class="programme-page-title" tabindex="-1">
                {m.about_title}
            </h1>
            <p class="about-intro">
                {(m.about_intro)(about.programmes, about.organisations, about.origin_countries)}
            </p>
            {section("about-regions", m.about_by_region, view! {
                {table(m, [m.about_region, m.about_programmes, m.about_share], regions, total)}
                <p class="about-note">{m.about_by_region_note}</p>
            })}
            <div class="about-columns">
                {section("about-themes", m.about_by_theme,
                    table(m, [m.themes, m.about_programmes, m.about_share], themes, total))}
                {section("about-statuses", m.about_by_status,
                    table(m, [m.status, m.about_programmes, m.about_share], statuses, total))}
            </div>
            {section("about-completeness", m.about_completeness,
                table(m, [m.about_field, m.about_records, m.about_share], completeness, total))}
            {section("about-sources", m.about_sources, view! {
                {m.about_method.map(|text| view! { <p>{text}</p> })}
                <p>{(m.about_source_counts)(about.sources, about.sources_dated, read_by.as_deref())}</p>
                {checked.map(|text| view! { <p>{text}</p> })}
            })}
            {section("about-licence", m.about_licence, view! {
                <p>
                    {m.about_licence_text} " "
                    <ExternalLink href="https://creativecommons.org/licenses/by/4.0/".to_owned()>
                        {m.about_licence_link}
                    </ExternalLink>
                </p>
                <p>{m.about_third_party}</p>
            })}
            {changes(explorer, m)}
            {section("about-correction", m.about_correction, view! {
                <p>{m.about_correction_text}</p>
                {correction(m)}
            })}
        </article>
    }
}

/// A section of the page under its h2.
fn section(id: &'static str, heading: &'static str, content: impl IntoView) -> impl IntoView {
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{heading}</h2>
            {content}
        </section>
    }
}

/// A count table: the row's label, its count (a link to those programmes, when it has one)
/// and its share of every programme.
fn table(
    m: &'static Messages,
    head: [&'static str; 3],
    rows: Vec<CountRow>,
    total: usize,
) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|row| {
            let number = (m.number)(row.count);
            let count = match row.target {
                Some(target) => {
                    let name = (m.about_show)(row.count, &row.label);
                    Either::Left(view! {
                        <StateLink to=Signal::stored(target) label=Some(name)>{number}</StateLink>
                    })
                }
                None => Either::Right(number),
            };
            view! {
                <tr class=format!("depth-{}", row.depth.min(2))>
                    <th scope="row">{row.label}</th>
                    <td class="number">{count}</td>
                    <td class="number">{share(row.count, total)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="about-table">
                <thead>
                    <tr>
                        <th scope="col">{head[0]}</th>
                        <th scope="col" class="number">{head[1]}</th>
                        <th scope="col" class="number">{head[2]}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The changelog's entries: date, title and overview (in English, as the changelog is
/// written); nothing for a catalogue without them.
fn changes(explorer: Explorer, m: &'static Messages) -> Option<impl IntoView> {
    let changes = &explorer.data.catalogue.changes;
    if changes.is_empty() {
        return None;
    }
    let entries = changes
        .iter()
        .map(|change| {
            let date = change.date;
            view! {
                <li>
                    <h3>
                        <time datetime=date.to_string()>{(m.date)(date.year, date.month, date.day)}</time>
                        ": "
                        <span lang="en">{with_code(&change.title)}</span>
                    </h3>
                    {(!change.overview.is_empty())
                        .then(|| view! { <p lang="en">{with_code(&change.overview)}</p> })}
                </li>
            }
        })
        .collect_view();
    Some(section(
        "about-changes",
        m.about_changes,
        view! {
            <p class="about-note">{m.about_changes_note}</p>
            <ol class="about-changes">{entries}</ol>
        },
    ))
}

/// Changelog text with its code spans (record ids, field names) as `<code>`, as text: nothing
/// in it is read as HTML.
fn with_code(text: &str) -> impl IntoView {
    code_spans(text)
        .into_iter()
        .map(|(is_code, part)| {
            let part = part.to_owned();
            if is_code {
                Either::Left(view! { <code>{part}</code> })
            } else {
                Either::Right(part)
            }
        })
        .collect_view()
}

/// The way to send a correction this build names, or a line saying it names none.
fn correction(m: &'static Messages) -> impl IntoView {
    match correction_channel() {
        Some(channel) => {
            let href = channel.href(m.correction_subject, m.correction_body);
            let name = match channel {
                CorrectionChannel::Email(_) => m.about_correction_email,
                CorrectionChannel::Page(_) => m.about_correction_page,
            };
            Either::Left(view! {
                <p><ExternalLink href=href class="correction-link">{name}</ExternalLink></p>
            })
        }
        None => Either::Right(view! { <p class="about-note">{m.about_correction_none}</p> }),
    }
}
