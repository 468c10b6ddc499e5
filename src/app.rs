//! The page: header with the search box and language switch, then either the results (facets,
//! chips, count, sort, cards, pages) or one programme's page, and the footer.

use diaspora_core::url_state::ExplorerState;
use leptos::prelude::*;

use crate::browser;
use crate::catalogue::catalogue;
use crate::components::facet_panel::FacetPanel;
use crate::components::filter_chips::FilterChips;
use crate::components::language_switch::LanguageSwitch;
use crate::components::page_nav::PageNav;
use crate::components::programme_page::ProgrammePage;
use crate::components::result_list::ResultList;
use crate::components::results_bar::ResultsBar;
use crate::components::search_box::SearchBox;
use crate::components::update_prompt::UpdatePrompt;
use crate::explorer::Explorer;

#[component]
pub fn App() -> impl IntoView {
    let explorer = Explorer::from_location();
    provide_context(explorer);
    let messages = move || explorer.messages();
    let open_programme = Memo::new(move |_| explorer.state.with(|s| s.programme.clone()));

    // The document's language and title follow the interface language and the open programme.
    Effect::new(move |_| {
        let lang = explorer.lang.get();
        let app_name = messages().app_name;
        let title = match open_programme.get() {
            Some(id) => catalogue()
                .programmes
                .iter()
                .find(|p| p.id == id)
                .map_or_else(
                    || app_name.to_owned(),
                    |p| format!("{} — {app_name}", p.title),
                ),
            None => app_name.to_owned(),
        };
        browser::set_document_language_and_title(lang.tag(), &title);
    });
    // Focus follows the view: the programme's title when it opens, its card when it closes.
    Effect::new(move |previous: Option<Option<String>>| {
        let current = open_programme.get();
        if let Some(previous) = previous {
            if previous != current {
                let target = match (&current, &previous) {
                    (Some(_), _) => "programme-title".to_owned(),
                    (None, Some(id)) => format!("programme-link-{id}"),
                    (None, None) => "results-heading".to_owned(),
                };
                request_animation_frame(move || browser::focus_element(&target));
            }
        }
        current
    });

    let filters_open = RwSignal::new(false);
    let results = move || {
        view! {
            <div class="explorer" class:filters-open=move || filters_open.get()>
                <FacetPanel open=filters_open />
                <div class="results">
                    <ResultsBar filters_open=filters_open />
                    <FilterChips />
                    <ResultList />
                    <PageNav />
                </div>
            </div>
        }
    };

    view! {
        <a class="skip-link" href="#main">{move || messages().skip_to_programmes}</a>
        <header class="site-header">
            <div class="wrap header-top">
                {move || {
                    let name = messages().app_name;
                    // One h1 per view: the site's name on the results, the programme's title on
                    // its page.
                    if open_programme.with(Option::is_some) {
                        let start = move || explorer.state.with(|s| ExplorerState {
                            lang: s.lang,
                            ..Default::default()
                        });
                        let go = move |event: leptos::ev::MouseEvent| {
                            explorer.follow(&event, start());
                        };
                        view! {
                            <p class="site-title">
                                <a href=move || Explorer::href(&start()) on:click=go>{name}</a>
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
        <main id="main" class="wrap" tabindex="-1">
            {move || match open_programme.get() {
                Some(id) => view! { <ProgrammePage id=id /> }.into_any(),
                None => results().into_any(),
            }}
        </main>
        <UpdatePrompt />
        <footer class="site-footer">
            <div class="wrap">
                <p>{move || messages().data_notice}</p>
            </div>
        </footer>
    }
}
