//! Which values a facet's list shows, in what order and under which headings, against the real
//! catalogue's labels and countries, with small hand-made counts.

mod common;

use std::sync::{Arc, OnceLock};

use diaspora_core::present::facet_list::{
    facet_list, Extent, FacetList, FacetRow, FoldedNames, ListOptions, MoreButton, RowKey,
    COLLAPSED, EXPANDED,
};
use diaspora_core::present::i18n::Messages;
use diaspora_core::request::{FacetKind, Filters};
use diaspora_core::search::facets::FacetCounts;
use diaspora_core::text::fold;
use diaspora_core::{Catalogue, Lang};

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(common::catalogue)
}

/// Counts ordered as the engine orders them: by decreasing count, then by value.
fn counts(kind: FacetKind, entries: &[(&str, usize)]) -> FacetCounts {
    let mut counts: Vec<(Arc<str>, usize)> = entries
        .iter()
        .map(|&(value, count)| (Arc::from(value), count))
        .collect();
    counts.sort_by(|(a, count_a), (b, count_b)| count_b.cmp(count_a).then_with(|| a.cmp(b)));
    FacetCounts { kind, counts }
}

fn selection(kind: FacetKind, values: &[&str]) -> Filters {
    let mut filters = Filters::default();
    for value in values {
        filters.insert(kind, *value);
    }
    filters
}

fn options(lang: Lang, typed: &str, expanded: bool) -> ListOptions<'_> {
    ListOptions {
        lang,
        typed,
        extent: if expanded {
            Extent::Expanded
        } else {
            Extent::Collapsed
        },
    }
}

fn list(counts: &FacetCounts, filters: &Filters, options: ListOptions) -> FacetList {
    facet_list(
        catalogue(),
        counts,
        filters,
        options,
        &mut FoldedNames::default(),
    )
}

/// The values shown, in order, without headings.
fn values(list: &FacetList) -> Vec<&str> {
    list.values().map(|row| &*row.value).collect()
}

/// Every line: `"# Name"` for a heading, the value otherwise.
fn lines(list: &FacetList) -> Vec<String> {
    list.rows
        .iter()
        .map(|row| match row {
            FacetRow::Region { name, .. } => format!("# {name}"),
            FacetRow::Value(row) => row.value.to_string(),
        })
        .collect()
}

/// `n` implementers named "Org 001", "Org 002"…, each with one programme.
fn implementers(n: usize) -> FacetCounts {
    let names: Vec<String> = (1..=n).map(|i| format!("Org {i:03}")).collect();
    let entries: Vec<(&str, usize)> = names.iter().map(|name| (name.as_str(), 1)).collect();
    counts(FacetKind::Implementer, &entries)
}

#[test]
fn the_most_frequent_come_first_and_a_tie_at_the_edge_is_settled_by_name() {
    // Implementers read as they are named; the engine orders ties by bytes ("Bravo" before
    // "alpha"), the list by folded name ("alpha" first).
    let counts = counts(
        FacetKind::Implementer,
        &[
            ("A1", 20),
            ("A2", 19),
            ("A3", 18),
            ("A4", 17),
            ("A5", 16),
            ("A6", 15),
            ("A7", 14),
            ("delta", 5),
            ("Bravo", 5),
            ("Charlie", 5),
            ("alpha", 5),
            ("Zulu", 2),
        ],
    );
    assert_eq!(&*counts.counts[7].0, "Bravo", "the engine's order by value");
    let collapsed = list(&counts, &Filters::default(), options(Lang::En, "", false));
    // Exactly COLLAPSED values: of the four tying at 5, the first by name.
    assert_eq!(
        values(&collapsed),
        ["A1", "A2", "A3", "A4", "A5", "A6", "A7", "alpha"]
    );
    let expanded = list(&counts, &Filters::default(), options(Lang::En, "", true));
    assert_eq!(
        values(&expanded),
        ["A1", "A2", "A3", "A4", "A5", "A6", "A7", "alpha", "Bravo", "Charlie", "delta", "Zulu"]
    );
    let counts_shown: Vec<usize> = expanded.values().map(|row| row.count).collect();
    assert_eq!(counts_shown, [20, 19, 18, 17, 16, 15, 14, 5, 5, 5, 5, 2]);
    assert!(expanded.values().all(|row| !row.selected));
}

