//! The pure core of the diaspora programme explorer.
//!
//! Everything here is plain Rust with no UI types, so the same code validates the dataset at
//! build time (`build.rs`), reads it in the browser, and is unit-tested natively with
//! `cargo test`.
//!
//! - [`model`]: a programme record as it is written in `data/programmes.json`.
//! - [`geography`]: countries and UN M49 regions with English and French names.
//! - [`vocabulary`]: the closed code lists (themes, support types, target groups, …).
//! - [`validate`]: every rule a dataset must pass, reporting all problems at once.
//! - [`catalogue`]: the bundle the app embeds (programmes with derived regions + reference data).
//! - [`display`]: how the UI writes countries, years and labels in a given language.
//! - [`url_state`]: the explorer's state in the URL query string, read forgivingly, written canonically.
//! - [`export`]: a result set as CSV (for spreadsheets) or as dataset JSON (for re-import).
//! - [`related`]: the programmes most related to one, by shared countries, themes and more.
//! - [`embed`]: the options of an embedded explorer, read by the same parser as its state.
//! - [`lock`]: the filters a partner fixed for an embedded explorer.
//! - [`navigation`]: what each control of the explorer does to its state.
//! - [`pagination`]: result pages and which page links to show.

pub mod calendar;
pub mod catalogue;
pub mod display;
pub mod embed;
pub mod export;
pub mod geography;
pub mod i18n;
pub mod lang;
pub mod lock;
pub mod model;
pub mod navigation;
pub mod pagination;
pub mod related;
pub mod search;
pub mod url_state;
pub mod validate;
pub mod vocabulary;

pub use catalogue::Catalogue;
pub use geography::Geography;
pub use lang::Lang;
pub use model::{Organisation, Programme, Source, Status};
pub use validate::{validate_dataset, Problem};
pub use vocabulary::Vocabularies;
