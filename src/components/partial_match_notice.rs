//! Above results that match only some of the words: says so, names the words they match and
//! those no programme has, and offers a correction when one would match every word.

use diaspora_core::search::engine::PartialMatch;
use leptos::prelude::*;

use super::state_link::StateLink;
use crate::explorer::Explorer;

/// Shown while the response has [`PartialMatch`]es. It follows the settled response (see
/// [`Explorer::settled`]), like the count, so it does not flash while a word is being typed.
#[component]
pub fn PartialMatchNotice() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let partial = Memo::new(move |_| explorer.settled.with(|settled| settled.partial.clone()));
    // Only computed when partial matches are shown: a correction costs a scan of the index.
    let suggestion = Memo::new(move |_| {
        partial.with(Option::is_some).then(|| {
            explorer.request.with_untracked(|request| {
                explorer
                    .data
                    .engine
                    .did_you_mean(explorer.data.catalogue, request)
            })
        })?
    });
    let notice = move || {
        let partial: PartialMatch = partial.get()?;
        let messages = explorer.messages();
        let missing = partial.missing().join(", ");
        let missing = (!missing.is_empty()).then(|| {
            view! {
                " "
                <span class="words-not-found">{messages.words_not_found} " " <strong>{missing}</strong>"."</span>
            }
        });
        let correction = suggestion.get().map(|query| {
            let target = explorer
                .state
                .with_untracked(|state| state.with_query(&query));
            view! {
                " "
                <span class="did-you-mean">
                    {messages.did_you_mean}
                    " "
                    <StateLink to=target><strong>{query}</strong></StateLink>
                </span>
            }
        });
        Some(view! {
            <p class="partial-match">
                {(messages.partial_match)(
                    partial.every_word,
                    partial.fewest,
                    partial.most,
                    partial.words.len(),
                )}
                " "
                <strong>{partial.found().join(", ")}</strong>
                "."
                {missing}
                {correction}
            </p>
        })
    };
    view! { {notice} }
}
