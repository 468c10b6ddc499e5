//! The explorer's state as it lives in the URL query string, so that a search can be
//! bookmarked, shared, and restored by Back and Forward.
//!
//! The parameter names are stable: links people have saved keep working.
//!
//! | parameter | meaning | example |
//! |-----------|---------|---------|
//! | `q` | the words typed in the search box | `q=skills+transfer` |
//! | `origin`, `residence` | countries of origin and of residence (ISO 3166-1 alpha-2) | `origin=ML&origin=SN` |
//! | `region` | UN M49 region code | `region=011` |
//! | `theme`, `support`, `target` | codes of the themes, support types and target groups vocabularies | `theme=remittances` |
//! | `org_type` | code of the organisation types vocabulary (of implementers) | `org_type=ngo` |
//! | `org` | an implementer's name, as written in the data | `org=IOM` |
//! | `status` | `ongoing`, `completed` or `unknown` | `status=ongoing` |
//! | `from`, `to` | the range of start years | `from=2000&to=2010` |
//! | `sort` | `relevance` (the default, left out), `title`, `newest` or `oldest` | `sort=newest` |
//! | `lang` | the interface language, `en` or `fr` | `lang=fr` |
//! | `view` | `list` (the default, left out), `map` or `charts` | `view=map` |
//! | `side` | the map's countries: `origin` (the default, left out) or `residence` | `side=residence` |
//! | `p` | the page, from 1 (left out for the first) | `p=2` |
//! | `id` | the programme whose page is open | `id=mida` |
//! | `about` | the "About the data" page is open (`1`) | `about=1` |
//! | `compare` | the programmes compared side by side, 2 to 4 ids in order | `compare=faise,paisd` |
//!
//! A programme open with nothing else but the language has a page of its own, at
//! `programmes/<id>/` from the explorer's root (see [`ExplorerState::to_href`]): a static page
//! written at build time, which link previews, search engines and readers without JavaScript
//! see, and which the app takes over. `?id=<id>` still reads as the same state. The same holds
//! for the "About the data" page: alone, it is `about/` ([`ABOUT_PAGE`]).
//!
//! A facet's values may be repeated (`origin=ML&origin=SN`) or separated by commas
//! (`origin=ML,SN`), except `org`, whose names may themselves contain commas. Reading is
//! forgiving, because URLs are typed, truncated and edited by hand: nothing is ever an error.
//! Whatever cannot be used (an unknown parameter or value, a malformed number, a repeated
//! single-valued parameter) is left out and reported as a [`Warning`], and the rest of the state
//! is kept. Writing is canonical: the same state always gives the same string, with the
//! parameters in the order of the table and the values of a facet sorted.
//!
//! ```
//! # use diaspora_core::data::calendar::today_utc;
//! # use diaspora_core::data::catalogue::{Catalogue, Sources};
//! # let catalogue = diaspora_core::Catalogue::load(&diaspora_core::data::catalogue::Sources::repository(today_utc())).unwrap();
//! use diaspora_core::request::FacetKind;
//! use diaspora_core::explorer::url_state::ExplorerState;
//!
//! let (state, warnings) =
//!     ExplorerState::from_query_string("?origin=sn,ml&q=skills&p=2&origin=XX", &catalogue);
//! assert_eq!(state.filters.values(FacetKind::Origin), ["ML", "SN"]);
//! assert_eq!(state.page, 1);
//! assert_eq!(warnings[0].to_string(), "URL parameter `origin=XX`: unknown country code; ignored");
//! assert_eq!(state.to_query_string(), "?q=skills&origin=ML&origin=SN&p=2");
//! ```

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;
use std::ops::RangeInclusive;

use crate::data::catalogue::Catalogue;
use crate::data::vocabulary::Vocabulary;
use crate::explorer::view::{MapSide, View};
use crate::request::{FacetKind, Filters, SearchRequest, Sort, YearRange};
use crate::search::query::{truncate, MAX_QUERY_BYTES};
use crate::Lang;

