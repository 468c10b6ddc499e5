//! The programmes the explorer shows and their search engine: the catalogue `build.rs`
//! validated and bundled into the binary, or a partner's own dataset loaded at run time.

use std::sync::OnceLock;

use diaspora_core::data::calendar::Date;
use diaspora_core::search::SearchEngine;
use diaspora_core::{Catalogue, Problem};

const CATALOGUE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/catalogue.json"));

/// The bundled catalogue, parsed once on first use and kept for the page's lifetime.
fn bundled_catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        Catalogue::from_json(CATALOGUE_JSON).expect("build.rs wrote a valid catalogue")
    })
}

/// The index `build.rs` stored for a large catalogue (see `STORED_INDEX_FROM` there).
#[cfg(stored_index)]
const STORED_INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.bin"));

/// The search engine over the bundled catalogue. A small catalogue (the real one) is indexed
/// at start-up, which takes milliseconds and downloads nothing more; a large one loads the
/// index `build.rs` stored, which is faster than indexing it.
fn bundled_engine() -> &'static SearchEngine {
    static ENGINE: OnceLock<SearchEngine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let catalogue = bundled_catalogue();
        #[cfg(stored_index)]
        {
            let index = diaspora_core::search::index::SearchIndex::from_bytes(STORED_INDEX)
                .expect("build.rs stored a valid index");
            SearchEngine::with_index(catalogue, index).expect("the index is of this catalogue")
        }
        #[cfg(not(stored_index))]
        SearchEngine::new(catalogue, &catalogue.aliases)
    })
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
    pub fn bundled() -> Dataset {
        Dataset {
            catalogue: bundled_catalogue(),
            engine: bundled_engine(),
        }
    }

    /// A partner's `programmes.json`, checked by the build's rules against the bundled
    /// countries and vocabularies; the problems name the record and field.
    pub fn partner(name: &str, text: &str) -> Result<Dataset, Vec<Problem>> {
        let today = Date::from_unix_days((js_sys::Date::now() / 86_400_000.0).floor() as i64);
        let catalogue: &'static Catalogue = Box::leak(Box::new(
            bundled_catalogue().with_dataset(name, text, today)?,
        ));
        let engine = Box::leak(Box::new(SearchEngine::new(catalogue, &catalogue.aliases)));
        Ok(Dataset { catalogue, engine })
    }
}
