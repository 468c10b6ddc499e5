//! The explorer's state in the URL: every reading rule, the canonical writing, and the
//! round trip, on the real catalogue.

mod common;

use std::collections::BTreeSet;

use diaspora_core::explorer::embed::PageOptions;
use diaspora_core::explorer::url_state::{
    ExplorerState, Warning, MAX_QUERY_STRING_BYTES, MAX_VALUES_PER_FACET, YEARS,
};
use diaspora_core::explorer::view::{MapSide, View};
use diaspora_core::request::{FacetKind, Filters, Sort, YearRange};
use diaspora_core::search::query::MAX_QUERY_BYTES;
use diaspora_core::{Catalogue, Lang};
use proptest::prelude::*;

fn catalogue() -> &'static Catalogue {
    &common::engine().0
}

fn parse(query: &str) -> (ExplorerState, Vec<Warning>) {
    ExplorerState::from_query_string(query, catalogue())
}

/// Parses a query string that must produce no warning.
fn clean(query: &str) -> ExplorerState {
    let (state, warnings) = parse(query);
    assert!(warnings.is_empty(), "{query}: {warnings:?}");
    state
}

fn parameters(warnings: &[Warning]) -> Vec<&str> {
    warnings.iter().map(|w| w.parameter.as_str()).collect()
}

fn with_years(mut filters: Filters, years: YearRange) -> Filters {
    filters.set_years(years);
    filters
}

fn filters(selected: &[(FacetKind, &[&str])]) -> Filters {
    let mut filters = Filters::default();
    for (kind, values) in selected {
        for value in *values {
            filters.insert(*kind, *value);
        }
    }
    filters
}

/// Every value the catalogue accepts for a facet, sorted.
fn valid_values(kind: FacetKind) -> Vec<String> {
    let catalogue = catalogue();
    let v = &catalogue.vocabularies;
    let codes = |vocabulary: &diaspora_core::data::vocabulary::Vocabulary| {
        vocabulary.codes().map(str::to_owned).collect::<Vec<_>>()
    };
    let mut values = match kind {
        FacetKind::Origin | FacetKind::Residence => catalogue
            .geography
            .countries()
            .iter()
            .map(|c| c.code.clone())
            .collect(),
        FacetKind::Region => catalogue
            .geography
            .regions()
            .iter()
            .map(|r| r.code.clone())
            .collect(),
        FacetKind::Theme => codes(&v.themes),
        FacetKind::Support => codes(&v.support_types),
        FacetKind::Target => codes(&v.target_groups),
        FacetKind::ImplementerType => codes(&v.organisation_types),
        FacetKind::Status => codes(&v.statuses),
        FacetKind::Participation => codes(&v.participation),
        FacetKind::Implementer => catalogue
            .programmes
            .iter()
            .flat_map(|p| p.implementers.iter().map(|o| o.group.clone()))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect(),
    };
    values.sort();
    values.dedup();
    values
}

#[test]
fn a_programme_alone_has_its_own_page_and_the_query_still_reads() {
    let options =
        |path: &str, query: &str| PageOptions::from_location(path, query, catalogue()).state;
    let mida = clean("?id=mida");
    assert_eq!(mida.to_href(), "programmes/mida/");
    assert_eq!(options("programmes/mida/", ""), mida);
    assert_eq!(options("programmes/mida/index.html", ""), mida);
    assert_eq!(options("", "?id=mida"), mida);
    // The query's id wins; a path that is no programme page is no programme.
    assert_eq!(options("programmes/other/", "?id=mida"), mida);
    assert_eq!(options("elsewhere/", ""), ExplorerState::default());
    // The About page has its own path too; a programme in the query opens that programme.
    let about = ExplorerState {
        about: true,
        ..ExplorerState::default()
    };
    assert_eq!(options("about/", ""), about);
    assert_eq!(about.to_href(), "about/");
    assert_eq!(options("about/", "?id=mida"), mida);
    // The language stays in the query; anything more keeps the programme in it too.
    let french = clean("?lang=fr&id=mida");
    assert_eq!(french.to_href(), "programmes/mida/?lang=fr");
    assert_eq!(options("programmes/mida/", "?lang=fr"), french);
    let searched = clean("?q=bonds&id=mida");
    assert_eq!(searched.to_href(), "?q=bonds&id=mida");
    // An unknown id opens the page that says so, as `?id=` does.
    assert_eq!(
        options("programmes/no-such-programme/", "")
            .programme
            .as_deref(),
        Some("no-such-programme")
    );
}

