//! The catalogue `build.rs` validated and bundled into the binary.

use std::sync::OnceLock;

use diaspora_core::Catalogue;

const CATALOGUE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/catalogue.json"));

/// The bundled catalogue, parsed once on first use and kept for the page's lifetime.
pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        Catalogue::from_json(CATALOGUE_JSON).expect("build.rs wrote a valid catalogue")
    })
}
