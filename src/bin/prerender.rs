//! The build-time renderer: the explorer's own components, rendered natively to static HTML
//! for the start page, "About the data" (`about/`) and each programme's own page
//! (`programmes/<id>/`), in English and in
//! French, with what each page says of itself to link previews and search engines. A first
//! visit then shows content before the wasm has arrived, readers without JavaScript can read
//! and follow every programme, and a link pasted into a chat shows its programme.
//!
//! Rendering the same components (rather than a second renderer) keeps the static page and
//! the app's first view the same markup, so that the app takes over without a jump. The app
//! does not hydrate this HTML: it renders afresh and replaces it in one frame, which keeps it
//! free of hydration's constraints (the reader's language is only known in the browser).
//!
//! Run by `scripts/post-build.mjs` (`cargo run --no-default-features --features prerender
//! --bin prerender`); prints one JSON object on standard output:
//! `{"pages": [{"path", "head", "body"}]}`, `path` from the explorer's root (`""`, `about/` or
//! `programmes/<id>/`), `head` the page's own `<title>`, description, Open Graph tags and
//! canonical link, `body` the views. Absolute addresses (`og:url`, `og:image`) need the site's
//! address, from the environment variable `SITE_URL`; without it they are left out and the
//! canonical link is relative.

use std::sync::Arc;

use diaspora_core::data::source_lists::SourceLists;
use diaspora_core::explorer::lock::LockedFilters;
use diaspora_core::explorer::url_state::ExplorerState;
use diaspora_core::present::i18n::Messages;
use diaspora_core::present::page_meta::PageMeta;
use diaspora_core::present::static_page::{escape, namespace_ids, strip_comments};
use diaspora_core::request::{SearchRequest, Sort};
use diaspora_core::search::SearchEngine;
use diaspora_core::{Catalogue, Lang};
use diaspora_explorer::app::App;
use diaspora_explorer::dataset::Dataset;
use diaspora_explorer::explorer::{Explorer, Host, Setup};
use diaspora_explorer::ids;
use leptos::prelude::*;

/// The catalogue `build.rs` validated for this build, the one the app fetches.
const CATALOGUE: &str = include_str!(concat!(env!("OUT_DIR"), "/", env!("CATALOGUE_FILE")));
/// Its programmes' sources, which it publishes apart.
const SOURCES: &str = include_str!(concat!(env!("OUT_DIR"), "/", env!("SOURCES_FILE")));

/// The language of the page's first copy; the others get their ids prefixed.
const FIRST: Lang = Lang::En;

fn main() {
    let catalogue: &'static Catalogue = Box::leak(Box::new(
        Catalogue::from_json(CATALOGUE).expect("build.rs wrote a valid catalogue"),
    ));
    catalogue.attach_sources(
        SourceLists::from_json(SOURCES.as_bytes()).expect("build.rs wrote valid source lists"),
    );
    let engine = Box::leak(Box::new(SearchEngine::new(catalogue)));
    let data = Dataset { catalogue, engine };
    let site = site_url();

    let mut pages = vec![page(
        data,
        &site,
        ExplorerState::default(),
        PageMeta::home(FIRST),
    )];
    pages[0]["noscript"] = every_programme(data).into();
    pages.push(page(
        data,
        &site,
        ExplorerState {
            about: true,
            ..ExplorerState::default()
        },
        PageMeta::about(catalogue.programmes.len(), FIRST),
    ));
    for programme in &catalogue.programmes {
        let state = ExplorerState {
            programme: Some(programme.id.clone()),
            ..ExplorerState::default()
        };
        pages.push(page(
            data,
            &site,
            state,
            PageMeta::programme(programme, FIRST),
        ));
    }
    println!("{}", serde_json::json!({ "pages": pages }));
}

/// `SITE_URL`, ending with `/`, or `None` (with a note on standard error).
fn site_url() -> Option<String> {
    match std::env::var("SITE_URL") {
        Ok(url) if url.starts_with("https://") || url.starts_with("http://") => {
            Some(if url.ends_with('/') {
                url
            } else {
                format!("{url}/")
            })
        }
        Ok(url) if !url.is_empty() => {
            eprintln!("prerender: SITE_URL={url:?} is not an http(s) address; ignored");
            None
        }
        _ => None,
    }
}

/// One static page: `state` as the app would first show it, in each language.
fn page(
    data: Dataset,
    site: &Option<String>,
    state: ExplorerState,
    meta: PageMeta,
) -> serde_json::Value {
    let mut body = format!(r#"<div id="{}">"#, ids::PRERENDERED);
    for lang in Lang::ALL {
        let html = strip_comments(&render(data, state.clone(), lang));
        if lang == FIRST {
            body.push_str(&html);
        } else {
            body.push_str(&namespace_ids(&html, &format!("{}-", lang.tag())));
        }
    }
    // Shown instead while the address asks for something else than this page (a search, a
    // filter, an embed): the app replaces it.
    for lang in Lang::ALL {
        let loading = view! {
            <p class="loading wrap prerender-loading" lang=lang.tag() role="status">
                {Messages::get(lang).loading_programmes}
            </p>
        };
        body.push_str(&strip_comments(&loading.to_html()));
    }
    body.push_str("</div>");
    serde_json::json!({ "path": meta.path, "head": meta.head_html(site.as_deref()), "body": body })
}

/// For readers without JavaScript, on the start page: what they can do, and a link to every
/// programme's page (the list shows only the first page of them).
fn every_programme(data: Dataset) -> String {
    let messages = Messages::get(FIRST);
    // In the order of the explorer's "Title" sort.
    let all = data.engine.search(
        data.catalogue,
        &SearchRequest {
            sort: Sort::TitleAsc,
            page_size: data.catalogue.programmes.len(),
            ..SearchRequest::default()
        },
    );
    let items: String = all
        .hits
        .iter()
        .map(|hit| &data.catalogue.programmes[hit.doc])
        .map(|programme| {
            format!(
                r#"<li><a href="{}">{}</a></li>"#,
                escape(&diaspora_core::explorer::url_state::programme_page(
                    &programme.id
                )),
                escape(&PageMeta::programme(programme, FIRST).heading),
            )
        })
        .collect();
    format!(
        r#"<div class="wrap no-script"><h2>{}</h2><p>{}</p><ul>{items}</ul></div>"#,
        escape(messages.every_programme),
        escape(messages.without_script),
    )
}

/// The app's view of `state` for a reader whose browser prefers `lang`, as HTML.
fn render(data: Dataset, state: ExplorerState, lang: Lang) -> String {
    // A server's rendering context: the components then skip what only a browser can do
    // (listeners on the window, effects).
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    owner.with(|| {
        let explorer = Explorer::new(Setup {
            host: Host::Page,
            state,
            locked: LockedFilters::none(),
            data,
            base: String::new(),
            shadow_root: None,
            browser_lang: lang,
            filter_layout: Default::default(),
            programme_links: Default::default(),
            // The static page holds them all, for the wide layout.
            filters_on_screen: true,
        });
        view! { <App explorer=explorer failure=None /> }.to_html()
    })
}