#[test]
fn the_default_state_is_the_empty_string_and_back() {
    assert_eq!(ExplorerState::default().to_query_string(), "");
    for empty in ["", "?", "?&", "&&&"] {
        assert_eq!(clean(empty), ExplorerState::default(), "{empty:?}");
    }
}

#[test]
fn the_leading_question_mark_is_optional() {
    assert_eq!(clean("?q=mida&p=2"), clean("q=mida&p=2"));
    assert_eq!(clean("q=mida").query, "mida");
}

#[test]
fn facet_values_may_be_repeated_or_comma_separated_and_are_sorted_without_repeats() {
    let repeated = clean("origin=SN&origin=ML");
    let commas = clean("origin=ML,SN");
    assert_eq!(repeated, commas);
    assert_eq!(repeated.filters.values(FacetKind::Origin), ["ML", "SN"]);
    // Case does not matter for country codes, spaces around values neither; repeats vanish.
    let messy = clean("origin=sn,%20ml%20,ML&origin=Sn&origin=,,");
    assert_eq!(messy.filters.values(FacetKind::Origin), ["ML", "SN"]);
    assert_eq!(messy.to_query_string(), "?origin=ML&origin=SN");
}

#[test]
fn every_facet_is_validated_against_the_catalogue() {
    let state = clean(
        "residence=fr&region=011&theme=Remittances&support=financial&target=youth\
         &org_type=ngo&org=IOM&status=ongoing",
    );
    assert_eq!(
        state.filters,
        filters(&[
            (FacetKind::Residence, &["FR"]),
            (FacetKind::Region, &["011"]),
            (FacetKind::Theme, &["remittances"]),
            (FacetKind::Support, &["financial"]),
            (FacetKind::Target, &["youth"]),
            (FacetKind::ImplementerType, &["ngo"]),
            // Read by its name in this link, kept as its id.
            (FacetKind::Implementer, &["iom"]),
            (FacetKind::Status, &["ongoing"]),
        ])
    );
    let (state, warnings) = parse(
        "origin=ML,XX,*&residence=FRA&region=999&theme=money&support=x&target=y\
         &org_type=club&org=Nobody&status=paused",
    );
    assert_eq!(
        state.filters,
        filters(&[(FacetKind::Origin, &["ML"])]),
        "the valid value stays"
    );
    let messages: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "URL parameter `origin=XX`: unknown country code; ignored",
            "URL parameter `origin=*`: unknown country code; ignored",
            "URL parameter `residence=FRA`: unknown country code; ignored",
            "URL parameter `region=999`: unknown region code; ignored",
            "URL parameter `theme=money`: unknown theme; ignored",
            "URL parameter `support=x`: unknown support type; ignored",
            "URL parameter `target=y`: unknown target group; ignored",
            "URL parameter `org_type=club`: unknown organisation type; ignored",
            "URL parameter `org=Nobody`: no programme has an implementer of this id or name; ignored",
            "URL parameter `status=paused`: unknown status; ignored",
        ]
    );
}

