//! The "no results" helpers on the real dataset: corrected queries, and which filters to
//! remove, with counts checked against plain searches.

mod common;

use diaspora_core::request::{FacetKind, Filters, Removal, SearchRequest, YearRange};
use diaspora_core::search::Relaxation;
use diaspora_core::text::distance::bounded_distance;
use proptest::prelude::*;

fn request(query: &str, filters: Filters) -> SearchRequest {
    SearchRequest {
        query: query.into(),
        filters,
        ..SearchRequest::default()
    }
}

fn total(request: &SearchRequest) -> usize {
    let (catalogue, engine) = common::engine();
    engine.search(catalogue, request).total
}

/// The results matching every word of the request's query.
fn every_word_total(request: &SearchRequest) -> usize {
    let (catalogue, engine) = common::engine();
    let response = engine.search(catalogue, request);
    response
        .partial
        .map_or(response.total, |partial| partial.every_word)
}

fn did_you_mean(query: &str) -> Option<String> {
    did_you_mean_with(query, Filters::default())
}

fn did_you_mean_with(query: &str, filters: Filters) -> Option<String> {
    let (catalogue, engine) = common::engine();
    let request = request(query, filters);
    let suggestion = engine.did_you_mean(catalogue, &request);
    if let Some(suggestion) = &suggestion {
        assert_ne!(suggestion, query);
        assert!(
            total(&SearchRequest {
                query: suggestion.clone(),
                ..request
            }) > 0,
            "{query} → {suggestion} finds nothing"
        );
    }
    suggestion
}

fn only(kind: FacetKind, values: &[&str]) -> Filters {
    let mut filters = Filters::default();
    for value in values {
        filters.insert(kind, *value);
    }
    filters
}

#[test]
fn words_that_match_nothing_are_dropped_and_the_rest_kept_as_typed() {
    let query = "remittanses senegall qqqzzz";
    // Some words match, so the search shows partial matches; none matches every word.
    assert_eq!(every_word_total(&request(query, Filters::default())), 0);
    // The first two are within the search's own typo allowance; the third matches nothing.
    assert_eq!(did_you_mean(query).as_deref(), Some("remittanses senegall"));
    assert_eq!(did_you_mean("Sénégal qqqzzzx").as_deref(), Some("Sénégal"));
}

#[test]
fn words_too_far_for_the_search_are_corrected() {
    for (typed, corrected) in [
        ("remmitanses", "remittances"), // 11 letters, 3 edits
        ("diaaspporra ", "diaspora"),   // 11 letters, 3 edits
        ("senagel", "senegal"),         // 7 letters, 2 edits
    ] {
        assert_eq!(total(&request(typed, Filters::default())), 0, "{typed}");
        assert_eq!(did_you_mean(typed).as_deref(), Some(corrected), "{typed}");
    }
}

#[test]
fn words_are_proposed_rather_than_bare_stems() {
    // "cqmmunitze" is three edits from the stem "communiti" and from the word "communities";
    // the stem is in more programmes, but nobody writes it.
    let (_, engine) = common::engine();
    let index = engine.index();
    let typed: Vec<char> = "cqmmunitze".chars().collect();
    let (stem, word) = (index.find("communiti"), index.find("communities"));
    let (Some(stem), Some(word)) = (stem, word) else {
        panic!("the dataset no longer has both terms: pick another example");
    };
    assert!(index.doc_freq(stem) >= index.doc_freq(word));
    for term in [stem, word] {
        assert_eq!(bounded_distance(&typed, index.term_chars(term), 3), Some(3));
    }
    assert_eq!(did_you_mean("cqmmunitze ").as_deref(), Some("communities"));
    // A correction already in the query is not written twice.
    for query in [
        "communities cqmmunitze ",
        "cqmmunitze Communities",
        "cqmmunitze cqmmunitze ",
    ] {
        let expected = query.split(' ').find(|w| w.to_lowercase() == "communities");
        assert_eq!(
            did_you_mean(query).as_deref(),
            Some(expected.unwrap_or("communities")),
            "{query}"
        );
    }
}

#[test]
fn phrases_and_exclusions_are_kept() {
    assert_eq!(
        did_you_mean("\"skills transfer\" -health qqqzzz").as_deref(),
        Some("\"skills transfer\" -health")
    );
    assert_eq!(
        did_you_mean("senegal xyzzyq -\"local development\"").as_deref(),
        Some("senegal -\"local development\"")
    );
}

#[test]
fn no_suggestion_when_nothing_needs_correcting_or_nothing_would_be_left() {
    for query in [
        "remittances",
        "entreprenership",
        "",
        "!!!",
        "qqqzzz",
        "the qqqzzzq",
        "-health qqqzzz",
    ] {
        assert_eq!(did_you_mean(query), None, "{query}");
    }
}

#[test]
fn a_suggestion_must_find_something_with_the_same_filters() {
    let (catalogue, _) = common::engine();
    let themes: Vec<&str> = catalogue.vocabularies.themes.codes().collect();
    let finds = |theme: &str| total(&request("senegal", only(FacetKind::Theme, &[theme]))) > 0;
    let with = themes
        .iter()
        .find(|t| finds(t))
        .expect("a theme with Senegal");
    let without = themes.iter().find(|t| !finds(t)).expect("a theme without");
    assert_eq!(
        did_you_mean_with("senagel", only(FacetKind::Theme, &[with])).as_deref(),
        Some("senegal")
    );
    assert_eq!(
        did_you_mean_with("senagel", only(FacetKind::Theme, &[without])),
        None
    );
}

