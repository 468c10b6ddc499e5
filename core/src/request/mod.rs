//! What a reader asks of the catalogue: search words, filters over facets (values and a
//! start-year range), an order and a page. These are domain values, not the search engine's:
//! the engine answers a [`SearchRequest`], the explorer keeps one in its state and the URL, the
//! interface names its parts.
//!
//! Depends on [`crate::data`] and [`crate::text`]. A rule about what a selection may hold (no
//! duplicate, sorted, a year range that does not contradict itself) belongs here, in the type
//! that keeps it.
//!
//! - [`facet`]: [`FacetKind`], the dimensions programmes are filtered by.
//! - [`filters`]: [`Filters`] and [`YearRange`], what is selected.
//! - [`sort`]: [`Sort`], the orders results can be listed in.
//! - [`removal`]: [`Removal`], one part of a request taken away ("try without Mali").

pub mod facet;
pub mod filters;
pub mod removal;
pub mod sort;

pub use facet::FacetKind;
pub use filters::{Filters, YearConflict, YearRange};
pub use removal::Removal;
pub use sort::Sort;

use crate::Lang;

/// What to search for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchRequest {
    pub query: String,
    pub filters: Filters,
    pub sort: Sort,
    /// Page number, from 0.
    pub page: usize,
    pub page_size: usize,
    /// Language of the snippet.
    pub lang: Lang,
}

impl Default for SearchRequest {
    fn default() -> Self {
        SearchRequest {
            query: String::new(),
            filters: Filters::default(),
            sort: Sort::default(),
            page: 0,
            page_size: 20,
            lang: Lang::En,
        }
    }
}
