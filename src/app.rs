//! The explorer's view: on the hosted page, the site header with the search box and language
//! switch; embedded on a partner's site, a compact bar with the same controls and a link to
//! the full explorer. Then the results (facets, chips, count, sort, cards, pages) or one
//! programme's page, and the footer.

use diaspora_core::explorer::embed::FilterLayout;
use diaspora_core::explorer::url_state::ExplorerState;
use diaspora_core::explorer::view::View;
use diaspora_core::present::page_meta::PageMeta;
use leptos::prelude::*;

use crate::browser;
use crate::components::about_page::AboutPage;
use crate::components::charts::ChartsView;
use crate::components::compare::{ComparePage, CompareTray};
use crate::components::external_link::ExternalLink;
use crate::components::facet_panel::FacetPanel;
use crate::components::filter_chips::FilterChips;
use crate::components::language_switch::LanguageSwitch;
use crate::components::page_nav::PageNav;
use crate::components::partner_data_notice::{PartnerDataFailure, PartnerDataNotice};
use crate::components::programme_page::ProgrammePage;
use crate::components::result_list::ResultList;
use crate::components::results_bar::ResultsBar;
use crate::components::search_box::SearchBox;
use crate::components::skip_link::{SkipLink, SkipTarget};
use crate::components::state_link::StateLink;
use crate::components::update_prompt::UpdatePrompt;
use crate::components::world_map::MapView;
use crate::explorer::{Explorer, Host};
use crate::ids;

