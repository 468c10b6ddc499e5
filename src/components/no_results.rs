//! When nothing matches: a spelling suggestion from the index's words, and the filters whose
//! removal would bring results back, with how many.

use diaspora_core::present::display::facet_value_label;
use diaspora_core::request::Removal;
use leptos::prelude::*;

use super::state_link::StateLink;
use crate::explorer::Explorer;

#[component]
pub fn NoResults() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let suggestion = Memo::new(move |_| {
        explorer.request.with(|request| {
            explorer
                .data
                .engine
                .did_you_mean(explorer.data.catalogue, request)
        })
    });
    let relaxations = Memo::new(move |_| {
        explorer.request.with(|request| {
            explorer
                .data
                .engine
                .relaxations(explorer.data.catalogue, request)
        })
    });
    let suggestion_link = move || {
        suggestion.get().map(|query| {
            let target = explorer.state.with(|state| state.with_query(&query));
            view! {
                <p class="did-you-mean">
                    {move || explorer.messages().did_you_mean}
                    " "
                    <StateLink to=target><strong>{query.clone()}</strong></StateLink>
                </p>
            }
        })
    };
    let relaxation_list = move || {
        let mut relaxations = relaxations.get();
        explorer.with_locked(|locked| {
            relaxations.retain(|relaxation| locked.allows(&relaxation.removal));
        });
        if relaxations.is_empty() {
            return None;
        }
        let lang = explorer.lang.get();
        let messages = explorer.messages();
        let items = relaxations
            .into_iter()
            .map(|relaxation| {
                let name = match &relaxation.removal {
                    Removal::Value(kind, value) => (messages.value_in_facet)(
                        facet_value_label(explorer.data.catalogue, *kind, value, lang),
                        messages.facet_name(*kind),
                    ),
                    Removal::YearRange => messages.without_year_range.to_owned(),
                    Removal::Query => messages.without_query.to_owned(),
                };
                let target = explorer
                    .state
                    .with_untracked(|state| state.relaxed(&relaxation.removal));
                view! {
                    <li>
                        <StateLink to=target>{name}</StateLink>
                        " — "
                        {(messages.programme_count)(relaxation.total)}
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <p>{messages.try_removing}</p>
            <ul class="relaxations">{items}</ul>
        })
    };
    view! {
        <div class="no-results">
            <p class="no-results-title">{move || explorer.messages().no_results}</p>
            {suggestion_link}
            <p class="no-results-hint">{move || explorer.messages().no_results_hint}</p>
            {relaxation_list}
        </div>
    }
}
