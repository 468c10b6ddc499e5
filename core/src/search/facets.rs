//! Disjunctive facet counts, and the documents a [`Filters`] selection keeps.
//!
//! Values of one facet combine with OR, facets combine with AND. The counts of a facet are
//! computed with every active filter except its own, so that ticking "Mali" still shows how
//! many programmes "Senegal" would add.

use std::ops::Range;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::bitset::DocSet;
use crate::data::model::Programme;
use crate::request::{FacetKind, Filters};

/// One facet's values (sorted) and the documents of each value. Its values are numbered
/// `ids.start..ids.end` among the values of all facets (see [`DocValues`]).
/// Lists rather than bitsets: a facet such as implementers has about one value per five
/// programmes, and bitsets for each would grow with the square of the catalogue.
struct Facet {
    values: Vec<Arc<str>>,
    docs_of_value: Vec<Vec<u32>>,
    ids: Range<u32>,
}

/// One facet's values in name order, and each document's values as positions in that order:
/// those of document `d` are `values[offsets[d]..offsets[d + 1]]`.
struct BuiltFacet {
    names: Vec<Arc<str>>,
    offsets: Vec<u32>,
    values: Vec<u32>,
}

impl BuiltFacet {
    /// Values are numbered as they are met (one hash lookup each), then renumbered in name
    /// order: cheaper than an ordered map when loading a large catalogue.
    fn build(kind: FacetKind, programmes: &[Programme]) -> BuiltFacet {
        let mut numbers: FxHashMap<&str, u32> = FxHashMap::default();
        let mut names: Vec<&str> = Vec::new();
        let mut offsets = Vec::with_capacity(programmes.len() + 1);
        let mut values: Vec<u32> = Vec::with_capacity(programmes.len() * 2);
        offsets.push(0);
        for programme in programmes {
            let start = values.len();
            for value in kind.values_of(programme) {
                let number = *numbers.entry(value).or_insert_with(|| {
                    names.push(value);
                    (names.len() - 1) as u32
                });
                if !values[start..].contains(&number) {
                    values.push(number);
                }
            }
            offsets.push(values.len() as u32);
        }
        let mut by_name: Vec<u32> = (0..names.len() as u32).collect();
        by_name.sort_unstable_by_key(|&number| names[number as usize]);
        let mut rank = vec![0u32; names.len()];
        for (position, &number) in by_name.iter().enumerate() {
            rank[number as usize] = position as u32;
        }
        for value in &mut values {
            *value = rank[*value as usize];
        }
        BuiltFacet {
            names: by_name
                .iter()
                .map(|&number| Arc::from(names[number as usize]))
                .collect(),
            offsets,
            values,
        }
    }

    fn values_of_doc(&self, doc: usize) -> &[u32] {
        &self.values[self.offsets[doc] as usize..self.offsets[doc + 1] as usize]
    }
}

/// The values of every facet of each document, as one flat list of ids (facet by facet,
/// in [`FacetKind::ALL`] order): counting all facets is then one short contiguous run per
/// document into one array, instead of nine lookups in nine tables.
struct DocValues {
    /// Values of document `d` are `ids[offsets[d]..offsets[d + 1]]`.
    offsets: Vec<u32>,
    ids: Vec<u32>,
    /// Documents of each value id over the whole catalogue, for counting by complement.
    totals: Vec<u32>,
}

impl DocValues {
    fn of(&self, doc: usize) -> &[u32] {
        &self.ids[self.offsets[doc] as usize..self.offsets[doc + 1] as usize]
    }

