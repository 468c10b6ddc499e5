//! What an embed reads: partner options with the explorer's state (locked filters), and a
//! partner's own dataset checked by the build's rules against the bundled reference data.

mod common;

use diaspora_core::data::calendar::today_utc;
use diaspora_core::explorer::embed::PageOptions;
use diaspora_core::request::FacetKind;

#[test]
fn lock_fixes_the_partners_filters_and_nothing_else() {
    let (catalogue, _) = common::engine();
    let options = PageOptions::from_query_string(
        "?embed=1&lock=1&origin=ML&theme=investment&q=bonds",
        catalogue,
    );
    assert!(options.embed.embed && options.embed.locked);
    assert!(options.warnings.is_empty(), "{:?}", options.warnings);
    assert!(options.locked.holds(FacetKind::Origin, "ML"));
    assert!(options.locked.holds(FacetKind::Theme, "investment"));
    assert!(!options.locked.holds(FacetKind::Origin, "SN"));
    // The words are a starting point, not a lock.
    let cleared = options
        .locked
        .apply(options.state.with_query("").without_filters());
    assert_eq!(cleared.query, "");
    assert_eq!(cleared.filters, options.state.filters);

    let unlocked = PageOptions::from_query_string("?embed=1&origin=ML", catalogue);
    assert!(unlocked.locked.is_empty());
}

#[test]
fn embed_keys_are_not_state_and_unknown_keys_warn() {
    let (catalogue, _) = common::engine();
    let options = PageOptions::from_query_string(
        "?origin=ML&accent=%23a3324a&parent=https://partner.example&colour=red",
        catalogue,
    );
    assert_eq!(options.state.filters.values(FacetKind::Origin), ["ML"]);
    assert_eq!(options.state.to_query_string(), "?origin=ML");
    assert_eq!(options.embed.theme.accent.as_deref(), Some("#a3324a"));
    assert_eq!(options.warnings.len(), 1);
    assert!(options.warnings[0].to_string().contains("colour"));
}

#[test]
fn a_partner_dataset_is_checked_like_the_bundled_one() {
    let (catalogue, _) = common::engine();
    let all: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../../data/programmes.json")).unwrap();
    let partner = serde_json::to_string(&all[..3]).unwrap();
    let own = catalogue
        .with_dataset("partner.json", &partner, today_utc())
        .unwrap_or_else(|problems| panic!("{problems:?}"));
    assert_eq!(own.programmes.len(), 3);
    // Reference data comes from the bundle, so countries and labels still resolve.
    assert_eq!(
        own.geography.country("ML").map(|c| c.en.as_str()),
        Some("Mali")
    );

    let mut broken = all[..3].to_vec();
    broken[1]["official_url"] = "javascript:alert(1)".into();
    let id = broken[1]["id"].as_str().unwrap().to_owned();
    let problems = catalogue
        .with_dataset(
            "partner.json",
            &serde_json::to_string(&broken).unwrap(),
            today_utc(),
        )
        .err()
        .expect("a javascript: URL is refused");
    assert_eq!(problems.len(), 1, "{problems:?}");
    let line = problems[0].to_string();
    assert!(line.starts_with("partner.json"), "{line}");
    assert!(
        line.contains(&id) && line.contains("official_url"),
        "{line}"
    );

    let problems = catalogue
        .with_dataset("partner.json", "{not json", today_utc())
        .err()
        .expect("broken JSON is refused");
    assert!(
        problems[0]
            .to_string()
            .starts_with("partner.json: line 1, column 2: invalid JSON"),
        "{}",
        problems[0]
    );
}
