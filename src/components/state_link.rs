//! A link to another view of the explorer.

use diaspora_core::explorer::url_state::ExplorerState;
use leptos::prelude::*;

use super::external_link::NewTabMark;
use crate::explorer::Explorer;

/// A link to the view `to`. Its `href` is that view's real address, so it opens in a new tab,
/// survives a reload and can be copied; a plain click moves there within the page instead
/// ([`Explorer::follow`]) and then runs `after_follow`, to move focus for instance. With
/// `new_tab`, it is a link to that view on the full explorer, opened in a new tab (a widget
/// whose partner asked for it). Attributes given with `attr:` (`attr:class`, `attr:id`…) go on
/// the `<a>`; give them only when they stay the same for the life of the link. An attribute
/// that comes and goes (`aria-current`, `aria-label` on a list of page links that is rebuilt in
/// place) goes through the `current` and `label` props instead: with type-erased components
/// (`--cfg erase_components`, our release build) tachys 0.2 adds spread attributes again on a
/// rebuild but never removes those that are gone, so "Page 10 of 10" would stay on "Next".
///
/// ```ignore
/// let next = move || explorer.state.with(|state| state.at_page(2));
/// view! { <StateLink to=next attr:class="page-number">"3"</StateLink> }
/// ```
#[component]
pub fn StateLink(
    /// The view the link leads to (read when the link renders and when it is clicked).
    #[prop(into)]
    to: Signal<ExplorerState>,
    /// Runs after a plain click moved the explorer in place.
    #[prop(optional, into)]
    after_follow: Option<Callback<()>>,
    /// Opens the view on the full explorer, in a new tab, instead of moving there in place.
    #[prop(optional)]
    new_tab: bool,
    /// Marks the link as the current page (`aria-current="page"`).
    #[prop(optional)]
    current: bool,
    /// The link's accessible name, when its text alone would not say enough.
    #[prop(optional_no_strip)]
    label: Option<String>,
    children: Children,
) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let follow = move |event: leptos::ev::MouseEvent| {
        if !new_tab && explorer.follow(&event, to.get_untracked()) {
            if let Some(after) = after_follow {
                after.run(());
            }
        }
    };
    let href = move || {
        to.with(|next| {
            if new_tab {
                explorer.absolute_href(next)
            } else {
                explorer.href(next)
            }
        })
    };
    view! {
        <a
            href=href
            target=new_tab.then_some("_blank")
            rel=new_tab.then_some("noopener noreferrer")
            aria-current=current.then_some("page")
            aria-label=label
            on:click=follow
        >
            {children()}
            {new_tab.then(|| view! { <NewTabMark /> })}
        </a>
    }
}
