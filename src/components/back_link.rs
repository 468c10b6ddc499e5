//! "← Back to the results", at the head of a page of its own (a programme's, "About the
//! data", a comparison): the same results the reader came from.

use diaspora_core::explorer::url_state::ExplorerState;
use leptos::prelude::*;

use super::state_link::StateLink;
use crate::explorer::Explorer;

#[component]
pub fn BackLink(
    /// The results to go back to.
    #[prop(into)]
    to: Signal<ExplorerState>,
) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    view! {
        <p class="back">
            <StateLink to=to attr:class="back-link">
                <span aria-hidden="true">"← "</span>
                {move || explorer.messages().back_to_results}
            </StateLink>
        </p>
    }
}
