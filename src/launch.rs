//! Starting an explorer: on its own page (`main`), in an iframe (`?embed=1`), or inside a
//! `<diaspora-explorer>` element on a partner's page (`mount_element`, called by `embed.js`).
//! Each reads the same options with the core's one parser, applies the partner's theme,
//! loads the partner's own programmes when asked, and then shows the explorer.

use diaspora_core::explorer::embed::{FilterLayout, PageOptions, Theme};
use diaspora_core::explorer::url_state::requested_lang;
use diaspora_core::present::i18n::Messages;
use diaspora_core::Lang;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use diaspora_explorer::app::App;
use diaspora_explorer::browser;
use diaspora_explorer::components::partner_data_notice::{PartnerDataCause, PartnerDataFailure};
use diaspora_explorer::dataset::Dataset;
use diaspora_explorer::explorer::{Explorer, Host, Setup};
use diaspora_explorer::ids;

/// Mounts the explorer on its own page (the hosted site or an embed's iframe). A page of the
/// build holds its static views (`#prerendered`, see `src/bin/prerender.rs`), one of them on
/// screen (or a loading line, when the address asks for another view): they stay until the
/// explorer can show its own, which then replaces them in one go, with whatever the reader
/// typed in the search box meanwhile.
pub fn mount_on_page() {
    let query = browser::location_search();
    let path = browser::location_path();
    let base = browser::location_base();
    let Some(prerendered) = browser::Prerendered::find() else {
        leptos::mount::mount_to_body(move || start(Mount::Page(path), query, base));
        return;
    };
    // Not leptos's spawn_local: its executor starts with the first mount, which comes after.
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = load(&query, &base).await;
        // A programme's page shows its sources, which come apart from the catalogue: the
        // static page keeps showing them until the app can too.
        if let Ok(Loaded { data, .. }) = &loaded {
            if PageOptions::from_location(&path, &query, data.catalogue)
                .state
                .programme
                .is_some()
            {
                data.sources_settled().await;
            }
        }
        // The static view has been painted (a fast network could bring the app before the
        // first frame), and the load's work is done in tasks of its own.
        browser::next_frame().await;
        let typed = prerendered.typed();
        let focused_at = typed
            .as_ref()
            .filter(|typed| typed.focused)
            .map(|typed| typed.caret);
        prerendered.remove();
        let lang = requested_lang(&query).unwrap_or_else(browser::preferred_lang);
        let view = move || match loaded {
            Ok(Loaded { data, failure }) => show(
                Some(Mount::Page(path)),
                &query,
                base,
                data,
                failure,
                typed.as_ref(),
            ),
            Err(error) => unavailable(lang, &error),
        };
        leptos::mount::mount_to_body(view);
        if let Some(caret) = focused_at {
            browser::focus_text_field(ids::SEARCH_INPUT, caret);
        }
    });
}

/// Where an explorer is mounted, before its options are read.
enum Mount {
    /// The document's body: the hosted page, or an embed's iframe when the options say so; with
    /// the page's path from the explorer's root (a programme's own page names its programme).
    Page(String),
    /// Inside a `<diaspora-explorer>` element's shadow root.
    Element(web_sys::ShadowRoot),
}