#[component]
pub fn App(explorer: Explorer, failure: Option<PartnerDataFailure>) -> impl IntoView {
    provide_context(explorer);
    let messages = move || explorer.messages();
    let open_programme = Memo::new(move |_| explorer.state.with(|s| s.programme.clone()));
    // "About the data" is open when no programme is (a programme's page comes first).
    let about_open = Memo::new(move |_| explorer.state.with(|s| s.about && s.programme.is_none()));
    // A comparison is open when no programme is (a programme's page comes first).
    let comparing = Memo::new(move |_| {
        explorer
            .state
            .with(|s| s.is_comparing() && s.programme.is_none())
    });
    // An opened comparison's programmes are the ticked ones (a shared link, Back to one).
    Effect::new(move |_| {
        let compared = explorer.state.with(|s| s.compare.clone());
        if compared.len() >= 2
            && explorer
                .compare_ticks
                .with_untracked(|ticks| *ticks != compared)
        {
            explorer.compare_ticks.set(compared);
        }
    });
    // A page of its own is open (a programme's, or "About the data"): the header's name is
    // then a link back to the results, and the page's title the h1.
    let page_open = Memo::new(move |_| {
        open_programme.with(Option::is_some) || about_open.get() || comparing.get()
    });

    // The document's language and title follow the interface language and the open
    // programme; a `<diaspora-explorer>` element leaves its host page's alone.
    if explorer.host != Host::Element {
        Effect::new(move |_| {
            let lang = explorer.lang.get();
            // The titles the build wrote into the static pages (PageMeta).
            let title = match open_programme.get() {
                Some(id) => match explorer.data.catalogue.programme(&id) {
                    Some(programme) => PageMeta::programme(programme, lang).title,
                    None => format!(
                        "{} — {}",
                        messages().programme_not_found_title,
                        messages().app_name
                    ),
                },
                None if about_open.get() => {
                    PageMeta::about(explorer.data.catalogue.programmes.len(), lang).title
                }
                None if comparing.get() => format!(
                    "{} — {}",
                    (messages().compare_heading)(explorer.state.with(|s| s.compare.len())),
                    messages().app_name
                ),
                None => PageMeta::home(lang).title,
            };
            browser::set_document_language_and_title(lang.tag(), &title);
        });
    }
    // Focus follows the view: the programme's (or the About page's) title when it opens, the
    // programme's card when it closes.
    Effect::new(move |previous: Option<(Option<String>, bool, bool)>| {
        let current = (open_programme.get(), about_open.get(), comparing.get());
        if let Some(previous) = previous {
            if previous != current {
                let target = match (&current, &previous) {
                    ((Some(_), _, _), _) => ids::PROGRAMME_TITLE.to_owned(),
                    ((None, true, _), _) => ids::ABOUT_TITLE.to_owned(),
                    ((None, false, true), _) => ids::COMPARE_TITLE.to_owned(),
                    ((None, false, false), (Some(id), _, _)) => ids::programme_link(id),
                    ((None, false, false), (None, _, _)) => ids::RESULTS_HEADING.to_owned(),
                };
                request_animation_frame(move || explorer.focus_when_shown(target));
            }
        }
        current
    });

    // The page's skip link: to the first result, or to the open programme's title.
    let skip_target = Signal::derive(move || {
        if open_programme.with(Option::is_some) {
            SkipTarget::ProgrammeTitle
        } else if about_open.get() {
            SkipTarget::AboutTitle
        } else if comparing.get() {
            SkipTarget::CompareTitle
        } else {
            SkipTarget::FirstResult
        }
    });
    let filters_open = RwSignal::new(false);
    let view_shown = Memo::new(move |_| explorer.state.with(|s| s.view));
    let results = move || {
        view! {
            <div class="explorer" class:filters-open=move || filters_open.get()>
                // The filters come first, as they are seen, but the results are one Tab and
                // Enter away from the search box.
                <SkipLink to=SkipTarget::FirstResult class="skip-filters">
                    {move || messages().skip_filters}
                </SkipLink>
                <FacetPanel open=filters_open />
                // Under the phone's drawer, the results are out of reach (focus is kept in the
                // drawer too); an embed's filters open above the results, which stay in reach.
                <div
                    id=ids::RESULTS
                    class="results"
                    inert=move || filters_open.get() && !explorer.host.is_embedded()
                >
                    <ResultsBar filters_open=filters_open />
                    <FilterChips />
                    {move || match view_shown.get() {
                        View::List => view! { <ResultList /><PageNav /> }.into_any(),
                        View::Map => view! { <Suspense fallback=move || view! { <p class="map-status" role="status">{messages().loading}</p> }>{Suspend::new(async { lazy_map().await })}</Suspense> }.into_any(),
                        View::Charts => view! { <Suspense fallback=move || view! { <p class="map-status" role="status">{messages().loading}</p> }>{Suspend::new(async { lazy_charts().await })}</Suspense> }.into_any(),
                    }}
                    <CompareTray />
                </div>
            </div>
        }
    };
    let header = if explorer.host.is_embedded() {
        view! { <EmbedBar /> }.into_any()
    } else {
        view! { <SiteHeader page_open=page_open /> }.into_any()
    };

    let content = move || {
        match open_programme.get() {
        Some(id) => view! { <ProgrammePage id=id /> }.into_any(),
        None if about_open.get() => view! { <AboutPage /> }.into_any(),
        None if comparing.get() => view! { <Suspense fallback=move || view! { <p class="map-status" role="status">{messages().loading}</p> }>{Suspend::new(async { lazy_compare().await })}</Suspense> }.into_any(),
        None => results().into_any(),
    }
    };
    let notice = failure.map(|failure| view! { <PartnerDataNotice failure=failure /> });
    let about = move || explorer.state.with(ExplorerState::opening_about);
    let footer_text = move || {
        view! {
            <div class="wrap">
                <p>{move || messages().data_notice}</p>
                <p>
                    <StateLink to=about attr:class="about-link">
                        {move || messages().about_link}
                    </StateLink>
                </p>
            </div>
        }
    };
    // A `<diaspora-explorer>` element is one named region of the partner's page, without
    // landmarks of its own (the page has its banner, main and footer) and without the update
    // prompt (the partner's page is not ours to reload).
    let is_element = explorer.host == Host::Element;
    let main = if is_element {
        view! { <div id=ids::MAIN class="wrap main" tabindex="-1">{content}</div> }.into_any()
    } else {
        view! { <main id=ids::MAIN class="wrap main" tabindex="-1">{content}</main> }.into_any()
    };
    let footer = if is_element {
        view! { <div class="site-footer">{footer_text}</div> }.into_any()
    } else {
        view! { <footer class="site-footer">{footer_text}</footer> }.into_any()
    };
    view! {
        <div
            class="app"
            class:embedded=explorer.host.is_embedded()
            class:filters-expanded=explorer.filter_layout == FilterLayout::Expanded
            role=is_element.then_some("region")
            aria-label=move || is_element.then(|| messages().app_name)
            lang=move || explorer.lang.get().tag()
        >
            {(explorer.host == Host::Page).then(|| view! {
                <SkipLink to=skip_target>
                    {move || match skip_target.get() {
                        SkipTarget::FirstResult => messages().skip_to_programmes,
                        SkipTarget::ProgrammeTitle => messages().skip_to_programme,
                        SkipTarget::AboutTitle | SkipTarget::CompareTitle => messages().skip_to_content,
                    }}
                </SkipLink>
            })}
            {header}
            {notice}
            {main}
            {(!is_element).then(|| view! { <UpdatePrompt /> })}
            {footer}
        </div>
    }
}

