//! The programmes' sources, published in a file of their own beside the catalogue.
//!
//! Sources are a quarter of the catalogue's bytes (224 KB of 800 KB, 68 KB of 260 KB gzip), and
//! nothing the first view shows or searches reads them: only a programme's own page, the
//! downloads and the "About the data" counts do. So `build.rs` writes them apart
//! ([`SourceLists`]), the app fetches them once it runs, and the catalogue keeps the counts the
//! About page shows ([`SourceSummary`]). A catalogue validated from a dataset (the build's, a
//! partner's) has every record's sources in the record, as validation requires at least one:
//! an empty list therefore means "published apart" ([`crate::Catalogue::sources`]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::data::calendar::Date;
use crate::data::model::{Programme, Source};

/// Each programme's sources by programme id.
///
/// ```
/// use diaspora_core::data::source_lists::SourceLists;
/// # let catalogue = diaspora_core::Catalogue::repository(diaspora_core::data::calendar::today_utc());
/// let lists = SourceLists::of(&catalogue.programmes);
/// let again = SourceLists::from_json(lists.to_json().as_bytes()).unwrap();
/// assert_eq!(again.get("mida"), catalogue.programme("mida").unwrap().sources.as_slice());
/// assert!(again.get("no-such-programme").is_empty());
/// ```
#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SourceLists(BTreeMap<String, Vec<Source>>);

impl SourceLists {
    /// The sources of these programmes (as validated, each has at least one).
    pub fn of(programmes: &[Programme]) -> SourceLists {
        SourceLists(
            programmes
                .iter()
                .map(|p| (p.id.clone(), p.sources.clone()))
                .collect(),
        )
    }

    /// The sources of the programme with this id; none for an id the file does not know.
    pub fn get(&self, id: &str) -> &[Source] {
        self.0.get(id).map_or(&[], Vec::as_slice)
    }

    pub fn from_json(bytes: &[u8]) -> serde_json::Result<SourceLists> {
        serde_json::from_slice(bytes)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("source lists always serialise")
    }
}

/// What the "About the data" page says of the sources as a whole, computed where the sources
/// are at hand (the build), so that the page needs no source list.
///
/// ```
/// use diaspora_core::data::source_lists::SourceSummary;
/// # let catalogue = diaspora_core::Catalogue::repository(diaspora_core::data::calendar::today_utc());
/// let summary = SourceSummary::of(&catalogue.programmes);
/// assert!(summary.sources >= catalogue.programmes.len());
/// assert!(summary.dated <= summary.sources);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceSummary {
    /// Sources over all programmes.
    pub sources: usize,
    /// Those with the day they were read (`accessed`).
    pub dated: usize,
    /// The latest "read by" day of the others (`accessed_before`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_by: Option<Date>,
}

impl SourceSummary {
    pub fn of(programmes: &[Programme]) -> SourceSummary {
        let all = || programmes.iter().flat_map(|p| &p.sources);
        SourceSummary {
            sources: all().count(),
            dated: all().filter(|s| s.accessed.is_some()).count(),
            read_by: all().filter_map(|s| s.accessed_before).max(),
        }
    }
}
