//! The dimensions programmes can be filtered by, and which values a programme has in each.

use crate::data::model::Programme;

/// A dimension programmes can be filtered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FacetKind {
    Origin,
    Residence,
    Region,
    Theme,
    Support,
    Target,
    ImplementerType,
    Implementer,
    Status,
    /// Whether a reader can take part: `open` to applications now, or `described`.
    Participation,
}

impl FacetKind {
    pub const ALL: [FacetKind; 10] = [
        FacetKind::Origin,
        FacetKind::Residence,
        FacetKind::Region,
        FacetKind::Theme,
        FacetKind::Support,
        FacetKind::Target,
        FacetKind::ImplementerType,
        FacetKind::Implementer,
        FacetKind::Status,
        FacetKind::Participation,
    ];

    /// The stable name of the facet in URLs and in the JSON API.
    pub fn key(self) -> &'static str {
        match self {
            FacetKind::Origin => "origin",
            FacetKind::Residence => "residence",
            FacetKind::Region => "region",
            FacetKind::Theme => "theme",
            FacetKind::Support => "support",
            FacetKind::Target => "target",
            FacetKind::ImplementerType => "org_type",
            FacetKind::Implementer => "org",
            FacetKind::Status => "status",
            FacetKind::Participation => "taking_part",
        }
    }

    pub fn from_key(key: &str) -> Option<FacetKind> {
        FacetKind::ALL.into_iter().find(|kind| kind.key() == key)
    }

    /// The facet's position in [`FacetKind::ALL`], for per-facet arrays.
    pub(crate) fn slot(self) -> usize {
        self as usize
    }

    /// The values a programme has for this facet: codes (organisation ids for implementers,
    /// an office's folded into its organisation's).
    pub fn values_of(self, programme: &Programme) -> Vec<&str> {
        fn codes(list: &[String]) -> Vec<&str> {
            list.iter().map(String::as_str).collect()
        }
        /// Each value once, sorted: two implementers may share a type or an organisation.
        fn distinct<'p>(values: impl Iterator<Item = &'p str>) -> Vec<&'p str> {
            let mut values: Vec<&str> = values.collect();
            values.sort_unstable();
            values.dedup();
            values
        }
        match self {
            FacetKind::Origin => codes(programme.origin_countries.named()),
            FacetKind::Residence => codes(programme.residence_countries.named()),
            FacetKind::Region => codes(&programme.regions),
            FacetKind::Theme => codes(&programme.themes),
            FacetKind::Support => codes(&programme.support_types),
            FacetKind::Target => codes(&programme.target_groups),
            FacetKind::ImplementerType => {
                distinct(programme.implementers.iter().map(|o| o.kind.as_str()))
            }
            // Offices fold into their organisation: IOM Belgium and IOM Somalia are IOM.
            FacetKind::Implementer => {
                distinct(programme.implementers.iter().map(|o| o.group.as_str()))
            }
            FacetKind::Status => vec![programme.status.code()],
            FacetKind::Participation => {
                let mut values = Vec::new();
                if programme.is_open_to_applications() {
                    values.push("open");
                }
                if programme.taking_part.is_some() {
                    values.push("described");
                }
                values
            }
        }
    }
}