#[test]
fn ties_are_ordered_by_the_folded_name_in_the_interface_language() {
    let counts = counts(
        FacetKind::Origin,
        &[
            ("DE", 2),
            ("EG", 2),
            ("FR", 2),
            ("US", 2),
            ("ZM", 2),
            ("SN", 3),
        ],
    );
    let none = Filters::default();
    // One cache for every call, as the interface keeps it: a language switch must not reuse
    // the other language's names.
    let mut names = FoldedNames::default();
    let mut shown = |lang| {
        let list = facet_list(
            catalogue(),
            &counts,
            &none,
            options(lang, "", false),
            &mut names,
        );
        let labels: Vec<String> = list.values().map(|row| row.label.clone()).collect();
        (values(&list).join(" "), labels)
    };
    let (en, en_labels) = shown(Lang::En);
    assert_eq!(en, "SN EG FR DE US ZM");
    assert_eq!(
        en_labels,
        [
            "Senegal",
            "Egypt",
            "France",
            "Germany",
            "United States",
            "Zambia"
        ]
    );
    // "Égypte" and "États-Unis" sort as "egypte" and "etats-unis", not after "Zambie".
    let (fr, fr_labels) = shown(Lang::Fr);
    assert_eq!(fr, "SN DE EG US FR ZM");
    assert_eq!(
        fr_labels,
        [
            "Sénégal",
            "Allemagne",
            "Égypte",
            "États-Unis",
            "France",
            "Zambie"
        ]
    );
    assert_eq!(shown(Lang::En).0, en);
    assert_eq!(names.len(), 12, "one folded name per value and language");
}

#[test]
fn selected_values_stay_in_view_even_at_zero_or_past_the_limit() {
    let counts = counts(
        FacetKind::Theme,
        &[
            ("investment", 30),
            ("entrepreneurship", 29),
            ("remittances", 28),
            ("financial-inclusion", 27),
            ("skills-transfer", 26),
            ("return-reintegration", 25),
            ("philanthropy", 24),
            ("women", 23),
            ("health", 22),
            ("youth", 21),
            // The engine lists a selected value even when no programme is left for it.
            ("climate", 0),
        ],
    );
    let filters = selection(
        FacetKind::Theme,
        &["youth", "climate", "investment", "not-a-theme"],
    );
    let shown = list(&counts, &filters, options(Lang::En, "", false));
    // The top COLLAPSED, then the selected values left out, in the selection's order (by value);
    // a value the engine did not count cannot be shown.
    assert_eq!(
        values(&shown),
        [
            "investment",
            "entrepreneurship",
            "remittances",
            "financial-inclusion",
            "skills-transfer",
            "return-reintegration",
            "philanthropy",
            "women",
            "climate",
            "youth",
        ]
    );
    let climate = shown.value("climate").unwrap();
    assert_eq!((climate.count, climate.selected), (0, true));
    assert_eq!(climate.label, "Climate");
    assert!(shown.value("investment").unwrap().selected);
    assert!(!shown.value("women").unwrap().selected);
    assert!(shown.value("health").is_none());
    assert!(shown.value("not-a-theme").is_none());

    // Typed text narrows the others, never the selected values.
    let narrowed = list(&counts, &filters, options(Lang::Fr, "transf", false));
    assert_eq!(
        values(&narrowed),
        [
            "remittances",
            "skills-transfer",
            "climate",
            "investment",
            "youth"
        ]
    );
}

