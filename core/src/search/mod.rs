//! Search: text analysis, the inverted index, matching and ranking, facets, highlighting.
//!
//! [`engine::SearchEngine::search`] is the one entry point; [`suggest`] helps out of an empty
//! result.

pub mod analysis;
pub mod api;
pub mod bitset;
pub mod engine;
pub mod facets;
pub mod index;
pub mod index_file;
pub mod postings;
pub mod query;
pub mod suggest;

pub use engine::{Hit, SearchEngine, SearchResponse};

pub use suggest::Relaxation;
