//! What one facet's list of checkboxes shows: which values, in what order, with which labels
//! and counts, under which continent headings, and what its "show all" button says.
//!
//! The rules, all of them here so they are tested natively:
//!
//! - Values come by count, most frequent first. Values with the same count come by name in the
//!   interface language, ignoring case and accents ("Égypte" before "France"), so a tie at the
//!   edge of the list is settled by name, not by code.
//! - [`COLLAPSED`] values are shown at first, [`EXPANDED`] at most ("show all", or while a text
//!   is typed in the find box).
//! - A typed text keeps the values one of whose names, in either language, has a word starting
//!   with each typed word ([`facet_value_names`], [`label_matches`]): "Maroc" finds Morocco in
//!   English too.
//! - Selected values are always shown, after the others when they would not be: with a count of
//!   0, past the limit, or not matching the typed text.
//! - A long list of countries (more than [`COLLAPSED`], once the list is expanded) is grouped by
//!   continent, continents by name, countries without a continent last.
//!
//! ```
//! # use diaspora_core::data::calendar::today_utc;
//! # use diaspora_core::data::catalogue::{Catalogue, Sources};
//! # let catalogue = diaspora_core::Catalogue::load(&diaspora_core::data::catalogue::Sources::repository(today_utc())).unwrap();
//! use diaspora_core::present::facet_list::{facet_list, FoldedNames, ListOptions};
//! use diaspora_core::request::{FacetKind, Filters};
//! use diaspora_core::search::facets::FacetCounts;
//! use diaspora_core::Lang;
//! let counts = FacetCounts {
//!     kind: FacetKind::Origin,
//!     counts: vec![("FR".into(), 3), ("EG".into(), 3)],
//! };
//! let options = ListOptions { lang: Lang::Fr, typed: "", extent: Default::default() };
//! let list = facet_list(&catalogue, &counts, &Filters::default(), options, &mut FoldedNames::default());
//! let labels: Vec<&str> = list.values().map(|row| row.label.as_str()).collect();
//! assert_eq!(labels, ["Égypte", "France"]);
//! assert_eq!(list.more, None);
//! ```

use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::Arc;

use crate::data::catalogue::Catalogue;
use crate::data::geography::Geography;
use crate::present::display::{facet_value_label, facet_value_names, label_matches};
use crate::present::i18n::Messages;
use crate::request::{FacetKind, Filters};
use crate::search::facets::FacetCounts;
use crate::text::fold;
use crate::Lang;

/// Values shown before "show all": a glance at the most frequent, short enough that the
/// facets below stay in view.
pub const COLLAPSED: usize = 8;
/// Values shown at most, even with "show all": beyond that, the find box is the way in, so a
/// facet with thousands of implementers never renders thousands of rows.
pub const EXPANDED: usize = 100;

/// How much of a facet's list the reader has asked to see.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Extent {
    /// The first [`COLLAPSED`] values.
    #[default]
    Collapsed,
    /// "Show all" (or "Show 100 of 168"): up to [`EXPANDED`] values.
    Expanded,
    /// Past [`EXPANDED`], on request ("Show all 168"): every value.
    Everything,
}

/// What the reader has asked of one facet's list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListOptions<'a> {
    /// The interface language, for labels and for the order of ties.
    pub lang: Lang,
    /// What is typed in the facet's find box; surrounding spaces are ignored.
    pub typed: &'a str,
    pub extent: Extent,
}

impl ListOptions<'_> {
    /// The typed text without surrounding spaces.
    fn typed(&self) -> &str {
        self.typed.trim()
    }

    /// How many values can be shown, besides selected values: all of them on request,
    /// [`EXPANDED`] with "show all" or while a text is typed, else [`COLLAPSED`].
    pub fn limit(&self) -> usize {
        match self.extent {
            Extent::Everything => usize::MAX,
            Extent::Expanded => EXPANDED,
            Extent::Collapsed if !self.typed().is_empty() => EXPANDED,
            Extent::Collapsed => COLLAPSED,
        }
    }
}

/// The folded labels that order ties, kept from one list to the next so that each value's label
/// is folded once per language rather than on every keystroke. Hold one for as long as the
/// list is on screen; it only grows with the values that were ever candidates.
#[derive(Clone, Debug, Default)]
pub struct FoldedNames {
    names: HashMap<(FacetKind, Lang, Arc<str>), String>,
}