#[test]
fn typed_text_finds_values_by_any_of_their_names_in_either_language() {
    let counts = counts(
        FacetKind::Origin,
        &[
            ("DE", 9),
            ("EG", 8),
            ("US", 7),
            ("FR", 6),
            ("ZM", 5),
            ("SN", 4),
            ("CI", 3),
            ("ML", 2),
            ("IN", 1),
        ],
    );
    let none = Filters::default();
    let find = |lang, typed| values(&list(&counts, &none, options(lang, typed, false))).join(" ");
    assert_eq!(find(Lang::Fr, "alle"), "DE");
    assert_eq!(
        find(Lang::En, "alle"),
        "DE",
        "the French name in the English interface"
    );
    assert_eq!(
        find(Lang::Fr, "ger"),
        "DE",
        "the English name in the French interface"
    );
    assert_eq!(find(Lang::En, "ivory"), "CI", "a variant search knows");
    assert_eq!(find(Lang::En, "zm"), "ZM", "the code");
    assert_eq!(find(Lang::Fr, "egy"), "EG", "accents are ignored");
    assert_eq!(
        find(Lang::Fr, "ETATS u"),
        "US",
        "case is ignored, every word counts"
    );
    assert_eq!(find(Lang::En, "states"), "US", "any word of the name");
    assert_eq!(find(Lang::En, "tates"), "", "words match from their start");
    assert_eq!(find(Lang::En, "cote iv"), "CI");
    assert_eq!(
        find(Lang::Fr, "e"),
        "EG US",
        "Égypte, États-Unis; not Sénégal"
    );

    // Spaces alone are no text: the list is collapsed and offers "show all".
    let spaces = list(&counts, &none, options(Lang::En, "  ", false));
    assert_eq!(values(&spaces).len(), COLLAPSED);
    assert_eq!(spaces.more, Some(MoreButton::ShowAll(9)));

    // Nothing found: no rows ("No match."), no button, but the facet and its box stay.
    let nothing = list(&counts, &none, options(Lang::En, "zzzz", false));
    assert!(nothing.rows.is_empty());
    assert_eq!(nothing.more, None);
    assert_eq!(nothing.total, 9);
    assert!(nothing.find_box);
}

#[test]
fn typed_text_lifts_the_limit_to_the_expanded_one() {
    let counts = implementers(30);
    let none = Filters::default();
    let found = list(&counts, &none, options(Lang::En, "org", false));
    assert_eq!(values(&found).len(), 30);
    assert_eq!(found.more, None, "no button while a text is typed");
    let one = list(&counts, &none, options(Lang::En, "017", false));
    assert_eq!(values(&one), ["Org 017"]);
    let many = implementers(150);
    let found = list(&many, &none, options(Lang::En, "org", false));
    assert_eq!(values(&found).len(), EXPANDED);
}

#[test]
fn long_lists_are_capped_and_the_button_says_how() {
    let none = Filters::default();
    let en = Messages::get(Lang::En);

    let long = implementers(168);
    let collapsed = list(&long, &none, options(Lang::En, "", false));
    assert_eq!(collapsed.total, 168);
    assert_eq!(values(&collapsed).len(), COLLAPSED);
    assert_eq!(values(&collapsed)[0], "Org 001");
    assert_eq!(
        collapsed.more,
        Some(MoreButton::ShowFirst {
            shown: 100,
            total: 168
        })
    );
    assert_eq!(collapsed.more.unwrap().text(en), "Show 100 of 168");
    assert!(collapsed.find_box);
    let expanded = list(&long, &none, options(Lang::En, "", true));
    assert_eq!(values(&expanded).len(), EXPANDED);
    assert_eq!(values(&expanded)[99], "Org 100");
    assert_eq!(expanded.more, Some(MoreButton::ShowFewer));
    assert_eq!(expanded.more.unwrap().text(en), "Show fewer");

    let medium = implementers(50);
    let collapsed = list(&medium, &none, options(Lang::En, "", false));
    assert_eq!(collapsed.more, Some(MoreButton::ShowAll(50)));
    assert_eq!(collapsed.more.unwrap().text(en), "Show all 50");
    assert_eq!(
        collapsed.more.unwrap().text(Messages::get(Lang::Fr)),
        "Afficher les 50"
    );
    assert_eq!(
        values(&list(&medium, &none, options(Lang::En, "", true))).len(),
        50
    );

    // Up to COLLAPSED values: all shown, no button, no find box.
    let short = implementers(COLLAPSED);
    let all = list(&short, &none, options(Lang::En, "", false));
    assert_eq!(values(&all).len(), COLLAPSED);
    assert_eq!((all.more, all.find_box), (None, false));
    assert!(
        list(
            &implementers(COLLAPSED + 1),
            &none,
            options(Lang::En, "", false)
        )
        .find_box
    );

    // Vocabularies are short: no find box however many values.
    let themes: Vec<(&str, usize)> = catalogue()
        .vocabularies
        .themes
        .codes()
        .map(|code| (code, 1))
        .collect();
    assert!(themes.len() > COLLAPSED);
    let themes = list(
        &counts(FacetKind::Theme, &themes),
        &none,
        options(Lang::En, "", false),
    );
    assert!(!themes.find_box);
    assert!(themes.more.is_some());

    // A facet without values.
    let empty = list(
        &counts(FacetKind::Origin, &[]),
        &none,
        options(Lang::En, "", false),
    );
    assert_eq!((empty.total, empty.rows.len(), empty.more), (0, 0, None));
}