#[test]
fn implementers_are_organisation_ids_and_old_links_naming_them_still_read() {
    let id = "caisse-des-depots-france-italy-morocco-senegal-tunisia";
    assert!(valid_values(FacetKind::Implementer).contains(&id.to_owned()));
    let mut state = ExplorerState::default();
    state.filters.insert(FacetKind::Implementer, id);
    state.filters.insert(FacetKind::Implementer, "iom");
    let query = state.to_query_string();
    assert_eq!(query, format!("?org={id}&org=iom"));
    assert_eq!(clean(&query), state);
    // A link made when the filter took names, raw commas and all, reads as the organisation.
    let name = "Caisse des Dépôts (France, Italy, Morocco, Senegal, Tunisia)";
    let raw = format!("org={}", name.replace(' ', "+"));
    assert_eq!(clean(&raw).filters.values(FacetKind::Implementer), [id]);
    // An office's name reads as its organisation, which the filter offers: IOM Belgium is IOM.
    assert_eq!(
        clean("org=IOM+Belgium")
            .filters
            .values(FacetKind::Implementer),
        ["iom"]
    );
    assert_eq!(
        clean("org=OIM").filters.values(FacetKind::Implementer),
        ["iom"]
    );
    // "IOM,UNDP" is not two implementers but one unknown name.
    let (state, warnings) = parse("org=IOM,UNDP");
    assert!(state.filters.is_empty());
    assert_eq!(parameters(&warnings), ["org=IOM,UNDP"]);
}

#[test]
fn unknown_parameters_are_reported_and_the_rest_is_kept() {
    let (state, warnings) = parse("utm_source=x&q=mida&Origin=ML&debug");
    assert_eq!(state.query, "mida");
    assert_eq!(
        state.filters.values(FacetKind::Origin),
        ["ML"],
        "keys ignore case"
    );
    assert_eq!(parameters(&warnings), ["utm_source=x", "debug="]);
    assert!(warnings[0].message.contains("unknown parameter"));
}

#[test]
fn numbers_years_and_pages_must_be_valid() {
    let state = clean("from=1990&to=2005&p=3");
    assert_eq!(
        (
            state.filters.years().from(),
            state.filters.years().to(),
            state.page
        ),
        (Some(1990), Some(2005), 2)
    );
    let (state, warnings) = parse("from=abc&to=20O5&p=0");
    assert_eq!(state, ExplorerState::default());
    assert_eq!(parameters(&warnings), ["from=abc", "to=20O5", "p=0"]);
    for bad_page in ["-1", "1.5", "two", "99999999999999999999999"] {
        let (state, warnings) = parse(&format!("p={bad_page}"));
        assert_eq!(state.page, 0);
        assert_eq!(warnings.len(), 1, "{bad_page}");
        assert!(warnings[0].message.contains("page number"), "{bad_page}");
    }
    let (first, last) = (*YEARS.start(), *YEARS.end());
    let (state, warnings) = parse(&format!("from={}&to={}", first - 1, last + 1));
    assert_eq!(
        (state.filters.years().from(), state.filters.years().to()),
        (None, None)
    );
    assert_eq!(warnings.len(), 2);
    let state = clean(&format!("from={first}&to={last}"));
    assert_eq!(
        (state.filters.years().from(), state.filters.years().to()),
        (Some(first), Some(last))
    );
}

#[test]
fn a_range_that_ends_before_it_starts_loses_its_end() {
    let (state, warnings) = parse("to=1990&from=2000");
    assert_eq!(
        (state.filters.years().from(), state.filters.years().to()),
        (Some(2000), None)
    );
    assert_eq!(
        warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["URL parameter `to=1990`: earlier than `from` (2000); ignored"]
    );
    assert_eq!(clean("from=2000&to=2000").filters.years().to(), Some(2000));
}

#[test]
fn single_valued_parameters_keep_their_first_usable_value() {
    let (state, warnings) = parse("q=first&q=second&sort=title&sort=newest");
    assert_eq!(
        (state.query.as_str(), state.sort),
        ("first", Sort::TitleAsc)
    );
    assert_eq!(parameters(&warnings), ["q=second", "sort=newest"]);
    assert!(warnings[0].message.contains("more than once"));
    // An unusable first value does not block a good second one.
    let (state, warnings) = parse("from=abc&from=2001");
    assert_eq!(state.filters.years().from(), Some(2001));
    assert_eq!(parameters(&warnings), ["from=abc"]);
    // Nor does an empty one, which is not reported at all.
    assert_eq!(clean("q=&q=mida").query, "mida");
}

