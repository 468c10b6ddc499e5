//! The explorer's reactive state, shared with every component through context: the state
//! that lives in the URL, the interface language, and the search response for them. The
//! transitions themselves are pure core functions (`diaspora_core::explorer::navigation`); this only
//! stores their result, writes it to the address bar (on the hosted page) and reads it back
//! on Back and Forward.

use diaspora_core::explorer::embed::{FilterLayout, PageOptions, ProgrammeLinks};
use diaspora_core::explorer::lock::LockedFilters;
use diaspora_core::explorer::url_state::ExplorerState;
use diaspora_core::present::i18n::Messages;
use diaspora_core::request::SearchRequest;
use diaspora_core::search::engine::PartialMatch;
use diaspora_core::search::facets::FacetCounts;
use diaspora_core::search::SearchResponse;
use diaspora_core::Lang;
use leptos::prelude::*;
use std::sync::Arc;

use crate::browser::{self, HistoryMode};
use crate::dataset::Dataset;
use crate::ids;

/// How long the count and the filters' counts wait for typing to pause before they change:
/// while a word is being typed or a typo corrected, each keystroke's count (12, 0, 3, 0, 9…)
/// would flash on screen and be read out by screen readers, and redrawing nine filters on
/// every keystroke would slow typing down; a pause of this length means the person is reading.
const COUNT_SETTLE: std::time::Duration = std::time::Duration::from_millis(400);

/// How long the address bar waits for typing to pause before it follows the query. Each
/// history write costs more than the search itself: Chromium fetches and decodes the page's
/// icon again after every same-document navigation. Measured on the real catalogue, typing
/// two queries (bench/keystroke.mjs's method): keystroke → paint p50 33 → 26 ms and p95
/// 58 → 37 ms without the writes. Any other move (a filter, a link, the language) writes the
/// waiting address first. The cost: a reload within this time of the last keystroke reloads
/// the query as it was before it (a reload takes the address it had when it was asked for, so
/// writing on `pagehide` would come too late).
const LOCATION_SETTLE: std::time::Duration = std::time::Duration::from_millis(300);

/// The parts of a response that wait for typing to pause ([`COUNT_SETTLE`]): the counts, and
/// the word on partial matches.
#[derive(Clone, Debug, PartialEq)]
pub struct Settled {
    /// The number of results.
    pub total: usize,
    /// The filters' counts.
    pub facets: Arc<Vec<FacetCounts>>,
    /// What the page says of results matching only some of the words.
    pub partial: Option<PartialMatch>,
    /// The results by start year, for the year chart.
    pub start_years: Arc<Vec<(i32, usize)>>,
}

impl Settled {
    fn of(response: &SearchResponse) -> Settled {
        Settled {
            total: response.total,
            facets: Arc::new(response.facets.clone()),
            partial: response.partial.clone(),
            start_years: Arc::new(response.start_years.clone()),
        }
    }
}

/// Cards on one page: enough to scan, few enough that a keystroke never re-renders many nodes.
pub const PAGE_SIZE: usize = 24;

/// Where the explorer runs, which decides what it may touch outside itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Host {
    /// The hosted page: the address bar holds the state; Back and Forward walk it.
    Page,
    /// An iframe on a partner's page (`?embed=1`): each step is an entry of the frame's own
    /// history, which the browser folds into its Back and Forward (Back after opening a
    /// programme returns to the list, not off the partner's page); the frame's address stays
    /// the one the partner gave it, so a reload returns to the partner's view.
    Frame,
    /// `<diaspora-explorer>` mounted into a partner's page: the state stays in the element;
    /// the page's URL, history, title, language and listeners are left alone (a history entry
    /// would be the partner's router's to interpret). "← Back to the results" returns from a
    /// programme.
    Element,
}

impl Host {
    pub fn is_embedded(self) -> bool {
        self != Host::Page
    }
}

