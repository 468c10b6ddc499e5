//! Search: text analysis, the inverted index, matching and ranking, facet counts,
//! highlighting, and the way out of an empty result.
//!
//! Depends on [`crate::request`] (what is asked), [`crate::data`] (what is searched) and
//! [`crate::text`]; never on [`crate::explorer`] or [`crate::present`]. A rule about how
//! programmes are found, ranked or counted for a request belongs here.
//!
//! - [`analysis`]: a tokenizer followed by small composable filters (folding, elision, stop
//!   words, stemming).
//! - [`index`], [`postings`], [`bitset`], [`index_file`]: the inverted index, its posting
//!   lists, document sets, and its stored form for large catalogues.
//! - [`indexed`]: what is indexed for a programme, one list for the index and the suggestions.
//! - [`meaning`]: concepts at query time (remittance ≈ envoi d'argent).
//! - [`ranking`]: every tuning constant of matching and ranking, each with why.
//! - [`query`]: the query syntax (words, `"phrases"`, `-exclusions`).
//! - [`engine`]: [`SearchEngine::search`], the one entry point: matching, ranking,
//!   highlighting.
//! - [`facets`]: disjunctive facet counts.
//! - [`suggest`]: "did you mean" and which filter to remove.
//! - [`api`]: the same search as JSON, for the benchmark.

pub mod analysis;
pub mod api;
pub mod bitset;
pub mod engine;
pub mod facets;
pub mod index;
pub mod index_file;
pub mod indexed;
pub mod meaning;
pub mod postings;
pub mod query;
pub mod ranking;
pub mod suggest;

pub use engine::{Hit, SearchEngine, SearchResponse};
pub use suggest::Relaxation;
