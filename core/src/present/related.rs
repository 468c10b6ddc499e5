//! "Related programmes" on a programme's page: those working with the same countries on the
//! same themes, best first.
//!
//! ```
//! # use diaspora_core::data::calendar::today_utc;
//! # use diaspora_core::data::catalogue::{Catalogue, Sources};
//! # let catalogue = diaspora_core::Catalogue::load(&diaspora_core::data::catalogue::Sources::repository(today_utc())).unwrap();
//! use diaspora_core::present::related::related_programmes;
//! let related = related_programmes(&catalogue, "malian-diaspora-forum", 5);
//! assert!(related.len() <= 5);
//! assert!(related.iter().all(|p| p.id != "malian-diaspora-forum"));
//! assert!(related.iter().any(|p| p.origin_countries.names("ML")));
//! ```

use std::cmp::Reverse;

use crate::data::catalogue::Catalogue;
use crate::data::model::Programme;
use crate::search::ranking::browse_key;
use crate::text::fold;

/// What each shared trait adds to the score. Countries of origin weigh most, as much as four
/// shared themes: the explorer is about diasporas, and a diaspora is named by where it comes
/// from (with 156 programmes, many share four themes and nothing else).
const SHARED_ORIGIN: u32 = 8;
const SHARED_THEME: u32 = 2;
const SHARED_IMPLEMENTER: u32 = 2;
const SHARED_RESIDENCE: u32 = 1;
const SHARED_SUPPORT_TYPE: u32 = 1;

/// How related `other` is to `programme`: 0 when they share no country (of origin or of
/// residence) and no theme, whatever else they share; otherwise the weighted number of shared
/// origin countries, themes, implementers (by name), residence countries and support types.
/// "Many countries" is not a country and is never shared.
pub fn relatedness(programme: &Programme, other: &Programme) -> u32 {
    let origins = shared(
        programme.origin_countries.named(),
        other.origin_countries.named(),
    );
    let residences = shared(
        programme.residence_countries.named(),
        other.residence_countries.named(),
    );
    let themes = shared(&programme.themes, &other.themes);
    if origins + residences + themes == 0 {
        return 0;
    }
    let implementers = shared(
        &programme
            .implementers
            .iter()
            .map(|o| o.group.as_str())
            .collect::<Vec<_>>(),
        &other
            .implementers
            .iter()
            .map(|o| o.group.as_str())
            .collect::<Vec<_>>(),
    );
    let support_types = shared(&programme.support_types, &other.support_types);
    origins * SHARED_ORIGIN
        + themes * SHARED_THEME
        + implementers * SHARED_IMPLEMENTER
        + residences * SHARED_RESIDENCE
        + support_types * SHARED_SUPPORT_TYPE
}

/// The programmes most related to the one with this id ([`relatedness`] above 0), at most
/// `limit`, best first; ties go to ongoing programmes, then the most recently started, then by
/// title and id, so the list never shuffles. Empty for an unknown id; never the programme
/// itself, nor its family.
pub fn related_programmes<'a>(
    catalogue: &'a Catalogue,
    id: &str,
    limit: usize,
) -> Vec<&'a Programme> {
    let Some(programme) = catalogue.programme(id) else {
        return Vec::new();
    };
    // Its family is listed on its own ([`Family`]), not again here.
    let family = Family::of(catalogue, programme);
    let mut related: Vec<(u32, &Programme)> = catalogue
        .programmes
        .iter()
        .filter(|other| other.id != programme.id && !family.holds(other))
        .map(|other| (relatedness(programme, other), other))
        .filter(|(score, _)| *score > 0)
        .collect();
    // Ties in the search's browse order.
    related.sort_by_cached_key(|(score, other)| {
        (
            Reverse(*score),
            browse_key(other),
            fold(&other.title),
            other.id.clone(),
        )
    });
    related
        .into_iter()
        .take(limit)
        .map(|(_, other)| other)
        .collect()
}

/// A programme's family ([`Programme::part_of`]): the programme it is part of, and those part
/// of it, in catalogue order. Both are empty for a programme in no family.
///
/// ```
/// # let catalogue = diaspora_core::Catalogue::repository(diaspora_core::data::calendar::today_utc());
/// use diaspora_core::present::related::Family;
/// let sudan = Family::of(&catalogue, catalogue.programme("tokten-sudan").unwrap());
/// assert_eq!(sudan.head.map(|p| p.id.as_str()), Some("tokten"));
/// let tokten = Family::of(&catalogue, catalogue.programme("tokten").unwrap());
/// assert!(tokten.members.iter().any(|p| p.id == "tokten-sudan"));
/// ```
#[derive(Debug, Default)]
pub struct Family<'a> {
    pub head: Option<&'a Programme>,
    pub members: Vec<&'a Programme>,
}

impl<'a> Family<'a> {
    pub fn of(catalogue: &'a Catalogue, programme: &Programme) -> Family<'a> {
        Family {
            head: programme
                .part_of
                .as_deref()
                .and_then(|id| catalogue.programme(id)),
            members: catalogue
                .programmes
                .iter()
                .filter(|other| other.part_of.as_deref() == Some(&programme.id))
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.head.is_none() && self.members.is_empty()
    }

    /// Whether `other` is this family's head or one of its members.
    fn holds(&self, other: &Programme) -> bool {
        self.head.is_some_and(|head| head.id == other.id)
            || self.members.iter().any(|member| member.id == other.id)
    }
}

/// The number of distinct values of `a` also in `b`.
fn shared<T: AsRef<str> + PartialEq>(a: &[T], b: &[T]) -> u32 {
    let counted = a
        .iter()
        .enumerate()
        .filter(|(i, value)| !a[..*i].contains(value) && b.contains(value))
        .count();
    counted as u32
}