/// The longest query string read, after its `?`, in bytes; the rest is ignored. Every state
/// read is also written back within this length, so a URL the explorer wrote always reads back
/// whole.
pub const MAX_QUERY_STRING_BYTES: usize = 8 * 1024;
/// The most values one facet keeps; a facet list never needs more, and a hostile URL cannot
/// make the facets slow.
pub const MAX_VALUES_PER_FACET: usize = 50;
/// Start years a URL may ask for; others are typing mistakes.
pub const YEARS: RangeInclusive<i32> = 1900..=2100;

/// Warnings show at most this much of a value.
const SHOWN_VALUE_CHARS: usize = 40;

/// What the explorer shows: the search, the page, the open programme and the language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExplorerState {
    pub query: String,
    pub filters: Filters,
    pub sort: Sort,
    /// The page of results, from 0 (written `p=1`-based in the URL).
    pub page: usize,
    /// The id of the programme whose page is open.
    pub programme: Option<String>,
    /// The interface language the URL asks for; `None` leaves it to the browser.
    pub lang: Option<Lang>,
    /// Whether the "About the data" page is open (a programme's page, when one is open too,
    /// comes first).
    pub about: bool,
    /// How the results are shown.
    pub view: View,
    /// Which countries the map counts.
    pub side: MapSide,
    /// The programmes compared side by side (ids, in the order given, at most
    /// [`MAX_COMPARED`]); the comparison is open when there are at least two.
    pub compare: Vec<String>,
}

/// The most programmes compared side by side: more columns do not fit a page.
pub const MAX_COMPARED: usize = 4;

/// A part of the URL that could not be used as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The parameter as it was written, `key=value` (long values shortened).
    pub parameter: String,
    /// What was wrong, and what was done about it.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "URL parameter `{}`: {}", self.parameter, self.message)
    }
}

impl Warning {
    /// A warning about the parameter `key=value`, both shortened and made safe to print.
    pub(crate) fn about(key: &str, value: &str, message: impl Into<String>) -> Warning {
        Warning {
            parameter: format!("{}={}", shorten(key), shorten(value)),
            message: message.into(),
        }
    }
}

/// The interface language a query string asks for (`lang=fr`), read without a catalogue: for
/// what is shown while the catalogue loads. The first usable `lang` counts, as in the full
/// reader.
///
/// ```
/// use diaspora_core::explorer::url_state::requested_lang;
/// use diaspora_core::Lang;
/// assert_eq!(requested_lang("?q=x&lang=fr&lang=en"), Some(Lang::Fr));
/// assert_eq!(requested_lang("lang=xx&lang=fr"), Some(Lang::Fr));
/// assert_eq!(requested_lang("lang=xx"), None);
/// assert_eq!(requested_lang(""), None);
/// ```
pub fn requested_lang(query: &str) -> Option<Lang> {
    let text = query.strip_prefix('?').unwrap_or(query);
    form_urlencoded::parse(text.as_bytes())
        .filter(|(key, _)| key == "lang")
        .find_map(|(_, value)| Lang::from_tag(value.trim()))
}

/// The folder of the programmes' own pages, from the explorer's root.
pub const PROGRAMME_PAGES: &str = "programmes/";

/// The path of a programme's own page from the explorer's root: `programmes/<id>/`.
///
/// ```
/// use diaspora_core::explorer::url_state::{programme_page, programme_in_path};
/// assert_eq!(programme_page("mida"), "programmes/mida/");
/// assert_eq!(programme_in_path("programmes/mida/"), Some("mida"));
/// assert_eq!(programme_in_path("programmes/mida/index.html"), Some("mida"));
/// assert_eq!(programme_in_path("programmes/mida"), Some("mida"));
/// assert_eq!(programme_in_path(""), None);
/// assert_eq!(programme_in_path("programmes/"), None);
/// assert_eq!(programme_in_path("programmes/a/b/"), None);
/// ```
pub fn programme_page(id: &str) -> String {
    format!("{PROGRAMME_PAGES}{id}/")
}

/// The programme whose own page `path` is (relative to the explorer's root, as
/// [`programme_page`] writes it, with or without `index.html` or the final slash); `None` for
/// any other path. The id is not checked against a catalogue: an unknown one opens the page
/// that says so.
pub fn programme_in_path(path: &str) -> Option<&str> {
    let rest = path.strip_prefix(PROGRAMME_PAGES)?;
    let id = rest
        .strip_suffix("/index.html")
        .or_else(|| rest.strip_suffix('/'))
        .unwrap_or(rest);
    let is_slug = !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    is_slug.then_some(id)
}

