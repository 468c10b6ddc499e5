//! Property test: filtering and disjunctive facet counts agree with a brute-force oracle that
//! looks at every programme, for random queries, selections and year ranges.

mod common;

use diaspora_core::request::{FacetKind, Filters, SearchRequest, YearRange};
use diaspora_core::{Lang, Programme};
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Every value each facet has in the dataset, plus one that no programme has.
fn facet_values() -> &'static BTreeMap<FacetKind, Vec<String>> {
    static VALUES: OnceLock<BTreeMap<FacetKind, Vec<String>>> = OnceLock::new();
    VALUES.get_or_init(|| {
        let (catalogue, _) = common::engine();
        FacetKind::ALL
            .iter()
            .map(|&kind| {
                let mut values: Vec<String> = catalogue
                    .programmes
                    .iter()
                    .flat_map(|p| kind.values_of(p))
                    .map(str::to_owned)
                    .collect();
                values.sort();
                values.dedup();
                values.push("no-such-value".into());
                (kind, values)
            })
            .collect()
    })
}

fn passes(programme: &Programme, filters: &Filters, except: Option<FacetKind>) -> bool {
    let years_ok = match (filters.years().from(), filters.years().to()) {
        (None, None) => true,
        (from, to) => programme
            .start_year
            .is_some_and(|y| from.is_none_or(|f| y >= f) && to.is_none_or(|t| y <= t)),
    };
    years_ok
        && FacetKind::ALL
            .iter()
            .filter(|k| Some(**k) != except)
            .all(|&kind| {
                let selected = filters.values(kind);
                selected.is_empty()
                    || kind
                        .values_of(programme)
                        .iter()
                        .any(|v| selected.iter().any(|s| s == v))
            })
}

fn filters_strategy() -> impl Strategy<Value = Filters> {
    let kinds = proptest::sample::subsequence(FacetKind::ALL.to_vec(), 0..=4);
    (
        kinds,
        any::<[prop::sample::Index; 12]>(),
        prop::option::of(1990..2025i32),
        prop::option::of(2000..2030i32),
    )
        .prop_map(|(kinds, picks, from_year, to_year)| {
            let mut filters = Filters::default();
            filters.set_years(YearRange::between(from_year, to_year));
            for (i, kind) in kinds.into_iter().enumerate() {
                let values = &facet_values()[&kind];
                let chosen: Vec<String> = picks[i * 3..i * 3 + 1 + i % 3]
                    .iter()
                    .map(|pick| pick.get(values).clone())
                    .collect();
                for value in chosen {
                    filters.insert(kind, value);
                }
            }
            filters
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn results_and_counts_match_brute_force(
        query in prop::sample::select(vec!["", "diaspora", "remit", "IOM", "investment -bond", "\"skills transfer\"", "senegal"]),
        filters in filters_strategy(),
    ) {
        let (catalogue, engine) = common::engine();
        let request = |filters: Filters| SearchRequest {
            query: query.to_owned(),
            filters,
            page_size: usize::MAX,
            lang: Lang::En,
            ..SearchRequest::default()
        };
        let text_matches: Vec<usize> = engine.search(catalogue, &request(Filters::default())).hits.iter().map(|h| h.doc).collect();
        let response = engine.search(catalogue, &request(filters.clone()));

        let mut expected: Vec<usize> = text_matches.iter().copied().filter(|&d| passes(&catalogue.programmes[d], &filters, None)).collect();
        let mut actual: Vec<usize> = response.hits.iter().map(|h| h.doc).collect();
        expected.sort_unstable();
        actual.sort_unstable();
        prop_assert_eq!(response.total, expected.len());
        prop_assert_eq!(actual, expected);

        for facet in &response.facets {
            let pool: Vec<&Programme> = text_matches.iter().map(|&d| &catalogue.programmes[d]).filter(|p| passes(p, &filters, Some(facet.kind))).collect();
            for value in &facet_values()[&facet.kind] {
                let expected = pool.iter().filter(|p| facet.kind.values_of(p).contains(&value.as_str())).count();
                let actual = facet.counts.iter().find(|(v, _)| **v == **value).map_or(0, |(_, c)| *c);
                prop_assert_eq!(actual, expected, "{:?} {}", facet.kind, value);
            }
            // Counts come sorted by count, then value.
            prop_assert!(facet.counts.windows(2).all(|w| w[0].1 > w[1].1 || (w[0].1 == w[1].1 && w[0].0 < w[1].0)));
        }
    }
}
