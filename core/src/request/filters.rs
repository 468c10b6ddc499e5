//! What the reader has selected: values per facet and a start-year range. Both types keep their
//! own rules, so no caller has to: a facet's values are sorted and distinct with no empty one,
//! a facet with no value is absent, and a year range never has its lower bound above its upper.
//! Equal selections are therefore equal values, whatever order they were made in.
//!
//! ```
//! use diaspora_core::request::{FacetKind, Filters, YearRange};
//! let mut filters = Filters::default();
//! filters.insert(FacetKind::Origin, "SN");
//! filters.insert(FacetKind::Origin, "ML");
//! filters.insert(FacetKind::Origin, "SN");
//! assert_eq!(filters.values(FacetKind::Origin), ["ML", "SN"]);
//! filters.toggle(FacetKind::Origin, "ML");
//! assert!(!filters.contains(FacetKind::Origin, "ML"));
//! filters.set_years(YearRange::between(Some(2010), Some(2000)));
//! assert_eq!((filters.years().from(), filters.years().to()), (Some(2010), None));
//! ```

use std::collections::BTreeMap;

use super::{FacetKind, Removal};

/// A range of start years; either bound may be open. The lower bound is never above the upper.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct YearRange {
    from: Option<i32>,
    to: Option<i32>,
}

impl YearRange {
    /// No bound: every programme, with or without a start year.
    pub const ANY: YearRange = YearRange {
        from: None,
        to: None,
    };

    /// From `from` to `to`, both included; an upper bound below the lower one is dropped (the
    /// lower one is what a reader sets first).
    pub fn between(from: Option<i32>, to: Option<i32>) -> YearRange {
        YearRange::ANY.with_from(from).with_to_kept(to)
    }

    /// The lower bound set to `from`; an upper bound below it is dropped.
    fn with_from(self, from: Option<i32>) -> YearRange {
        YearRange {
            from,
            to: self.to.filter(|to| from.is_none_or(|from| from <= *to)),
        }
    }

    /// The lower bound set to `from`, or why not: it is after the upper bound. For a field the
    /// reader is typing in, where dropping the other bound silently would lose what they typed.
    pub fn try_with_from(self, from: Option<i32>) -> Result<YearRange, YearConflict> {
        match (from, self.to) {
            (Some(from), Some(to)) if from > to => Err(YearConflict::FromAfterTo { from, to }),
            _ => Ok(YearRange { from, ..self }),
        }
    }

    /// The upper bound set to `to`, or why not: it is before the lower bound.
    pub fn try_with_to(self, to: Option<i32>) -> Result<YearRange, YearConflict> {
        match (self.from, to) {
            (Some(from), Some(to)) if to < from => Err(YearConflict::ToBeforeFrom { to, from }),
            _ => Ok(YearRange { to, ..self }),
        }
    }

    /// The upper bound set to `to` unless it contradicts the lower bound, which is kept.
    fn with_to_kept(self, to: Option<i32>) -> YearRange {
        let to = to.filter(|to| self.from.is_none_or(|from| from <= *to));
        YearRange { to, ..self }
    }

    pub fn from(self) -> Option<i32> {
        self.from
    }

    pub fn to(self) -> Option<i32> {
        self.to
    }

    /// Whether either bound is set (programmes with no start year are then left out).
    pub fn is_set(self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    /// Whether a programme that started in `year` is in the range.
    pub fn contains(self, year: i32) -> bool {
        self.from.is_none_or(|from| from <= year) && self.to.is_none_or(|to| year <= to)
    }
}

/// A year bound that would contradict the other one: the range is left as it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearConflict {
    FromAfterTo { from: i32, to: i32 },
    ToBeforeFrom { to: i32, from: i32 },
}

/// Values selected per facet (one facet's values combine with OR, facets with AND) and a
/// start-year range.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Sorted, distinct, non-empty values; a facet with none is not a key.
    selected: BTreeMap<FacetKind, Vec<String>>,
    years: YearRange,
}

impl Filters {
    /// Nothing selected and no year bound.
    pub fn is_empty(&self) -> bool {
        self.selected.is_empty() && !self.years.is_set()
    }

    /// The values selected in one facet, sorted.
    pub fn values(&self, kind: FacetKind) -> &[String] {
        self.selected.get(&kind).map_or(&[], Vec::as_slice)
    }

