//! One part of a request taken away: what the "no results" screen offers to remove, and what a
//! filter chip's × does.

use super::{FacetKind, SearchRequest};

/// A filter, the year range or the query taken away from a search.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Removal {
    /// One selected value of one facet.
    Value(FacetKind, String),
    YearRange,
    Query,
}

impl Removal {
    /// The request without this part.
    pub fn apply_to(&self, request: &SearchRequest) -> SearchRequest {
        let mut relaxed = request.clone();
        match self {
            Removal::Value(kind, value) => {
                relaxed.filters.remove(*kind, value);
            }
            Removal::YearRange => relaxed.filters.set_years(super::YearRange::ANY),
            Removal::Query => relaxed.query.clear(),
        }
        relaxed
    }
}
