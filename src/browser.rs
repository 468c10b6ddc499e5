//! The few browser services the explorer uses, each a small function over `web_sys`: the
//! address bar, the preferred language, the clipboard and file downloads. Failures here are
//! never fatal: the page keeps working and says so where it matters.

use diaspora_core::explorer::contract;
use wasm_bindgen::JsCast;

fn window() -> web_sys::Window {
    web_sys::window().expect("the explorer runs in a browser window")
}

/// Today's date in UTC: the browser's clock in the browser, the system's in the build-time
/// renderer.
pub fn today() -> diaspora_core::data::calendar::Date {
    #[cfg(target_arch = "wasm32")]
    {
        diaspora_core::data::calendar::Date::from_unix_days(
            (js_sys::Date::now() / 86_400_000.0).floor() as i64,
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        diaspora_core::data::calendar::today_utc()
    }
}

/// The query string of the address bar, with its `?` (or empty).
pub fn location_search() -> String {
    window().location().search().unwrap_or_default()
}

/// How a change of state is recorded in the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryMode {
    /// A new entry, which Back returns from (a filter, a page, a programme).
    Push,
    /// The current entry rewritten (each keystroke of one search).
    Replace,
}

/// Writes `href` (an address relative to the explorer's root, as
/// `ExplorerState::to_href` writes it: a query string, a programme's page, or empty for the
/// root itself) to the address bar.
pub fn write_location(href: &str, mode: HistoryMode) {
    let window = window();
    // Relative to the explorer's root, which is the document's base (every page of the build
    // has a <base>), wherever the current page is.
    let url = format!("{}{href}", location_base());
    let Ok(history) = window.history() else {
        return;
    };
    let result = match mode {
        HistoryMode::Push => {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        }
        HistoryMode::Replace => {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        }
    };
    if let Err(error) = result {
        leptos::logging::warn!("could not update the address bar: {error:?}");
    }
}

/// Records `entry` in the browser's history without changing the address: an iframe widget's
/// steps, which the browser folds into its Back and Forward while the frame keeps the address
/// the partner gave it (a reload returns to the partner's view). `entry` comes back as
/// [`history_entry`] when Back or Forward reach it.
pub fn write_history_entry(entry: &str, mode: HistoryMode) {
    let Ok(history) = window().history() else {
        return;
    };
    let entry = wasm_bindgen::JsValue::from_str(entry);
    let result = match mode {
        HistoryMode::Push => history.push_state(&entry, ""),
        HistoryMode::Replace => history.replace_state(&entry, ""),
    };
    if let Err(error) = result {
        leptos::logging::warn!("could not record the step in the history: {error:?}");
    }
}

/// What [`write_history_entry`] recorded for the current history entry, if anything.
pub fn history_entry() -> Option<String> {
    window().history().ok()?.state().ok()?.as_string()
}

/// The first of the browser's languages the interface is written in, else English.
pub fn preferred_lang() -> diaspora_core::Lang {
    preferred_languages()
        .iter()
        .find_map(|tag| diaspora_core::Lang::from_tag(tag))
        .unwrap_or_default()
}

/// The languages the browser prefers, most preferred first.
fn preferred_languages() -> Vec<String> {
    let navigator = window().navigator();
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

/// Sets the document's `lang` attribute and title.
pub fn set_document_language_and_title(lang: &str, title: &str) {
    let document = window().document().expect("a window has a document");
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang);
    }
    document.set_title(title);
}

/// Copies `text` to the clipboard; resolves to whether it worked.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let promise = window().navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Offers `contents` as a file download named `file_name`.
pub fn download(file_name: &str, mime_type: &str, contents: &str) -> Result<(), String> {
    let describe = |error: wasm_bindgen::JsValue| format!("{error:?}");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let document = window().document().expect("a window has a document");
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(describe)?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The download starts from the click; the object URL is released once it has.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

/// Lets the browser run everything else waiting (input, rendering) before going on: the
/// start-up's steps are separate tasks, none long enough to hold up typing.
pub async fn yield_to_browser() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

/// Resolves once the browser has rendered a frame (after the next one begins): the page's
/// static views are then on screen, and what replaces them is not mistaken for new content.
/// Or after 100 ms at most: a page that renders no frames (an iframe out of sight, a tab in
/// the background) has nothing on screen to wait for.
pub async fn next_frame() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let window = window();
        let _ = window.request_animation_frame(&resolve);
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
    yield_to_browser().await;
}

/// Whether the window matches a CSS media query (`false` when it cannot tell).
pub fn matches_media(query: &str) -> bool {
    window()
        .match_media(query)
        .ok()
        .flatten()
        .is_some_and(|list| list.matches())
}

/// A page's static views (`<div id="prerendered">`, written by the build), which the app
/// replaces once it can show its own.
pub struct Prerendered(web_sys::Element);

/// What the reader typed in a static view's search box before the app started.
#[derive(Clone, Debug)]
pub struct TypedQuery {
    pub text: String,
    /// Whether the box had keyboard focus, and where the caret was (in UTF-16 units).
    pub focused: bool,
    pub caret: u32,
}