/// A `<diaspora-explorer>` element's explorer; dropping it (or calling `free()` from
/// JavaScript, as `embed.js` does when the element leaves the page) unmounts it.
#[wasm_bindgen]
pub struct ElementMount {
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

/// Mounts an explorer into `container`, a node inside the element's shadow root. `embed.js`
/// calls it by name, so the name is
/// [`MOUNT_ELEMENT_EXPORT`](diaspora_core::explorer::contract::MOUNT_ELEMENT_EXPORT), which
/// `core/tests/contract.rs` checks against this function.
/// `attributes` is the element's options as a query string (`origin=ML&lang=fr`), read by the
/// same parser as the hosted page's URL; `base` is the hosted explorer's address, which the
/// widget's links open in a new tab.
#[wasm_bindgen]
pub fn mount_element(
    container: web_sys::HtmlElement,
    shadow_root: web_sys::ShadowRoot,
    attributes: String,
    base: String,
) -> ElementMount {
    let handle = leptos::mount::mount_to(container, move || {
        start(Mount::Element(shadow_root), attributes, base)
    });
    ElementMount { _handle: handle }
}

/// The partner's colours, font and corner radius as the CSS custom properties the styles
/// read (the accent through `--partner-accent`, with a lighter one for dark mode). The core
/// has already checked each value to be only a colour, a font family name or a length. Those
/// not given are removed, so that an element restarted with new options drops old ones.
fn apply_theme(target: &web_sys::HtmlElement, theme: &Theme) {
    let accent_on_dark = theme.accent_on_dark();
    browser::set_css_properties(
        target,
        &[
            ("--partner-accent", theme.accent.as_deref()),
            ("--partner-accent-dark", accent_on_dark.as_deref()),
            ("--font-body", theme.font.as_deref()),
            ("--radius", theme.radius.as_deref()),
        ],
    );
}

/// The explorer for `query` once its programmes are there: the bundled catalogue, fetched
/// from beside the app at `base`, and the partner's own list when the options name one
/// (`data=`; on failure, the bundled catalogue with a notice). Until then, a loading line in
/// the language the query asks for; if the catalogue cannot be had, a message saying so.
fn start(mount: Mount, query: String, base: String) -> AnyView {
    let lang = requested_lang(&query).unwrap_or_else(browser::preferred_lang);
    let loaded = RwSignal::new(None::<Result<Loaded, String>>);
    {
        let (query, base) = (query.clone(), base.clone());
        leptos::task::spawn_local(async move {
            // `try_set`: the element may have left its page meanwhile.
            drop(loaded.try_set(Some(load(&query, &base).await)));
        });
    }
    let mount = StoredValue::new_local(Some(mount));
    let messages = Messages::get(lang);
    (move || match loaded.get() {
        None => view! { <p class="loading wrap" role="status">{messages.loading_programmes}</p> }
            .into_any(),
        Some(Err(error)) => unavailable(lang, &error),
        Some(Ok(Loaded { data, failure })) => {
            // Runs once: `loaded` is set once.
            let mount = mount.try_update_value(Option::take).flatten();
            show(mount, &query, base.clone(), data, failure, None)
        }
    })
    .into_any()
}

/// What shows when the catalogue cannot be had; the cause goes to the console.
fn unavailable(lang: Lang, error: &str) -> AnyView {
    leptos::logging::error!("diaspora-explorer: {error}");
    let messages = Messages::get(lang);
    view! { <p class="notice wrap" role="alert">{messages.programmes_unavailable}</p> }.into_any()
}

/// The programmes an explorer shows, and why they are not the partner's when they should be.
#[derive(Clone)]
struct Loaded {
    data: Dataset,
    failure: Option<PartnerDataFailure>,
}

async fn load(query: &str, base: &str) -> Result<Loaded, String> {
    let bundled = Dataset::bundled(base).await?;
    // Only the partner's address is needed here; the options are read in full, with their
    // warnings, against the catalogue that will be shown.
    let Some(url) = PageOptions::from_query_string(query, bundled.catalogue)
        .embed
        .data
    else {
        return Ok(Loaded {
            data: bundled,
            failure: None,
        });
    };
    let outcome = match browser::fetch_text(&url).await {
        Ok(text) => Dataset::partner(bundled, &url, &text).map_err(PartnerDataCause::Invalid),
        Err(error) => Err(PartnerDataCause::Fetch(error)),
    };
    Ok(match outcome {
        Ok(data) => Loaded {
            data,
            failure: None,
        },
        Err(cause) => {
            let failure = PartnerDataFailure { url, cause };
            for problem in failure.cause.lines() {
                leptos::logging::warn!("{}: {problem}", failure.url);
            }
            Loaded {
                data: bundled,
                failure: Some(failure),
            }
        }
    })
}

/// The explorer itself: the options read against the catalogue it shows (a partner's ids and
/// values), the host they imply, the partner's theme, and for an iframe its height reports.
/// `typed` is what the reader typed in a static page's search box before the app started.
fn show(
    mount: Option<Mount>,
    query: &str,
    base: String,
    data: Dataset,
    failure: Option<PartnerDataFailure>,
    typed: Option<&browser::TypedQuery>,
) -> AnyView {
    let path = match &mount {
        Some(Mount::Page(path)) => path.as_str(),
        _ => "",
    };
    let mut options = PageOptions::from_location(path, query, data.catalogue);
    for warning in &options.warnings {
        leptos::logging::warn!("{warning}");
    }
    if let Some(typed) = typed.filter(|typed| typed.text != options.state.query) {
        options.state = options.state.with_query(&typed.text);
        browser::write_location(&options.state.to_href(), browser::HistoryMode::Replace);
    }
    let (host, shadow_root) = match mount {
        Some(Mount::Element(shadow_root)) => {
            // On the element itself, where the stylesheet's `:host` tokens read them.
            if let Ok(element) = shadow_root.host().dyn_into::<web_sys::HtmlElement>() {
                apply_theme(&element, &options.embed.theme);
            }
            (Host::Element, Some(shadow_root))
        }
        _ if options.embed.embed => {
            if let Some(root) = browser::document_element() {
                apply_theme(&root, &options.embed.theme);
            }
            if let Some(origin) = options.embed.parent_origin.clone() {
                browser::report_height_to(origin.clone());
                browser::follow_parent_viewport(origin);
            }
            (Host::Frame, None)
        }
        _ => (Host::Page, None),
    };
    data.index_in_steps();
    let explorer = Explorer::new(Setup {
        host,
        state: options.state,
        locked: options.locked,
        data,
        base,
        shadow_root,
        browser_lang: browser::preferred_lang(),
        filter_layout: options.embed.filters,
        programme_links: options.embed.links,
        filters_on_screen: match host {
            // The hosted page's filters are beside the results from 56rem (public/styles.css).
            Host::Page => browser::matches_media("(min-width: 56.0625rem)"),
            _ => options.embed.filters == FilterLayout::Expanded,
        },
    });
    view! { <App explorer=explorer failure=failure /> }.into_any()
}
