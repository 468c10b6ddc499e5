//! Starting an explorer: on its own page (`main`), in an iframe (`?embed=1`), or inside a
//! `<diaspora-explorer>` element on a partner's page (`mount_element`, called by `embed.js`).
//! Each reads the same options with the core's one parser, applies the partner's theme,
//! loads the partner's own programmes when asked, and then shows the explorer.

use diaspora_core::explorer::embed::{PageOptions, Theme};
use diaspora_core::present::i18n::Messages;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::App;
use crate::browser;
use crate::components::partner_data_notice::{PartnerDataCause, PartnerDataFailure};
use crate::dataset::Dataset;
use crate::explorer::{Explorer, Host, Setup};

/// Mounts the explorer on its own page (the hosted site or an embed's iframe).
pub fn mount_on_page() {
    let query = browser::location_search();
    let options = PageOptions::from_query_string(&query, Dataset::bundled().catalogue);
    let host = if options.embed.embed {
        Host::Frame
    } else {
        Host::Page
    };
    if host == Host::Frame {
        if let Some(root) = browser::document_element() {
            apply_theme(&root, &options.embed.theme);
        }
        if let Some(origin) = options.embed.parent_origin.clone() {
            browser::report_height_to(origin);
        }
    }
    let base = browser::location_base();
    leptos::mount::mount_to_body(move || start(host, query, options, base, None));
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
    let options = PageOptions::from_query_string(&attributes, Dataset::bundled().catalogue);
    // On the element itself, where the stylesheet's `:host` tokens read them.
    if let Ok(host) = shadow_root.host().dyn_into::<web_sys::HtmlElement>() {
        apply_theme(&host, &options.embed.theme);
    }
    let handle = leptos::mount::mount_to(container, move || {
        start(Host::Element, attributes, options, base, Some(shadow_root))
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

/// The explorer for `query` (already read as `options` against the bundled catalogue): at
/// once with the bundled catalogue, or after fetching the partner's programmes (`data=`),
/// falling back to the bundled catalogue with a notice.
fn start(
    host: Host,
    query: String,
    options: PageOptions,
    base: String,
    shadow_root: Option<web_sys::ShadowRoot>,
) -> AnyView {
    let bundled = Dataset::bundled();
    let shadow_root = StoredValue::new_local(shadow_root);
    let explorer_for =
        move |data: Dataset, options: PageOptions, failure: Option<PartnerDataFailure>| {
            for warning in &options.warnings {
                leptos::logging::warn!("{warning}");
            }
            let explorer = Explorer::new(Setup {
                host,
                state: options.state,
                locked: options.locked,
                data,
                base: base.clone(),
                shadow_root: shadow_root.get_value(),
            });
            view! { <App explorer=explorer failure=failure /> }.into_any()
        };
    let Some(url) = options.embed.data.clone() else {
        return explorer_for(bundled, options, None);
    };
    let lang = options.state.lang.unwrap_or_else(browser::preferred_lang);
    let loaded = RwSignal::new(None::<Result<Dataset, PartnerDataFailure>>);
    leptos::task::spawn_local(async move {
        let outcome = match browser::fetch_text(&url).await {
            Ok(text) => Dataset::partner(&url, &text).map_err(PartnerDataCause::Invalid),
            Err(error) => Err(PartnerDataCause::Fetch(error)),
        };
        loaded.set(Some(
            outcome.map_err(|cause| PartnerDataFailure { url, cause }),
        ));
    });
    let explorer_for = StoredValue::new_local(explorer_for);
    (move || match loaded.get() {
        None => view! {
            <p class="loading wrap" role="status">{Messages::get(lang).loading_programmes}</p>
        }
        .into_any(),
        // The state is read again against the catalogue it will show: a partner's ids and
        // values.
        Some(Ok(data)) => {
            let options = PageOptions::from_query_string(&query, data.catalogue);
            explorer_for.with_value(|start| start(data, options, None))
        }
        Some(Err(failure)) => {
            for problem in failure.cause.lines() {
                leptos::logging::warn!("{}: {problem}", failure.url);
            }
            let options = options.clone();
            explorer_for.with_value(|start| start(bundled, options, Some(failure)))
        }
    })
    .into_any()
}
