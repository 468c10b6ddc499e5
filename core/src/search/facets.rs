//! Disjunctive facet counts, and the documents a [`Filters`] selection keeps.
//!
//! Values of one facet combine with OR, facets combine with AND. The counts of a facet are
//! computed with every active filter except its own, so that ticking "Mali" still shows how
//! many programmes "Senegal" would add.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::bitset::DocSet;
use crate::data::model::Programme;
use crate::request::{FacetKind, Filters};

/// One facet's values (sorted), the documents of each value, and the values of each document.
/// Lists rather than bitsets: a facet such as implementers has about one value per five
/// programmes, and bitsets for each would grow with the square of the catalogue.
struct Facet {
    values: Vec<Arc<str>>,
    docs_of_value: Vec<Vec<u32>>,
    /// Documents of each value over the whole catalogue, for counting by complement.
    totals: Vec<u32>,
    /// Values of document `d` are `doc_values[doc_offsets[d]..doc_offsets[d + 1]]`.
    doc_offsets: Vec<u32>,
    doc_values: Vec<u32>,
}

impl Facet {
    fn build(kind: FacetKind, programmes: &[Programme]) -> Facet {
        // Values are numbered as they are met (one hash lookup each), then renumbered in name
        // order: cheaper than an ordered map, which matters when loading a large catalogue.
        let mut numbers: FxHashMap<&str, u32> = FxHashMap::default();
        let mut names: Vec<&str> = Vec::new();
        let mut doc_offsets = Vec::with_capacity(programmes.len() + 1);
        let mut doc_values: Vec<u32> = Vec::with_capacity(programmes.len() * 2);
        doc_offsets.push(0);
        for programme in programmes {
            let start = doc_values.len();
            for value in kind.values_of(programme) {
                let number = *numbers.entry(value).or_insert_with(|| {
                    names.push(value);
                    (names.len() - 1) as u32
                });
                if !doc_values[start..].contains(&number) {
                    doc_values.push(number);
                }
            }
            doc_offsets.push(doc_values.len() as u32);
        }
        let mut by_name: Vec<u32> = (0..names.len() as u32).collect();
        by_name.sort_unstable_by_key(|&number| names[number as usize]);
        let mut rank = vec![0u32; names.len()];
        for (position, &number) in by_name.iter().enumerate() {
            rank[number as usize] = position as u32;
        }
        let values: Vec<Arc<str>> = by_name
            .iter()
            .map(|&number| Arc::from(names[number as usize]))
            .collect();
        let mut docs_of_value: Vec<Vec<u32>> = vec![Vec::new(); values.len()];
        for doc in 0..programmes.len() {
            for value in &mut doc_values[doc_offsets[doc] as usize..doc_offsets[doc + 1] as usize] {
                *value = rank[*value as usize];
                docs_of_value[*value as usize].push(doc as u32);
            }
        }
        Facet {
            totals: docs_of_value.iter().map(|docs| docs.len() as u32).collect(),
            values,
            docs_of_value,
            doc_offsets,
            doc_values,
        }
    }

    fn values_of_doc(&self, doc: usize) -> &[u32] {
        &self.doc_values[self.doc_offsets[doc] as usize..self.doc_offsets[doc + 1] as usize]
    }
}

/// How many documents of `docs` have each value, for each of `facets`: one walk of the set
/// for all of them (with no filter of their own, every facet counts the same documents).
/// When `docs` holds most of the catalogue (a one-letter query, no filter), the documents
/// left out are counted and taken from the totals instead: the same counts for a fraction of
/// the work.
fn tally(facets: &[&Facet], docs: &DocSet) -> Vec<Vec<u32>> {
    let complement = docs.count() * 2 > docs.len();
    let mut tallies: Vec<Vec<u32>> = facets
        .iter()
        .map(|facet| vec![0; facet.values.len()])
        .collect();
    let walked = if complement {
        docs.iter_missing()
    } else {
        docs.iter()
    };
    for doc in walked {
        for (facet, tally) in facets.iter().zip(&mut tallies) {
            for &value in facet.values_of_doc(doc) {
                tally[value as usize] += 1;
            }
        }
    }
    if complement {
        for (facet, tally) in facets.iter().zip(&mut tallies) {
            for (count, total) in tally.iter_mut().zip(&facet.totals) {
                *count = total - *count;
            }
        }
    }
    tallies
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
    start_years: Vec<Option<i32>>,
    doc_count: usize,
}

impl FacetIndex {
    pub fn build(programmes: &[Programme]) -> Self {
        let doc_count = programmes.len();
        let facets = FacetKind::ALL
            .iter()
            .map(|&kind| Facet::build(kind, programmes))
            .collect();
        FacetIndex {
            facets,
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
        // A facet with no selection of its own counts what every filter keeps: those are
        // tallied together.
        let result = before.pop().expect("non-empty");
        let facet = |i: usize| &self.facets[FacetKind::ALL[i].slot()];
        let shared: Vec<&Facet> = (0..n)
            .filter(|&i| selections[i].is_none())
            .map(facet)
            .collect();
        let mut shared_tallies = tally(&shared, &result).into_iter();
        let counts = FacetKind::ALL
            .iter()
            .enumerate()
            .map(|(i, &kind)| {
                let facet = facet(i);
                let tally = if selections[i].is_some() {
                    let mut others = before[i].clone();
                    if let Some(rest) = &after[i] {
                        others.intersect_with(rest);
                    }
                    tally(&[facet], &others).pop()
                } else {
                    shared_tallies.next()
                }
                .expect("one tally per facet");
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
