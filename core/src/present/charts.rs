//! What the charts show: the results by start year as a histogram with no gap in its years,
//! and bars per value of a facet, with the facets' own (disjunctive) counts, so that a bar
//! says what its filter's checkbox says and clicking it does what ticking the box does.
//!
//! ```
//! use diaspora_core::present::charts::year_bars;
//! assert_eq!(year_bars(&[(2001, 2), (2004, 1)]), [(2001, 2), (2002, 0), (2003, 0), (2004, 1)]);
//! assert!(year_bars(&[]).is_empty());
//! ```

use crate::data::catalogue::Catalogue;
use crate::data::geography::RegionLevel;
use crate::present::display::facet_value_label;
use crate::request::{FacetKind, Filters};
use crate::search::facets::FacetCounts;
use crate::Lang;

/// The facets charted as bars, in the order they are shown.
pub const CHARTED: [FacetKind; 6] = [
    FacetKind::Status,
    FacetKind::Theme,
    FacetKind::Support,
    FacetKind::Target,
    FacetKind::ImplementerType,
    FacetKind::Region,
];

/// Every year from the first to the last start year, with its count (0 for the years
/// between with none), so that the bars' spacing is the time between them.
pub fn year_bars(start_years: &[(i32, usize)]) -> Vec<(i32, usize)> {
    let (Some(&(first, _)), Some(&(last, _))) = (start_years.first(), start_years.last()) else {
        return Vec::new();
    };
    let mut bars: Vec<(i32, usize)> = (first..=last).map(|year| (year, 0)).collect();
    for &(year, count) in start_years {
        bars[(year - first) as usize].1 = count;
    }
    bars
}

/// One bar of a facet chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub value: String,
    pub label: String,
    pub count: usize,
    pub selected: bool,
}

/// The bars of one facet: its values with a count or selected, by count as the facet orders
/// them; for regions, only the continents (sub-regions would repeat them).
///
/// ```
/// # use diaspora_core::data::calendar::today_utc;
/// # let catalogue = diaspora_core::Catalogue::repository(today_utc());
/// use diaspora_core::present::charts::facet_bars;
/// use diaspora_core::request::{FacetKind, Filters};
/// use diaspora_core::search::facets::FacetCounts;
/// use diaspora_core::Lang;
/// let counts = FacetCounts { kind: FacetKind::Region, counts: vec![("002".into(), 9), ("011".into(), 5)] };
/// let bars = facet_bars(&catalogue, &[counts], FacetKind::Region, &Filters::default(), Lang::En);
/// assert_eq!(bars.len(), 1);
/// assert_eq!((bars[0].label.as_str(), bars[0].count), ("Africa", 9));
/// ```
pub fn facet_bars(
    catalogue: &Catalogue,
    facets: &[FacetCounts],
    kind: FacetKind,
    filters: &Filters,
    lang: Lang,
) -> Vec<Bar> {
    let Some(facet) = facets.iter().find(|facet| facet.kind == kind) else {
        return Vec::new();
    };
    facet
        .counts
        .iter()
        .filter(|(value, _)| {
            kind != FacetKind::Region
                || catalogue
                    .geography
                    .region(value)
                    .is_some_and(|region| region.level == RegionLevel::Region)
        })
        .filter(|(value, count)| *count > 0 || filters.contains(kind, value))
        .map(|(value, count)| Bar {
            value: value.to_string(),
            label: facet_value_label(catalogue, kind, value, lang).to_owned(),
            count: *count,
            selected: filters.contains(kind, value),
        })
        .collect()
}

/// The largest count of a chart, at least 1 (the bars' full length).
pub fn largest(counts: impl IntoIterator<Item = usize>) -> usize {
    counts.into_iter().max().unwrap_or(0).max(1)
}
