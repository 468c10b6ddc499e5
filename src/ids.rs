//! The ids of the elements that another place refers to: a focus move, the skip link, an
//! `aria-controls`, `aria-labelledby` or `for`. One definition each, so that renaming an id
//! cannot leave a reference pointing at nothing. (The browser tests select some of them too.)

/// The static views the build writes into each page (`src/bin/prerender.rs`), which the app
/// replaces when it starts (`browser::Prerendered`); the stylesheet shows one of them.
pub const PRERENDERED: &str = "prerendered";
/// The main content.
pub const MAIN: &str = "main";
/// The results (count, chips, cards, pages): the skip links' target without script.
pub const RESULTS: &str = "results";
/// The results' heading ("24 programmes"): focus lands here after a filter or page changes.
pub const RESULTS_HEADING: &str = "results-heading";
/// The filter panel (a drawer on phones) and its heading.
pub const FILTERS: &str = "filters";
pub const FILTERS_HEADING: &str = "filters-heading";
/// The phone's "Filters" button, which focus returns to when the drawer closes.
pub const OPEN_FILTERS: &str = "open-filters";
/// The search box and its hint.
pub const SEARCH_INPUT: &str = "search-input";
pub const SEARCH_HINT: &str = "search-hint";
/// Why a typed start year was not applied (the year fields point to it when invalid).
pub const YEAR_CONFLICT: &str = "year-conflict";
/// The export buttons' group label.
pub const EXPORT_LABEL: &str = "export-label";
/// An open programme's title (focused when it opens) and its sections' headings.
pub const PROGRAMME_TITLE: &str = "programme-title";
pub const SUMMARY_HEADING: &str = "summary-heading";
pub const SOURCES_HEADING: &str = "sources-heading";
pub const TAKING_PART_HEADING: &str = "taking-part-heading";
pub const RELATED_HEADING: &str = "related-heading";
pub const FAMILY_HEAD_HEADING: &str = "family-head-heading";
pub const FAMILY_MEMBERS_HEADING: &str = "family-members-heading";
/// The "About the data" page's title (focused when it opens).
pub const ABOUT_TITLE: &str = "about-title";
/// The comparison's title (focused when it opens).
pub const COMPARE_TITLE: &str = "compare-title";

/// A result card's heading, which labels the card.
pub fn programme_heading(id: &str) -> String {
    format!("programme-{id}")
}

/// A result card's link, which focus returns to when its programme closes.
pub fn programme_link(id: &str) -> String {
    format!("programme-link-{id}")
}

/// `#id`, for an in-page link.
pub fn fragment(id: &str) -> String {
    format!("#{id}")
}
