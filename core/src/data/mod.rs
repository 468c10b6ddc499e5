//! The dataset: what a programme record is, the reference data it points into (countries and
//! regions, vocabularies, organisations, dates), every rule a dataset must pass, and the
//! validated catalogue the app embeds.
//!
//! Depends on [`crate::text`] only. A rule about what a record may contain belongs here
//! (in [`validate`]); a rule about how a record is found or shown does not.
//!
//! - [`model`]: a programme record as written in `data/programmes.json`.
//! - [`geography`]: countries and UN M49 regions with English and French names.
//! - [`countries`]: the countries a programme names on one side, and whether it reaches many more.
//! - [`vocabulary`]: the closed code lists (themes, support types, target groups, …).
//! - [`organisations`]: every organisation the records name, once, with its other names.
//! - [`changelog`]: the dated entries of `data/CHANGELOG.md`, for the "About the data" page.
//! - [`concepts`]: words and phrases for one idea, for search (remittance ≈ envoi d'argent).
//! - [`calendar`]: dates as the dataset writes them, and today's.
//! - [`validate`]: every rule a dataset must pass, reporting all problems at once.
//! - [`source_lists`]: the programmes' sources, published beside the catalogue.
//! - [`catalogue`]: validated programmes with their reference data, as the app embeds them.

pub mod calendar;
pub mod catalogue;
pub mod changelog;
pub mod concepts;
pub mod countries;
pub mod geography;
pub mod model;
pub mod organisations;
pub mod source_lists;
pub mod validate;
pub mod vocabulary;

pub use catalogue::Catalogue;
pub use concepts::Concepts;
pub use countries::Countries;
pub use geography::Geography;
pub use model::{Organisation, Programme, Source, Status, TakingPart};
pub use organisations::Organisations;
pub use validate::{validate_dataset, Problem};
pub use vocabulary::Vocabularies;
