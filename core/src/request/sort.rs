//! The orders results can be listed in.

/// The order of results.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best match first; with no query, the browse order: ongoing programmes first, then the
    /// most recently started, then by title.
    #[default]
    Relevance,
    TitleAsc,
    StartNewest,
    StartOldest,
}

impl Sort {
    pub const ALL: [Sort; 4] = [
        Sort::Relevance,
        Sort::TitleAsc,
        Sort::StartNewest,
        Sort::StartOldest,
    ];

    /// The stable name of the order in URLs and in the JSON API.
    pub fn key(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::TitleAsc => "title",
            Sort::StartNewest => "newest",
            Sort::StartOldest => "oldest",
        }
    }

    pub fn from_key(key: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|sort| sort.key() == key)
    }
}
