//! `data/programmes.schema.json` is published for editors and other tools; these tests keep it in
//! step with the rules the build enforces (the field table and the vocabularies).

use diaspora_core::data::validate::FIELDS;
use diaspora_core::{Geography, Vocabularies};
use serde_json::Value;

fn schema() -> Value {
    serde_json::from_str(include_str!("../../data/programmes.schema.json")).unwrap()
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn schema_fields_match_the_validator() {
    let schema = schema();
    let record = &schema["items"];
    let properties: Vec<&String> = record["properties"].as_object().unwrap().keys().collect();
    let fields: Vec<&str> = FIELDS.iter().map(|f| f.name).collect();
    let mut sorted_fields = fields.clone();
    sorted_fields.sort_unstable();
    assert_eq!(properties, sorted_fields);
    let required = strings(&record["required"]);
    let expected: Vec<&str> = FIELDS
        .iter()
        .filter(|f| f.required)
        .map(|f| f.name)
        .collect();
    assert_eq!(required, expected);
    assert_eq!(record["additionalProperties"], Value::Bool(false));
}

/// What the schema's id pattern accepts, as the validator's slug rule does.
fn regex_free_slug(id: &str) -> bool {
    diaspora_core::data::validate::is_slug(id)
}

#[test]
fn schema_enums_match_the_vocabularies_and_countries() {
    let schema = schema();
    let properties = &schema["items"]["properties"];
    let vocabularies =
        Vocabularies::from_json(include_str!("../../data/vocabularies.json")).unwrap();
    let codes = |v: &diaspora_core::data::vocabulary::Vocabulary| {
        v.codes().map(str::to_owned).collect::<Vec<_>>()
    };
    assert_eq!(
        strings(&properties["themes"]["items"]["enum"]),
        codes(&vocabularies.themes)
    );
    assert_eq!(
        strings(&properties["support_types"]["items"]["enum"]),
        codes(&vocabularies.support_types)
    );
    assert_eq!(
        strings(&properties["target_groups"]["items"]["enum"]),
        codes(&vocabularies.target_groups)
    );
    assert_eq!(
        strings(&properties["status"]["enum"]),
        codes(&vocabularies.statuses)
    );
    // Organisations are ids of data/organisations.json, whose entries carry the type.
    let organisations =
        diaspora_core::Organisations::from_json(include_str!("../../data/organisations.json"))
            .unwrap();
    let slug = regex_free_slug;
    for role in ["implementers", "funders", "partners"] {
        assert_eq!(
            properties[role]["items"]["pattern"], "^[a-z0-9]+(-[a-z0-9]+)*$",
            "{role}"
        );
    }
    for entry in organisations.all() {
        assert!(
            slug(&entry.id),
            "{}: the schema's pattern would refuse it",
            entry.id
        );
        assert!(
            vocabularies.organisation_types.contains(&entry.kind),
            "{}",
            entry.id
        );
    }
    let geography = Geography::from_json(include_str!("../../data/countries.json")).unwrap();
    let mut countries = vec!["*".to_owned()];
    countries.extend(geography.countries().iter().map(|c| c.code.clone()));
    countries.extend(geography.regions().iter().map(|r| r.code.clone()));
    for field in ["origin_countries", "residence_countries"] {
        assert_eq!(
            strings(&properties[field]["items"]["enum"]),
            countries,
            "{field}"
        );
    }
}
