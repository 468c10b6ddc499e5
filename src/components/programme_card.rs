//! One programme as a card: title (a link to its page) and acronym, origin → residence, who
//! runs it, years and status, a summary sentence, and theme tags that filter.

use diaspora_core::data::Countries;
use diaspora_core::explorer::embed::ProgrammeLinks;
use diaspora_core::present::display::{
    acronym_after_title, country_names, facet_value_label, in_reader_language, is_worldwide,
    open_to_applications_label, organisation_label, years_and_status,
};
use diaspora_core::request::FacetKind;
use diaspora_core::search::engine::Highlighted;
use diaspora_core::Programme;
use leptos::prelude::*;

use super::compare::CompareTick;
use super::highlighted_text::HighlightedText;
use super::state_link::StateLink;
use crate::explorer::Explorer;
use crate::ids;

/// A result card. `title` and `snippet` carry the search's highlights and follow the query;
/// `matched` names what matched when they show nothing (a country, an organisation).
#[component]
pub fn ProgrammeCard(
    programme: &'static Programme,
    #[prop(into)] title: Signal<Highlighted>,
    #[prop(into)] snippet: Signal<Highlighted>,
    #[prop(into)] matched: Signal<Vec<(FacetKind, String)>>,
) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let catalogue = explorer.data.catalogue;
    let messages = move || explorer.messages();
    let heading_id = ids::programme_heading(&programme.id);
    let labelled_by = heading_id.clone();
    let link_id = ids::programme_link(&programme.id);
    let opened = move || explorer.state.with(|state| state.opening(&programme.id));
    let countries = move |codes: &'static Countries| {
        move || {
            let lang = explorer.lang.get();
            country_names(codes, &catalogue.geography, lang)
                .unwrap_or_else(|| messages().not_specified.to_owned())
        }
    };
    let implementers = move || {
        let lang = explorer.lang.get();
        programme
            .implementers
            .iter()
            .map(|organisation| organisation_label(catalogue, organisation, lang))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let years = move || years_and_status(programme, &catalogue.vocabularies, explorer.lang.get());
    let acronym = acronym_after_title(programme);
    // Who may take part, where a source says it: what a reader weighing the card asks first.
    let who = programme.taking_part.as_ref().and_then(|t| {
        let english = t.who.as_deref()?;
        let french = t.who_fr.as_deref();
        Some(move || in_reader_language(english, french, explorer.lang.get()))
    });
    let open_label =
        move || open_to_applications_label(&catalogue.vocabularies, explorer.lang.get()).to_owned();
    let open = programme.is_open_to_applications().then_some(open_label);
    let themes = programme
        .themes
        .iter()
        .map(|code| {
            let label = move || {
                catalogue
                    .vocabularies
                    .themes
                    .label(code, explorer.lang.get())
                    .to_owned()
            };
            let filter = move |_| {
                let next = explorer
                    .state
                    .with_untracked(|state| state.selecting(FacetKind::Theme, code));
                explorer.go(next);
            };
            view! {
                <li>
                    <button
                        type="button"
                        class="tag"
                        title=move || (messages().filter_by_theme)(&label())
                        on:click=filter
                    >
                        {label}
                    </button>
                </li>
            }
        })
        .collect_view();

    // A widget whose partner asked for it opens programmes on the full explorer, in a new tab.
    let new_tab = explorer.programme_links == ProgrammeLinks::NewTab;
    view! {
        <article
            class="programme-card"
            data-testid="result"
            data-id=programme.id.as_str()
            aria-labelledby=labelled_by
        >
            <h3 class="programme-title" id=heading_id data-testid="result-title">
                <StateLink to=opened new_tab=new_tab attr:id=link_id>
                    <HighlightedText text=title />
                    {acronym.map(|acronym| format!(" ({acronym})"))}
                </StateLink>
            </h3>
            {if is_worldwide(programme) {
                view! { <p class="programme-route">{move || messages().worldwide}</p> }.into_any()
            } else {
                view! {
                    <p class="programme-route">
                        <span class="visually-hidden">{move || messages().origin_countries} {move || messages().label_separator}</span>
                        <span class="origin">{countries(&programme.origin_countries)}</span>
                        <span class="arrow" aria-hidden="true">" → "</span>
                        <span class="visually-hidden">", " {move || messages().residence_countries} {move || messages().label_separator}</span>
                        <span class="residence">{countries(&programme.residence_countries)}</span>
                    </p>
                }
                .into_any()
            }}
            <dl class="programme-facts">
                {(!programme.implementers.is_empty()).then(|| view! {
                    <div>
                        <dt>{move || messages().implemented_by}</dt>
                        <dd>{implementers}</dd>
                    </div>
                })}
                <div>
                    <dt>{move || messages().years}</dt>
                    <dd>{years}</dd>
                </div>
                {who.map(|who| view! {
                    <div>
                        <dt>{move || messages().who_may_take_part}</dt>
                        <dd lang=move || who().1>{move || who().0}</dd>
                    </div>
                })}
            </dl>
            {open.map(|label| view! { <p class="availability">{label}</p> })}
            <p class="programme-snippet" hidden=move || snippet.with(|s| s.text.is_empty())>
                <HighlightedText text=snippet />
            </p>
            {move || {
                matched.with(|matched| {
                    (!matched.is_empty()).then(|| {
                        let lang = explorer.lang.get();
                        let names = matched
                            .iter()
                            .map(|(kind, value)| facet_value_label(catalogue, *kind, value, lang))
                            .collect::<Vec<_>>()
                            .join(", ");
                        view! {
                            <p class="matched-elsewhere">
                                {messages().matched_elsewhere} " " <mark>{names}</mark>
                            </p>
                        }
                    })
                })
            }}
            <ul class="tags" aria-label=move || messages().themes>{themes}</ul>
            <CompareTick programme=programme described_by=ids::programme_heading(&programme.id) />
        </article>
    }
}