impl FoldedNames {
    /// How many labels are kept.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// A value's line: its checkbox, label and count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueRow {
    pub value: Arc<str>,
    /// The value as it reads in the interface language ([`facet_value_label`]).
    pub label: String,
    pub count: usize,
    pub selected: bool,
}

/// One line of a facet list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FacetRow {
    /// The name of the continent the countries after it (up to the next heading) are in. For
    /// the eye only: each checkbox still names its own country.
    Region {
        code: String,
        name: String,
    },
    Value(ValueRow),
}

/// What stays the same about a row while its count, label or selection change, so that the
/// interface keeps its element (and a checkbox its focus).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RowKey {
    Region(String),
    Value(Arc<str>),
}

impl FacetRow {
    pub fn key(&self) -> RowKey {
        match self {
            FacetRow::Region { code, .. } => RowKey::Region(code.clone()),
            FacetRow::Value(row) => RowKey::Value(row.value.clone()),
        }
    }
}

/// What the button under the list says; it toggles "show all".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoreButton {
    /// "Show all 23": every value fits in [`EXPANDED`].
    ShowAll(usize),
    /// "Show 100 of 168": even expanded, the list is capped; the find box reaches the rest.
    ShowFirst { shown: usize, total: usize },
    /// "Show fewer", when expanded.
    ShowFewer,
}

impl MoreButton {
    /// The button's text in the language of `messages`.
    pub fn text(self, messages: &Messages) -> String {
        match self {
            MoreButton::ShowAll(total) => (messages.show_all)(total),
            MoreButton::ShowFirst { shown, total } => (messages.show_first)(shown, total),
            MoreButton::ShowFewer => messages.show_fewer.to_owned(),
        }
    }
}

/// One facet's list as the interface shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetList {
    /// The lines, in order; empty when nothing matches the typed text ("No match.").
    pub rows: Vec<FacetRow>,
    /// How many values the facet has (those with a count, and selected ones): the facet is
    /// hidden when there are none.
    pub total: usize,
    /// Whether to offer the find box: on facets with many possible values (countries,
    /// implementers), once there are more than [`COLLAPSED`].
    pub find_box: bool,
    /// The "show all" button; `None` when every value fits collapsed or while a text is typed.
    pub more: Option<MoreButton>,
    /// "Show all 168", offered beside "Show fewer" when even the expanded list is capped: the
    /// number of values it would show.
    pub show_everything: Option<usize>,
}

impl FacetList {
    /// The value rows, without the headings.
    pub fn values(&self) -> impl Iterator<Item = &ValueRow> {
        self.rows.iter().filter_map(|row| match row {
            FacetRow::Value(row) => Some(row),
            FacetRow::Region { .. } => None,
        })
    }

    /// The row of one value, if shown.
    pub fn value(&self, value: &str) -> Option<&ValueRow> {
        self.values().find(|row| *row.value == *value)
    }

    /// The name of a continent heading, if shown.
    pub fn region_name(&self, code: &str) -> Option<&str> {
        self.rows.iter().find_map(|row| match row {
            FacetRow::Region { code: c, name } if c == code => Some(name.as_str()),
            _ => None,
        })
    }
}

/// Whether a facet has a find box when it is long: those whose values are many and looked up by
/// name (countries, implementers), not short vocabularies.
pub fn has_find_box(kind: FacetKind) -> bool {
    matches!(
        kind,
        FacetKind::Origin | FacetKind::Residence | FacetKind::Implementer
    )
}