#[test]
fn sorts_languages_and_programme_ids() {
    for (key, sort) in [
        ("relevance", Sort::Relevance),
        ("title", Sort::TitleAsc),
        ("newest", Sort::StartNewest),
        ("OLDEST", Sort::StartOldest),
    ] {
        assert_eq!(clean(&format!("sort={key}")).sort, sort);
    }
    assert_eq!(clean("sort=relevance").to_query_string(), "");
    assert_eq!(clean("lang=fr").lang, Some(Lang::Fr));
    assert_eq!(clean("lang=en-GB").lang, Some(Lang::En));
    assert_eq!(clean("id=mida").programme.as_deref(), Some("mida"));
    // An id that could be a programme's (a removed one) is kept, so its page can say it is
    // gone; one that could not is dropped.
    let (state, warnings) = parse("sort=best&lang=de&id=no-such-programme");
    assert_eq!(state.programme.as_deref(), Some("no-such-programme"));
    assert_eq!(state, ExplorerState::default().opening("no-such-programme"));
    assert_eq!(parameters(&warnings), ["sort=best", "lang=de"]);
    let (state, warnings) = parse("id=<script>");
    assert_eq!(state, ExplorerState::default());
    assert_eq!(parameters(&warnings), ["id=<script>"]);
}

#[test]
fn empty_values_are_dropped_silently() {
    assert_eq!(
        clean("q=&origin=&theme=&from=&to=&sort=&lang=&p=&id=&org="),
        ExplorerState::default()
    );
}

#[test]
fn long_queries_are_cut_on_a_character_boundary() {
    let long = "é".repeat(MAX_QUERY_BYTES); // twice the limit in bytes
    let (state, warnings) = parse(&format!("q={long}"));
    assert_eq!(state.query, "é".repeat(MAX_QUERY_BYTES / 2));
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].parameter.ends_with('…'), "values are shortened");
    assert!(warnings[0].parameter.chars().count() < 50);
    // An odd limit falls inside a character: the cut goes back to its start.
    let odd = format!("a{}", "é".repeat(MAX_QUERY_BYTES));
    let (state, _) = parse(&format!("q={odd}"));
    assert_eq!(state.query.len(), MAX_QUERY_BYTES - 1);
}

#[test]
fn a_facet_keeps_at_most_fifty_values() {
    let countries = valid_values(FacetKind::Origin);
    let given = &countries[..MAX_VALUES_PER_FACET + 10];
    let (state, warnings) = parse(&format!("origin={}", given.join(",")));
    assert_eq!(
        state.filters.values(FacetKind::Origin),
        &given[..MAX_VALUES_PER_FACET]
    );
    assert_eq!(warnings.len(), 10);
    assert!(warnings[0].message.contains("more than 50"));
}

#[test]
fn the_query_string_is_read_up_to_eight_kib_and_cut_between_parameters() {
    let head = "q=mida&origin=ML&";
    let filler = "x=1&".repeat(MAX_QUERY_STRING_BYTES / 4);
    let text = format!("?{head}{filler}theme=remittances");
    let (state, warnings) = parse(&text);
    assert_eq!(state.query, "mida");
    assert_eq!(state.filters.values(FacetKind::Origin), ["ML"]);
    assert!(
        state.filters.values(FacetKind::Theme).is_empty(),
        "past the limit"
    );
    let last = warnings.last().unwrap();
    assert!(last.message.contains("8192 bytes"), "{last}");
    // Every `x=1` read is an unknown parameter; none is cut in half.
    assert!(warnings[..warnings.len() - 1]
        .iter()
        .all(|w| w.parameter == "x=1"));
    // Exactly at the limit, nothing is cut.
    let fits = format!("q={}", "a".repeat(MAX_QUERY_BYTES));
    let pad = MAX_QUERY_STRING_BYTES - fits.len() - "&p=2".len();
    let exact = format!("{fits}&{}&p=2", "y".repeat(pad - 1));
    assert_eq!(exact.len(), MAX_QUERY_STRING_BYTES);
    let (state, warnings) = parse(&exact);
    assert_eq!(state.page, 1);
    assert_eq!(parameters(&warnings).len(), 1, "only the unknown `yyy…`");
}

