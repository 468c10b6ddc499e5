//! Search behaviour on the real dataset: what people type and what they must find.

mod common;

use diaspora_core::request::{FacetKind, Filters, SearchRequest, Sort};
use diaspora_core::search::engine::Highlighted;
use diaspora_core::search::SearchResponse;
use diaspora_core::Lang;

fn search_with(query: &str, filters: Filters, sort: Sort) -> SearchResponse {
    let (catalogue, engine) = common::engine();
    engine.search(
        catalogue,
        &SearchRequest {
            query: query.into(),
            filters,
            sort,
            page: 0,
            page_size: 200,
            lang: Lang::En,
        },
    )
}

fn ids(response: &SearchResponse) -> Vec<&'static str> {
    let (catalogue, _) = common::engine();
    response
        .hits
        .iter()
        .map(|hit| catalogue.programmes[hit.doc].id.as_str())
        .collect()
}

fn sorted(mut ids: Vec<&'static str>) -> Vec<&'static str> {
    ids.sort_unstable();
    ids
}

fn top(query: &str) -> Vec<&'static str> {
    ids(&search_with(query, Filters::default(), Sort::Relevance))
}

#[test]
fn acronyms_put_their_programme_first() {
    assert_eq!(top("MIDA")[0], "mida");
    assert_eq!(top("paisd")[0], "paisd");
    assert_eq!(top("3x1")[0], "programa-3x1");
    assert_eq!(top("1+3")[0], "dar-1-3");
}

#[test]
fn organisation_aliases_work_in_both_languages() {
    let iom = top("IOM");
    let oim = top("OIM");
    assert!(!iom.is_empty());
    assert_eq!(iom.len(), oim.len());
    assert!(oim.contains(&"mida"));
    assert!(top("PNUD").contains(&"tokten"));
    assert!(top("FIDA").contains(&"ffr"));
}

#[test]
fn countries_match_by_english_and_french_names_codes_and_variants() {
    let senegal = top("Senegal");
    assert!(senegal.contains(&"paisd") && senegal.contains(&"faise"));
    assert_eq!(top("Sénégal"), senegal);
    assert_eq!(top("SÉNÉGAL"), senegal);
    assert!(top("Maroc").contains(&"medma-2"));
    let ivory = top("Ivory Coast");
    assert!(!ivory.is_empty());
    assert_eq!(top("Côte d'Ivoire"), ivory);
    let ivory = ivory.clone();
    // One letter off ("d" glued to "ivoire") is one typo: still found.
    assert_eq!(sorted(top("cote divoire")), sorted(ivory));
    assert!(
        top("Prince Edward Island").contains(&"pei-connectors")
            || top("PEI").contains(&"pei-connectors")
    );
}

#[test]
fn typing_finds_by_prefix_and_tolerates_typos() {
    let full = top("remittances");
    assert!(!full.is_empty());
    for partial in [
        "remitt",
        "remittanc",
        "remitances",
        "remmitances",
        "remittnaces",
    ] {
        let found = top(partial);
        assert!(!found.is_empty(), "{partial}");
        assert!(
            full.iter().take(3).any(|id| found.contains(id)),
            "{partial}"
        );
    }
    // Short words get no typo allowance: "mli" is not "mali".
    assert!(top("mli ").is_empty());
}

#[test]
fn french_inflections_and_accents_do_not_matter() {
    let singular = sorted(top("investissement"));
    assert!(!singular.is_empty());
    assert_eq!(sorted(top("investissements")), singular);
    assert_eq!(top("developpement local"), top("développement local"));
}

#[test]
fn phrases_and_exclusions() {
    let mida = top("MIDA");
    let without = top("MIDA -Somalia");
    assert!(without.len() < mida.len());
    assert!(!without.contains(&"mida-somalia"));
    let phrase = top("\"skills transfer\"");
    let words = top("skills transfer");
    assert!(!phrase.is_empty() && phrase.len() <= words.len());
}

#[test]
fn empty_query_browses_everything_ongoing_first() {
    let (catalogue, _) = common::engine();
    let response = search_with("", Filters::default(), Sort::Relevance);
    assert_eq!(response.total, catalogue.programmes.len());
    let statuses: Vec<_> = response
        .hits
        .iter()
        .map(|h| catalogue.programmes[h.doc].status.code())
        .collect();
    let first_completed = statuses.iter().position(|s| *s == "completed").unwrap();
    assert!(statuses[..first_completed]
        .iter()
        .all(|s| *s != "completed"));
    assert!(statuses[..first_completed].contains(&"ongoing"));
    assert!(statuses[first_completed..]
        .iter()
        .all(|s| *s == "completed"));
}

