//! The programmes the explorer shows and their search engine: the catalogue `build.rs`
//! validated and published beside the app, or a partner's own dataset loaded at run time.

use std::cell::{Cell, RefCell};

use diaspora_core::data::source_lists::SourceLists;
use diaspora_core::search::index::IndexBuilder;
use diaspora_core::search::SearchEngine;
use diaspora_core::{Catalogue, Problem};

use crate::browser;
use leptos::prelude::{ArcRwSignal, Get, Set};

/// The file `build.rs` wrote the validated catalogue to, named after its content: the app
/// fetches it beside itself, so that it downloads in parallel with the code (the page
/// preloads it) and each is cached apart from the other.
pub const CATALOGUE_FILE: &str = env!("CATALOGUE_FILE");

/// The programmes' sources, which `build.rs` publishes apart from the catalogue
/// (`diaspora_core::data::source_lists`): fetched once the catalogue is in.
pub const SOURCES_FILE: &str = env!("SOURCES_FILE");

/// The index `build.rs` stored for a large catalogue (see `STORED_INDEX_FROM` there).
#[cfg(stored_index)]
const STORED_INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.bin"));

/// The search engine over the bundled catalogue. A small catalogue (the real one) is indexed
/// after the first view, in steps ([`Dataset::index_in_steps`]), which downloads nothing
/// more; a large one loads the index `build.rs` stored, which is faster than indexing it.
fn bundled_engine(catalogue: &Catalogue) -> SearchEngine {
    #[cfg(stored_index)]
    {
        let index = diaspora_core::search::index::SearchIndex::from_bytes(STORED_INDEX)
            .expect("build.rs stored a valid index");
        SearchEngine::with_index(catalogue, index).expect("the index is of this catalogue")
    }
    #[cfg(not(stored_index))]
    SearchEngine::deferred(catalogue)
}

/// Programmes indexed per task: a few milliseconds each on a slow phone.
const INDEXED_PER_STEP: usize = 8;

thread_local! {
    /// The bundled catalogue once loaded, shared by every explorer of the page.
    static BUNDLED: Cell<Option<Dataset>> = const { Cell::new(None) };
    /// Where the bundled catalogue's sources are (a signal, for the views that show them), and
    /// their fetch, settled once they are in or could not be had.
    /// (Settled or not, a `bool`, rather than the state: the app has `bool` signals already,
    /// and one of a type of its own measured 0.3 KB more wasm.)
    static BUNDLED_SOURCES: RefCell<Option<(ArcRwSignal<bool>, js_sys::Promise)>> = const { RefCell::new(None) };
}

/// Whether a catalogue's sources are at hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourcesState {
    Loading,
    Ready,
    /// They could not be had (the console says why).
    Failed,
}

/// A catalogue and its engine. Both live as long as the page: the bundled one in statics, a
/// partner's (at most one per widget, loaded once) leaked on purpose, so that components can
/// hold plain references and the handle stays `Copy`.
#[derive(Clone, Copy)]
pub struct Dataset {
    pub catalogue: &'static Catalogue,
    pub engine: &'static SearchEngine,
}

