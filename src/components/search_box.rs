//! The search box: every keystroke searches.

use leptos::prelude::*;

use crate::explorer::Explorer;
use crate::ids;

/// A labelled `<input type="search">` bound to the query in the URL state.
#[component]
pub fn SearchBox() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let on_input = move |event| {
        let query = event_target_value(&event);
        let next = explorer
            .state
            .with_untracked(|state| state.with_query(&query));
        explorer.type_query(next);
    };
    view! {
        <form class="search" role="search" on:submit=|event| event.prevent_default()>
            <label class="search-label" for=ids::SEARCH_INPUT>
                {move || explorer.messages().search_label}
            </label>
            <input
                id=ids::SEARCH_INPUT
                class="search-input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                enterkeyhint="search"
                aria-describedby=ids::SEARCH_HINT
                prop:value=move || explorer.state.with(|state| state.query.clone())
                on:input=on_input
            />
            <p id=ids::SEARCH_HINT class="search-hint">
                {move || explorer.messages().search_hint}
            </p>
        </form>
    }
}
