//! The hostile-data fixture (`tests/fixtures/hostile/programmes.json`, see its README) through
//! the build's own path, `Catalogue::load` with the bundled reference data: it is valid, so it
//! builds, and its text reaches the embedded catalogue unchanged (the browser test
//! `tests/browser/hostile.test.mjs` then checks it renders inert). What the validator refuses,
//! a `javascript:` URL or a direction control, fails the same load naming record and field.

use diaspora_core::data::calendar::Date;
use diaspora_core::data::catalogue::Sources;
use diaspora_core::request::{Filters, SearchRequest, Sort};
use diaspora_core::search::SearchEngine;
use diaspora_core::{Catalogue, Lang};

const HOSTILE: &str = include_str!("../../tests/fixtures/hostile/programmes.json");
const HOSTILE_NAME: &str = "tests/fixtures/hostile/programmes.json";

/// The fixture's records were verified on this day; later days give the same result.
fn today() -> Date {
    Date::parse_iso("2026-11-28").unwrap()
}

/// Loads `text` as build.rs does, under the file name `name`; problems as build.rs prints them.
fn load(name: &str, text: &str) -> Result<Catalogue, Vec<String>> {
    Catalogue::load(&Sources {
        dataset: (name, text),
        countries: (
            "data/countries.json",
            include_str!("../../data/countries.json"),
        ),
        vocabularies: (
            "data/vocabularies.json",
            include_str!("../../data/vocabularies.json"),
        ),
        // The fixture's own organisations, beside it (as build.rs finds them).
        organisations: (
            "tests/fixtures/hostile/organisations.json",
            include_str!("../../tests/fixtures/hostile/organisations.json"),
        ),
        concepts: (
            "data/concepts.json",
            include_str!("../../data/concepts.json"),
        ),
        demonyms: (
            "data/demonyms.json",
            include_str!("../../data/demonyms.json"),
        ),
        today: today(),
    })
    .map_err(|problems| problems.iter().map(ToString::to_string).collect())
}

fn hostile() -> Catalogue {
    load(HOSTILE_NAME, HOSTILE).unwrap_or_else(|problems| {
        panic!("the hostile fixture is invalid:\n{}", problems.join("\n"))
    })
}

#[test]
fn the_fixture_keeps_what_it_is_for() {
    // So that an edit cannot quietly make the fixture harmless: every kind of hostile text the
    // browser test relies on is still there.
    for needle in [
        "<script>",
        "onerror=",
        "<svg onload=",
        "\"><",
        "javascript:",
        "${",
        "{{",
        "\u{200B}",
        "\u{FEFF}",
    ] {
        assert!(HOSTILE.contains(needle), "the fixture lost {needle:?}");
    }
    let catalogue = hostile();
    let texts = || {
        catalogue.programmes.iter().flat_map(|p| {
            [Some(&p.title), Some(&p.summary), p.summary_fr.as_ref()]
                .into_iter()
                .flatten()
        })
    };
    assert!(
        texts().any(|text| text.chars().count() >= 10_000),
        "no 10,000-character field"
    );
    assert!(
        texts().any(|text| text
            .split_whitespace()
            .any(|word| word.chars().count() >= 300)),
        "no long unbroken word"
    );
    // The browser tests find it first in id order.
    let first = catalogue.programmes.iter().map(|p| &p.id).min().unwrap();
    assert_eq!(first, "aaa-script");
}

#[test]
fn the_hostile_fixture_builds_and_its_text_is_embedded_unchanged() {
    let catalogue = hostile();
    let records: Vec<serde_json::Value> = serde_json::from_str(HOSTILE).unwrap();
    assert_eq!(catalogue.programmes.len(), records.len());

    // What build.rs writes and the app reads back.
    let embedded = Catalogue::from_json(&catalogue.to_json()).unwrap();
    for (programme, record) in embedded.programmes.iter().zip(&records) {
        assert_eq!(programme.id, record["id"].as_str().unwrap());
        assert_eq!(programme.title, record["title"].as_str().unwrap());
        assert_eq!(programme.summary, record["summary"].as_str().unwrap());
        assert_eq!(
            programme.summary_fr.as_deref(),
            record["summary_fr"].as_str()
        );
        // Organisations by id, their (hostile) names from the fixture's organisations file.
        let id = record["implementers"][0].as_str().unwrap();
        assert_eq!(programme.implementers[0].id, id);
        assert_eq!(
            programme.implementers[0].name,
            catalogue.organisations.get(id).unwrap().name
        );
    }
}

#[test]
fn hostile_text_is_searchable_as_words() {
    let catalogue = hostile();
    let engine = SearchEngine::new(&catalogue);
    let ids = |query: &str| {
        let response = engine.search(
            &catalogue,
            &SearchRequest {
                query: query.into(),
                filters: Filters::default(),
                sort: Sort::Relevance,
                page: 0,
                page_size: 50,
                lang: Lang::En,
            },
        );
        let mut ids: Vec<_> = response
            .hits
            .iter()
            .map(|hit| catalogue.programmes[hit.doc].id.as_str())
            .collect();
        ids.sort_unstable();
        ids
    };
    assert!(ids("script").contains(&"aaa-script"));
    assert!(ids("pwned").len() >= 3, "{:?}", ids("pwned"));
}

#[test]
fn a_javascript_url_fails_the_load_naming_record_and_field() {
    let text = HOSTILE.replacen(
        "\"official_url\": \"https://example.org/?q=",
        "\"official_url\": \"javascript:alert(1)//",
        1,
    );
    assert_ne!(text, HOSTILE, "the fixture's first official_url moved");
    let problems = load(HOSTILE_NAME, &text).err().expect("the load must fail");
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].starts_with(&format!(
            "{HOSTILE_NAME}: record 0 (aaa-script): official_url: \"javascript:alert(1)//"
        )),
        "{}",
        problems[0]
    );
    assert!(problems[0].ends_with(
        "the scheme \"javascript\" is not allowed (use https, or http where no https page exists)"
    ));
}

#[test]
fn a_direction_override_fails_the_load_naming_record_and_field() {
    // U+202E shows the text after it reversed; U+2066 starts an isolate. Valid data needs
    // neither, so the hostile fixture cannot hold them: adding one fails the build.
    for control in ['\u{202E}', '\u{2066}'] {
        let text = HOSTILE.replacen(
            "Script in a title",
            &format!("Script in a {control}title"),
            1,
        );
        let problems = load(HOSTILE_NAME, &text).err().expect("the load must fail");
        assert_eq!(
            problems,
            [format!(
                "{HOSTILE_NAME}: record 0 (aaa-script): title: contains the invisible direction \
                 control U+{:04X}, which can make text read differently from what it is; \
                 right-to-left text needs none",
                u32::from(control)
            )]
        );
    }
}