/// The path of the "About the data" page from the explorer's root.
pub const ABOUT_PAGE: &str = "about/";

/// Whether `path` (relative to the explorer's root) is the "About the data" page, with or
/// without `index.html` or the final slash.
///
/// ```
/// use diaspora_core::explorer::url_state::is_about_path;
/// assert!(is_about_path("about/"));
/// assert!(is_about_path("about/index.html"));
/// assert!(is_about_path("about"));
/// assert!(!is_about_path("about/x/"));
/// assert!(!is_about_path(""));
/// ```
pub fn is_about_path(path: &str) -> bool {
    matches!(path, "about" | "about/" | "about/index.html")
}

impl ExplorerState {
    /// The address of this state relative to the explorer's root: a programme open with
    /// nothing else but the language is its own page (`programmes/mida/`, `?lang=` kept);
    /// any other state is [`Self::to_query_string`] (`""` for the default state).
    ///
    /// ```
    /// use diaspora_core::explorer::url_state::ExplorerState;
    /// use diaspora_core::Lang;
    /// let mida = ExplorerState { programme: Some("mida".into()), ..ExplorerState::default() };
    /// assert_eq!(mida.to_href(), "programmes/mida/");
    /// let french = ExplorerState { lang: Some(Lang::Fr), ..mida.clone() };
    /// assert_eq!(french.to_href(), "programmes/mida/?lang=fr");
    /// let searched = ExplorerState { query: "bonds".into(), ..mida };
    /// assert_eq!(searched.to_href(), "?q=bonds&id=mida");
    /// assert_eq!(ExplorerState::default().to_href(), "");
    /// ```
    pub fn to_href(&self) -> String {
        let lang = ExplorerState {
            lang: self.lang,
            ..ExplorerState::default()
        };
        match &self.programme {
            Some(id) if self.is_page_alone() => {
                format!("{}{}", programme_page(id), lang.to_query_string())
            }
            None if self.about && self.is_page_alone() => {
                format!("{ABOUT_PAGE}{}", lang.to_query_string())
            }
            _ => self.to_query_string(),
        }
    }

    /// Whether this state is one page (a programme's, or "About the data") and nothing more
    /// (the language aside).
    fn is_page_alone(&self) -> bool {
        *self
            == ExplorerState {
                programme: self.programme.clone(),
                about: self.about && self.programme.is_none(),
                lang: self.lang,
                ..ExplorerState::default()
            }
    }

    /// Reads a query string such as `location.search`, with or without its leading `?`.
    pub fn from_query_string(query: &str, catalogue: &Catalogue) -> (ExplorerState, Vec<Warning>) {
        let (state, _, warnings) = ExplorerState::from_query_string_with(query, catalogue, &[]);
        (state, warnings)
    }

    /// Like [`Self::from_query_string`], but the parameters named in `other_keys` are not
    /// read: they are returned, decoded and in order, for another reader (the embedding
    /// options of `crate::explorer::embed`).
    pub fn from_query_string_with(
        query: &str,
        catalogue: &Catalogue,
        other_keys: &[&str],
    ) -> (ExplorerState, Vec<(String, String)>, Vec<Warning>) {
        let text = query.strip_prefix('?').unwrap_or(query);
        let (kept, dropped) = if text.len() > MAX_QUERY_STRING_BYTES {
            // Cut before the last parameter that does not fit whole: half a value could be
            // valid and mean something else ("theme=health" cut to "theme=he").
            let end = text.as_bytes()[..=MAX_QUERY_STRING_BYTES]
                .iter()
                .rposition(|&byte| byte == b'&')
                .unwrap_or(0);
            text.split_at(end)
        } else {
            (text, "")
        };
        let (others, pairs): (Vec<_>, Vec<_>) = form_urlencoded::parse(kept.as_bytes())
            .map(|(key, value)| (key.into_owned(), value.into_owned()))
            .partition(|(key, _)| {
                other_keys
                    .iter()
                    .any(|other| key.eq_ignore_ascii_case(other))
            });
        let (state, mut warnings) = ExplorerState::from_pairs(pairs, catalogue);
        if !dropped.is_empty() {
            warnings.push(Warning {
                parameter: shorten(dropped.trim_start_matches('&')),
                message: format!(
                    "the query string is longer than {MAX_QUERY_STRING_BYTES} bytes; this \
                     parameter and the following ones are ignored"
                ),
            });
        }
        (state, others, warnings)
    }