#[test]
fn a_state_too_long_for_a_url_is_trimmed_to_one_that_reads_back_whole() {
    // A catalogue whose implementers have long accented ids (no real id is accented, but a
    // partner's catalogue is read by the same code): fifty of them, each tripled by
    // percent-encoding, and a query of ampersands (also tripled) are far more than a URL holds.
    let real = catalogue();
    let names: Vec<String> = (0..MAX_VALUES_PER_FACET)
        .map(|i| format!("Organisation {i:02} {}", "é".repeat(60)))
        .collect();
    let mut programme = real.programmes[0].clone();
    programme.implementers = names
        .iter()
        .map(|name| diaspora_core::Organisation {
            id: name.clone(),
            name: name.clone(),
            kind: "ngo".into(),
            group: name.clone(),
        })
        .collect();
    let catalogue = Catalogue::from_parts(
        vec![programme],
        common::geography(),
        common::vocabularies(),
        Default::default(),
        Default::default(),
    );
    let mut pairs: Vec<(String, String)> = vec![("q".into(), "&".repeat(MAX_QUERY_BYTES))];
    pairs.extend(names.iter().map(|name| ("org".to_owned(), name.clone())));
    pairs.push(("origin".into(), "ML".into()));
    pairs.push(("id".into(), real.programmes[0].id.clone()));
    let (state, warnings) = ExplorerState::from_pairs(pairs, &catalogue);
    assert!(!warnings.is_empty());
    assert!(warnings
        .iter()
        .all(|w| w.parameter.starts_with("org=Organisation")
            && w.message.contains("the URL would be longer")));
    let kept = state.filters.values(FacetKind::Implementer);
    assert_eq!(
        kept,
        &names[..kept.len()],
        "the first names in order are kept"
    );
    assert_eq!(kept.len() + warnings.len(), names.len());
    // What is not a facet value is never dropped.
    assert_eq!(state.query.len(), MAX_QUERY_BYTES);
    assert_eq!(state.filters.values(FacetKind::Origin), ["ML"]);
    assert!(state.programme.is_some());
    let query = state.to_query_string();
    assert!(query.len() <= MAX_QUERY_STRING_BYTES + 1, "{}", query.len());
    assert_eq!(
        ExplorerState::from_query_string(&query, &catalogue),
        (state, Vec::new())
    );
}

#[test]
fn views_sides_and_comparisons_are_read_and_bad_ones_warned_about() {
    let (state, warnings) =
        parse("?view=Charts&side=residence&compare=faise,nope,FAISE,paisd,mida,tokten,diamed");
    assert_eq!(state.view, View::Charts);
    assert_eq!(state.side, MapSide::Residence);
    assert_eq!(state.compare, ["faise", "paisd", "mida", "tokten"]);
    let messages: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "URL parameter `compare=nope`: unknown programme; left out of the comparison",
            "URL parameter `compare=diamed`: more than 4 programmes to compare; ignored",
        ]
    );
    let (state, warnings) = parse("?view=globe&side=north");
    assert_eq!((state.view, state.side), (View::List, MapSide::Origin));
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert_eq!(parse("?view=list&side=origin").0, ExplorerState::default());
}

