//! Each validation rule against a bad fixture in `fixtures/invalid/`, asserting the exact
//! messages a developer would see in the build output.

mod common;

use diaspora_core::data::calendar::Date;
use diaspora_core::data::validate::validate_organisations;
use diaspora_core::Organisations;

/// The fixtures are checked as of a fixed day, so that year rules give stable messages.
fn today() -> Date {
    Date::parse_iso("2026-11-28").unwrap()
}

fn messages(fixture: &str) -> Vec<String> {
    let path = format!("{}/tests/fixtures/{fixture}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    match common::validate(fixture, &text, today()) {
        Ok(programmes) => panic!(
            "{fixture} passed validation with {} records",
            programmes.len()
        ),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

fn assert_messages(fixture: &str, expected: &[&str]) {
    let actual = messages(fixture);
    assert_eq!(actual, expected, "\nactual:\n{}\n", actual.join("\n"));
}

#[test]
fn a_valid_dataset_passes_and_gets_regions() {
    let programmes =
        common::validate("valid.json", include_str!("fixtures/valid.json"), today()).unwrap();
    assert_eq!(programmes.len(), 2);
    // Morocco: Africa, Northern Africa; Belgium: Europe, Western Europe.
    assert_eq!(programmes[0].regions, ["002", "015", "150", "155"]);
    // "Many countries" names no region.
    assert!(programmes[1].regions.is_empty());
}

#[test]
fn json_syntax_errors_give_line_and_column() {
    assert_messages(
        "invalid/syntax.json",
        &["invalid/syntax.json: line 5, column 3: invalid JSON: trailing comma"],
    );
}

#[test]
fn the_top_level_must_be_a_list() {
    assert_messages(
        "invalid/not-an-array.json",
        &["invalid/not-an-array.json: the top level must be an array of programme records"],
    );
}

#[test]
fn unknown_fields_and_typed_regions_are_refused() {
    assert_messages(
        "invalid/unknown-field.json",
        &[
            "invalid/unknown-field.json: record 0 (medma-2): regions: is derived at build time from the countries: remove it",
            "invalid/unknown-field.json: record 0 (medma-2): titel: unknown field (did you mean \"title\"?)",
        ],
    );
}

#[test]
fn missing_required_fields_are_named() {
    assert_messages(
        "invalid/missing-field.json",
        &[
            "invalid/missing-field.json: record 0 (medma-2): title: required field is missing",
            "invalid/missing-field.json: record 0 (medma-2): sources: required field is missing",
        ],
    );
}

#[test]
fn wrong_types_are_reported_field_by_field() {
    assert_messages(
        "invalid/wrong-type.json",
        &[
            "invalid/wrong-type.json: record 0 (medma-2): origin_countries: expected a list, found a string",
            // The format before organisations had ids: named by an id now.
            "invalid/wrong-type.json: record 0 (medma-2): implementers[0]: invalid type: map, expected an organisation id of data/organisations.json (a string)",
            "invalid/wrong-type.json: record 0 (medma-2): implementers[1]: invalid type: map, expected an organisation id of data/organisations.json (a string)",
            "invalid/wrong-type.json: record 0 (medma-2): start_year: invalid type: string \"2012\", expected i32",
            "invalid/wrong-type.json: record 0 (medma-2): status: unknown variant `active`, expected one of `ongoing`, `completed`, `unknown`",
        ],
    );
}

#[test]
fn ids_are_unique() {
    assert_messages(
        "invalid/duplicate-id.json",
        &[
            "invalid/duplicate-id.json: record 1 (medma-2): id: \"medma-2\" is already the id of record 0",
            "invalid/duplicate-id.json: record 3 (mida): id: \"mida\" is already the id of record 2",
        ],
    );
}

#[test]
fn part_of_names_the_head_of_a_family_in_the_same_file() {
    assert_messages(
        "invalid/part-of.json",
        &[
            "invalid/part-of.json: record 2 (grandchild): part_of: \"member\" is itself part of \"head\": name the programme at the head of the family",
            "invalid/part-of.json: record 3 (orphan): part_of: \"nowhere\" is not the id of a record of this file",
            "invalid/part-of.json: record 4 (selfish): part_of: a record cannot be part of itself",
        ],
    );
}

#[test]
fn organisations_are_ids_of_the_organisations_file() {
    assert_messages(
        "invalid/unknown-organisations.json",
        &[
            "invalid/unknown-organisations.json: record 0 (orgs): implementers[0]: \"iom-belgum\" is not the id of an organisation of data/organisations.json (did you mean \"iom-belgium\"?)",
            "invalid/unknown-organisations.json: record 0 (orgs): implementers[2]: \"iom-belgium\" is listed twice",
            "invalid/unknown-organisations.json: record 0 (orgs): funders[0]: \"Belgian Development Cooperation\" is not the id of an organisation of data/organisations.json",
        ],
    );
}

#[test]
fn the_organisations_file_is_checked_entry_by_entry() {
    let organisations = Organisations::from_json(
        r#"{"organisations": [
            {"id": "iom", "name": "International Organization for Migration", "type": "international-organisation", "website": "javascript:alert(1)"},
            {"id": "IOM Belgium", "name": "IOM Belgium", "type": "international-organisation", "part_of": "iom"},
            {"id": "iom", "name": "  ", "type": "gov"},
            {"id": "unit", "name": "A unit", "type": "ngo", "part_of": "nowhere"},
            {"id": "sub-unit", "name": "A sub\u2067unit", "type": "ngo", "part_of": "IOM Belgium"},
            {"id": "selfish", "name": "Itself", "type": "ngo", "part_of": "selfish"}
        ]}"#,
    )
    .unwrap();
    let messages: Vec<String> =
        validate_organisations("orgs.json", &organisations, &common::vocabularies())
            .iter()
            .map(ToString::to_string)
            .collect();
    assert_eq!(
        messages,
        [
            "orgs.json: organisations[0] (iom).website: \"javascript:alert(1)\": the scheme \"javascript\" is not allowed (use https, or http where no https page exists)",
            "orgs.json: organisations[1] (IOM Belgium).id: \"IOM Belgium\" is not a slug (lowercase letters and digits joined by single hyphens)",
            "orgs.json: organisations[2] (iom).id: \"iom\" is already the id of organisations[0]",
            "orgs.json: organisations[2] (iom).name: must not be empty",
            "orgs.json: organisations[2] (iom).type: \"gov\" is not an organisation type (one of: government, international-organisation, development-agency, diaspora-organisation, ngo, private-sector, academic)",
            "orgs.json: organisations[3] (unit).part_of: \"nowhere\" is not the id of an organisation of this file",
            "orgs.json: organisations[4] (sub-unit).name: contains an invisible direction control (U+202A–U+202E, U+2066–U+2069)",
            "orgs.json: organisations[4] (sub-unit).part_of: \"IOM Belgium\" is itself part of \"iom\": name the organisation at the head",
            "orgs.json: organisations[5] (selfish).part_of: an organisation cannot be part of itself",
        ],
        "\n{}",
        messages.join("\n")
    );
}

