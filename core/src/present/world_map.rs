//! What the world map shows: the outlines (projected at build time, `data/world-map.json`), each
//! country's count and colour class, markers for the countries too small to point at, the
//! programmes that no country shape can hold (whole regions, "many countries"), and the
//! corridors between origins and residences.
//!
//! The counts are the facet counts the engine computes for the side the map shows (origin or
//! residence), so a country's number is the one its checkbox shows, and clicking it does what
//! ticking the checkbox does.
//!
//! ```
//! use diaspora_core::present::world_map::ClassBreaks;
//! let breaks = ClassBreaks::for_max(40);
//! assert_eq!(breaks.uppers(), [3, 5, 10, 20, 40]);
//! assert_eq!(breaks.class_of(0), None);
//! assert_eq!(breaks.class_of(4), Some(1));
//! assert_eq!(breaks.class_of(40), Some(4));
//! assert_eq!(breaks.ranges(), [(1, 3), (4, 5), (6, 10), (11, 20), (21, 40)]);
//! assert_eq!(ClassBreaks::for_max(3).ranges(), [(1, 1), (2, 2), (3, 3)]);
//! ```

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Deserialize;

use crate::data::catalogue::Catalogue;
use crate::data::model::Programme;
use crate::explorer::view::MapSide;
use crate::present::display::facet_value_label;
use crate::present::export::write_row;
use crate::request::FacetKind;
use crate::search::bitset::DocSet;
use crate::search::facets::FacetCounts;

/// The most colour classes: more shades than five cannot be told apart on a map.
pub const MAX_CLASSES: usize = 5;

/// The outlines, in integer units of a `width` × `height` view box.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct WorldMap {
    pub width: u32,
    pub height: u32,
    /// `(ISO code, SVG path data)`, by code.
    pub shapes: Vec<(String, String)>,
    /// `(ISO code, x, y)`: where to put a marker for a country too small to point at (or with
    /// no outline at this scale), by code.
    pub markers: Vec<(String, i32, i32)>,
}

impl WorldMap {
    pub fn from_json(text: &str) -> serde_json::Result<WorldMap> {
        serde_json::from_str(text)
    }

    /// The marker position of `code`, if it has one.
    pub fn marker(&self, code: &str) -> Option<(i32, i32)> {
        self.markers
            .binary_search_by(|(c, _, _)| c.as_str().cmp(code))
            .ok()
            .map(|i| (self.markers[i].1, self.markers[i].2))
    }

    pub fn has_shape(&self, code: &str) -> bool {
        self.shapes
            .binary_search_by(|(c, _)| c.as_str().cmp(code))
            .is_ok()
    }
}

/// The upper bounds of the colour classes, from 1 to the largest count, growing geometrically:
/// counts are skewed (a few countries have dozens of programmes, most have one or two), and
/// equal steps would put nearly every country in the first class.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClassBreaks {
    uppers: Vec<usize>,
}

impl ClassBreaks {
    pub fn for_max(max: usize) -> ClassBreaks {
        if max <= MAX_CLASSES {
            return ClassBreaks {
                uppers: (1..=max).collect(),
            };
        }
        let classes = MAX_CLASSES as u32;
        let mut uppers: Vec<usize> = Vec::with_capacity(MAX_CLASSES);
        for i in 1..=classes {
            // The smallest u with u^classes >= max^i, i.e. ceil(max^(i/classes)), in integers
            // (no floating-point power in the wasm for it).
            let target = (max as u128).pow(i);
            let mut geometric = 1usize;
            while (geometric as u128).pow(classes) < target {
                geometric += 1;
            }
            let previous = uppers.last().copied().unwrap_or(0);
            // Strictly growing, leaving one count at least for each class still to come.
            let upper = geometric
                .max(previous + 1)
                .min(max - (classes - i) as usize);
            uppers.push(upper);
        }
        ClassBreaks { uppers }
    }

    pub fn uppers(&self) -> &[usize] {
        &self.uppers
    }

    /// `(lowest, highest)` count of each class.
    pub fn ranges(&self) -> Vec<(usize, usize)> {
        let mut low = 1;
        self.uppers
            .iter()
            .map(|&upper| {
                let range = (low, upper);
                low = upper + 1;
                range
            })
            .collect()
    }

    /// The class of a count, from 0; `None` for no programme.
    pub fn class_of(&self, count: usize) -> Option<usize> {
        if count == 0 {
            return None;
        }
        self.uppers
            .iter()
            .position(|&upper| count <= upper)
            .or(self.uppers.len().checked_sub(1))
    }
}

