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
            page_size: 1000, // every programme on one page
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

/// The results matching every word (those before any partial matches).
fn every_word(query: &str) -> Vec<&'static str> {
    let response = search_with(query, Filters::default(), Sort::Relevance);
    let mut found = ids(&response);
    if let Some(partial) = &response.partial {
        found.truncate(partial.every_word);
    }
    found
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
    assert_eq!(every_word("Côte d'Ivoire"), ivory);
    let ivory = ivory.clone();
    // One letter off ("d" glued to "ivoire") is one typo: still found.
    assert_eq!(sorted(every_word("cote divoire")), sorted(ivory));
    assert!(
        top("Prince Edward Island").contains(&"pei-connectors")
            || top("PEI").contains(&"pei-connectors")
    );
}

#[test]
fn a_country_named_in_the_other_language_is_found_in_the_text_and_shown() {
    // The fund's English summary says "Morocco" (its origin is Africa as a whole): typed in
    // French, the name is found in the English text, and highlighted there.
    let response = search_with("Maroc", Filters::default(), Sort::Relevance);
    let hit = response
        .hits
        .iter()
        .find(|hit| ids_of(hit) == "afdb-migration-development-fund")
        .expect("the AfDB fund names Morocco");
    let shown: Vec<&str> = hit
        .snippet
        .ranges
        .iter()
        .map(|range| &hit.snippet.text[range.clone()])
        .collect();
    assert_eq!(shown, ["Morocco"]);
    assert!(top("Ivory Coast").contains(&"afdb-migration-development-fund"));
}

fn ids_of(hit: &diaspora_core::search::Hit) -> &'static str {
    let (catalogue, _) = common::engine();
    catalogue.programmes[hit.doc].id.as_str()
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

#[test]
fn everyday_questions_find_programmes_that_match_most_of_the_words() {
    // No programme says "zzyzx": those matching the other words follow, and the page says so.
    let response = search_with("remittance cost zzyzx", Filters::default(), Sort::Relevance);
    let partial = response.partial.clone().expect("no programme says 'zzyzx'");
    assert_eq!(partial.words.len(), 3);
    assert!(partial.fewest >= 1 && partial.most <= 2);
    assert_eq!(partial.missing(), ["zzyzx"]);
    assert_eq!(partial.found(), ["remittance", "cost"]);
    // Those that say both words come first: the cost-of-remittances programmes among them.
    let found = ids(&response);
    let both = every_word("remittance cost");
    assert!(both.contains(&"sendmoneypacific") && both.contains(&"envoidargent-fr"));
    assert!(both.len() < found.len(), "{found:?}");
    assert_eq!(sorted(found[..both.len()].to_vec()), sorted(both));
}

#[test]
fn meanings_find_what_other_words_say() {
    // "price" is a term of "cost", "remittance" of "money transfer", "envoi d'argent".
    let found = top("remittance price comparison");
    assert!(found[..3].contains(&"sendmoneypacific"), "{found:?}");
    assert!(found[..3].contains(&"envoidargent-fr"), "{found:?}");
    // No record says "doctors": the MIDA programmes for Somalia speak of health professionals.
    let found = top("doctors from Somalia");
    assert!(
        found[..4].contains(&"mida-finnsom") && found[..4].contains(&"mida-somalia"),
        "{found:?}"
    );
    let found = top("send money home cheaply");
    assert!(
        found[..5].contains(&"envoidargent-fr") && found[..5].contains(&"sendmoneypacific"),
        "{found:?}"
    );
    // Across languages: French words find English records and the other way round.
    assert!(top("envoyer de l'argent moins cher")[..5].contains(&"sendmoneypacific"));
    assert!(top("money transfer")[..10].contains(&"envoidargent-fr"));
    // The words typed rank above their meanings: records saying "money transfer" come
    // before those found only through another term ("remittances").
    let (catalogue, _) = common::engine();
    let says = |id: &str, words: &str| {
        let programme = catalogue.programme(id).unwrap();
        format!("{} {}", programme.title, programme.summary)
            .to_lowercase()
            .contains(words)
    };
    let found = top("money transfer");
    let literal: Vec<usize> = (0..found.len())
        .filter(|&i| says(found[i], "money transfer"))
        .collect();
    let through_meaning: Vec<usize> = (0..found.len())
        .filter(|&i| !says(found[i], "money"))
        .collect();
    assert!(
        !literal.is_empty() && !through_meaning.is_empty(),
        "{found:?}"
    );
    assert!(
        literal.iter().max() < through_meaning.iter().min(),
        "{found:?}"
    );
}

