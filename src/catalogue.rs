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

/// The search engine over the bundled catalogue. It is indexed at start-up rather than
/// shipped prebuilt: at the bundled size indexing takes a few milliseconds, while a stored
/// index would add its bytes to every download (see issue 3's measurements).
pub fn engine() -> &'static SearchEngine {
    static ENGINE: OnceLock<SearchEngine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let catalogue = catalogue();
        SearchEngine::new(catalogue, &catalogue.aliases)
    })
}