    /// Every facet with a selection and its values, in [`FacetKind::ALL`] order.
    pub fn selections(&self) -> impl Iterator<Item = (FacetKind, &[String])> + '_ {
        self.selected
            .iter()
            .map(|(kind, values)| (*kind, values.as_slice()))
    }

    /// How many facet values are selected, over every facet.
    pub fn value_count(&self) -> usize {
        self.selected.values().map(Vec::len).sum()
    }

    pub fn contains(&self, kind: FacetKind, value: &str) -> bool {
        self.values(kind)
            .binary_search_by(|v| v.as_str().cmp(value))
            .is_ok()
    }

    /// Selects `value`; `false` when it already was, or is empty (which nothing can match).
    pub fn insert(&mut self, kind: FacetKind, value: impl Into<String>) -> bool {
        let value = value.into();
        if value.is_empty() {
            return false;
        }
        let values = self.selected.entry(kind).or_default();
        match values.binary_search(&value) {
            Ok(_) => false,
            Err(at) => {
                values.insert(at, value);
                true
            }
        }
    }

    /// Unselects `value`; `false` when it was not selected.
    pub fn remove(&mut self, kind: FacetKind, value: &str) -> bool {
        let Some(values) = self.selected.get_mut(&kind) else {
            return false;
        };
        let Ok(at) = values.binary_search_by(|v| v.as_str().cmp(value)) else {
            return false;
        };
        values.remove(at);
        if values.is_empty() {
            self.selected.remove(&kind);
        }
        true
    }

    /// Selects `value`, or unselects it when it was selected.
    pub fn toggle(&mut self, kind: FacetKind, value: &str) {
        if !self.remove(kind, value) {
            self.insert(kind, value);
        }
    }

    /// Keeps the values for which `keep(kind, value)` is true, visiting them in
    /// [`Self::selections`] order.
    pub fn retain(&mut self, mut keep: impl FnMut(FacetKind, &str) -> bool) {
        for (&kind, values) in self.selected.iter_mut() {
            values.retain(|value| keep(kind, value));
        }
        self.selected.retain(|_, values| !values.is_empty());
    }

    /// Each part that can be taken away on its own: every selected value (in
    /// [`Self::selections`] order), then the year range when it is set. A filter chip per item.
    pub fn removals(&self) -> impl Iterator<Item = Removal> + '_ {
        let values = self.selections().flat_map(|(kind, values)| {
            values
                .iter()
                .map(move |value| Removal::Value(kind, value.clone()))
        });
        values.chain(self.years.is_set().then_some(Removal::YearRange))
    }

    pub fn years(&self) -> YearRange {
        self.years
    }

    pub fn set_years(&mut self, years: YearRange) {
        self.years = years;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_stay_sorted_and_distinct_whatever_the_order_of_selection() {
        let mut a = Filters::default();
        for value in ["SN", "ML", "CV", "ML"] {
            a.insert(FacetKind::Origin, value);
        }
        let mut b = Filters::default();
        for value in ["CV", "SN", "ML"] {
            b.insert(FacetKind::Origin, value);
        }
        assert_eq!(a.values(FacetKind::Origin), ["CV", "ML", "SN"]);
        assert_eq!(a, b);
        assert_eq!(a.value_count(), 3);
    }

    #[test]
    fn an_empty_value_is_never_selected() {
        let mut filters = Filters::default();
        assert!(!filters.insert(FacetKind::Theme, ""));
        assert!(filters.is_empty());
    }

    #[test]
    fn a_facet_emptied_by_removal_or_toggle_is_gone() {
        let mut filters = Filters::default();
        filters.insert(FacetKind::Theme, "investment");
        filters.toggle(FacetKind::Theme, "investment");
        assert!(filters.is_empty());
        assert_eq!(filters, Filters::default());
        assert_eq!(filters.selections().count(), 0);
        assert!(!filters.remove(FacetKind::Theme, "investment"));
    }

    #[test]
    fn retain_drops_facets_left_empty() {
        let mut filters = Filters::default();
        filters.insert(FacetKind::Origin, "ML");
        filters.insert(FacetKind::Theme, "investment");
        filters.retain(|kind, _| kind == FacetKind::Theme);
        assert_eq!(
            filters.selections().collect::<Vec<_>>(),
            [(FacetKind::Theme, &["investment".to_owned()][..])]
        );
    }

    #[test]
    fn removals_list_each_value_then_the_years() {
        let mut filters = Filters::default();
        filters.insert(FacetKind::Theme, "investment");
        filters.insert(FacetKind::Origin, "SN");
        filters.insert(FacetKind::Origin, "ML");
        assert_eq!(filters.removals().count(), 3);
        filters.set_years(YearRange::between(None, Some(2010)));
        assert_eq!(
            filters.removals().collect::<Vec<_>>(),
            [
                Removal::Value(FacetKind::Origin, "ML".into()),
                Removal::Value(FacetKind::Origin, "SN".into()),
                Removal::Value(FacetKind::Theme, "investment".into()),
                Removal::YearRange,
            ]
        );
    }

    #[test]
    fn a_bound_that_would_contradict_the_other_is_refused_and_says_why() {
        let range = YearRange::between(Some(2015), None);
        assert_eq!(
            range.try_with_to(Some(2005)),
            Err(YearConflict::ToBeforeFrom {
                to: 2005,
                from: 2015
            })
        );
        assert_eq!(
            range.try_with_to(Some(2015)),
            Ok(YearRange::between(Some(2015), Some(2015)))
        );
        assert_eq!(range.try_with_to(None), Ok(range));
        let range = YearRange::between(None, Some(2005));
        assert_eq!(
            range.try_with_from(Some(2015)),
            Err(YearConflict::FromAfterTo {
                from: 2015,
                to: 2005
            })
        );
        assert_eq!(range.try_with_from(None), Ok(range));
    }

    #[test]
    fn year_ranges_never_contradict_themselves() {
        let range = YearRange::between(Some(2000), Some(2010));
        assert!(range.contains(2000) && range.contains(2010) && !range.contains(2011));
        assert_eq!(
            range.with_from(Some(2015)),
            YearRange::between(Some(2015), None)
        );
        assert_eq!(YearRange::between(Some(2010), Some(2000)).to(), None);
        assert!(!YearRange::ANY.is_set());
        assert!(YearRange::ANY.contains(1850));
    }
}
