//! Exports: the CSV read back by an independent RFC 4180 reader, and the JSON validated and
//! imported again as a dataset.

mod common;

use diaspora_core::data::calendar::today_utc;
use diaspora_core::present::export::{to_csv, to_json, CSV_COLUMNS};
use diaspora_core::{Lang, Organisation, Programme};

/// Reads RFC 4180 text strictly: records end with CRLF, a quote may only open a field or be
/// doubled inside a quoted one, and a bare CR or LF outside quotes is an error.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut field_started = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    quoted = false;
                    assert!(
                        matches!(chars.peek(), None | Some(',') | Some('\r')),
                        "text after a closing quote"
                    );
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                assert!(!field_started, "a quote inside an unquoted field");
                quoted = true;
                field_started = true;
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                field_started = false;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                field_started = false;
            }
            '\n' => panic!("a bare LF ends a line"),
            _ => {
                field.push(c);
                field_started = true;
            }
        }
    }
    assert!(!quoted, "an unclosed quote");
    assert!(
        record.is_empty() && field.is_empty(),
        "the last record has no CRLF"
    );
    records
}

/// Strips the byte order mark, which must be there.
fn body(csv: &str) -> &str {
    csv.strip_prefix('\u{FEFF}')
        .expect("the CSV starts with a BOM")
}

fn programme(record: serde_json::Value) -> Programme {
    let mut base = serde_json::json!({
        "id": "tricky", "title": "Tricky", "summary": "A summary.",
        "origin_countries": ["ML", "*"], "residence_countries": ["FR", "ZZ"],
        "implementers": ["iom"],
        "themes": ["remittances", "investment"], "support_types": ["financial"],
        "target_groups": ["youth"], "start_year": 2001, "status": "ongoing",
        "sources": [{"url": "https://a.example/1", "supports": "x"},
                    {"url": "https://b.example/2", "supports": "y"}],
        "last_verified": "2026-01-31"
    });
    for (key, value) in record.as_object().unwrap() {
        base[key] = value.clone();
    }
    let mut programme: Programme = serde_json::from_value(base).unwrap();
    assert!(programme
        .resolve_organisations(&common::organisations())
        .is_empty());
    programme
}

/// An organisation of this name, as the organisations file would give it (for names no real
/// organisation has: commas, leading tabs).
fn named(name: &str) -> Organisation {
    Organisation {
        id: "named".into(),
        name: name.into(),
        kind: "ngo".into(),
        group: "named".into(),
    }
}

fn column(name: &str) -> usize {
    CSV_COLUMNS.iter().position(|c| *c == name).unwrap()
}

#[test]
fn csv_has_a_bom_a_header_and_crlf_records() {
    let (catalogue, _) = common::engine();
    let all: Vec<&Programme> = catalogue.programmes.iter().collect();
    let csv = to_csv(&all, catalogue, Lang::En);
    let records = read_csv(body(&csv));
    assert_eq!(records[0], CSV_COLUMNS);
    assert_eq!(records.len(), all.len() + 1);
    for (record, programme) in records[1..].iter().zip(&all) {
        assert_eq!(record.len(), CSV_COLUMNS.len(), "{}", programme.id);
        assert_eq!(record[column("id")], programme.id);
        assert_eq!(record[column("title")], programme.title);
        assert_eq!(record[column("summary")], programme.summary);
        assert_eq!(
            record[column("start_year")],
            programme
                .start_year
                .map_or(String::new(), |y| y.to_string())
        );
        assert_eq!(
            record[column("last_verified")],
            programme.last_verified.to_string()
        );
    }
    // No programme at all: the header alone.
    assert_eq!(
        read_csv(body(&to_csv(&[], catalogue, Lang::Fr))),
        [CSV_COLUMNS]
    );
}

#[test]
fn quotes_commas_and_line_breaks_survive() {
    let (catalogue, _) = common::engine();
    let summary = "He said \"yes, twice\",\r\nthen left.\nA \"\" pair; a comma, too.\r";
    let mut tricky = programme(serde_json::json!({
        "summary": summary,
        "original_title": "Ça, c'est \"ça\"",
    }));
    tricky.partners = vec![named("Ministry of Labour, Migration and Employment")];
    let csv = to_csv(&[&tricky], catalogue, Lang::En);
    let records = read_csv(body(&csv));
    let row = &records[1];
    assert_eq!(row[column("summary")], summary);
    assert_eq!(row[column("original_title")], "Ça, c'est \"ça\"");
    assert_eq!(
        row[column("partners")],
        "Ministry of Labour, Migration and Employment"
    );
    // Fields without special characters are not quoted.
    assert!(csv.contains("\r\ntricky,Tricky,,\"Ça, c'est \"\"ça\"\"\","));
}

