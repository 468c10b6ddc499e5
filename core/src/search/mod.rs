//! Search: text analysis now; the index, matching, ranking and facets build on it.

pub mod analysis;
pub mod query;