#[test]
fn taking_part_says_something_safe_and_open_means_ongoing() {
    assert_messages(
        "invalid/taking-part.json",
        &[
            "invalid/taking-part.json: record 0 (empty): taking_part: names none of who, how or url: leave it out when no source says how to take part",
            "invalid/taking-part.json: record 1 (french-alone): taking_part.how: must not be empty (leave an optional field out or null instead)",
            "invalid/taking-part.json: record 1 (french-alone): taking_part.who_fr: a French text needs the English one it translates",
            "invalid/taking-part.json: record 1 (french-alone): taking_part.url: \"javascript:alert(1)\": the scheme \"javascript\" is not allowed (use https, or http where no https page exists)",
            "invalid/taking-part.json: record 2 (closed-but-open): taking_part.open_to_applications: true, but the status is \"completed\": a programme taking applications is ongoing",
        ],
    );
}

#[test]
fn evidence_years_and_reading_days_are_not_after_the_check() {
    assert_messages(
        "invalid/evidence.json",
        &[
            "invalid/evidence.json: record 0 (future): evidence_year: 2027 is after the last reading of the record's sources (2026)",
            "invalid/evidence.json: record 1 (ancient): evidence_year: 1949 is before 1950",
            "invalid/evidence.json: record 2 (read-later): sources[0].accessed: \"2026-11-29\" is in the future",
        ],
    );
}

#[test]
fn every_source_says_when_its_page_was_read() {
    // The last record, read by a day of the first release, is valid: no message names it.
    assert_messages(
        "invalid/reading-days.json",
        &[
            "invalid/reading-days.json: record 0 (unread): sources[0].accessed: missing: the day the page was read (YYYY-MM-DD; for an archived copy, the capture date), or `accessed_before` for a page read before reading days were written down",
            "invalid/reading-days.json: record 1 (read-twice): sources[0]: has both `accessed` and `accessed_before`: keep `accessed`, the day it was read",
            "invalid/reading-days.json: record 2 (read-before-later): sources[0].accessed_before: \"2026-12-01\" is in the future",
        ],
    );
}

#[test]
fn ids_are_slugs() {
    assert_messages(
        "invalid/bad-id.json",
        &["invalid/bad-id.json: record 0 (MEDMA 2): id: \"MEDMA 2\" is not a slug (lowercase letters and digits joined by single hyphens)"],
    );
}