    /// How many documents of `docs` have each value id. When `docs` holds most of the
    /// catalogue (a one-letter query, no filter), the documents left out are counted and
    /// taken from the totals instead: the same counts for a fraction of the work.
    fn tally(&self, docs: &DocSet) -> Vec<u32> {
        let complement = docs.count() * 2 > docs.len();
        let mut tally = vec![0u32; self.totals.len()];
        let walked = if complement {
            docs.iter_missing()
        } else {
            docs.iter()
        };
        for doc in walked {
            for &id in self.of(doc) {
                tally[id as usize] += 1;
            }
        }
        if complement {
            for (count, total) in tally.iter_mut().zip(&self.totals) {
                *count = total - *count;
            }
        }
        tally
    }
}

/// Counts of one facet: `(value, count)` by decreasing count, then value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetCounts {
    pub kind: FacetKind,
    pub counts: Vec<(Arc<str>, usize)>,
}

/// Document sets for every facet value, and start years, for fast filtering.
pub struct FacetIndex {
    facets: Vec<Facet>,
    doc_values: DocValues,
    start_years: Vec<Option<i32>>,
    doc_count: usize,
}

impl FacetIndex {
    pub fn build(programmes: &[Programme]) -> Self {
        let doc_count = programmes.len();
        let built: Vec<BuiltFacet> = FacetKind::ALL
            .iter()
            .map(|&kind| BuiltFacet::build(kind, programmes))
            .collect();
        let mut facets = Vec::with_capacity(built.len());
        let mut first = 0u32;
        for facet in &built {
            let ids = first..first + facet.names.len() as u32;
            first = ids.end;
            facets.push(Facet {
                values: facet.names.clone(),
                docs_of_value: vec![Vec::new(); facet.names.len()],
                ids,
            });
        }
        let mut offsets = Vec::with_capacity(doc_count + 1);
        let mut ids = Vec::with_capacity(built.iter().map(|facet| facet.values.len()).sum());
        offsets.push(0);
        for doc in 0..doc_count {
            for (facet, values) in facets.iter_mut().zip(&built) {
                for &value in values.values_of_doc(doc) {
                    facet.docs_of_value[value as usize].push(doc as u32);
                    ids.push(facet.ids.start + value);
                }
            }
            offsets.push(ids.len() as u32);
        }
        let totals = facets
            .iter()
            .flat_map(|facet| facet.docs_of_value.iter().map(|docs| docs.len() as u32))
            .collect();
        FacetIndex {
            facets,
            doc_values: DocValues {
                offsets,
                ids,
                totals,
            },
            start_years: programmes.iter().map(|p| p.start_year).collect(),
            doc_count,
        }
    }

    /// The documents of one facet whose value is any of `values` (unknown values match
    /// nothing); `None` when nothing is selected in that facet.
    fn selection(&self, kind: FacetKind, values: &[String]) -> Option<DocSet> {
        if values.is_empty() {
            return None;
        }
        let facet = &self.facets[kind.slot()];
        let mut union = DocSet::empty(self.doc_count);
        for value in values {
            if let Ok(i) = facet.values.binary_search_by(|v| (**v).cmp(value.as_str())) {
                for &doc in &facet.docs_of_value[i] {
                    union.insert(doc as usize);
                }
            }
        }
        Some(union)
    }

    fn year_range(&self, filters: &Filters) -> Option<DocSet> {
        let years = filters.years();
        if !years.is_set() {
            return None;
        }
        let mut set = DocSet::empty(self.doc_count);
        for (doc, year) in self.start_years.iter().enumerate() {
            if year.is_some_and(|year| years.contains(year)) {
                set.insert(doc);
            }
        }
        Some(set)
    }

    /// The documents `filters` keep over the whole catalogue; `None` when nothing is
    /// filtered.
    pub fn kept(&self, filters: &Filters) -> Option<DocSet> {
        let mut kept = self.year_range(filters);
        for &kind in FacetKind::ALL.iter() {
            if let Some(selection) = self.selection(kind, filters.values(kind)) {
                match &mut kept {
                    Some(set) => set.intersect_with(&selection),
                    None => kept = Some(selection),
                }
            }
        }
        kept
    }

