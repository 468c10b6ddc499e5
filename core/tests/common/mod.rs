//! What the integration tests share: the bundled reference data, validation against it, and
//! the real catalogue with its search engine (built once per test binary).
#![allow(dead_code)] // each test binary uses its own part

use std::sync::OnceLock;

use diaspora_core::data::calendar::{today_utc, Date};
use diaspora_core::data::validate::{validate_dataset, Context, Problem};
use diaspora_core::search::SearchEngine;
use diaspora_core::{Catalogue, Geography, Organisations, Programme, Vocabularies};

pub fn geography() -> Geography {
    Geography::from_json(include_str!("../../../data/countries.json")).unwrap()
}

pub fn vocabularies() -> Vocabularies {
    Vocabularies::from_json(include_str!("../../../data/vocabularies.json")).unwrap()
}

pub fn organisations() -> Organisations {
    Organisations::from_json(include_str!("../../../data/organisations.json")).unwrap()
}

/// Validates a dataset text against the bundled countries, vocabularies and organisations, as
/// of `today`.
pub fn validate(name: &str, text: &str, today: Date) -> Result<Vec<Programme>, Vec<Problem>> {
    let (geography, vocabularies, organisations) = (geography(), vocabularies(), organisations());
    let context = Context {
        geography: &geography,
        vocabularies: &vocabularies,
        organisations: ("data/organisations.json", &organisations),
        today,
    };
    validate_dataset(name, text, &context)
}

/// The real catalogue, loaded the way build.rs loads it.
pub fn catalogue() -> Catalogue {
    Catalogue::repository(today_utc())
}

/// The real catalogue and its search engine.
pub fn engine() -> &'static (Catalogue, SearchEngine) {
    static SETUP: OnceLock<(Catalogue, SearchEngine)> = OnceLock::new();
    SETUP.get_or_init(|| {
        let catalogue = catalogue();
        let engine = SearchEngine::new(&catalogue);
        (catalogue, engine)
    })
}