#[test]
fn unknown_country_and_vocabulary_codes_are_refused() {
    assert_messages(
        "invalid/unknown-codes.json",
        &[
            "invalid/unknown-codes.json: record 0 (medma-2): origin_countries[0]: \"MAR\" is not an ISO 3166-1 alpha-2 code",
            "invalid/unknown-codes.json: record 0 (medma-2): origin_countries[1]: \"ma\" is not an ISO 3166-1 alpha-2 code (codes are upper-case: \"MA\")",
            "invalid/unknown-codes.json: record 0 (medma-2): origin_countries[3]: \"999\" is not a UN M49 region code of data/countries.json",
            "invalid/unknown-codes.json: record 0 (medma-2): origin_countries[5]: \"002\" is listed twice",
            "invalid/unknown-codes.json: record 0 (medma-2): residence_countries[1]: \"BE\" is listed twice",
            "invalid/unknown-codes.json: record 0 (medma-2): themes[0]: \"diaspora\" is not a theme code (see data/vocabularies.json)",
            "invalid/unknown-codes.json: record 0 (medma-2): support_types[0]: \"money\" is not a support type code (see data/vocabularies.json)",
            "invalid/unknown-codes.json: record 0 (medma-2): target_groups[0]: \"everyone\" is not a target group code (see data/vocabularies.json)",
            "invalid/unknown-codes.json: record 0 (medma-2): funders[0]: \"european-onion\" is not the id of an organisation of data/organisations.json",
        ],
    );
}

#[test]
fn years_are_ordered_and_in_range() {
    assert_messages(
        "invalid/years.json",
        &[
            "invalid/years.json: record 0 (medma-2): start_year: 2016 is after end_year 2011",
            "invalid/years.json: record 1 (early): start_year: 1949 is outside 1950..=2027",
            "invalid/years.json: record 2 (late): start_year: 2028 is outside 1950..=2027",
            "invalid/years.json: record 2 (late): end_year: 2101 is outside 1950..=2100",
        ],
    );
}

#[test]
fn urls_must_be_http_or_https() {
    assert_messages(
        "invalid/urls.json",
        &[
            "invalid/urls.json: record 0 (medma-2): official_url: \"javascript:alert(1)\": the scheme \"javascript\" is not allowed (use https, or http where no https page exists)",
            "invalid/urls.json: record 0 (medma-2): sources[0].url: \"data:text/html,<script>alert(1)</script>\": the scheme \"data\" is not allowed (use https, or http where no https page exists)",
            "invalid/urls.json: record 0 (medma-2): sources[1].url: \"ftp://example.org/a\": the scheme \"ftp\" is not allowed (use https, or http where no https page exists)",
            "invalid/urls.json: record 0 (medma-2): sources[2].url: \"www.iom.int\" is not an absolute URL",
            "invalid/urls.json: record 0 (medma-2): sources[3].supports: must say which facts this page supports",
        ],
    );
}

#[test]
fn direction_controls_are_refused_in_text_and_urls() {
    assert_messages(
        "invalid/direction-controls.json",
        &[
            "invalid/direction-controls.json: record 0 (medma-2): title: contains the invisible direction control U+202E, which can make text read differently from what it is; right-to-left text needs none",
            "invalid/direction-controls.json: record 0 (medma-2): sources[0].url: \"https://gfmd.org/pfp/\\u{202e}gnp.exe\" contains the character '\\u{202e}'",
        ],
    );
}

#[test]
fn titles_and_summaries_are_not_empty() {
    assert_messages(
        "invalid/empty-text.json",
        &[
            "invalid/empty-text.json: record 0 (medma-2): title: must not be empty (leave an optional field out or null instead)",
            "invalid/empty-text.json: record 0 (medma-2): summary: must not be empty (leave an optional field out or null instead)",
            "invalid/empty-text.json: record 0 (medma-2): acronym: must not be empty (leave an optional field out or null instead)",
        ],
    );
}

#[test]
fn status_agrees_with_end_year() {
    assert_messages(
        "invalid/status.json",
        &[
            "invalid/status.json: record 0 (medma-2): status: \"ongoing\" contradicts end_year 2013, before the year of last_verified (2026)",
            "invalid/status.json: record 1 (future): status: \"completed\" contradicts end_year 2030, after the year of last_verified (2026)",
        ],
    );
}

#[test]
fn every_record_has_a_source() {
    assert_messages(
        "invalid/no-sources.json",
        &["invalid/no-sources.json: record 0 (medma-2): sources: at least one source is required: the page the facts were taken from"],
    );
}

#[test]
fn last_verified_is_a_real_past_date() {
    assert_messages(
        "invalid/last-verified.json",
        &[
            "invalid/last-verified.json: record 0 (medma-2): last_verified: \"2026-02-30\" is not a date written YYYY-MM-DD",
            "invalid/last-verified.json: record 1 (future): last_verified: \"2027-01-01\" is in the future",
        ],
    );
}

#[test]
fn problems_in_several_records_are_all_reported() {
    assert_messages(
        "invalid/several-records.json",
        &[
            "invalid/several-records.json: record 0 (medma-2): origin_countries[0]: \"MAR\" is not an ISO 3166-1 alpha-2 code",
            "invalid/several-records.json: record 2 (paisd): summary: must not be empty (leave an optional field out or null instead)",
            "invalid/several-records.json: record 2 (paisd): themes[0]: \"money\" is not a theme code (see data/vocabularies.json)",
        ],
    );
}