    /// Reads decoded `(key, value)` pairs by the same rules as [`Self::from_query_string`]
    /// (for states given another way, such as the attributes of an embedded explorer).
    pub fn from_pairs<K, V>(
        pairs: impl IntoIterator<Item = (K, V)>,
        catalogue: &Catalogue,
    ) -> (ExplorerState, Vec<Warning>)
    where
        K: AsRef<str>,
        V: AsRef<str>,
    {
        let mut reader = Reader::new(catalogue);
        for (key, value) in pairs {
            reader.read(key.as_ref(), value.as_ref());
        }
        reader.finish()
    }

    /// The canonical query string: `""` for the default state, else `?` and the parameters in
    /// the order of the module's table, each facet value as its own parameter, in sorted order.
    pub fn to_query_string(&self) -> String {
        let pairs = self.canonical_pairs();
        if pairs.is_empty() {
            return String::new();
        }
        let mut query = form_urlencoded::Serializer::for_suffix(String::from("?"), 1);
        for (key, value) in &pairs {
            query.append_pair(key, value);
        }
        query.finish()
    }

    /// The search this state shows; `lang` is the language to use when the URL names none.
    pub fn search_request(&self, page_size: usize, lang: Lang) -> SearchRequest {
        SearchRequest {
            query: self.query.clone(),
            filters: self.filters.clone(),
            sort: self.sort,
            page: self.page,
            page_size,
            lang: self.lang.unwrap_or(lang),
        }
    }

    /// The parameters of [`Self::to_query_string`], decoded.
    fn canonical_pairs(&self) -> Vec<(&'static str, Cow<'_, str>)> {
        let mut pairs: Vec<(&'static str, Cow<'_, str>)> = Vec::new();
        if !self.query.is_empty() {
            pairs.push(("q", Cow::Borrowed(&self.query)));
        }
        // Filters keeps each facet's values sorted and distinct, in FacetKind::ALL order.
        for (kind, values) in self.filters.selections() {
            for value in values {
                pairs.push((kind.key(), Cow::Borrowed(value)));
            }
        }
        pairs.extend(self.scalar_pairs());
        pairs
    }

    /// Every parameter but the facets', in their canonical order after them.
    fn scalar_pairs(&self) -> Vec<(&'static str, Cow<'_, str>)> {
        let mut pairs = Vec::new();
        if let Some(from) = self.filters.years().from() {
            pairs.push(("from", Cow::Owned(from.to_string())));
        }
        if let Some(to) = self.filters.years().to() {
            pairs.push(("to", Cow::Owned(to.to_string())));
        }
        if self.sort != Sort::Relevance {
            pairs.push(("sort", Cow::Borrowed(self.sort.key())));
        }
        if let Some(lang) = self.lang {
            pairs.push(("lang", Cow::Borrowed(lang.tag())));
        }
        if self.view != View::List {
            pairs.push(("view", Cow::Borrowed(self.view.key())));
        }
        if self.side != MapSide::Origin {
            pairs.push(("side", Cow::Borrowed(self.side.key())));
        }
        if self.page > 0 {
            pairs.push(("p", Cow::Owned(self.page.saturating_add(1).to_string())));
        }
        if let Some(id) = &self.programme {
            pairs.push(("id", Cow::Borrowed(id)));
        }
        if self.about {
            pairs.push(("about", Cow::Borrowed("1")));
        }
        if !self.compare.is_empty() {
            pairs.push(("compare", Cow::Owned(self.compare.join(","))));
        }
        pairs
    }
}

