//! The page of results as cards (after a word on partial matches), or the "no results"
//! help.

use diaspora_core::search::engine::Highlighted;
use leptos::prelude::*;

use super::no_results::NoResults;
use super::partial_match_notice::PartialMatchNotice;
use super::programme_card::ProgrammeCard;
use crate::explorer::Explorer;

/// Cards keyed by programme: a keystroke that keeps a programme on the page updates only its
/// highlighted title and snippet, and the card itself stays.
#[component]
pub fn ResultList() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let docs = move || {
        explorer
            .response
            .with(|response| response.hits.iter().map(|hit| hit.doc).collect::<Vec<_>>())
    };
    let card = move |doc: usize| {
        let highlights = Memo::new(move |_| {
            explorer.response.with(|response| {
                response
                    .hits
                    .iter()
                    .find(|hit| hit.doc == doc)
                    .map(|hit| {
                        (
                            hit.title.clone(),
                            hit.snippet.clone(),
                            hit.matched_elsewhere.clone(),
                        )
                    })
                    // The card is about to leave the page.
                    .unwrap_or_default()
            })
        });
        let title = Signal::derive(move || highlights.with(|(title, _, _)| title.clone()));
        let snippet: Signal<Highlighted> =
            Signal::derive(move || highlights.with(|(_, snippet, _)| snippet.clone()));
        let matched = Signal::derive(move || highlights.with(|(_, _, matched)| matched.clone()));
        view! {
            <li>
                <ProgrammeCard programme=&explorer.data.catalogue.programmes[doc] title=title snippet=snippet matched=matched />
            </li>
        }
    };
    view! {
        <Show
            when=move || explorer.response.with(|r| r.total > 0)
            fallback=|| view! { <NoResults /> }
        >
            <PartialMatchNotice />
            <ol class="programme-list" role="list">
                <For each=docs key=|doc| *doc children=card />
            </ol>
        </Show>
    }
}
