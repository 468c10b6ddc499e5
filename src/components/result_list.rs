//! The page of results as cards, or the "no results" help.

use diaspora_core::search::engine::Highlighted;
use leptos::prelude::*;

use super::no_results::NoResults;
use super::programme_card::ProgrammeCard;
use crate::catalogue::catalogue;
use crate::explorer::Explorer;

/// One card's content: the key changes only when what the card shows changes, so a
/// keystroke that keeps a programme on the page and its highlights leaves its card alone.
#[derive(Clone, PartialEq, Eq, Hash)]
struct CardKey {
    doc: usize,
    title: (String, Vec<(usize, usize)>),
    snippet: (String, Vec<(usize, usize)>),
}

fn key_part(text: &Highlighted) -> (String, Vec<(usize, usize)>) {
    (
        text.text.clone(),
        text.ranges.iter().map(|r| (r.start, r.end)).collect(),
    )
}

fn highlighted((text, ranges): (String, Vec<(usize, usize)>)) -> Highlighted {
    Highlighted {
        text,
        ranges: ranges.into_iter().map(|(start, end)| start..end).collect(),
    }
}

#[component]
pub fn ResultList() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let cards = move || {
        explorer.response.with(|response| {
            response
                .hits
                .iter()
                .map(|hit| CardKey {
                    doc: hit.doc,
                    title: key_part(&hit.title),
                    snippet: key_part(&hit.snippet),
                })
                .collect::<Vec<_>>()
        })
    };
    let card = move |key: CardKey| {
        let programme = &catalogue().programmes[key.doc];
        view! {
            <li>
                <ProgrammeCard
                    programme=programme
                    title=highlighted(key.title)
                    snippet=highlighted(key.snippet)
                />
            </li>
        }
    };
    view! {
        <Show
            when=move || explorer.response.with(|r| r.total > 0)
            fallback=|| view! { <NoResults /> }
        >
            <ol class="programme-list" role="list">
                <For each=cards key=|key| key.clone() children=card />
            </ol>
        </Show>
    }
}