/// What an explorer starts from.
pub struct Setup {
    pub host: Host,
    pub state: ExplorerState,
    pub locked: LockedFilters,
    pub data: Dataset,
    /// The hosted explorer's address without its query, which links open in a new tab.
    pub base: String,
    /// The shadow root of a `<diaspora-explorer>` element, where its ids live.
    pub shadow_root: Option<web_sys::ShadowRoot>,
    /// The language the browser prefers, for when the state names none (read by the caller:
    /// the build-time renderer has no browser).
    pub browser_lang: Lang,
    /// An embed's filter layout and where its programmes open (the hosted page ignores them).
    pub filter_layout: FilterLayout,
    pub programme_links: ProgrammeLinks,
    /// Whether the filters are on screen from the start (beside the results), so that they
    /// must be rendered at once; hidden ones (a phone's drawer, an embed's closed panel) are
    /// rendered in later tasks, off the start-up's path.
    pub filters_on_screen: bool,
}

#[derive(Clone, Copy)]
pub struct Explorer {
    pub state: RwSignal<ExplorerState>,
    /// `?lang=`, else the browser's language, else English.
    pub lang: Memo<Lang>,
    pub request: Memo<SearchRequest>,
    pub response: Memo<SearchResponse>,
    /// The number of results and the filters' counts, held while the person types until
    /// typing pauses ([`COUNT_SETTLE`]); at once after any other change. The cards follow
    /// every keystroke.
    pub settled: ReadSignal<Settled>,
    /// Whether [`Self::settled`] is waiting for typing to pause: the count and the filters are
    /// `aria-busy` meanwhile.
    pub counts_pending: ReadSignal<bool>,
    pub data: Dataset,
    /// The programmes ticked to compare, in the order ticked (an opened comparison's, when it
    /// was the address).
    pub compare_ticks: RwSignal<Vec<String>>,
    pub host: Host,
    pub filter_layout: FilterLayout,
    pub programme_links: ProgrammeLinks,
    pub filters_on_screen: bool,
    locked: StoredValue<LockedFilters>,
    base: StoredValue<String>,
    shadow_root: StoredValue<Option<web_sys::ShadowRoot>, LocalStorage>,
    /// Whether the last change came from typing, so that the next keystroke rewrites the same
    /// history entry instead of adding one per letter.
    typing: StoredValue<bool>,
    /// The typed query's address, waiting for typing to pause ([`LOCATION_SETTLE`]), with how
    /// it will be recorded (a search's first keystroke adds an entry).
    pending_location: StoredValue<Option<(TimeoutHandle, HistoryMode)>, LocalStorage>,
}

impl Explorer {
    pub fn new(setup: Setup) -> Explorer {
        let Setup {
            host,
            state,
            locked,
            data,
            base,
            shadow_root,
            browser_lang,
            filter_layout,
            programme_links,
            filters_on_screen,
        } = setup;
        // The hosted page has one layout and opens programmes in place.
        let (filter_layout, programme_links) = if host.is_embedded() {
            (filter_layout, programme_links)
        } else {
            (FilterLayout::default(), ProgrammeLinks::default())
        };
        let state = RwSignal::new(locked.apply(state));
        let lang = Memo::new(move |_| state.with(|s| s.lang).unwrap_or(browser_lang));
        let request = Memo::new(move |_| state.with(|s| s.search_request(PAGE_SIZE, lang.get())));
        let response = Memo::new(move |_| {
            request.with(|request| {
                let response = data.engine.search(data.catalogue, request);
                // A page past the end (an old link, or fewer results since) shows the last one.
                if response.hits.is_empty() && response.total > 0 {
                    let last = (response.total - 1) / request.page_size;
                    data.engine.search(
                        data.catalogue,
                        &SearchRequest {
                            page: last,
                            ..request.clone()
                        },
                    )
                } else {
                    response
                }
            })
        });
        let typing = StoredValue::new(false);
        let (settled, counts_pending) = settle_while_typing(response, typing);
        let compare_ticks = RwSignal::new(state.with_untracked(|s| s.compare.clone()));
        let explorer = Explorer {
            state,
            lang,
            request,
            response,
            settled,
            counts_pending,
            data,
            compare_ticks,
            host,
            filter_layout,
            programme_links,
            filters_on_screen,
            locked: StoredValue::new(locked),
            base: StoredValue::new(base),
            shadow_root: StoredValue::new_local(shadow_root),
            typing,
            pending_location: StoredValue::new_local(None),
        };
        match host {
            Host::Page => {
                let _ = window_event_listener(leptos::ev::popstate, move |_| {
                    // Back or Forward: the address is the one to follow now.
                    explorer.take_typed_location();
                    let next = read_location(data);
                    state.set(explorer.locked.with_value(|locked| locked.apply(next)));
                });
            }
            Host::Frame => {
                // The first entry holds the partner's view, so that Back returns to it.
                let first = state.with_untracked(ExplorerState::to_query_string);
                browser::write_history_entry(&first, HistoryMode::Replace);
                let _ = window_event_listener(leptos::ev::popstate, move |_| {
                    let Some(entry) = browser::history_entry() else {
                        return;
                    };
                    explorer.take_typed_location();
                    // Written by this frame from a state: nothing in it to warn about.
                    let next = PageOptions::from_query_string(&entry, data.catalogue).state;
                    state.set(explorer.locked.with_value(|locked| locked.apply(next)));
                });
            }
            Host::Element => {}
        }
        explorer
    }