#[test]
fn sorting_by_title_and_start_year() {
    let (catalogue, _) = common::engine();
    let by_title = search_with("", Filters::default(), Sort::TitleAsc);
    let titles: Vec<String> = by_title
        .hits
        .iter()
        .map(|h| diaspora_core::text::fold(&catalogue.programmes[h.doc].title))
        .collect();
    let mut sorted = titles.clone();
    sorted.sort();
    assert_eq!(titles, sorted);
    let newest = search_with("", Filters::default(), Sort::StartNewest);
    let years: Vec<Option<i32>> = newest
        .hits
        .iter()
        .map(|h| catalogue.programmes[h.doc].start_year)
        .collect();
    let known: Vec<i32> = years.iter().flatten().copied().collect();
    assert!(known.windows(2).all(|w| w[0] >= w[1]));
    assert!(
        years[known.len()..].iter().all(Option::is_none),
        "unknown years go last"
    );
}

#[test]
fn filters_and_disjunctive_counts() {
    let (catalogue, _) = common::engine();
    let mut filters = Filters::default();
    filters.insert(FacetKind::Origin, "SN");
    let response = search_with("", filters, Sort::Relevance);
    assert!(response.total > 0);
    for hit in &response.hits {
        assert!(catalogue.programmes[hit.doc].origin_countries.names("SN"));
    }
    let origin = response
        .facets
        .iter()
        .find(|f| f.kind == FacetKind::Origin)
        .unwrap();
    let count = |code: &str| {
        origin
            .counts
            .iter()
            .find(|(v, _)| &**v == code)
            .map(|(_, c)| *c)
    };
    // Its own filter does not narrow the origin facet: Morocco is still offered.
    let morocco = catalogue
        .programmes
        .iter()
        .filter(|p| p.origin_countries.names("MA"))
        .count();
    assert_eq!(count("MA"), Some(morocco));
    assert_eq!(count("SN"), Some(response.total));
}

#[test]
fn highlights_fall_on_the_original_text_accents_and_all() {
    let (catalogue, engine) = common::engine();
    let faise = |response: &SearchResponse| {
        response
            .hits
            .iter()
            .find(|h| catalogue.programmes[h.doc].id == "faise")
            .cloned()
            .expect("FAISE is found")
    };
    let marked = |text: &Highlighted| -> Vec<String> {
        text.ranges
            .iter()
            .map(|range| text.text[range.clone()].to_owned())
            .collect()
    };
    // Typed without accents: the French snippet marks the accented word as written.
    let request = SearchRequest {
        query: "senegalais".into(),
        page_size: 200,
        lang: Lang::Fr,
        ..SearchRequest::default()
    };
    let hit = faise(&engine.search(catalogue, &request));
    let snippet = marked(&hit.snippet);
    assert!(
        !snippet.is_empty(),
        "nothing marked in {:?}",
        hit.snippet.text
    );
    assert!(
        snippet.iter().all(|word| word == "Sénégalais"),
        "{snippet:?}"
    );
    // Typed with accents: the unaccented English title is marked, in its own spelling.
    let hit = faise(&search_with(
        "Sénégalese",
        Filters::default(),
        Sort::Relevance,
    ));
    assert_eq!(hit.title.text, catalogue.programmes[hit.doc].title);
    assert_eq!(marked(&hit.title), ["Senegalese"]);
    let response = search_with("diaspora", Filters::default(), Sort::Relevance);
    let hit = &response.hits[0];
    assert!(!hit.title.ranges.is_empty());
    for range in &hit.title.ranges {
        assert_eq!(hit.title.text[range.clone()].to_lowercase(), "diaspora");
    }
    assert!(!hit.snippet.text.is_empty());
}

#[test]
fn hostile_queries_answer_without_panicking() {
    for query in [
        "x".repeat(10_000),
        "\u{0}\u{1}\u{1b}[31m".into(),
        "🙂 🇬🇭 ✈️".into(),
        "\u{202E}ecnarf\u{202C}".into(),
        "مرحبا".into(),
        "!!!".into(),
        "\"\"\"".into(),
        "\"unbalanced".into(),
        "-".into(),
        "- - -".into(),
        "a".into(),
    ] {
        let _ = search_with(&query, Filters::default(), Sort::Relevance);
    }
}
