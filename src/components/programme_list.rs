//! A list of programme cards, keyed by programme id so that filtering moves existing cards
//! instead of rebuilding them.

use diaspora_core::{Lang, Programme};
use leptos::prelude::*;

use super::programme_card::ProgrammeCard;

/// Renders `programmes` in the given order as an ordered list of cards.
///
/// ```ignore
/// view! { <ProgrammeList programmes=vec![&catalogue().programmes[0]] lang=Lang::En /> }
/// ```
#[component]
pub fn ProgrammeList(
    #[prop(into)] programmes: Signal<Vec<&'static Programme>>,
    #[prop(into)] lang: Signal<Lang>,
) -> impl IntoView {
    view! {
        <ol class="programme-list" role="list">
            <For
                each=move || programmes.get()
                key=|programme| programme.id.as_str()
                children=move |programme| {
                    view! {
                        <li>
                            <ProgrammeCard programme=programme lang=lang />
                        </li>
                    }
                }
            />
        </ol>
    }
}