#[test]
fn the_canonical_form_has_a_fixed_order_and_encodes_everything() {
    let state = ExplorerState {
        query: "café & co = 100% #1 + \"x\"".into(),
        filters: with_years(
            filters(&[
                (FacetKind::Status, &["ongoing"]),
                (FacetKind::Theme, &["remittances", "investment"]),
                (FacetKind::Origin, &["SN", "ML"]),
            ]),
            YearRange::between(Some(2000), Some(2010)),
        ),
        sort: Sort::StartNewest,
        page: 1,
        programme: Some("mida".into()),
        lang: Some(Lang::Fr),
        about: false,
        view: View::Map,
        side: MapSide::Residence,
        compare: vec!["paisd".into(), "faise".into()],
    };
    assert_eq!(
        state.to_query_string(),
        "?q=caf%C3%A9+%26+co+%3D+100%25+%231+%2B+%22x%22&origin=ML&origin=SN\
         &theme=investment&theme=remittances&status=ongoing&from=2000&to=2010&sort=newest\
         &lang=fr&view=map&side=residence&p=2&id=mida&compare=paisd%2Cfaise"
    );
    let (read, warnings) = parse(&state.to_query_string());
    assert!(warnings.is_empty());
    assert_eq!(read.query, state.query);
    assert_eq!(read.to_query_string(), state.to_query_string());
}

#[test]
fn the_search_request_follows_the_state() {
    let state = clean("q=remittances&origin=SN&sort=title&p=3");
    let request = state.search_request(24, Lang::Fr);
    assert_eq!(request.query, "remittances");
    assert_eq!(request.filters, state.filters);
    assert_eq!(
        (request.sort, request.page, request.page_size, request.lang),
        (Sort::TitleAsc, 2, 24, Lang::Fr)
    );
    // The URL's language wins over the one given for when it names none.
    assert_eq!(clean("lang=en").search_request(24, Lang::Fr).lang, Lang::En);
}

#[test]
fn pairs_follow_the_same_rules() {
    let (state, warnings) = ExplorerState::from_pairs(
        [
            ("origin", "ml,SN"),
            ("q", "mida"),
            ("p", "0"),
            ("origin", "ML"),
        ],
        catalogue(),
    );
    assert_eq!(state, parse("origin=ml,SN&q=mida&origin=ML").0);
    assert_eq!(parameters(&warnings), ["p=0"]);
}

// ---------------------------------------------------------------------------------------------
// Properties

/// The longest prefix of `text` within `max` bytes, cut on a character boundary.
fn cut(text: &str, max: usize) -> String {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_owned()
}

/// Query text with everything a URL must escape, accents, emoji and control characters.
fn query_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(vec![
            "remittances", " ", "&", "=", "+", "#", "%", "%20", "%%", "?", ",", ";", "/", "\"",
            "-", "é", "Côte d’Ivoire", "🙂", "🇬🇭", "日本", "\u{0}", "\n", "\u{202E}", "'", "*",
        ]).prop_map(str::to_owned),
        1 => any::<String>(),
    ];
    prop::collection::vec(piece, 1..16)
        .prop_map(|pieces| cut(&pieces.concat(), MAX_QUERY_BYTES))
        .prop_filter("a query is not empty", |q| !q.is_empty())
}

/// States the parser can produce: catalogue values, sorted, a few per facet.
fn reachable_state() -> impl Strategy<Value = ExplorerState> {
    let facets: Vec<_> = FacetKind::ALL
        .iter()
        .map(|&kind| {
            let values = valid_values(kind);
            let most = values.len().min(6);
            prop::sample::subsequence(values, 0..=most)
        })
        .collect();
    let ids: Vec<String> = catalogue()
        .programmes
        .iter()
        .map(|p| p.id.clone())
        .collect();
    let year = || prop::option::of(YEARS);
    (
        prop::option::of(query_text()),
        facets,
        (year(), year()),
        prop::sample::select(Sort::ALL.to_vec()),
        prop::option::of(prop::sample::select(Lang::ALL.to_vec())),
        prop_oneof![0..5usize, any::<usize>().prop_map(|p| p.saturating_sub(1))],
        prop::option::of(prop::sample::select(ids)),
    )
        .prop_map(|(query, facets, (from, to), sort, lang, page, programme)| {
            let mut filters = Filters::default();
            for (kind, values) in FacetKind::ALL.into_iter().zip(facets) {
                for value in values {
                    filters.insert(kind, value);
                }
            }
            filters.set_years(match (from, to) {
                (Some(a), Some(b)) if a > b => YearRange::between(Some(b), Some(a)),
                (from, to) => YearRange::between(from, to),
            });
            ExplorerState {
                query: query.unwrap_or_default(),
                filters,
                sort,
                page,
                programme,
                lang,
                about: false,
                // Varied with the page, so that every combination comes up.
                view: View::ALL[page % View::ALL.len()],
                side: MapSide::ALL[page / 3 % MapSide::ALL.len()],
                compare: Vec::new(),
            }
        })
}

