//! Links to the other pages of results.

use diaspora_core::explorer::pagination::{PageLink, Pages};
use leptos::prelude::*;

use super::state_link::StateLink;
use crate::explorer::{Explorer, PAGE_SIZE};
use crate::ids;

/// Previous, numbered pages with gaps, Next; nothing when everything fits on one page.
#[component]
pub fn PageNav() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let pages = Memo::new(move |_| {
        let page = explorer.state.with(|s| s.page);
        Pages::new(explorer.response.with(|r| r.total), PAGE_SIZE, page)
    });
    // A real link (it opens in a new tab and survives a reload) that moves within the page
    // on a plain click, then puts focus on the new results.
    let link = move |page: usize,
                     text: Signal<String>,
                     class: &'static str,
                     current: bool,
                     label: Option<String>| {
        let target = move || explorer.state.with(|state| state.at_page(page));
        let focus_results = move || explorer.focus(ids::RESULTS_HEADING);
        view! {
            <StateLink
                to=target
                after_follow=focus_results
                attr:class=class
                current=current
                label=label
            >
                {text}
            </StateLink>
        }
    };
    move || {
        let pages = pages.get();
        if pages.count <= 1 {
            return None;
        }
        let messages = explorer.messages();
        let mut items = Vec::new();
        if pages.has_previous() {
            let text = Signal::derive(move || explorer.messages().previous_page.to_owned());
            items.push(
                view! { <li>{link(pages.current - 1, text, "page-step", false, None)}</li> }
                    .into_any(),
            );
        }
        for item in pages.links() {
            items.push(match item {
                PageLink::Page(page) => {
                    let text = Signal::derive(move || (page + 1).to_string());
                    let label = (messages.page_of)(page + 1, pages.count);
                    view! {
                        <li>{link(page, text, "page-number", page == pages.current, Some(label))}</li>
                    }
                    .into_any()
                }
                PageLink::Gap => view! { <li class="page-gap" aria-hidden="true">"…"</li> }.into_any(),
            });
        }
        if pages.has_next() {
            let text = Signal::derive(move || explorer.messages().next_page.to_owned());
            items.push(
                view! { <li>{link(pages.current + 1, text, "page-step", false, None)}</li> }
                    .into_any(),
            );
        }
        Some(view! {
            <nav class="page-nav" aria-label=messages.pagination_label>
                <ul>{items}</ul>
            </nav>
        })
    }
}
