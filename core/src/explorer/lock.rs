//! Filters a partner fixed for an embedded explorer (`lock=1`): a ministry's widget that
//! shows its own country's programmes only. People can still search, add filters, sort and
//! open programmes; they cannot remove the locked ones.
//!
//! The explorer passes every next state through [`LockedFilters::apply`], so no control can
//! drop a locked filter even by mistake; the controls also use [`LockedFilters::holds`] to
//! show a locked filter without a remove button.
//!
//! ```
//! use diaspora_core::explorer::lock::LockedFilters;
//! use diaspora_core::request::FacetKind;
//! use diaspora_core::explorer::url_state::ExplorerState;
//! let partner = ExplorerState::default().toggled(FacetKind::Origin, "ML");
//! let locked = LockedFilters::new(partner.filters.clone());
//! let cleared = locked.apply(partner.toggled(FacetKind::Theme, "investment").without_filters());
//! assert_eq!(cleared.filters.values(FacetKind::Origin), ["ML"]);
//! assert!(cleared.filters.values(FacetKind::Theme).is_empty());
//! assert!(locked.holds(FacetKind::Origin, "ML"));
//! ```

use crate::explorer::url_state::ExplorerState;
use crate::request::{FacetKind, Filters, Removal};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LockedFilters {
    filters: Filters,
}

impl LockedFilters {
    pub fn new(filters: Filters) -> LockedFilters {
        LockedFilters { filters }
    }

    /// Nothing locked (every explorer that is not a locked embed).
    pub fn none() -> LockedFilters {
        LockedFilters::default()
    }

    pub fn is_empty(&self) -> bool {
        self.filters.is_empty()
    }

    /// Whether this facet value is locked in.
    pub fn holds(&self, kind: FacetKind, value: &str) -> bool {
        self.filters.contains(kind, value)
    }

    /// Whether the start-year range is locked.
    pub fn holds_years(&self) -> bool {
        self.filters.years().is_set()
    }

    /// Whether a "try removing" suggestion may be offered.
    pub fn allows(&self, removal: &Removal) -> bool {
        match removal {
            Removal::Value(kind, value) => !self.holds(*kind, value),
            Removal::YearRange => !self.holds_years(),
            Removal::Query => true,
        }
    }

    /// Whether `state` has filters beyond the locked ones (what "Clear all" would remove).
    pub fn has_removable(&self, state: &ExplorerState) -> bool {
        let values = state
            .filters
            .selections()
            .any(|(kind, values)| values.iter().any(|value| !self.holds(kind, value)));
        let years = !self.holds_years() && state.filters.years().is_set();
        values || years
    }

    /// `state` with the locked filters put back: locked values selected (kept in the URL's
    /// sorted order) and a locked year range restored.
    pub fn apply(&self, mut state: ExplorerState) -> ExplorerState {
        for (kind, locked) in self.filters.selections() {
            for value in locked {
                state.filters.insert(kind, value.as_str());
            }
        }
        if self.holds_years() {
            state.filters.set_years(self.filters.years());
        }
        state
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::YearRange;

    fn partner() -> ExplorerState {
        ExplorerState::default()
            .toggled(FacetKind::Origin, "ML")
            .toggled(FacetKind::Theme, "investment")
            .with_years(YearRange::between(Some(2010), None))
    }

    #[test]
    fn locked_filters_survive_every_removal() {
        let locked = LockedFilters::new(partner().filters);
        let extra = partner().toggled(FacetKind::Origin, "SN");
        for next in [
            extra.without_filters(),
            extra.toggled(FacetKind::Origin, "ML"),
            extra.without_value(FacetKind::Theme, "investment"),
            extra.with_years(YearRange::ANY),
        ] {
            let kept = locked.apply(next);
            assert!(kept
                .filters
                .values(FacetKind::Origin)
                .contains(&"ML".to_owned()));
            assert_eq!(kept.filters.values(FacetKind::Theme), ["investment"]);
            assert_eq!(kept.filters.years().from(), Some(2010));
        }
        // What was added beside the locked filters can still go.
        let cleared = locked.apply(extra.without_value(FacetKind::Origin, "SN"));
        assert_eq!(cleared.filters.values(FacetKind::Origin), ["ML"]);
    }

    #[test]
    fn applying_keeps_the_canonical_order_so_equal_views_are_equal_states() {
        let locked = LockedFilters::new(
            ExplorerState::default()
                .toggled(FacetKind::Origin, "ML")
                .filters,
        );
        let with_others = ExplorerState::default()
            .toggled(FacetKind::Origin, "AO")
            .toggled(FacetKind::Origin, "SN");
        let applied = locked.apply(with_others);
        assert_eq!(
            applied.filters.values(FacetKind::Origin),
            ["AO", "ML", "SN"]
        );
        assert_eq!(
            applied,
            ExplorerState::default()
                .toggled(FacetKind::Origin, "SN")
                .toggled(FacetKind::Origin, "ML")
                .toggled(FacetKind::Origin, "AO")
        );
    }

    #[test]
    fn suggestions_and_clear_all_respect_the_lock() {
        let locked = LockedFilters::new(partner().filters);
        assert!(!locked.allows(&Removal::Value(FacetKind::Origin, "ML".into())));
        assert!(locked.allows(&Removal::Value(FacetKind::Origin, "SN".into())));
        assert!(!locked.allows(&Removal::YearRange));
        assert!(locked.allows(&Removal::Query));
        assert!(!locked.has_removable(&partner()));
        assert!(locked.has_removable(&partner().toggled(FacetKind::Origin, "SN")));
        let none = LockedFilters::none();
        assert!(none.is_empty());
        assert!(none.allows(&Removal::YearRange));
        assert!(none.has_removable(&partner()));
        assert_eq!(
            none.apply(ExplorerState::default()),
            ExplorerState::default()
        );
    }
}
