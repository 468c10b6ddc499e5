//! Invariants of the real dataset, `data/programmes.json`, beyond what validation enforces.

mod common;

use std::collections::HashSet;

use diaspora_core::Programme;

/// The listing page of the GFMD Policy and Practice Database this project started from.
const SEED_LISTING: &str = "https://gfmd.org/pfp/ppd/diaspora-empowerment-and-engagement";

/// The nine programmes of that page (`shared/seed/`), as the page titles them, and the record
/// each became (several were merged with research notes and renamed in English).
const SEED_PROGRAMMES: [(&str, &str); 9] = [
    ("Supporting diaspora productive investment programmes in Mali", "diaspora-investment-mali"),
    (
        "Supporting diaspora productive investment programmes in Senegal and Cameroun",
        "diaspora-investment-senegal-cameroon",
    ),
    ("FORIM- Forum des organisations internationales de solidarité issues des migrations", "forim"),
    ("Canadian Orientation Abroad (COA)", "canadian-orientation-abroad"),
    ("The PEI Connectors Program", "pei-connectors"),
    ("MEDMA II (Pilot Project for the Mobilization of Moroccan Residing in Belgium for the Development of Morocco)", "medma-2"),
    ("Mobilizing diaspora women for development and women empowerment", "eritrean-diaspora-womens-associations"),
    ("Migration for Development in Africa (MIDA)", "mida"),
    ("Malian Diaspora Forum", "malian-diaspora-forum"),
];

fn dataset() -> Vec<Programme> {
    common::catalogue().programmes
}

/// Lowercase words of a title, for comparing names that differ in punctuation and case.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn ids_are_unique() {
    let programmes = dataset();
    let ids: HashSet<&str> = programmes.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids.len(), programmes.len());
}

#[test]
fn every_seed_programme_is_present_and_cites_the_seed_page() {
    let programmes = dataset();
    for (seed_title, id) in SEED_PROGRAMMES {
        let record = programmes
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("seed programme {seed_title:?} ({id}) is missing"));
        assert!(
            record.sources.iter().any(|s| s.url == SEED_LISTING),
            "{id} does not cite the seed page"
        );
        // The record is recognisably the same programme: its title, original title or
        // acronym shares a distinctive word with the seed's title.
        let seed_words = words(seed_title);
        let names = [
            Some(&record.title),
            record.original_title.as_ref(),
            record.acronym.as_ref(),
        ];
        let shared = names
            .into_iter()
            .flatten()
            .flat_map(|name| words(name))
            .filter(|w| w.len() > 3 || w.chars().all(char::is_uppercase))
            .any(|w| seed_words.contains(&w));
        assert!(shared, "{id}: no title word in common with {seed_title:?}");
    }
    let citing_seed = programmes
        .iter()
        .filter(|p| p.sources.iter().any(|s| s.url == SEED_LISTING))
        .count();
    assert_eq!(citing_seed, SEED_PROGRAMMES.len());
}

#[test]
fn every_record_has_a_source_and_a_summary_in_both_languages() {
    for programme in dataset() {
        assert!(!programme.sources.is_empty(), "{}", programme.id);
        assert!(
            programme.summary_fr.is_some(),
            "{} has no French summary",
            programme.id
        );
    }
}

#[test]
fn every_country_code_is_known_and_regions_are_derived_with_the_regions_named() {
    let geography = common::geography();
    for programme in dataset() {
        for code in programme.all_countries() {
            assert!(
                geography.country(code).is_some(),
                "{}: {code}",
                programme.id
            );
        }
        for code in programme
            .origin_countries
            .regions()
            .iter()
            .chain(programme.residence_countries.regions())
        {
            assert!(programme.regions.contains(code), "{}: {code}", programme.id);
        }
        let names_a_place = programme.all_places().next().is_some();
        assert_eq!(
            !programme.regions.is_empty(),
            names_a_place,
            "{}",
            programme.id
        );
    }
}

#[test]
fn the_dataset_holds_the_seed_and_the_research_notes() {
    // 9 seed programmes + 100 research rows, 6 of which describe a seed programme, + 53 of the
    // 54 rows of the second research notes (Taiwan's council waits: TW has no UN M49 region)
    // + 82 programmes researched on 2026-12-02 (data/CHANGELOG.md).
    assert_eq!(dataset().len(), 238);
}

#[test]
fn every_organisation_is_named_by_a_record_and_shows_under_its_own_label() {
    let catalogue = common::catalogue();
    let named: HashSet<&str> = catalogue
        .programmes
        .iter()
        .flat_map(|p| p.organisations())
        .flat_map(|o| [o.id.as_str(), o.group.as_str()])
        .collect();
    for entry in catalogue.organisations.all() {
        assert!(
            named.contains(entry.id.as_str()),
            "{} is named by no record",
            entry.id
        );
    }
    // The implementer filter lists organisations by label: two alike would read as one.
    for lang in [diaspora_core::Lang::En, diaspora_core::Lang::Fr] {
        let mut seen = std::collections::HashMap::new();
        for entry in catalogue
            .organisations
            .all()
            .iter()
            .filter(|e| e.part_of.is_none())
        {
            if let Some(other) = seen.insert(entry.label(lang), &entry.id) {
                panic!(
                    "{} and {other} both show as {:?}",
                    entry.id,
                    entry.label(lang)
                );
            }
        }
    }
}
