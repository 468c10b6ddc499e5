//! The search API in JSON, for callers outside Rust (the benchmark calls it through
//! wasm-bindgen). It maps one-to-one onto [`SearchEngine::search`].
//!
//! ```
//! use diaspora_core::search::api::ApiRequest;
//! let request: ApiRequest = serde_json::from_str(
//!     r#"{"q": "remittances", "filters": {"origin": ["SN"], "from": 2000}, "sort": "newest", "page_size": 10}"#,
//! ).unwrap();
//! let request = request.into_request().unwrap();
//! assert_eq!(request.page_size, 10);
//! assert_eq!(request.filters.years().from(), Some(2000));
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::engine::SearchEngine;
use crate::data::catalogue::Catalogue;
use crate::request::{FacetKind, Filters, SearchRequest, Sort, YearRange};
use crate::Lang;

/// A request as JSON: `{"q", "filters": {"<facet key>": [values], "from", "to"}, "sort",
/// "page", "page_size", "lang"}`; everything is optional.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ApiRequest {
    pub q: String,
    pub filters: BTreeMap<String, serde_json::Value>,
    pub sort: Option<String>,
    pub page: usize,
    pub page_size: Option<usize>,
    pub lang: Option<Lang>,
}

impl ApiRequest {
    /// The engine's request, or a message naming what is wrong.
    pub fn into_request(self) -> Result<SearchRequest, String> {
        let mut filters = Filters::default();
        let (mut from_year, mut to_year) = (None, None);
        for (key, value) in self.filters {
            match key.as_str() {
                "from" | "to" => {
                    let year = value
                        .as_i64()
                        .and_then(|y| i32::try_from(y).ok())
                        .ok_or_else(|| format!("filters.{key} must be a year"))?;
                    if key == "from" {
                        from_year = Some(year);
                    } else {
                        to_year = Some(year);
                    }
                }
                _ => {
                    let kind = FacetKind::from_key(&key)
                        .ok_or_else(|| format!("unknown filter {key:?}"))?;
                    let values: Vec<String> = serde_json::from_value(value)
                        .map_err(|_| format!("filters.{key} must be a list of strings"))?;
                    for value in values {
                        filters.insert(kind, value);
                    }
                }
            }
        }
        // An upper bound below the lower one is dropped, as everywhere else.
        filters.set_years(YearRange::between(from_year, to_year));
        let sort = match self.sort.as_deref() {
            None => Sort::Relevance,
            Some(key) => Sort::from_key(key).ok_or_else(|| format!("unknown sort {key:?}"))?,
        };
        Ok(SearchRequest {
            query: self.q,
            filters,
            sort,
            page: self.page,
            page_size: self.page_size.unwrap_or(20),
            lang: self.lang.unwrap_or_default(),
        })
    }
}

/// Facet values returned per facet: the most frequent, and every selected one.
pub const MAX_FACET_VALUES: usize = 100;

/// A response as JSON: ids of the page's programmes, the total, and facet counts by key (at
/// most [`MAX_FACET_VALUES`] values each, as a facet list shows).
#[derive(Clone, Debug, Serialize)]
pub struct ApiResponse {
    pub total: usize,
    pub ids: Vec<String>,
    pub facets: BTreeMap<&'static str, Vec<(String, usize)>>,
}

/// Runs a JSON request and returns the JSON response.
pub fn search_json(
    engine: &SearchEngine,
    catalogue: &Catalogue,
    request: &str,
) -> Result<String, String> {
    let request: ApiRequest = serde_json::from_str(request).map_err(|e| e.to_string())?;
    let request = request.into_request()?;
    let response = engine.search(catalogue, &request);
    let api = ApiResponse {
        total: response.total,
        ids: response
            .hits
            .iter()
            .map(|hit| catalogue.programmes[hit.doc].id.clone())
            .collect(),
        facets: response
            .facets
            .into_iter()
            .map(|facet| {
                let counts = facet
                    .counts
                    .into_iter()
                    .enumerate()
                    .filter(|(rank, (value, _))| {
                        *rank < MAX_FACET_VALUES || request.filters.contains(facet.kind, value)
                    })
                    .map(|(_, (value, count))| (value.to_string(), count))
                    .collect();
                (facet.kind.key(), counts)
            })
            .collect(),
    };
    Ok(serde_json::to_string(&api).expect("a response always serialises"))
}