/// Query strings as people and programs write them: good and bad parameters, encoded or not.
fn messy_query_string() -> impl Strategy<Value = String> {
    let pair = prop_oneof![
        4 => prop::sample::select(vec![
            "origin=ml", "origin=ML,SN", "origin=XX", "origin=", "residence=fr,de", "region=011",
            "region=11", "theme=remittances", "theme=Investment,health", "theme=money",
            "support=financial", "target=youth", "org_type=ngo", "org=IOM", "org=IOM,UNDP",
            "org=Caisse+des+D%C3%A9p%C3%B4ts+%28France%2C+Italy%2C+Morocco%2C+Senegal%2C+Tunisia%29",
            "org=Caisse des Dépôts (France, Italy, Morocco, Senegal, Tunisia)",
            "status=ongoing", "status=paused", "q=mida", "q=caf%C3%A9+%26+co", "q=", "q=%",
            "q=a+b+", "q=%F0%9F%99%82", "q=%FF", "from=2001", "from=abc", "to=1999", "to=2100",
            "from=1899", "p=0", "p=3", "p=-1", "sort=newest", "sort=x", "lang=fr", "lang=de",
            "id=mida", "id=MIDA", "id=nope", "foo=bar", "%FF=%FE", "=", "", "==", "&&", "?",
        ]).prop_map(str::to_owned),
        1 => any::<String>(),
    ];
    prop::collection::vec(pair, 0..24).prop_map(|pairs| pairs.join("&"))
}

proptest! {
    #[test]
    fn reachable_states_survive_the_round_trip(state in reachable_state()) {
        let query = state.to_query_string();
        prop_assert!(query.len() <= MAX_QUERY_STRING_BYTES + 1);
        let (read, warnings) = parse(&query);
        prop_assert!(warnings.is_empty(), "{query}: {warnings:?}");
        prop_assert_eq!(read, state);
    }

    #[test]
    fn reachable_states_survive_the_round_trip_through_their_address(state in reachable_state()) {
        let href = state.to_href();
        let (path, query) = href.split_at(href.find('?').unwrap_or(href.len()));
        prop_assert!(path.is_empty() || state.programme.is_some(), "{href}");
        let read = PageOptions::from_location(path, query, catalogue());
        prop_assert!(read.warnings.is_empty(), "{href}: {:?}", read.warnings);
        prop_assert_eq!(read.state, state);
    }

    #[test]
    fn whatever_was_read_is_written_canonically_and_reads_back_the_same(text in messy_query_string()) {
        let (state, _) = parse(&text);
        let query = state.to_query_string();
        let (again, warnings) = parse(&query);
        prop_assert!(warnings.is_empty(), "{text} → {query}: {warnings:?}");
        prop_assert_eq!(&again, &state);
        prop_assert_eq!(again.to_query_string(), query);
    }

    #[test]
    fn any_text_reads_without_panicking(text in any::<String>(), pairs in prop::collection::vec((any::<String>(), any::<String>()), 0..8)) {
        let (state, _) = parse(&text);
        prop_assert!(state.query.len() <= MAX_QUERY_BYTES);
        let (state, _) = ExplorerState::from_pairs(pairs, catalogue());
        prop_assert!(state.to_query_string().len() <= MAX_QUERY_STRING_BYTES + 1);
    }
}