    /// The interface text in the current language (reactive).
    pub fn messages(&self) -> &'static Messages {
        Messages::get(self.lang.get())
    }

    /// Reads the filters a partner locked (none outside a locked embed).
    pub fn with_locked<T>(&self, read: impl FnOnce(&LockedFilters) -> T) -> T {
        self.locked.with_value(read)
    }

    /// Moves to `next` and records it as a new history entry.
    pub fn go(&self, next: ExplorerState) {
        self.typing.set_value(false);
        self.commit(next, HistoryMode::Push);
    }

    /// Moves to `next` without a new history entry (the language, which is not a place to go
    /// back to).
    pub fn replace(&self, next: ExplorerState) {
        self.typing.set_value(false);
        self.commit(next, HistoryMode::Replace);
    }

    /// Moves to `next` as the person types: the results follow each keystroke, the address
    /// once typing pauses ([`LOCATION_SETTLE`]); the first keystroke of a search adds a history
    /// entry, the following ones rewrite it.
    pub fn type_query(&self, next: ExplorerState) {
        let mode = if self.typing.get_value() {
            HistoryMode::Replace
        } else {
            HistoryMode::Push
        };
        self.typing.set_value(true);
        let Some(next) = self.changed(next) else {
            return;
        };
        self.state.set(next);
        if self.host != Host::Element {
            self.write_location_later(mode);
        }
    }

    fn commit(&self, next: ExplorerState, mode: HistoryMode) {
        let Some(next) = self.changed(next) else {
            return;
        };
        // What was typed just before gets its entry first, so that Back returns to it.
        self.write_typed_location();
        self.write_location(&next, mode);
        self.state.set(next);
    }

    /// `next` with the partner's locked filters applied (no control can drop one, even by
    /// mistake), or `None` when that is where the explorer already is.
    fn changed(&self, next: ExplorerState) -> Option<ExplorerState> {
        let next = self.locked.with_value(|locked| locked.apply(next));
        (!self.state.with_untracked(|current| *current == next)).then_some(next)
    }

    fn write_location(&self, state: &ExplorerState, mode: HistoryMode) {
        match self.host {
            Host::Page => browser::write_location(&state.to_href(), mode),
            Host::Frame => browser::write_history_entry(&state.to_query_string(), mode),
            // The partner's page's history is its own (and its router's).
            Host::Element => {}
        }
    }

    /// Writes the current state to the address once typing pauses, replacing any write still
    /// waiting; a search's first keystroke (`Push`) still adds its entry then.
    fn write_location_later(&self, mode: HistoryMode) {
        // A write still waiting from this search's first keystroke keeps its `Push`.
        let mode = match self.take_typed_location() {
            Some(HistoryMode::Push) => HistoryMode::Push,
            _ => mode,
        };
        let explorer = *self;
        match set_timeout_with_handle(move || explorer.write_typed_location(), LOCATION_SETTLE) {
            Ok(handle) => self.pending_location.set_value(Some((handle, mode))),
            Err(_) => self
                .state
                .with_untracked(|state| self.write_location(state, mode)),
        }
    }

    /// Writes the typed query's address now, if it is still waiting.
    fn write_typed_location(&self) {
        if let Some(mode) = self.take_typed_location() {
            // `try_`: the explorer may be gone by then (an element taken off its page).
            let _ = self
                .state
                .try_with_untracked(|state| self.write_location(state, mode));
        }
    }

    /// Cancels the typed query's waiting write (Back or Forward forget it), and says how it
    /// would have been recorded.
    fn take_typed_location(&self) -> Option<HistoryMode> {
        let (handle, mode) = self
            .pending_location
            .try_update_value(Option::take)
            .flatten()?;
        handle.clear();
        Some(mode)
    }

    /// Follows a link to `next` within the explorer on a plain click (and says so); any other
    /// click is left to the browser, which opens the link's real `href` elsewhere.
    pub fn follow(&self, event: &web_sys::MouseEvent, next: ExplorerState) -> bool {
        if !browser::is_plain_click(event) {
            return false;
        }
        event.prevent_default();
        self.go(next);
        true
    }

    /// The link to a state, for real `href`s that open in a new tab and survive a reload: on
    /// the hosted page, relative to the explorer's root (the page's `<base>`): a query string,
    /// or a programme's own page; in an embed, the hosted explorer's full address (a new tab
    /// of a widget is the full explorer).
    pub fn href(&self, next: &ExplorerState) -> String {
        match (self.host, next.to_href()) {
            (Host::Page, href) if href.is_empty() => "./".to_owned(),
            (Host::Page, href) => href,
            _ => self.absolute_href(next),
        }
    }

    /// The explorer's root address, where its files are (the map's outlines).
    pub fn base(&self) -> String {
        self.base.get_value()
    }

    /// The full address of a state on the hosted explorer (for "copy link" and "open the
    /// full explorer").
    pub fn absolute_href(&self, next: &ExplorerState) -> String {
        self.base
            .with_value(|base| format!("{base}{}", next.to_href()))
    }

    /// Moves keyboard focus to the first result's link, or to the results' heading when
    /// there is no result (the skip links' target).
    pub fn focus_first_result(&self) {
        let first = self
            .response
            .with_untracked(|response| response.hits.first().map(|hit| hit.doc));
        let target = match first {
            Some(doc) => ids::programme_link(&self.data.catalogue.programmes[doc].id),
            None => ids::RESULTS_HEADING.to_owned(),
        };
        self.focus(&target);
    }

    /// Moves keyboard focus to the element with this id in this explorer (the document, or
    /// the element's shadow root).
    pub fn focus(&self, id: &str) {
        self.shadow_root
            .with_value(|root| browser::focus_element(root.as_ref(), id));
    }

    /// Like [`Self::focus`], for an element a lazily loaded view may still be fetching (the
    /// comparison's title): tried again at each animation frame, for about a second.
    pub fn focus_when_shown(self, id: String) {
        fn attempt(explorer: Explorer, id: String, frames_left: u32) {
            let found = explorer
                .shadow_root
                .with_value(|root| browser::focus_element(root.as_ref(), &id));
            if !found && frames_left > 0 {
                request_animation_frame(move || attempt(explorer, id, frames_left - 1));
            }
        }
        attempt(self, id, 60);
    }
}