impl Prerendered {
    pub fn find() -> Option<Prerendered> {
        let document = window().document()?;
        document
            .get_element_by_id(crate::ids::PRERENDERED)
            .map(Prerendered)
    }

    /// The search box's text, if the reader typed anything (only the copy on screen can have
    /// been typed in).
    pub fn typed(&self) -> Option<TypedQuery> {
        let boxes = self.0.query_selector_all("input[type=search]").ok()?;
        let active = window().document()?.active_element();
        (0..boxes.length())
            .filter_map(|i| boxes.item(i)?.dyn_into::<web_sys::HtmlInputElement>().ok())
            .find(|input| !input.value().is_empty())
            .map(|input| TypedQuery {
                text: input.value(),
                focused: active.as_ref() == Some(input.as_ref()),
                caret: input.selection_start().ok().flatten().unwrap_or(0),
            })
    }

    pub fn remove(self) {
        self.0.remove();
    }
}

/// Focuses the text field with this id and puts the caret at `caret`.
pub fn focus_text_field(id: &str, caret: u32) {
    let Some(input) = window()
        .document()
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let _ = input.focus();
    let _ = input.set_selection_range(caret, caret);
}

/// Moves keyboard focus to the element with this id, if it is there: in `shadow_root` when
/// given (a `<diaspora-explorer>` element's ids live there), else in the document.
pub fn focus_element(shadow_root: Option<&web_sys::ShadowRoot>, id: &str) -> bool {
    let element = match shadow_root {
        Some(root) => root.get_element_by_id(id),
        None => window()
            .document()
            .and_then(|document| document.get_element_by_id(id)),
    };
    match element.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(element) => {
            let _ = element.focus();
            true
        }
        None => false,
    }
}

/// Whether a click on a link should stay in the page: a plain left click. Clicks with a
/// modifier or another button keep the browser's own behaviour (a new tab, a new window).
pub fn is_plain_click(event: &web_sys::MouseEvent) -> bool {
    !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
        && event.button() == 0
}

/// Whether this document is the explorer's own page, whose `index.html` carries the marker
/// `<meta>` ([`contract::PAGE_MARKER_SELECTOR`]), as opposed to a partner's page that loaded
/// the module through `embed.js` to mount `<diaspora-explorer>` elements.
pub fn is_explorer_page() -> bool {
    window()
        .document()
        .and_then(|document| {
            document
                .query_selector(contract::PAGE_MARKER_SELECTOR)
                .ok()
                .flatten()
        })
        .is_some()
}

/// `relative` resolved against `base` (`catalogue-….json` against the explorer's address);
/// `relative` as it is when `base` is not an absolute URL.
pub fn resolve(relative: &str, base: &str) -> String {
    web_sys::Url::new_with_base(relative, base)
        .map_or_else(|_| relative.to_owned(), |url| url.href())
}

/// The explorer's root: the document's base address (the build gives every page a `<base>`
/// naming it, the programmes' own pages included), without a query or fragment.
pub fn location_base() -> String {
    let base = window()
        .document()
        .and_then(|document| document.base_uri().ok().flatten())
        .unwrap_or_default();
    match base.find(['?', '#']) {
        Some(end) => base[..end].to_owned(),
        None => base,
    }
}

/// The page's path relative to the explorer's root (`programmes/mida/` on a programme's own
/// page, empty at the root).
pub fn location_path() -> String {
    let location = window().location();
    let page = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    page.strip_prefix(&location_base())
        .unwrap_or_default()
        .to_owned()
}

/// Opens the browser's print dialog (the stylesheet's print rules shape the page).
pub fn print() {
    if let Err(error) = window().print() {
        leptos::logging::warn!("printing could not start: {error:?}");
    }
}

/// The text at `url` (resolved against the page), or why it could not be had.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let describe = |error: wasm_bindgen::JsValue| {
        error.dyn_ref::<js_sys::Error>().map_or_else(
            || format!("{error:?}"),
            |error| String::from(error.message()),
        )
    };
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(describe)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!(
            "HTTP {} {}",
            response.status(),
            response.status_text()
        ));
    }
    let text = JsFuture::from(response.text().map_err(describe)?)
        .await
        .map_err(describe)?;
    Ok(text.as_string().unwrap_or_default())
}

/// Sets (or, for `None`, removes) CSS custom properties on an element through the CSSOM,
/// which a Content-Security-Policy without `'unsafe-inline'` styles allows (a `style`
/// attribute would not be).
pub fn set_css_properties(element: &web_sys::HtmlElement, properties: &[(&str, Option<&str>)]) {
    let style = element.style();
    for (name, value) in properties {
        let result = match value {
            Some(value) => style.set_property(name, value),
            None => style.remove_property(name).map(drop),
        };
        if let Err(error) = result {
            leptos::logging::warn!("could not set {name}: {error:?}");
        }
    }
}