impl Dataset {
    /// The catalogue `build.rs` validated, fetched from beside the app at `base` (the hosted
    /// explorer's address: the page's own, or the one `embed.js` was loaded from) the first
    /// time, then shared. Already validated, it is only parsed here. The error says what
    /// failed, for the console.
    pub async fn bundled(base: &str) -> Result<Dataset, String> {
        if let Some(dataset) = BUNDLED.get() {
            return Ok(dataset);
        }
        let url = browser::resolve(CATALOGUE_FILE, base);
        let text = browser::fetch_text(&url)
            .await
            .map_err(|error| format!("{url}: {error}"))?;
        // Another explorer of the page may have finished loading it meanwhile.
        if let Some(dataset) = BUNDLED.get() {
            return Ok(dataset);
        }
        let catalogue: &'static Catalogue = Box::leak(Box::new(
            Catalogue::from_json(&text).map_err(|error| format!("{url}: {error}"))?,
        ));
        // Parsing and preparing the engine are two tasks, not one long one.
        browser::yield_to_browser().await;
        if let Some(dataset) = BUNDLED.get() {
            return Ok(dataset);
        }
        let engine = Box::leak(Box::new(bundled_engine(catalogue)));
        let dataset = Dataset { catalogue, engine };
        BUNDLED.set(Some(dataset));
        fetch_sources(catalogue, browser::resolve(SOURCES_FILE, base));
        Ok(dataset)
    }

    /// Whether this dataset's sources are at hand, tracked (a view that reads it updates when
    /// they come): a partner's dataset and the
    /// build-time renderer's have them in their records; the bundled one gets them from
    /// [`SOURCES_FILE`], fetched when it loads.
    pub fn sources_state(self) -> SourcesState {
        if self.catalogue.has_sources() {
            return SourcesState::Ready;
        }
        let settled = BUNDLED_SOURCES
            .with_borrow(|sources| sources.as_ref().map(|(settled, _)| settled.get()));
        match settled {
            // Attached meanwhile: the signal was set after.
            _ if self.catalogue.has_sources() => SourcesState::Ready,
            Some(true) => SourcesState::Failed,
            _ => SourcesState::Loading,
        }
    }

    /// Resolves once the sources are at hand (`true`) or could not be had.
    pub async fn sources_settled(self) -> bool {
        if !self.catalogue.has_sources() {
            let fetch = BUNDLED_SOURCES
                .with_borrow(|sources| sources.as_ref().map(|(_, fetch)| fetch.clone()));
            if let Some(fetch) = fetch {
                let _ = wasm_bindgen_futures::JsFuture::from(fetch).await;
            }
        }
        self.catalogue.has_sources()
    }

    /// Builds the engine's text index, if it has none yet, a few programmes per task after
    /// the next frame, so that start-up is no long task and the first search finds it built
    /// (a search that comes first builds it at once).
    pub fn index_in_steps(self) {
        if self.engine.has_index() {
            return;
        }
        leptos::task::spawn_local(async move {
            browser::next_frame().await;
            let mut builder = IndexBuilder::new(self.catalogue);
            while builder.add(INDEXED_PER_STEP) {
                browser::yield_to_browser().await;
                if self.engine.has_index() {
                    return;
                }
            }
            let index = builder.finish();
            if let Err(error) = self.engine.provide_index(index) {
                leptos::logging::warn!("the search index could not be used: {error}");
            }
        });
    }

    /// A partner's `programmes.json`, checked by the build's rules against the bundled
    /// catalogue's countries, vocabularies and aliases; the problems name the record and field.
    pub fn partner(bundled: Dataset, name: &str, text: &str) -> Result<Dataset, Vec<Problem>> {
        let today = crate::browser::today();
        let catalogue: &'static Catalogue =
            Box::leak(Box::new(bundled.catalogue.with_dataset(name, text, today)?));
        let engine = Box::leak(Box::new(SearchEngine::new(catalogue)));
        Ok(Dataset { catalogue, engine })
    }
}

/// Fetches the bundled catalogue's sources and attaches them, once; the signal says when the
/// fetch has settled (the console says why, when it failed).
fn fetch_sources(catalogue: &'static Catalogue, url: String) {
    let state = ArcRwSignal::new(false);
    let settled = state.clone();
    let fetch = wasm_bindgen_futures::future_to_promise(async move {
        let outcome = browser::fetch_text(&url)
            .await
            .and_then(|text| SourceLists::from_json(text.as_bytes()).map_err(|e| e.to_string()));
        match outcome {
            Ok(lists) => {
                catalogue.attach_sources(lists);
            }
            Err(error) => leptos::logging::warn!("{url}: {error}"),
        }
        settled.set(true);
        Ok(wasm_bindgen::JsValue::UNDEFINED)
    });
    BUNDLED_SOURCES.with_borrow_mut(|slot| *slot = Some((state, fetch)));
}