/// The response's [`Settled`] parts, following it at once except while `typing`, when they
/// wait until no new response has come for [`COUNT_SETTLE`].
fn settle_while_typing(
    response: Memo<SearchResponse>,
    typing: StoredValue<bool>,
) -> (ReadSignal<Settled>, ReadSignal<bool>) {
    let (settled, set_settled) = signal(response.with_untracked(Settled::of));
    let (waiting, set_waiting) = signal(false);
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let settled_now = response.with(Settled::of);
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if !typing.get_value() {
            set_settled.set(settled_now);
            set_waiting.set(false);
            return;
        }
        let later = settled_now.clone();
        // `try_set`: the explorer may be gone by then (an element taken off its page).
        let settle = move || {
            drop(set_settled.try_set(later));
            let _ = set_waiting.try_set(false);
        };
        match set_timeout_with_handle(settle, COUNT_SETTLE) {
            Ok(handle) => {
                pending.set_value(Some(handle));
                set_waiting.set(true);
            }
            Err(_) => {
                set_settled.set(settled_now);
                set_waiting.set(false);
            }
        }
    });
    (settled, waiting)
}

/// The state in the address bar; every parameter that cannot be used is reported on the
/// console and left out.
fn read_location(data: Dataset) -> ExplorerState {
    let options = PageOptions::from_location(
        &browser::location_path(),
        &browser::location_search(),
        data.catalogue,
    );
    for warning in options.warnings {
        leptos::logging::warn!("{warning}");
    }
    options.state
}
