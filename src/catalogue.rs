//! The catalogue `build.rs` validated and bundled into the binary, and its search engine.

use std::sync::OnceLock;

use diaspora_core::search::SearchEngine;
use diaspora_core::Catalogue;

const CATALOGUE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/catalogue.json"));

/// The bundled catalogue, parsed once on first use and kept for the page's lifetime.
pub fn catalogue() -> &'static Catalogue {
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
pub fn engine() -> &'static SearchEngine {
    static ENGINE: OnceLock<SearchEngine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let catalogue = catalogue();
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
