//! The real catalogue, loaded the way build.rs loads it.

use diaspora_core::calendar::today_utc;
use diaspora_core::search::Aliases;
use diaspora_core::validate::{validate_dataset, Context};
use diaspora_core::{Catalogue, Geography, Vocabularies};

pub fn catalogue() -> Catalogue {
    let geography = Geography::from_json(include_str!("../../../data/countries.json")).unwrap();
    let vocabularies =
        Vocabularies::from_json(include_str!("../../../data/vocabularies.json")).unwrap();
    let aliases = Aliases::from_json(include_str!("../../../data/aliases.json")).unwrap();
    let programmes = validate_dataset(
        "data/programmes.json",
        include_str!("../../../data/programmes.json"),
        &Context {
            geography: &geography,
            vocabularies: &vocabularies,
            today: today_utc(),
        },
    )
    .expect("valid dataset");
    Catalogue {
        programmes,
        geography,
        vocabularies,
        aliases,
    }
}
