//! What each control of the explorer does to its state: pure transitions from one
//! [`ExplorerState`] to the next, so the interface only calls them and writes the URL.
//!
//! Changing what is searched for (words, filters, sort) goes back to the first page and
//! closes an open programme; moving between pages keeps the search.
//!
//! ```
//! use diaspora_core::request::FacetKind;
//! use diaspora_core::explorer::url_state::ExplorerState;
//! let state = ExplorerState::default().at_page(3).toggled(FacetKind::Origin, "ML");
//! assert_eq!(state.page, 0);
//! assert_eq!(state.filters.values(FacetKind::Origin), ["ML"]);
//! assert!(state.toggled(FacetKind::Origin, "ML").filters.is_empty());
//! ```

use crate::explorer::url_state::{ExplorerState, MAX_COMPARED};
use crate::explorer::view::{MapSide, View};
use crate::request::{FacetKind, Removal, Sort, YearRange};
use crate::Lang;

impl ExplorerState {
    /// A new search: back to the first page, with no programme (nor "About the data", nor a
    /// comparison) open.
    fn restarted(&self) -> ExplorerState {
        ExplorerState {
            page: 0,
            programme: None,
            about: false,
            compare: Vec::new(),
            ..self.clone()
        }
    }

    /// The results shown another way; the search stays, and whatever page was open closes.
    ///
    /// ```
    /// use diaspora_core::explorer::url_state::ExplorerState;
    /// use diaspora_core::explorer::view::View;
    /// let searched = ExplorerState { query: "bonds".into(), ..ExplorerState::default() };
    /// assert_eq!(searched.with_view(View::Map).to_href(), "?q=bonds&view=map");
    /// ```
    pub fn with_view(&self, view: View) -> ExplorerState {
        ExplorerState {
            view,
            ..self.restarted()
        }
    }

    /// The map counting the other side of the corridor; the selection stays.
    pub fn with_side(&self, side: MapSide) -> ExplorerState {
        ExplorerState {
            side,
            ..self.restarted()
        }
    }

    /// The side-by-side comparison of `ids` (the first [`MAX_COMPARED`]), keeping the search
    /// to come back to.
    ///
    /// ```
    /// use diaspora_core::explorer::url_state::ExplorerState;
    /// let compared = ExplorerState::default().comparing(&["faise", "paisd"]);
    /// assert_eq!(compared.to_href(), "?compare=faise%2Cpaisd");
    /// assert_eq!(compared.closing(), ExplorerState::default());
    /// ```
    pub fn comparing(&self, ids: &[impl AsRef<str>]) -> ExplorerState {
        let mut compare: Vec<String> = Vec::new();
        for id in ids {
            let id = id.as_ref();
            if !compare.iter().any(|kept| kept == id) && compare.len() < MAX_COMPARED {
                compare.push(id.to_owned());
            }
        }
        ExplorerState {
            programme: None,
            about: false,
            compare,
            ..self.clone()
        }
    }

    /// Whether the side-by-side comparison is open (two programmes at least).
    pub fn is_comparing(&self) -> bool {
        self.compare.len() >= 2
    }

    pub fn with_query(&self, query: &str) -> ExplorerState {
        ExplorerState {
            query: query.to_owned(),
            ..self.restarted()
        }
    }

    /// Selects `value` in the facet, or unselects it when it was selected.
    pub fn toggled(&self, kind: FacetKind, value: &str) -> ExplorerState {
        let mut next = self.restarted();
        next.filters.toggle(kind, value);
        next
    }

    /// Selects `value` in the facet (a theme tag on a card); nothing changes when it already is.
    pub fn selecting(&self, kind: FacetKind, value: &str) -> ExplorerState {
        let mut next = self.restarted();
        next.filters.insert(kind, value);
        next
    }

    pub fn without_value(&self, kind: FacetKind, value: &str) -> ExplorerState {
        let mut next = self.restarted();
        next.filters.remove(kind, value);
        next
    }

    pub fn with_years(&self, years: YearRange) -> ExplorerState {
        let mut next = self.restarted();
        next.filters.set_years(years);
        next
    }

    /// Every filter removed; the search words stay.
    pub fn without_filters(&self) -> ExplorerState {
        let mut next = self.restarted();
        next.filters = Default::default();
        next
    }

    pub fn with_sort(&self, sort: Sort) -> ExplorerState {
        ExplorerState {
            sort,
            ..self.restarted()
        }
    }

    pub fn at_page(&self, page: usize) -> ExplorerState {
        ExplorerState {
            page,
            programme: None,
            about: false,
            compare: Vec::new(),
            ..self.clone()
        }
    }

    /// The programme page of `id`, keeping the search to come back to.
    pub fn opening(&self, id: &str) -> ExplorerState {
        ExplorerState {
            programme: Some(id.to_owned()),
            about: false,
            compare: Vec::new(),
            ..self.clone()
        }
    }