#[test]
fn programmes_matching_every_word_always_come_first() {
    // The query's words as the engine groups them: a country's name is one (it also finds
    // its names in the other language, "Côte d'Ivoire").
    for (words, sort) in [
        (&["Ivory Coast", "investment"][..], Sort::Relevance),
        (&["Somali", "diaspora", "health"], Sort::Relevance),
        (&["Somali", "diaspora", "health"], Sort::StartNewest),
        (&["Somali", "diaspora", "health"], Sort::TitleAsc),
        (&["remittances", "Pacific", "zzyzx"], Sort::Relevance),
    ] {
        let query = &words.join(" ");
        let response = search_with(query, Filters::default(), sort);
        let partial = response.partial.clone().expect(query);
        let found = ids(&response);
        let words: Vec<Vec<&str>> = words
            .iter()
            .map(|word| ids(&search_with(word, Filters::default(), Sort::Relevance)))
            .collect();
        let matched = |id: &str| words.iter().filter(|docs| docs.contains(&id)).count();
        for (rank, id) in found.iter().enumerate() {
            let expected = if rank < partial.every_word {
                words.len()
            } else {
                matched(id).min(words.len() - 1)
            };
            assert_eq!(matched(id), expected, "{query}: {id} at {rank}");
        }
        // Then by words matched, more first.
        let tiers: Vec<usize> = found.iter().map(|id| matched(id)).collect();
        assert!(
            tiers.windows(2).all(|w| w[0] >= w[1]),
            "{query} ({sort:?}): {tiers:?}"
        );
        assert!(tiers.iter().all(|&t| t >= partial.fewest));
    }
}

#[test]
fn question_words_never_empty_a_result() {
    assert_eq!(top("how can I invest in Senegal"), top("invest Senegal"));
    assert_eq!(top("comment investir au Sénégal"), top("investir Sénégal"));
    assert_eq!(top("programmes for women"), top("women"));
    assert!(search_with(
        "how can I invest in Senegal",
        Filters::default(),
        Sort::Relevance
    )
    .partial
    .is_none());
}

#[test]
fn phrases_exclusions_and_filters_stay_strict_with_partial_matches() {
    let phrase = ids(&search_with(
        "\"skills transfer\"",
        Filters::default(),
        Sort::Relevance,
    ));
    let response = search_with(
        "\"skills transfer\" Somalia zzyzx",
        Filters::default(),
        Sort::Relevance,
    );
    assert!(response.partial.is_some());
    assert!(ids(&response).iter().all(|id| phrase.contains(id)));
    let excluded = ids(&search_with(
        "remittances zzyzx -Pacific",
        Filters::default(),
        Sort::Relevance,
    ));
    assert!(!excluded.is_empty() && !excluded.contains(&"sendmoneypacific"));
    let mut filters = Filters::default();
    filters.insert(FacetKind::Origin, "SO");
    let somali = ids(&search_with("", filters.clone(), Sort::Relevance));
    let response = search_with("zzyzx diaspora", filters, Sort::Relevance);
    assert!(!ids(&response).is_empty() && ids(&response).iter().all(|id| somali.contains(id)));
    // One word, or words that match nothing at all: no partial matches.
    for query in [
        "zzyzx",
        "quantum chromodynamics",
        "glacier penguin",
        "zeppelin toboggan",
    ] {
        let response = search_with(query, Filters::default(), Sort::Relevance);
        assert_eq!((response.total, response.partial), (0, None), "{query}");
    }
}

#[test]
fn demonyms_find_their_country() {
    for (typed, id) in [
        ("Senegalese", "faise"),
        ("Moroccans", "mdm-invest"),
        ("marocains", "mdm-invest"),
        ("Filipino", "balinkbayan"),
        ("Vietnamese", "overseas-vietnamese-resources-1334"),
        ("Salvadoran", "el-salvador-plus"),
        ("sénégalaises", "faise"),
        ("Armenians", "igorts"),
    ] {
        let found = top(typed);
        assert!(
            found.iter().take(5).any(|found| *found == id),
            "{typed}: {found:?}"
        );
    }
    assert_eq!(
        top("Malian diaspora in France")[0],
        "diaspora-investment-mali"
    );
}

#[test]
fn names_written_as_one_word_are_found_by_their_parts() {
    assert_eq!(top("envoi d'argent")[0], "envoidargent-fr");
    assert_eq!(top("up tunisia")[0], "uptunisia");
    // "Balik bayan" is one edit from the camel-case parts joined ("balink").
    assert_eq!(top("balik bayan")[0], "balinkbayan");
    assert_eq!(top("link bayan")[0], "balinkbayan");
    // The whole name still finds it, and its parts are highlighted as the whole word.
    assert_eq!(top("BaLinkBayan")[0], "balinkbayan");
    let response = search_with("bayan", Filters::default(), Sort::Relevance);
    let title = &response.hits[0].title;
    assert_eq!(&title.text[title.ranges[0].clone()], "BaLinkBayan");
}

