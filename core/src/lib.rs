//! The pure core of the diaspora programme explorer.
//!
//! Everything here is plain Rust with no UI types, so the same code validates the dataset at
//! build time (`build.rs`), reads it in the browser, and is unit-tested natively with
//! `cargo test`.
//!
//! The crate is grouped by concern; each folder's `mod.rs` says what lives there and what it may
//! depend on. Dependencies point one way, down this list, so there are no cycles:
//!
//! - [`present`]: labels, interface messages, facet lists, exports, related programmes.
//! - [`explorer`]: the explorer's state, its URL form, navigation, embed options, locks, pages.
//! - [`search`]: text analysis, the index, matching and ranking, facet counts, suggestions.
//! - [`request`]: what a reader asks for: words, filters, a year range, an order, a page.
//! - [`data`]: the programme model, reference data, validation, the catalogue.
//! - [`text`]: languages, folding, edit distance.

pub mod data;
pub mod explorer;
pub mod present;
pub mod request;
pub mod search;
pub mod text;

pub use data::{
    validate_dataset, Catalogue, Geography, Organisation, Organisations, Problem, Programme,
    Source, Status, TakingPart, Vocabularies,
};
pub use text::Lang;