/// The length of `key=value` once encoded.
fn encoded_length(key: &str, value: &str) -> usize {
    fn encoded(text: &str) -> usize {
        form_urlencoded::byte_serialize(text.as_bytes())
            .map(str::len)
            .sum()
    }
    encoded(key) + 1 + encoded(value)
}

/// Text for a warning: at most [`SHOWN_VALUE_CHARS`] characters, control characters made
/// visible, so that a hostile value cannot forge lines in a console.
fn shorten(text: &str) -> String {
    let mut shown: String = text
        .chars()
        .take(SHOWN_VALUE_CHARS)
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    if text.chars().nth(SHOWN_VALUE_CHARS).is_some() {
        shown.push('…');
    }
    shown
}

/// The parameters that hold one value.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Single {
    Query,
    From,
    To,
    Sort,
    Lang,
    Page,
    Programme,
    About,
    View,
    Side,
    Compare,
}

/// Builds a state from pairs, one at a time.
struct Reader<'c> {
    catalogue: &'c Catalogue,
    state: ExplorerState,
    warnings: Vec<Warning>,
    /// Single-valued parameters already given a usable value.
    set: HashSet<Single>,
    /// The implementer filter's values (organisation ids) of all programmes, gathered at
    /// the first `org`.
    implementer_names: Option<HashSet<&'c str>>,
    /// `from` and `to` as given, checked against each other once all are read.
    from_year: Option<i32>,
    to_year: Option<i32>,
}

impl<'c> Reader<'c> {
    fn new(catalogue: &'c Catalogue) -> Self {
        Reader {
            catalogue,
            state: ExplorerState::default(),
            warnings: Vec::new(),
            set: HashSet::new(),
            implementer_names: None,
            from_year: None,
            to_year: None,
        }
    }

    fn warn(&mut self, key: &str, value: &str, message: impl Into<String>) {
        self.warnings.push(Warning::about(key, value, message));
    }

    fn read(&mut self, key: &str, value: &str) {
        let single = match key.to_ascii_lowercase().as_str() {
            "q" => Single::Query,
            "from" => Single::From,
            "to" => Single::To,
            "sort" => Single::Sort,
            "lang" => Single::Lang,
            "p" => Single::Page,
            "id" => Single::Programme,
            "about" => Single::About,
            "view" => Single::View,
            "side" => Single::Side,
            "compare" => Single::Compare,
            lower => {
                if let Some(kind) = FacetKind::from_key(lower) {
                    self.read_facet(kind, key, value);
                } else if !(key.is_empty() && value.is_empty()) {
                    self.warn(key, value, "unknown parameter; ignored");
                }
                return;
            }
        };
        // An empty value is what a form sends for an empty field: nothing to report.
        if value.is_empty() {
            return;
        }
        if self.set.contains(&single) {
            self.warn(key, value, "given more than once; the first value is kept");
            return;
        }
        let accepted = match single {
            Single::Query => {
                let query = truncate(value, MAX_QUERY_BYTES);
                if query.len() < value.len() {
                    self.warn(
                        key,
                        value,
                        format!("longer than {MAX_QUERY_BYTES} bytes; the rest is ignored"),
                    );
                }
                self.state.query = query.to_owned();
                true
            }
            Single::From | Single::To => match value.trim().parse::<i32>() {
                Ok(year) if YEARS.contains(&year) => {
                    if single == Single::From {
                        self.from_year = Some(year);
                    } else {
                        self.to_year = Some(year);
                    }
                    true
                }
                Ok(_) => {
                    let (first, last) = (YEARS.start(), YEARS.end());
                    self.warn(
                        key,
                        value,
                        format!("not a year from {first} to {last}; ignored"),
                    );
                    false
                }
                Err(_) => {
                    self.warn(key, value, "not a year; ignored");
                    false
                }
            },
            Single::Sort => match Sort::from_key(&value.trim().to_ascii_lowercase()) {
                Some(sort) => {
                    self.state.sort = sort;
                    true
                }
                None => {
                    let names: Vec<&str> = Sort::ALL.iter().map(|sort| sort.key()).collect();
                    self.warn(
                        key,
                        value,
                        format!("unknown order (known: {}); ignored", names.join(", ")),
                    );
                    false
                }
            },
            Single::Lang => match Lang::from_tag(value.trim()) {
                Some(lang) => {
                    self.state.lang = Some(lang);
                    true
                }
                None => {
                    self.warn(key, value, "unknown language (known: en, fr); ignored");
                    false
                }
            },
            Single::Page => match value.trim().parse::<usize>() {
                Ok(page) if page >= 1 => {
                    self.state.page = page - 1;
                    true
                }
                _ => {
                    self.warn(key, value, "not a page number (1, 2, …); ignored");
                    false
                }
            },
            Single::Programme => {
                let id = value.trim().to_ascii_lowercase();
                if self.catalogue.programme(&id).is_some() {
                    self.state.programme = Some(id);
                    true
                } else if crate::data::validate::is_slug(&id) {
                    // A shared link to a programme since removed or renamed: its page says so
                    // (no warning needed), rather than silently showing something else.
                    self.state.programme = Some(id);
                    true
                } else {
                    self.warn(key, value, "not a programme id; ignored");
                    false
                }
            }
            Single::About => match value.trim().to_ascii_lowercase().as_str() {
                "1" | "true" | "yes" => {
                    self.state.about = true;
                    true
                }
                "0" | "false" | "no" => true,
                _ => {
                    self.warn(key, value, "not 1 or 0; ignored");
                    false
                }
            },
            Single::View => match View::from_key(&value.trim().to_ascii_lowercase()) {
                Some(view) => {
                    self.state.view = view;
                    true
                }
                None => {
                    self.warn(
                        key,
                        value,
                        "unknown view (known: list, map, charts); ignored",
                    );
                    false
                }
            },
            Single::Side => match MapSide::from_key(&value.trim().to_ascii_lowercase()) {
                Some(side) => {
                    self.state.side = side;
                    true
                }
                None => {
                    self.warn(
                        key,
                        value,
                        "unknown side (known: origin, residence); ignored",
                    );
                    false
                }
            },
            Single::Compare => {
                self.read_compared(key, value);
                true
            }
        };
        if accepted {
            self.set.insert(single);
        }
    }