#[test]
fn long_country_lists_are_grouped_by_continent_once_expanded() {
    let entries = [
        ("SN", 9),
        ("ML", 8),
        ("FR", 7),
        ("DE", 6),
        ("IN", 5),
        ("CN", 4),
        ("MX", 3),
        ("BR", 3),
        ("AU", 2),
        ("EG", 1),
        ("AQ", 1),
    ];
    let origin = counts(FacetKind::Origin, &entries);
    let none = Filters::default();
    let expanded = list(&origin, &none, options(Lang::En, "", true));
    // Continents by name, most frequent first within each; Antarctica, in no continent, last
    // and under no heading of its own.
    assert_eq!(
        lines(&expanded),
        [
            "# Africa",
            "SN",
            "ML",
            "EG",
            "# Americas",
            "BR",
            "MX",
            "# Asia",
            "IN",
            "CN",
            "# Europe",
            "FR",
            "DE",
            "# Oceania",
            "AU",
            "AQ"
        ]
    );
    let FacetRow::Region { code, .. } = &expanded.rows[0] else {
        panic!("a heading first");
    };
    assert_eq!(code, "002");
    assert_eq!(expanded.region_name("150"), Some("Europe"));
    let french = list(&origin, &none, options(Lang::Fr, "", true));
    assert_eq!(
        lines(&french),
        [
            "# Afrique",
            "SN",
            "ML",
            "EG",
            "# Amériques",
            "BR",
            "MX",
            "# Asie",
            "IN",
            "CN",
            "# Europe",
            "FR",
            "DE",
            "# Océanie",
            "AU",
            "AQ"
        ]
    );
    // The same rows keep the same keys whatever the language.
    let keys = |list: &FacetList| list.rows.iter().map(FacetRow::key).collect::<Vec<_>>();
    assert_eq!(keys(&expanded), keys(&french));
    assert_eq!(expanded.rows[1].key(), RowKey::Value("SN".into()));

    // Residence countries are grouped too.
    let residence = counts(FacetKind::Residence, &entries);
    assert_eq!(
        lines(&list(&residence, &none, options(Lang::En, "", true)))[0],
        "# Africa"
    );
    // Not when collapsed, nor when the expanded list is short.
    let collapsed = list(&origin, &none, options(Lang::En, "", false));
    assert_eq!(
        lines(&collapsed),
        ["SN", "ML", "FR", "DE", "IN", "CN", "BR", "MX"]
    );
    let short = counts(FacetKind::Origin, &entries[..COLLAPSED]);
    assert!(list(&short, &none, options(Lang::En, "", true))
        .rows
        .iter()
        .all(|row| matches!(row, FacetRow::Value(_))));
    // Selected values count towards "long": eight shown plus one selected is grouped.
    let selected = selection(FacetKind::Origin, &["AQ"]);
    let with_selected = list(
        &short_plus(&entries, "AQ"),
        &selected,
        options(Lang::En, "", true),
    );
    assert_eq!(lines(&with_selected).last().unwrap(), "AQ");
    assert!(lines(&with_selected).contains(&"# Africa".to_owned()));
    // Collapsed, nine values with the selected one are still not grouped.
    let collapsed = list(&origin, &selected, options(Lang::En, "", false));
    assert_eq!(
        lines(&collapsed),
        ["SN", "ML", "FR", "DE", "IN", "CN", "BR", "MX", "AQ"]
    );
}

/// The first COLLAPSED entries and `extra` at 0, as the engine counts a selected value nothing
/// is left for.
fn short_plus(entries: &[(&str, usize)], extra: &str) -> FacetCounts {
    let mut short = entries[..COLLAPSED].to_vec();
    short.push((extra, 0));
    counts(FacetKind::Origin, &short)
}