    /// The "About the data" page, keeping the search to come back to.
    ///
    /// ```
    /// use diaspora_core::explorer::url_state::ExplorerState;
    /// let searched = ExplorerState { query: "bonds".into(), ..ExplorerState::default() };
    /// let about = searched.opening_about();
    /// assert_eq!(about.to_href(), "?q=bonds&about=1");
    /// assert_eq!(about.closing(), searched);
    /// assert_eq!(ExplorerState::default().opening_about().to_href(), "about/");
    /// ```
    pub fn opening_about(&self) -> ExplorerState {
        ExplorerState {
            programme: None,
            about: true,
            compare: Vec::new(),
            ..self.clone()
        }
    }

    /// The open programme's permanent link: its id alone, without the reader's search,
    /// filters, page or language (the recipient's own language applies). `None` with no
    /// programme open.
    pub fn permalink(&self) -> Option<ExplorerState> {
        let programme = self.programme.clone()?;
        Some(ExplorerState {
            programme: Some(programme),
            ..ExplorerState::default()
        })
    }

    /// Whether the address of an open programme says more than its permanent link: a search,
    /// filters, an order or a page to come back to (the language aside).
    pub fn carries_a_search(&self) -> bool {
        let without_lang = ExplorerState {
            lang: None,
            ..self.clone()
        };
        self.permalink().is_some_and(|link| link != without_lang)
    }

    /// Back to the results from a programme's page, "About the data" or a comparison.
    pub fn closing(&self) -> ExplorerState {
        ExplorerState {
            programme: None,
            about: false,
            compare: Vec::new(),
            ..self.clone()
        }
    }

    pub fn with_lang(&self, lang: Lang) -> ExplorerState {
        ExplorerState {
            lang: Some(lang),
            ..self.clone()
        }
    }

    /// The state a "no results" suggestion leads to.
    pub fn relaxed(&self, removal: &Removal) -> ExplorerState {
        match removal {
            Removal::Value(kind, value) => self.without_value(*kind, value),
            Removal::YearRange => self.with_years(YearRange::ANY),
            Removal::Query => self.with_query(""),
        }
    }

    /// Selected facet values, plus one for a start-year range.
    pub fn active_filter_count(&self) -> usize {
        self.filters.value_count() + usize::from(self.filters.years().is_set())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searching_again_restarts_from_the_first_page_and_closes_the_programme() {
        let state = ExplorerState::default().at_page(2).opening("mida");
        for next in [
            state.with_query("remittances"),
            state.toggled(FacetKind::Theme, "investment"),
            state.with_years(YearRange::between(Some(2000), None)),
            state.with_sort(Sort::TitleAsc),
            state.without_filters(),
        ] {
            assert_eq!(next.page, 0);
            assert_eq!(next.programme, None);
        }
        let opened = state.at_page(2).opening("mida");
        assert_eq!(
            (opened.page, opened.programme.as_deref()),
            (2, Some("mida"))
        );
        assert_eq!(opened.closing().page, 2);
    }

    #[test]
    fn a_permalink_keeps_the_programme_and_nothing_else() {
        let state = ExplorerState::default()
            .with_query("remittances")
            .toggled(FacetKind::Origin, "SN")
            .with_lang(Lang::Fr)
            .at_page(2)
            .opening("mida");
        let link = state.permalink().expect("a programme is open");
        assert_eq!(link.to_query_string(), "?id=mida");
        assert_eq!(state.closing().permalink(), None);
        assert!(state.carries_a_search());
        assert!(!link.carries_a_search());
        assert!(!link.with_lang(Lang::Fr).carries_a_search());
        assert!(!state.closing().carries_a_search());
    }

    #[test]
    fn toggling_twice_restores_the_filters_and_counts_follow() {
        let state = ExplorerState::default()
            .toggled(FacetKind::Origin, "ML")
            .toggled(FacetKind::Origin, "SN")
            .with_years(YearRange::between(Some(2000), Some(2010)));
        assert_eq!(state.active_filter_count(), 3);
        assert_eq!(state.filters.values(FacetKind::Origin), ["ML", "SN"]);
        let without = state.toggled(FacetKind::Origin, "ML");
        assert_eq!(without.filters.values(FacetKind::Origin), ["SN"]);
        let none = without
            .toggled(FacetKind::Origin, "SN")
            .relaxed(&Removal::YearRange);
        assert!(none.filters.is_empty());
        assert!(none.filters.values(FacetKind::Origin).is_empty());
        assert_eq!(state.without_filters().active_filter_count(), 0);
        assert_eq!(
            state.selecting(FacetKind::Origin, "ML").filters,
            state.filters
        );
    }
}