    /// `compare=a,b`: the catalogue's ids, each once, in order, at most [`MAX_COMPARED`].
    fn read_compared(&mut self, key: &str, value: &str) {
        for item in value.split(',') {
            let id = item.trim().to_ascii_lowercase();
            if id.is_empty() || self.state.compare.contains(&id) {
                continue;
            }
            if self.catalogue.programme(&id).is_none() {
                self.warn(
                    key,
                    item.trim(),
                    "unknown programme; left out of the comparison",
                );
            } else if self.state.compare.len() == MAX_COMPARED {
                self.warn(
                    key,
                    item.trim(),
                    format!("more than {MAX_COMPARED} programmes to compare; ignored"),
                );
            } else {
                self.state.compare.push(id);
            }
        }
    }

    fn read_facet(&mut self, kind: FacetKind, key: &str, value: &str) {
        let items: Vec<&str> = if kind == FacetKind::Implementer {
            vec![value]
        } else {
            value.split(',').collect()
        };
        for item in items {
            let item = item.trim();
            if item.is_empty() {
                continue;
            }
            let Some(value) = self.facet_value(kind, item) else {
                let message = format!("{}; ignored", unknown_value_message(kind));
                self.warn(key, item, message);
                continue;
            };
            let filters = &mut self.state.filters;
            if filters.contains(kind, &value) {
                continue;
            }
            if filters.values(kind).len() == MAX_VALUES_PER_FACET {
                self.warn(
                    key,
                    item,
                    format!("more than {MAX_VALUES_PER_FACET} values for one filter; ignored"),
                );
                continue;
            }
            filters.insert(kind, value);
        }
    }