#[test]
fn cells_that_a_spreadsheet_would_run_as_formulas_are_made_text() {
    let (catalogue, _) = common::engine();
    let mut tricky = programme(serde_json::json!({
        "title": "=HYPERLINK(\"https://evil.example\",\"details\")",
        "acronym": "+1",
        "original_title": "-2+3",
        "summary": "@SUM(A1:A9)",
        "official_url": "https://example.org/?a=b",
    }));
    tricky.implementers = vec![named("\tTabbed")];
    tricky.funders = vec![named("\rReturned")];
    let records = read_csv(body(&to_csv(&[&tricky], catalogue, Lang::En)));
    let row = &records[1];
    assert_eq!(
        row[column("title")],
        "'=HYPERLINK(\"https://evil.example\",\"details\")"
    );
    assert_eq!(row[column("acronym")], "'+1");
    assert_eq!(row[column("original_title")], "'-2+3");
    assert_eq!(row[column("summary")], "'@SUM(A1:A9)");
    assert_eq!(row[column("implementers")], "'\tTabbed");
    assert_eq!(row[column("funders")], "'\rReturned");
    // Only the first character counts.
    assert_eq!(row[column("official_url")], "https://example.org/?a=b");
}

#[test]
fn names_and_labels_are_in_the_language_asked_for() {
    let (catalogue, _) = common::engine();
    let english_only = programme(serde_json::json!({}));
    let translated = programme(serde_json::json!({
        "id": "translated", "summary_fr": "Un résumé.", "status": "completed", "end_year": 2010
    }));
    let csv = to_csv(&[&english_only, &translated], catalogue, Lang::Fr);
    let records = read_csv(body(&csv));
    let (first, second) = (&records[1], &records[2]);
    assert_eq!(
        first[column("summary")],
        "A summary.",
        "English when untranslated"
    );
    assert_eq!(second[column("summary")], "Un résumé.");
    assert_eq!(first[column("origin_countries")], "Mali; De nombreux pays");
    assert_eq!(
        first[column("residence_countries")],
        "France; ZZ",
        "unknown codes as they are"
    );
    assert_eq!(
        first[column("regions")],
        "Afrique; Afrique occidentale; Europe; Europe de l’Ouest; Afrique subsaharienne"
    );
    assert_eq!(
        first[column("themes")],
        "Transferts de fonds; Investissement"
    );
    assert_eq!(first[column("support_types")], "Soutien financier");
    assert_eq!(first[column("target_groups")], "Jeunes");
    // Organisations by their official name, whatever the language.
    assert_eq!(
        first[column("implementers")],
        "International Organization for Migration"
    );
    assert_eq!(first[column("funders")], "");
    assert_eq!(
        first[column("sources")],
        "https://a.example/1 https://b.example/2"
    );
    assert_eq!(second[column("status")], "Terminé");
    assert_eq!(
        (
            first[column("start_year")].as_str(),
            second[column("end_year")].as_str()
        ),
        ("2001", "2010")
    );
    let english = read_csv(body(&to_csv(&[&english_only], catalogue, Lang::En)));
    assert_eq!(
        english[1][column("origin_countries")],
        "Mali; Many countries"
    );
    assert_eq!(english[1][column("status")], "Ongoing");
}

#[test]
fn json_is_the_dataset_format_and_imports_again() {
    let (catalogue, _) = common::engine();
    let all: Vec<&Programme> = catalogue.programmes.iter().collect();
    let json = to_json(&all, catalogue);
    assert!(!json.contains("\"regions\""));
    // Read back as records: the inputs without their derived regions (organisations by id,
    // their names filled in from the organisations file).
    let mut records: Vec<Programme> = serde_json::from_str(&json).unwrap();
    for record in &mut records {
        record.resolve_organisations(&catalogue.organisations);
    }
    let expected: Vec<Programme> = all
        .iter()
        .map(|p| Programme {
            regions: Vec::new(),
            ..(*p).clone()
        })
        .collect();
    assert_eq!(records, expected);
    // And as a dataset: it passes validation and gives the same programmes, regions included.
    let imported = common::validate("export.json", &json, today_utc())
        .unwrap_or_else(|problems| panic!("{problems:?}"));
    assert_eq!(imported, catalogue.programmes);
    // A selection too.
    let some: Vec<&Programme> = catalogue.programmes.iter().step_by(7).collect();
    let records: Vec<Programme> = serde_json::from_str(&to_json(&some, catalogue)).unwrap();
    assert_eq!(
        records.iter().map(|p| &p.id).collect::<Vec<_>>(),
        some.iter().map(|p| &p.id).collect::<Vec<_>>()
    );
    assert_eq!(to_json(&[], catalogue), "[]\n");
}