#[test]
fn results_say_what_matched_when_their_text_shows_nothing() {
    // "Maroc" is in no English title or summary: the country matched, and the hit says so.
    let response = search_with("Maroc", Filters::default(), Sort::Relevance);
    assert!(!response.hits.is_empty());
    for hit in &response.hits {
        if hit.title.ranges.is_empty() && hit.snippet.ranges.is_empty() {
            assert!(hit
                .matched_elsewhere
                .contains(&(FacetKind::Origin, "MA".to_owned())));
        } else {
            assert!(hit.matched_elsewhere.is_empty());
        }
    }
    assert!(response
        .hits
        .iter()
        .any(|hit| !hit.matched_elsewhere.is_empty()));
    // A demonym names its country too; an organisation's acronym, the organisation.
    let response = search_with("Moroccans", Filters::default(), Sort::Relevance);
    assert!(response.hits.iter().any(|hit| hit
        .matched_elsewhere
        .contains(&(FacetKind::Origin, "MA".to_owned()))));
    let response = search_with("OIM", Filters::default(), Sort::Relevance);
    assert!(response.hits.iter().any(|hit| hit
        .matched_elsewhere
        .iter()
        .any(|(kind, _)| *kind == FacetKind::Implementer)));
}

#[test]
fn a_phrase_of_a_concept_is_named_as_typed() {
    let partial = search_with(
        "envoyer de l'argent zzyzx",
        Filters::default(),
        Sort::Relevance,
    )
    .partial
    .expect("no programme says 'zzyzx'");
    assert_eq!(partial.found(), ["envoyer de l'argent"]);
    assert_eq!(partial.missing(), ["zzyzx"]);
}

#[test]
fn what_a_concept_finds_is_the_same_searched_first_or_again() {
    // The engine keeps what each term of a concept finds after its first search: a query
    // must answer the same on a fresh engine as after others that asked for the same terms.
    let catalogue = common::catalogue();
    let queries = [
        "remittances",
        "rem",
        "envoi d'argent",
        "send money home cheaply",
        "doctors from Somalia",
        "hometown associations",
        "jeunes entrepreneurs",
    ];
    let answers = |order: Vec<&'static str>| {
        let engine = diaspora_core::search::SearchEngine::new(&catalogue);
        let mut answers: Vec<(&str, SearchResponse)> = order
            .into_iter()
            .map(|query| {
                let request = SearchRequest {
                    query: query.into(),
                    page_size: 200,
                    ..SearchRequest::default()
                };
                (query, engine.search(&catalogue, &request))
            })
            .collect();
        answers.sort_by_key(|(query, _)| *query);
        answers
    };
    let forward = answers(queries.to_vec());
    let backward = answers(queries.iter().rev().copied().collect());
    assert!(forward.iter().all(|(_, response)| response.total > 0));
    assert_eq!(forward, backward);
}

#[test]
fn start_year_counts_ignore_the_year_range_and_keep_every_other_filter() {
    let (catalogue, _) = common::engine();
    let mut filters = Filters::default();
    filters.insert(FacetKind::Theme, "investment");
    let without_years = search_with("diaspora", filters.clone(), Sort::Relevance);
    filters.set_years(diaspora_core::request::YearRange::between(
        Some(2010),
        Some(2015),
    ));
    let with_years = search_with("diaspora", filters, Sort::Relevance);
    // The chart offers every year the range could widen to.
    assert_eq!(with_years.start_years, without_years.start_years);
    let mut expected: Vec<(i32, usize)> = Vec::new();
    let mut years: Vec<i32> = without_years
        .hits
        .iter()
        .filter_map(|hit| catalogue.programmes[hit.doc].start_year)
        .collect();
    years.sort_unstable();
    for year in years {
        match expected.last_mut() {
            Some((last, count)) if *last == year => *count += 1,
            _ => expected.push((year, 1)),
        }
    }
    assert!(expected.len() > 5, "{expected:?}");
    assert_eq!(without_years.start_years, expected);
    // And the results over all pages are the ones listed.
    let listed: Vec<usize> = with_years.hits.iter().map(|hit| hit.doc).collect();
    let mut matching: Vec<usize> = with_years.matching.iter().collect();
    let mut sorted_listed = listed.clone();
    sorted_listed.sort_unstable();
    matching.sort_unstable();
    assert_eq!(matching, sorted_listed);
    assert!(with_years.total < without_years.total);
}