    /// The value as the facet knows it, or `None` when the catalogue has no such value.
    fn facet_value(&mut self, kind: FacetKind, item: &str) -> Option<String> {
        let catalogue = self.catalogue;
        let code = |vocabulary: &Vocabulary| {
            vocabulary
                .term(&item.to_ascii_lowercase())
                .map(|term| term.code.clone())
        };
        let vocabularies = &catalogue.vocabularies;
        match kind {
            FacetKind::Origin | FacetKind::Residence => catalogue
                .geography
                .country(&item.to_ascii_uppercase())
                .map(|country| country.code.clone()),
            FacetKind::Region => catalogue
                .geography
                .region(item)
                .map(|region| region.code.clone()),
            FacetKind::Theme => code(&vocabularies.themes),
            FacetKind::Support => code(&vocabularies.support_types),
            FacetKind::Target => code(&vocabularies.target_groups),
            FacetKind::ImplementerType => code(&vocabularies.organisation_types),
            FacetKind::Status => code(&vocabularies.statuses),
            FacetKind::Participation => code(&vocabularies.participation),
            FacetKind::Implementer => {
                let names = self.implementer_names.get_or_insert_with(|| {
                    catalogue
                        .programmes
                        .iter()
                        .flat_map(|p| FacetKind::Implementer.values_of(p))
                        .collect()
                });
                if names.contains(item) {
                    return Some(item.to_owned());
                }
                // Links made before organisations had ids name them: `org=IOM`.
                let organisations = &catalogue.organisations;
                organisations
                    .all()
                    .iter()
                    .find(|entry| entry.names().contains(&item))
                    .and_then(|entry| organisations.group_of(&entry.id))
                    .filter(|group| names.contains(group))
                    .map(str::to_owned)
            }
        }
    }

    fn finish(mut self) -> (ExplorerState, Vec<Warning>) {
        let years = YearRange::between(self.from_year, self.to_year);
        if let (Some(from), Some(to)) = (self.from_year, years.to().xor(self.to_year)) {
            self.warn(
                "to",
                &to.to_string(),
                format!("earlier than `from` ({from}); ignored"),
            );
        }
        self.state.filters.set_years(years);
        self.fit_url_length();
        (self.state, self.warnings)
    }

    /// Drops facet values until the state's own query string fits
    /// [`MAX_QUERY_STRING_BYTES`], so that every state read is written back whole. Only a
    /// crafted URL gets here (dozens of long implementer names given without encoding), so
    /// which values go matters less than that it is deterministic: in the canonical order,
    /// each value that no longer fits. The query, years, sort, language, page and programme
    /// are small and always kept.
    fn fit_url_length(&mut self) {
        // Every parameter costs its encoded length plus its separator (`?` or `&`).
        let cost = |pairs: &[(&str, Cow<'_, str>)]| -> usize {
            pairs
                .iter()
                .map(|(key, value)| encoded_length(key, value) + 1)
                .sum()
        };
        let mut budget = MAX_QUERY_STRING_BYTES + 1;
        let mut fixed = self.state.scalar_pairs();
        if !self.state.query.is_empty() {
            fixed.push(("q", Cow::Borrowed(&self.state.query)));
        }
        budget = budget.saturating_sub(cost(&fixed));
        let facets_cost: usize = self
            .state
            .filters
            .selections()
            .flat_map(|(kind, values)| {
                values
                    .iter()
                    .map(move |value| encoded_length(kind.key(), value) + 1)
            })
            .sum();
        if facets_cost <= budget {
            return;
        }
        let mut dropped = Vec::new();
        self.state.filters.retain(|kind, value| {
            let cost = encoded_length(kind.key(), value) + 1;
            if cost <= budget {
                budget -= cost;
                true
            } else {
                dropped.push((kind.key(), value.to_owned()));
                false
            }
        });
        for (key, value) in dropped {
            self.warn(
                key,
                &value,
                format!("the URL would be longer than {MAX_QUERY_STRING_BYTES} bytes; ignored"),
            );
        }
    }
}

/// What an unknown value of a facet is called in a warning.
fn unknown_value_message(kind: FacetKind) -> &'static str {
    match kind {
        FacetKind::Origin | FacetKind::Residence => "unknown country code",
        FacetKind::Region => "unknown region code",
        FacetKind::Theme => "unknown theme",
        FacetKind::Support => "unknown support type",
        FacetKind::Target => "unknown target group",
        FacetKind::ImplementerType => "unknown organisation type",
        FacetKind::Implementer => "no programme has an implementer of this id or name",
        FacetKind::Status => "unknown status",
        FacetKind::Participation => "unknown taking-part value (open or described)",
    }
}