/// One side's counts by country, as the facet counts them, with their colour classes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CountryCounts {
    /// `(code, count)`, by code; no zero count.
    counts: Vec<(String, usize)>,
    pub breaks: ClassBreaks,
}

impl CountryCounts {
    /// From the facets of a response: those of the side's facet.
    pub fn of_side(facets: &[FacetCounts], side: MapSide) -> CountryCounts {
        let kind = side.facet();
        let mut counts: Vec<(String, usize)> = facets
            .iter()
            .filter(|facet| facet.kind == kind)
            .flat_map(|facet| facet.counts.iter())
            .filter(|(_, count)| *count > 0)
            .map(|(code, count)| (code.to_string(), *count))
            .collect();
        counts.sort_unstable();
        let max = counts.iter().map(|(_, count)| *count).max().unwrap_or(0);
        CountryCounts {
            counts,
            breaks: ClassBreaks::for_max(max),
        }
    }

    pub fn count(&self, code: &str) -> usize {
        self.counts
            .binary_search_by(|(c, _)| c.as_str().cmp(code))
            .map_or(0, |i| self.counts[i].1)
    }

    pub fn class_of(&self, code: &str) -> Option<usize> {
        self.breaks.class_of(self.count(code))
    }

    /// The countries with programmes, most first, then by code.
    pub fn ranked(&self) -> Vec<(&str, usize)> {
        let mut ranked: Vec<(&str, usize)> = self
            .counts
            .iter()
            .map(|(code, count)| (code.as_str(), *count))
            .collect();
        ranked.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        ranked
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }
}

/// What a programme reaches that no country shape shows, on one side.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum WideReach {
    /// A whole UN M49 region, without its countries named.
    Region(String),
    /// Many countries, or the whole world.
    Many,
}

/// The results that reach a whole region or "many countries" on `side`, by what they reach
/// (regions by code, "many" last), each with its programmes (catalogue positions, in
/// catalogue order). A programme naming Senegal and covering "many countries" is in both the
/// map's count for Senegal and here.
pub fn wide_reach(
    catalogue: &Catalogue,
    matching: &DocSet,
    side: MapSide,
) -> Vec<(WideReach, Vec<usize>)> {
    let mut reach: BTreeMap<WideReach, Vec<usize>> = BTreeMap::new();
    for doc in matching.iter() {
        let countries = side_countries(&catalogue.programmes[doc], side);
        for region in countries.regions() {
            reach
                .entry(WideReach::Region(region.clone()))
                .or_default()
                .push(doc);
        }
        if countries.and_many() {
            reach.entry(WideReach::Many).or_default().push(doc);
        }
    }
    reach.into_iter().collect()
}

fn side_countries(programme: &Programme, side: MapSide) -> &crate::data::Countries {
    match side {
        MapSide::Origin => &programme.origin_countries,
        MapSide::Residence => &programme.residence_countries,
    }
}

/// One corridor: programmes for people from `origin` living in `residence`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Corridor {
    pub origin: String,
    pub residence: String,
    pub programmes: usize,
}

/// How the corridor table is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CorridorOrder {
    /// Most programmes first, then by origin and residence code.
    #[default]
    Programmes,
    /// By origin name, then residence name.
    Origin,
    /// By residence name, then origin name.
    Residence,
}

/// Every (named origin, named residence) pair of the results, with how many programmes name
/// both, most first. Programmes that name only regions or "many countries" on a side make no
/// corridor: a pair of named countries is what a corridor is.
///
/// ```
/// # use diaspora_core::data::calendar::today_utc;
/// # let catalogue = diaspora_core::Catalogue::repository(today_utc());
/// use diaspora_core::present::world_map::corridors;
/// use diaspora_core::search::bitset::DocSet;
/// let all = DocSet::full(catalogue.programmes.len());
/// let table = corridors(&catalogue, &all);
/// assert!(table.windows(2).all(|w| w[0].programmes >= w[1].programmes));
/// assert!(table.iter().any(|c| c.origin == "SN" && c.residence == "FR"));
/// ```
pub fn corridors(catalogue: &Catalogue, matching: &DocSet) -> Vec<Corridor> {
    let mut pairs: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for doc in matching.iter() {
        let programme = &catalogue.programmes[doc];
        for origin in programme.origin_countries.named() {
            for residence in programme.residence_countries.named() {
                if origin != residence {
                    *pairs.entry((origin, residence)).or_default() += 1;
                }
            }
        }
    }
    let mut table: Vec<Corridor> = pairs
        .into_iter()
        .map(|((origin, residence), programmes)| Corridor {
            origin: origin.to_owned(),
            residence: residence.to_owned(),
            programmes,
        })
        .collect();
    // Pairs come by code: a stable sort keeps that order within a count.
    table.sort_by_key(|corridor| std::cmp::Reverse(corridor.programmes));
    table
}