#[test]
fn every_country_is_under_its_own_continent_and_continents_come_by_name() {
    let geography = &catalogue().geography;
    let entries: Vec<(&str, usize)> = geography
        .countries()
        .iter()
        .map(|country| (country.code.as_str(), 1))
        .collect();
    let origin = counts(FacetKind::Origin, &entries);
    for lang in [Lang::En, Lang::Fr] {
        // Typing lifts the limit, so a long list of matches is grouped as well.
        for (typed, expanded) in [("", true), ("s", false)] {
            let list = list(&origin, &Filters::default(), options(lang, typed, expanded));
            assert!(values(&list).len() > COLLAPSED, "{typed:?}");
            let mut headings = Vec::new();
            let mut region: Option<&str> = None;
            for row in &list.rows {
                match row {
                    FacetRow::Region { code, name } => {
                        assert!(!headings.iter().any(|(c, _)| c == code), "{code} twice");
                        headings.push((code.clone(), fold(name)));
                        region = Some(code);
                    }
                    FacetRow::Value(row) => {
                        let country = geography.country(&row.value).unwrap();
                        if let Some(continent) = country.region.as_deref() {
                            assert_eq!(Some(continent), region, "{} misplaced", row.value);
                        }
                    }
                }
            }
            assert!(headings.len() > 1);
            let names: Vec<&String> = headings.iter().map(|(_, name)| name).collect();
            let mut sorted = names.clone();
            sorted.sort();
            assert_eq!(names, sorted);
        }
    }
}

#[test]
fn themes_are_never_grouped() {
    let entries: Vec<(&str, usize)> = catalogue()
        .vocabularies
        .themes
        .codes()
        .map(|code| (code, 1))
        .collect();
    let themes = list(
        &counts(FacetKind::Theme, &entries),
        &Filters::default(),
        options(Lang::Fr, "", true),
    );
    assert_eq!(values(&themes).len(), entries.len());
    assert!(themes
        .rows
        .iter()
        .all(|row| matches!(row, FacetRow::Value(_))));
    // All tie: by French name, "Éducation" among the E's, not after "Transferts de fonds".
    let labels: Vec<&str> = themes.values().map(|row| row.label.as_str()).collect();
    let mut sorted = labels.clone();
    sorted.sort_by_key(|label| fold(label));
    assert_eq!(labels, sorted);
    let education = labels.iter().position(|l| *l == "Éducation").unwrap();
    assert!(education < labels.iter().position(|l| *l == "Femmes").unwrap());
}

#[test]
fn an_implementer_is_found_by_the_other_names_of_its_organisation() {
    // Implementer values are organisation ids; their names come from data/organisations.json.
    let counts = counts(FacetKind::Implementer, &[("iom", 9), ("afd", 3)]);
    let none = Filters::default();
    let find = |typed| values(&list(&counts, &none, options(Lang::En, typed, false))).join(" ");
    assert_eq!(find("oim"), "iom");
    assert_eq!(find("organisation internationale"), "iom");
    assert_eq!(find("french development"), "afd");
}

#[test]
fn past_the_expanded_cap_every_value_is_one_more_click_away() {
    let counts = implementers(168);
    let none = Filters::default();
    let collapsed = list(&counts, &none, options(Lang::En, "", false));
    assert_eq!(collapsed.show_everything, None);
    let expanded = list(&counts, &none, options(Lang::En, "", true));
    assert_eq!(values(&expanded).len(), EXPANDED);
    assert_eq!(expanded.more, Some(MoreButton::ShowFewer));
    assert_eq!(expanded.show_everything, Some(168));
    let everything = list(
        &counts,
        &none,
        ListOptions {
            lang: Lang::En,
            typed: "",
            extent: Extent::Everything,
        },
    );
    assert_eq!(values(&everything).len(), 168);
    assert_eq!(everything.more, Some(MoreButton::ShowFewer));
    assert_eq!(everything.show_everything, None);
    // Below the cap, "Show all" already shows everything.
    let small = list(&implementers(50), &none, options(Lang::En, "", true));
    assert_eq!(small.show_everything, None);
}
