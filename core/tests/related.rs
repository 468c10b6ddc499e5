//! Related programmes on the real dataset, checked against a score computed independently.

mod common;

use std::collections::HashSet;

use diaspora_core::data::Countries;
use diaspora_core::present::related::{related_programmes, relatedness};
use diaspora_core::{Programme, Status};

/// The documented score, written with sets.
fn expected_score(a: &Programme, b: &Programme) -> u32 {
    fn common(a: &[String], b: &[String]) -> u32 {
        let a: HashSet<&str> = a.iter().map(String::as_str).filter(|c| *c != "*").collect();
        let b: HashSet<&str> = b.iter().map(String::as_str).collect();
        a.intersection(&b).count() as u32
    }
    // Organisations are shared by their group: IOM Belgium and IOM Somalia are both IOM.
    let names = |p: &Programme| {
        p.implementers
            .iter()
            .map(|o| o.group.clone())
            .collect::<Vec<_>>()
    };
    let origins = common(a.origin_countries.named(), b.origin_countries.named());
    let residences = common(a.residence_countries.named(), b.residence_countries.named());
    let themes = common(&a.themes, &b.themes);
    if origins + residences + themes == 0 {
        return 0;
    }
    8 * origins
        + residences
        + 2 * themes
        + common(&a.support_types, &b.support_types)
        + 2 * common(&names(a), &names(b))
}

fn ids(programmes: &[&Programme]) -> Vec<String> {
    programmes.iter().map(|p| p.id.clone()).collect()
}

#[test]
fn a_mali_programme_lists_the_other_mali_programmes_first() {
    let (catalogue, _) = common::engine();
    let id = "diaspora-investment-mali";
    let related = ids(&related_programmes(catalogue, id, 5));
    assert!(related.len() <= 5);
    let malian: Vec<&str> = catalogue
        .programmes
        .iter()
        .filter(|p| p.id != id && p.origin_countries.names("ML"))
        .map(|p| p.id.as_str())
        .collect();
    assert!(!malian.is_empty());
    for other in &malian {
        assert!(related.iter().any(|r| r == other), "{other} in {related:?}");
    }
    assert!(!related.iter().any(|r| r == id));
}

#[test]
fn every_list_is_the_scored_programmes_in_order_without_itself_or_its_family() {
    let (catalogue, _) = common::engine();
    // Head and members of a family: listed apart on the page, so not among the related.
    let same_family = |a: &Programme, b: &Programme| {
        a.part_of.as_deref() == Some(&b.id) || b.part_of.as_deref() == Some(&a.id)
    };
    let mut families = 0;
    for programme in &catalogue.programmes {
        let related = related_programmes(catalogue, &programme.id, usize::MAX);
        let listed: HashSet<&str> = related.iter().map(|p| p.id.as_str()).collect();
        assert!(!listed.contains(programme.id.as_str()));
        for other in &catalogue.programmes {
            let score = expected_score(programme, other);
            assert_eq!(relatedness(programme, other), score);
            assert_eq!(relatedness(other, programme), score, "symmetric");
            if same_family(programme, other) {
                families += 1;
                assert!(!listed.contains(other.id.as_str()));
            } else if other.id != programme.id {
                assert_eq!(listed.contains(other.id.as_str()), score > 0);
            }
        }
        for pair in related.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let (score_a, score_b) = (relatedness(programme, a), relatedness(programme, b));
            assert!(score_a >= score_b, "{}: best first", programme.id);
            if score_a == score_b {
                let rank = |p: &Programme| match p.status {
                    Status::Ongoing => 0,
                    Status::Unknown => 1,
                    Status::Completed => 2,
                };
                assert!(rank(a) <= rank(b), "{}: ongoing first", programme.id);
                if rank(a) == rank(b) {
                    assert!(
                        a.start_year.unwrap_or(i32::MIN) >= b.start_year.unwrap_or(i32::MIN),
                        "{}: newer first",
                        programme.id
                    );
                }
            }
        }
    }
    // Eleven records name their family's head (MIDA Cameroun joined MIDA); each pair is seen
    // from both sides.
    assert_eq!(families, 22);
}

#[test]
fn limits_and_unknown_ids() {
    let (catalogue, _) = common::engine();
    let all = related_programmes(catalogue, "mida", usize::MAX);
    assert!(all.len() > 3);
    for limit in [0, 1, 3] {
        assert_eq!(
            ids(&related_programmes(catalogue, "mida", limit)),
            ids(&all[..limit]),
            "a shorter list is the start of the longer one"
        );
    }
    assert!(related_programmes(catalogue, "no-such-programme", 10).is_empty());
    assert!(related_programmes(catalogue, "", 10).is_empty());
}

#[test]
fn many_countries_is_not_a_shared_country() {
    let (catalogue, _) = common::engine();
    let record = |themes: &[&str], implementer: &str| -> Programme {
        let mut programme = catalogue.programmes[0].clone();
        programme.origin_countries = Countries::new(vec![], true);
        programme.residence_countries = Countries::new(vec![], true);
        programme.themes = themes.iter().map(|t| t.to_string()).collect();
        programme.implementers[0].group = implementer.into();
        programme
    };
    let a = record(&["women"], "Same");
    let b = record(&["youth"], "Same");
    assert_eq!(
        relatedness(&a, &b),
        0,
        "sharing only the marker and an implementer"
    );
    let c = record(&["women", "youth"], "Same");
    assert_eq!(
        relatedness(&a, &c),
        2 + 2 + relatedness_of_support(&a, &c),
        "one theme and the implementer"
    );
}

fn relatedness_of_support(a: &Programme, b: &Programme) -> u32 {
    a.support_types
        .iter()
        .filter(|s| b.support_types.contains(s))
        .count() as u32
}