/// The root element of the document (`<html>`).
pub fn document_element() -> Option<web_sys::HtmlElement> {
    window()
        .document()?
        .document_element()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Tells the embedding page the height of this frame's content, now and whenever it changes,
/// as a [`contract::HEIGHT_MESSAGE_TYPE`] message, the one `embed.js` applies to the iframe,
/// and only to `parent_origin`: another page that framed the widget learns nothing.
pub fn report_height_to(parent_origin: String) {
    use wasm_bindgen::closure::Closure;
    let window = window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let Some(body) = window.document().and_then(|document| document.body()) else {
        return;
    };
    let measured = body.clone();
    let post = move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(
            &message,
            &contract::MESSAGE_TYPE_FIELD.into(),
            &contract::HEIGHT_MESSAGE_TYPE.into(),
        );
        let _ = js_sys::Reflect::set(
            &message,
            &contract::MESSAGE_HEIGHT_FIELD.into(),
            &height.into(),
        );
        if let Err(error) = parent.post_message(&message, &parent_origin) {
            leptos::logging::warn!("could not tell the embedding page the height: {error:?}");
        }
    };
    let on_resize = Closure::<dyn FnMut()>::new(post);
    match web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        // The observer reports the first size at once, then every change. It and its callback
        // live as long as the page: an observer nothing refers to may be garbage-collected,
        // and then the frame stops following its content.
        Ok(observer) => {
            observer.observe(&body);
            std::mem::forget(observer);
        }
        Err(error) => leptos::logging::warn!("cannot follow the content's height: {error:?}"),
    }
    on_resize.forget();
}

/// Follows what of this frame the reader sees, from `embed.js`'s
/// [`contract::VIEWPORT_MESSAGE_TYPE`] messages (only those from `parent_origin` and from the
/// parent window itself), as two CSS custom properties on the root: `--frame-hidden-above` and
/// `--frame-hidden-below`, the frame's height above and below the partner's window. The
/// filters' sticky head and foot are offset by them, so that they stay on screen in a frame
/// as tall as its content (whose own viewport is all of it, so that plain `sticky` never
/// sticks).
pub fn follow_parent_viewport(parent_origin: String) {
    let window = window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let (Some(root), Some(body)) = (
        document_element(),
        window.document().and_then(|document| document.body()),
    ) else {
        return;
    };
    let number = |data: &wasm_bindgen::JsValue, field: &str| {
        js_sys::Reflect::get(data, &field.into())
            .ok()
            .and_then(|value| value.as_f64())
            .filter(|value| value.is_finite() && value.abs() <= 1e6)
    };
    let handle = leptos::prelude::window_event_listener(leptos::ev::message, move |event| {
        let from_parent = event
            .source()
            .is_some_and(|source| js_sys::Object::is(&source, &parent));
        if event.origin() != parent_origin || !from_parent {
            return;
        }
        let data = event.data();
        let is_viewport = js_sys::Reflect::get(&data, &contract::MESSAGE_TYPE_FIELD.into())
            .ok()
            .and_then(|value| value.as_string())
            .is_some_and(|kind| kind == contract::VIEWPORT_MESSAGE_TYPE);
        let (Some(top), Some(height)) = (
            number(&data, contract::MESSAGE_TOP_FIELD),
            number(&data, contract::MESSAGE_HEIGHT_FIELD),
        ) else {
            return;
        };
        if !is_viewport || height <= 0.0 {
            return;
        }
        let content = body.get_bounding_client_rect().height();
        // Whole pixels, written as integers (formatting a float would bring its code along).
        let pixels = |value: f64| format!("{}px", value.max(0.0).round() as i64);
        let (above, below) = (pixels(top), pixels(content - top - height));
        set_css_properties(
            &root,
            &[
                ("--frame-hidden-above", Some(&above)),
                ("--frame-hidden-below", Some(&below)),
            ],
        );
    });
    // For as long as the page lives.
    std::mem::forget(handle);
}

/// On Tab inside `container`, wraps focus from its last focusable control to its first (and
/// back with Shift+Tab), so that focus cannot leave a drawer that covers the page. Controls
/// that are hidden or disabled are skipped.
pub fn keep_tab_within(container: &web_sys::Element, event: &web_sys::KeyboardEvent) {
    const FOCUSABLE: &str =
        "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex='0']";
    let Ok(nodes) = container.query_selector_all(FOCUSABLE) else {
        return;
    };
    let visible: Vec<web_sys::HtmlElement> = (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|element| element.offset_parent().is_some())
        .collect();
    let (Some(first), Some(last)) = (visible.first(), visible.last()) else {
        return;
    };
    let Some(current) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    // Focus may also be on something focusable only by script, such as the drawer's heading.
    let position = visible.iter().position(|element| *element == current);
    let wrap_to = match (event.shift_key(), position) {
        (false, Some(at)) if at + 1 == visible.len() => first,
        (true, Some(0) | None) => last,
        _ => return,
    };
    event.prevent_default();
    let _ = wrap_to.focus();
}