/// The corridor table as CSV (UTF-8, comma-separated, a header row), with the countries'
/// names in `lang` beside their codes.
pub fn corridors_csv(table: &[Corridor], catalogue: &Catalogue, lang: crate::Lang) -> String {
    let name = |code: &str| facet_value_label(catalogue, FacetKind::Origin, code, lang).to_owned();
    let mut csv = String::new();
    let header = match lang {
        crate::Lang::En => [
            "origin_code",
            "origin",
            "residence_code",
            "residence",
            "programmes",
        ],
        crate::Lang::Fr => [
            "code_origine",
            "origine",
            "code_residence",
            "residence",
            "programmes",
        ],
    };
    write_row(&mut csv, header.map(Cow::Borrowed));
    for corridor in table {
        write_row(
            &mut csv,
            [
                Cow::Borrowed(corridor.origin.as_str()),
                Cow::Owned(name(&corridor.origin)),
                Cow::Borrowed(corridor.residence.as_str()),
                Cow::Owned(name(&corridor.residence)),
                Cow::Owned(corridor.programmes.to_string()),
            ],
        );
    }
    csv
}

/// The corridor table in the order asked for; names are compared in `lang`, ignoring case
/// and accents.
pub fn sort_corridors(
    table: &mut [Corridor],
    order: CorridorOrder,
    catalogue: &Catalogue,
    lang: crate::Lang,
) {
    let name =
        |code: &str| crate::text::fold(facet_value_label(catalogue, FacetKind::Origin, code, lang));
    match order {
        CorridorOrder::Programmes => table.sort_by(|a, b| {
            (b.programmes, &a.origin, &a.residence).cmp(&(a.programmes, &b.origin, &b.residence))
        }),
        CorridorOrder::Origin => {
            table.sort_by_cached_key(|c| (name(&c.origin), name(&c.residence)))
        }
        CorridorOrder::Residence => {
            table.sort_by_cached_key(|c| (name(&c.residence), name(&c.origin)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn class_breaks_cover_every_count_once_and_grow() {
        for max in 1..=500 {
            let breaks = ClassBreaks::for_max(max);
            let ranges = breaks.ranges();
            assert!(!ranges.is_empty() && ranges.len() <= MAX_CLASSES);
            assert_eq!(ranges[0].0, 1);
            assert_eq!(ranges.last().unwrap().1, max, "max {max}: {ranges:?}");
            for pair in ranges.windows(2) {
                assert_eq!(pair[0].1 + 1, pair[1].0, "max {max}: {ranges:?}");
            }
            for count in 1..=max {
                let class = breaks.class_of(count).unwrap();
                let (low, high) = ranges[class];
                assert!(low <= count && count <= high);
            }
        }
        assert_eq!(ClassBreaks::for_max(0).ranges(), []);
    }

    #[test]
    fn country_counts_take_the_side_facet_and_skip_zeros() {
        let facets = vec![
            FacetCounts {
                kind: crate::request::FacetKind::Origin,
                counts: vec![
                    (Arc::from("SN"), 8),
                    (Arc::from("ML"), 3),
                    (Arc::from("CV"), 0),
                ],
            },
            FacetCounts {
                kind: crate::request::FacetKind::Residence,
                counts: vec![(Arc::from("FR"), 5)],
            },
        ];
        let origin = CountryCounts::of_side(&facets, MapSide::Origin);
        assert_eq!(origin.ranked(), [("SN", 8), ("ML", 3)]);
        assert_eq!(origin.count("CV"), 0);
        assert_eq!(origin.class_of("CV"), None);
        assert_eq!(
            origin.class_of("SN"),
            Some(origin.breaks.uppers().len() - 1)
        );
        let residence = CountryCounts::of_side(&facets, MapSide::Residence);
        assert_eq!(residence.ranked(), [("FR", 5)]);
    }

    #[test]
    fn the_corridor_csv_names_both_countries() {
        let catalogue = crate::Catalogue::repository(crate::data::calendar::today_utc());
        let table = [Corridor {
            origin: "CG".into(),
            residence: "FR".into(),
            programmes: 2,
        }];
        let csv = corridors_csv(&table, &catalogue, crate::Lang::En);
        let name = catalogue.geography.country("CG").unwrap().en.clone();
        let quoted = if name.contains(',') {
            format!("\"{name}\"")
        } else {
            name
        };
        assert_eq!(
            csv,
            format!("origin_code,origin,residence_code,residence,programmes\r\nCG,{quoted},FR,France,2\r\n")
        );
    }
}
