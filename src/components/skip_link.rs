//! A link past what stands between the reader and the content.

use leptos::prelude::*;

use crate::explorer::Explorer;
use crate::ids;

/// Where a [`SkipLink`] moves focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SkipTarget {
    /// The first result's link (the results' heading when there is none).
    FirstResult,
    /// The open programme's title.
    ProgrammeTitle,
    /// The "About the data" page's title.
    AboutTitle,
    /// The comparison's title.
    CompareTitle,
}

/// A skip link, visible when focused. Its `href` is the target's fragment, which is all a
/// page without script has; a click moves focus itself, because the first result, and so
/// the element to focus, changes with every search, and because a fragment means nothing
/// inside a `<diaspora-explorer>` element's shadow root (nor should it touch the partner's
/// address).
///
/// ```ignore
/// view! { <SkipLink to=SkipTarget::FirstResult>"Skip the filters"</SkipLink> }
/// ```
#[component]
pub fn SkipLink(
    /// Where it leads (read when it renders and when it is clicked).
    #[prop(into)]
    to: Signal<SkipTarget>,
    /// Classes beside `skip-link`.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let fragment = move || match to.get() {
        SkipTarget::FirstResult => ids::fragment(ids::RESULTS),
        SkipTarget::ProgrammeTitle => ids::fragment(ids::PROGRAMME_TITLE),
        SkipTarget::AboutTitle => ids::fragment(ids::ABOUT_TITLE),
        SkipTarget::CompareTitle => ids::fragment(ids::COMPARE_TITLE),
    };
    let skip = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        match to.get_untracked() {
            SkipTarget::FirstResult => explorer.focus_first_result(),
            SkipTarget::ProgrammeTitle => explorer.focus(ids::PROGRAMME_TITLE),
            SkipTarget::AboutTitle => explorer.focus(ids::ABOUT_TITLE),
            SkipTarget::CompareTitle => explorer.focus(ids::COMPARE_TITLE),
        }
    };
    view! {
        <a class=format!("skip-link {class}") href=fragment on:click=skip>
            {children()}
        </a>
    }
}