    /// How many of `matches` started in each year, kept by every filter but the year range (so
    /// that a chart of them shows the years a wider range would add), by year.
    pub fn start_year_counts(&self, matches: &DocSet, filters: &Filters) -> Vec<(i32, usize)> {
        let mut kept = matches.clone();
        for &kind in FacetKind::ALL.iter() {
            if let Some(selection) = self.selection(kind, filters.values(kind)) {
                kept.intersect_with(&selection);
            }
        }
        // A tally over the span of years: no sort needed.
        let years = || kept.iter().filter_map(|doc| self.start_years[doc]);
        let (Some(first), Some(last)) = (years().min(), years().max()) else {
            return Vec::new();
        };
        let mut tally = vec![0usize; (last - first) as usize + 1];
        for year in years() {
            tally[(year - first) as usize] += 1;
        }
        let counts: Vec<(i32, usize)> = (first..=last)
            .zip(tally)
            .filter(|(_, count)| *count > 0)
            .collect();
        counts
    }

    /// Applies `filters` to `matches` (the documents the text query found) and returns the
    /// documents left, with every facet's disjunctive counts.
    pub fn apply(&self, matches: &DocSet, filters: &Filters) -> (DocSet, Vec<FacetCounts>) {
        let selections: Vec<Option<DocSet>> = FacetKind::ALL
            .iter()
            .map(|&kind| self.selection(kind, filters.values(kind)))
            .collect();
        let mut base = matches.clone();
        if let Some(years) = self.year_range(filters) {
            base.intersect_with(&years);
        }
        // before[i] = base ∧ selections[..i]; after[i] = ∧ selections[i+1..]: each facet's
        // "all filters but mine" in two linear passes.
        let n = selections.len();
        let mut before = Vec::with_capacity(n + 1);
        before.push(base);
        for selection in &selections {
            let mut next = before.last().expect("non-empty").clone();
            if let Some(selection) = selection {
                next.intersect_with(selection);
            }
            before.push(next);
        }
        let mut after: Vec<Option<DocSet>> = vec![None; n];
        let mut running: Option<DocSet> = None;
        for i in (0..n).rev() {
            after[i] = running.clone();
            if let Some(selection) = &selections[i] {
                running = Some(match running {
                    Some(mut set) => {
                        set.intersect_with(selection);
                        set
                    }
                    None => selection.clone(),
                });
            }
        }
        // Facets with no selection of their own all count what every filter keeps: one
        // tally serves them all.
        let result = before.pop().expect("non-empty");
        let shared = self.doc_values.tally(&result);
        let counts = FacetKind::ALL
            .iter()
            .enumerate()
            .map(|(i, &kind)| {
                let facet = &self.facets[kind.slot()];
                let own;
                let tally = if selections[i].is_some() {
                    let mut others = before[i].clone();
                    if let Some(rest) = &after[i] {
                        others.intersect_with(rest);
                    }
                    own = self.doc_values.tally(&others);
                    &own[facet.ids.start as usize..facet.ids.end as usize]
                } else {
                    &shared[facet.ids.start as usize..facet.ids.end as usize]
                };
                let order: Vec<u32> = (0..facet.values.len() as u32)
                    .filter(|&v| {
                        tally[v as usize] > 0 || filters.contains(kind, &facet.values[v as usize])
                    })
                    .collect();
                // Values are stored sorted, so their index orders them by name; one integer
                // key (count descending, then index) sorts fastest.
                let mut keys: Vec<u64> = order
                    .into_iter()
                    .map(|v| u64::from(u32::MAX - tally[v as usize]) << 32 | u64::from(v))
                    .collect();
                keys.sort_unstable();
                let counts = keys
                    .into_iter()
                    .map(|key| {
                        let v = (key & u64::from(u32::MAX)) as usize;
                        (facet.values[v].clone(), tally[v] as usize)
                    })
                    .collect();
                FacetCounts { kind, counts }
            })
            .collect();
        (result, counts)
    }
}