/// The hosted page's header: the name (the page's h1 on the results; a link back to them on
/// a programme's page, whose title is then the h1), the language switch, the tagline and the
/// search box.
#[component]
fn SiteHeader(page_open: Memo<bool>) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let messages = move || explorer.messages();
    view! {
        <header class="site-header">
            <div class="wrap header-top">
                {move || {
                    let name = messages().app_name;
                    if page_open.get() {
                        let start = move || explorer.state.with(|s| ExplorerState {
                            lang: s.lang,
                            ..Default::default()
                        });
                        view! {
                            <p class="site-title">
                                <StateLink to=start>{name}</StateLink>
                            </p>
                        }
                        .into_any()
                    } else {
                        view! { <h1 class="site-title">{name}</h1> }.into_any()
                    }
                }}
                <LanguageSwitch />
            </div>
            <div class="wrap">
                <p class="tagline">{move || messages().tagline}</p>
                <SearchBox />
            </div>
        </header>
    }
}

/// An embed's compact bar: the search box, the language switch, and the full explorer in a
/// new tab at the same view. The partner's page carries its own heading; the widget's name
/// is there for screen readers. In an iframe, the bar is its document's banner.
#[component]
fn EmbedBar() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    if explorer.host == Host::Frame {
        view! { <header class="embed-bar">{embed_bar_content(explorer)}</header> }.into_any()
    } else {
        view! { <div class="embed-bar">{embed_bar_content(explorer)}</div> }.into_any()
    }
}

/// The bar's heading (the page's h1 in an iframe; a section heading in an element), the
/// search box, the language switch and the link.
fn embed_bar_content(explorer: Explorer) -> impl IntoView {
    let messages = move || explorer.messages();
    let full = move || explorer.state.with(|state| explorer.absolute_href(state));
    let name = move || messages().app_name;
    let heading = if explorer.host == Host::Frame {
        view! { <h1 class="visually-hidden">{name}</h1> }.into_any()
    } else {
        view! { <h2 class="visually-hidden">{name}</h2> }.into_any()
    };
    view! {
        {heading}
        <div class="wrap embed-bar-inner">
            <SearchBox />
            <div class="embed-links">
                <LanguageSwitch />
                <ExternalLink href=full class="open-full">
                    {move || messages().open_full_explorer}
                </ExternalLink>
            </div>
        </div>
    }
}

// The views loaded when first opened: scripts/post-build.mjs cuts each `#[lazy]` function (and
// what only it uses) out of the start-up wasm into a chunk of its own.

#[lazy]
fn lazy_map() -> AnyView {
    view! { <MapView /> }.into_any()
}

#[lazy]
fn lazy_charts() -> AnyView {
    view! { <ChartsView /> }.into_any()
}

#[lazy]
fn lazy_compare() -> AnyView {
    view! { <ComparePage /> }.into_any()
}
