//! A link to another site.

use leptos::prelude::*;

use crate::explorer::Explorer;

/// A link to another site: opens in a new tab, tells the other site nothing about this page
/// (`noopener noreferrer`), and says both to every reader: a "↗" mark for the eye, "(opens in
/// a new tab)" for screen readers.
///
/// ```ignore
/// view! { <ExternalLink href=url>{"Official site"}</ExternalLink> }
/// ```
#[component]
pub fn ExternalLink(
    #[prop(into)] href: Signal<String>,
    /// Classes beside `external`.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let class = if class.is_empty() {
        "external".to_owned()
    } else {
        format!("external {class}")
    };
    view! {
        <a class=class href=href target="_blank" rel="noopener noreferrer">
            {children()}
            <NewTabMark />
        </a>
    }
}

/// What a link that opens a new tab says of it: "↗" for the eye, "(opens in a new tab)" for
/// screen readers.
#[component]
pub fn NewTabMark() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    view! {
        <span class="visually-hidden">" " {move || explorer.messages().external_link}</span>
        <span class="external-mark" aria-hidden="true">" ↗"</span>
    }
}
