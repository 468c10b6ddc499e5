//! The explorer's reactive state, shared with every component through context: the state
//! that lives in the URL, the interface language, and the search response for them. The
//! transitions themselves are pure core functions (`diaspora_core::navigation`); this only
//! stores their result, writes it to the address bar and reads it back on Back and Forward.

use diaspora_core::i18n::Messages;
use diaspora_core::search::{SearchRequest, SearchResponse};
use diaspora_core::url_state::ExplorerState;
use diaspora_core::Lang;
use leptos::prelude::*;

use crate::browser::{self, HistoryMode};
use crate::catalogue::{catalogue, engine};

/// Cards on one page: enough to scan, few enough that a keystroke never re-renders many nodes.
pub const PAGE_SIZE: usize = 24;

#[derive(Clone, Copy)]
pub struct Explorer {
    pub state: RwSignal<ExplorerState>,
    /// `?lang=`, else the browser's language, else English.
    pub lang: Memo<Lang>,
    pub request: Memo<SearchRequest>,
    pub response: Memo<SearchResponse>,
    /// Whether the last change came from typing, so that the next keystroke rewrites the same
    /// history entry instead of adding one per letter.
    typing: StoredValue<bool>,
}

impl Explorer {
    /// Reads the state from the address bar and follows Back and Forward.
    pub fn from_location() -> Explorer {
        let state = RwSignal::new(read_location());
        let browser_lang = browser::preferred_languages()
            .iter()
            .find_map(|tag| Lang::from_tag(tag))
            .unwrap_or_default();
        let lang = Memo::new(move |_| state.with(|s| s.lang).unwrap_or(browser_lang));
        let request = Memo::new(move |_| state.with(|s| s.search_request(PAGE_SIZE, lang.get())));
        let response = Memo::new(move |_| {
            request.with(|request| {
                let response = engine().search(catalogue(), request);
                // A page past the end (an old link, or fewer results since) shows the last one.
                if response.hits.is_empty() && response.total > 0 {
                    let last = (response.total - 1) / request.page_size;
                    engine().search(
                        catalogue(),
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
        let _ = window_event_listener(leptos::ev::popstate, move |_| {
            state.set(read_location());
        });
        Explorer {
            state,
            lang,
            request,
            response,
            typing: StoredValue::new(false),
        }
    }

    /// The interface text in the current language (reactive).
    pub fn messages(&self) -> &'static Messages {
        Messages::get(self.lang.get())
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

    /// Moves to `next` as the person types: the first keystroke of a search adds a history
    /// entry, the following ones rewrite it.
    pub fn type_query(&self, next: ExplorerState) {
        let mode = if self.typing.get_value() {
            HistoryMode::Replace
        } else {
            HistoryMode::Push
        };
        self.typing.set_value(true);
        self.commit(next, mode);
    }

    fn commit(&self, next: ExplorerState, mode: HistoryMode) {
        if self.state.with_untracked(|current| *current == next) {
            return;
        }
        browser::write_location(&next.to_query_string(), mode);
        self.state.set(next);
    }

    /// Follows a link to `next` within the page on a plain click (and says so); any other
    /// click is left to the browser, which opens the link's real `href` elsewhere.
    pub fn follow(&self, event: &web_sys::MouseEvent, next: ExplorerState) -> bool {
        if !browser::is_plain_click(event) {
            return false;
        }
        event.prevent_default();
        self.go(next);
        true
    }

    /// The link to a state, for real `href`s: they open in a new tab and survive a reload.
    pub fn href(next: &ExplorerState) -> String {
        match next.to_query_string() {
            query if query.is_empty() => "./".to_owned(),
            query => query,
        }
    }
}

/// The state in the address bar; every parameter that cannot be used is reported on the
/// console and left out.
fn read_location() -> ExplorerState {
    let (state, warnings) =
        ExplorerState::from_query_string(&browser::location_search(), catalogue());
    for warning in warnings {
        leptos::logging::warn!("{warning}");
    }
    state
}