/// The list of one facet, from its counts as the engine returns them (by decreasing count, then
/// value; selected values included even at 0) and the current selection. `names` keeps folded
/// labels between calls (see [`FoldedNames`]).
pub fn facet_list(
    catalogue: &Catalogue,
    counts: &FacetCounts,
    filters: &Filters,
    options: ListOptions<'_>,
    names: &mut FoldedNames,
) -> FacetList {
    let kind = counts.kind;
    let lang = options.lang;
    let typed = options.typed();
    let limit = options.limit();

    // `counts` is ordered by count: the first `limit` matching values, and any that tie with
    // the last of them, are all that can be shown.
    let mut candidates: Vec<&(Arc<str>, usize)> = Vec::new();
    for entry in counts.counts.iter().filter(|(value, _)| {
        typed.is_empty()
            || facet_value_names(catalogue, kind, value)
                .into_iter()
                .any(|name| label_matches(name, typed))
    }) {
        if candidates.len() >= limit && candidates.last().map(|(_, c)| *c) != Some(entry.1) {
            break;
        }
        candidates.push(entry);
    }
    // Then by count, and ties by name: which of the tying values make the cut is decided by
    // name, not by code.
    for (value, _) in &candidates {
        names
            .names
            .entry((kind, lang, value.clone()))
            .or_insert_with(|| fold(facet_value_label(catalogue, kind, value, lang)));
    }
    let mut sorted: Vec<(&(Arc<str>, usize), &str)> = candidates
        .into_iter()
        .map(|entry| {
            let name = names.names[&(kind, lang, entry.0.clone())].as_str();
            (entry, name)
        })
        .collect();
    // Stable: equal names keep the engine's order (by value).
    sorted.sort_by(|((_, count_a), name_a), ((_, count_b), name_b)| {
        count_b.cmp(count_a).then_with(|| name_a.cmp(name_b))
    });
    let mut shown: Vec<&(Arc<str>, usize)> = sorted
        .into_iter()
        .take(limit)
        .map(|(entry, _)| entry)
        .collect();
    // Selected values stay in view, in the selection's order; those the engine did not count
    // (unknown values) cannot be shown.
    for value in filters.values(kind) {
        if !shown.iter().any(|(v, _)| **v == **value) {
            if let Some(entry) = counts.counts.iter().find(|(v, _)| **v == **value) {
                shown.push(entry);
            }
        }
    }
    let values: Vec<ValueRow> = shown
        .into_iter()
        .map(|(value, count)| ValueRow {
            value: value.clone(),
            label: facet_value_label(catalogue, kind, value, lang).to_owned(),
            count: *count,
            selected: filters.contains(kind, value),
        })
        .collect();
    let by_country = matches!(kind, FacetKind::Origin | FacetKind::Residence);
    let rows = if by_country && limit >= EXPANDED && values.len() > COLLAPSED {
        by_continent(&catalogue.geography, lang, values)
    } else {
        values.into_iter().map(FacetRow::Value).collect()
    };

    let total = counts.counts.len();
    let more =
        (typed.is_empty() && total > COLLAPSED).then_some(if options.extent != Extent::Collapsed {
            MoreButton::ShowFewer
        } else if total > EXPANDED {
            MoreButton::ShowFirst {
                shown: EXPANDED,
                total,
            }
        } else {
            MoreButton::ShowAll(total)
        });
    let show_everything =
        (typed.is_empty() && options.extent == Extent::Expanded && total > EXPANDED)
            .then_some(total);
    FacetList {
        rows,
        total,
        find_box: has_find_box(kind) && total > COLLAPSED,
        more,
        show_everything,
    }
}

/// Countries grouped by continent, which is how people scan for a country: continents by name
/// in the interface language, countries without a continent last (under no heading of their
/// own), and within a continent the given order (by count and name).
fn by_continent(geography: &Geography, lang: Lang, values: Vec<ValueRow>) -> Vec<FacetRow> {
    struct Keyed {
        /// The continent's folded name, `None` (last) when the country has none.
        name: Option<String>,
        region: Option<String>,
        row: ValueRow,
    }
    let mut keyed: Vec<Keyed> = values
        .into_iter()
        .map(|row| {
            let region = geography
                .country(&row.value)
                .and_then(|country| country.region.clone());
            let name = region
                .as_deref()
                .and_then(|code| geography.region(code))
                .map(|region| fold(lang.pick(&region.en, &region.fr)));
            Keyed { name, region, row }
        })
        .collect();
    // Stable: within a continent, the order by count and name is kept.
    keyed.sort_by(|a, b| match (&a.name, &b.name) {
        (Some(a), Some(b)) => a.cmp(b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    });
    let mut rows = Vec::with_capacity(keyed.len() + 6);
    let mut current: Option<String> = None;
    for Keyed { region, row, .. } in keyed {
        if let Some(code) = region
            .as_ref()
            .filter(|&code| current.as_ref() != Some(code))
        {
            let name = geography
                .region(code)
                .map_or_else(String::new, |r| lang.pick(&r.en, &r.fr).to_owned());
            rows.push(FacetRow::Region {
                code: code.clone(),
                name,
            });
        }
        current = region;
        rows.push(FacetRow::Value(row));
    }
    rows
}