/// Relaxations computed by brute force: every part removed by hand, searched, kept when it
/// finds something, sorted by total (stable).
fn expected_relaxations(request: &SearchRequest) -> Vec<Relaxation> {
    let mut expected = Vec::new();
    for kind in FacetKind::ALL {
        for value in request.filters.values(kind) {
            let mut relaxed = request.clone();
            relaxed.filters.remove(kind, value);
            expected.push((Removal::Value(kind, value.clone()), relaxed));
        }
    }
    if request.filters.years().is_set() {
        let mut relaxed = request.clone();
        relaxed.filters.set_years(YearRange::ANY);
        expected.push((Removal::YearRange, relaxed));
    }
    if !request.query.trim().is_empty() {
        let mut relaxed = request.clone();
        relaxed.query.clear();
        expected.push((Removal::Query, relaxed));
    }
    let mut expected: Vec<Relaxation> = expected
        .into_iter()
        .map(|(removal, relaxed)| Relaxation {
            removal,
            total: total(&relaxed),
        })
        .filter(|r| r.total > 0)
        .collect();
    expected.sort_by_key(|r| std::cmp::Reverse(r.total));
    expected
}

fn relaxations(request: &SearchRequest) -> Vec<Relaxation> {
    let (catalogue, engine) = common::engine();
    engine.relaxations(catalogue, request)
}

#[test]
fn removing_the_theme_mali_lacks_brings_back_the_mali_programmes() {
    let (catalogue, _) = common::engine();
    let malian = |p: &&diaspora_core::Programme| p.origin_countries.names("ML");
    let theme = catalogue
        .vocabularies
        .themes
        .codes()
        .find(|theme| {
            !catalogue
                .programmes
                .iter()
                .filter(malian)
                .any(|p| p.themes.iter().any(|t| t == theme))
        })
        .expect("a theme no Mali programme has");
    let mut filters = only(FacetKind::Origin, &["ML"]);
    filters.insert(FacetKind::Theme, theme);
    let request = request("", filters);
    assert_eq!(total(&request), 0);
    let found = relaxations(&request);
    assert_eq!(found, expected_relaxations(&request));
    let mali_count = catalogue.programmes.iter().filter(malian).count();
    let theme_count = catalogue
        .programmes
        .iter()
        .filter(|p| p.themes.iter().any(|t| t == theme))
        .count();
    let total_without = |removal: &Removal| {
        found
            .iter()
            .find(|r| r.removal == *removal)
            .map(|r| r.total)
    };
    assert_eq!(
        total_without(&Removal::Value(FacetKind::Theme, theme.to_owned())),
        Some(mali_count)
    );
    assert_eq!(
        total_without(&Removal::Value(FacetKind::Origin, "ML".into())),
        Some(theme_count)
    );
    assert_eq!(found.len(), 2);
}

#[test]
fn relaxations_cover_values_years_and_the_query() {
    let mut filters = only(FacetKind::Origin, &["ML", "SN", "ML", "XX"]);
    filters.insert(FacetKind::Status, "ongoing");
    filters.insert(FacetKind::Status, "unknown");
    filters.set_years(YearRange::between(Some(2090), None));
    for query in ["remittances", "qqqzzz", ""] {
        let request = request(query, filters.clone());
        let found = relaxations(&request);
        assert_eq!(found, expected_relaxations(&request), "{query}");
        assert!(found.windows(2).all(|w| w[0].total >= w[1].total));
    }
    // Removing the year range alone finds programmes here; nothing else does.
    let request = request("remittances", filters);
    assert_eq!(
        relaxations(&request)
            .iter()
            .map(|r| &r.removal)
            .collect::<Vec<_>>(),
        [&Removal::YearRange]
    );
}

#[test]
fn nothing_to_relax_without_filters_or_words() {
    assert!(relaxations(&request("", Filters::default())).is_empty());
    assert!(relaxations(&request("!!!", Filters::default())).is_empty());
    // Words that parse to nothing are not a query to remove.
    assert_eq!(
        relaxations(&request("!!!", only(FacetKind::Origin, &["XX"])))
            .iter()
            .map(|r| &r.removal)
            .collect::<Vec<_>>(),
        [&Removal::Value(FacetKind::Origin, "XX".into())]
    );
    let (catalogue, _) = common::engine();
    assert_eq!(
        relaxations(&request("qqqzzz", Filters::default())),
        [Relaxation {
            removal: Removal::Query,
            total: catalogue.programmes.len()
        }]
    );
}

proptest! {
    /// Any text, with and without a filter: no panic; a suggestion is always new and always
    /// finds something (checked by `did_you_mean_with`); relaxations match the brute force.
    #[test]
    fn any_query_gets_a_sound_answer(
        words in prop::collection::vec(
            prop_oneof![
                3 => prop::sample::select(vec![
                    "remittanses", "senagel", "qqqzzz", "the", "-health", "\"skills", "transfer\"",
                    "Sénégal", "diaaspporra", "🙂", "1+3", "d'appui", "mli", "-", "\"",
                ]).prop_map(str::to_owned),
                1 => any::<String>(),
            ],
            0..6,
        ),
        filtered in any::<bool>(),
    ) {
        let query = words.join(" ");
        let filters = if filtered { only(FacetKind::Origin, &["SN"]) } else { Filters::default() };
        did_you_mean_with(&query, filters.clone());
        let request = request(&query, filters);
        let found = relaxations(&request);
        prop_assert_eq!(found, expected_relaxations_parsed(&request));
    }
}

/// [`expected_relaxations`], where a query is one only if it has a word or phrase to remove.
fn expected_relaxations_parsed(request: &SearchRequest) -> Vec<Relaxation> {
    let parsed = diaspora_core::search::query::Query::parse(&request.query);
    let mut request = request.clone();
    if parsed.is_empty() {
        request.query.clear();
    }
    expected_relaxations(&request)
}
