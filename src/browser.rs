//! The few browser services the explorer uses, each a small function over `web_sys`: the
//! address bar, the preferred language, the clipboard and file downloads. Failures here are
//! never fatal: the page keeps working and says so where it matters.

use wasm_bindgen::JsCast;

fn window() -> web_sys::Window {
    web_sys::window().expect("the explorer runs in a browser window")
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

/// Writes `query_string` (empty, or starting with `?`) to the address bar. An empty one keeps
/// the path alone, because an empty URL would keep the current query.
pub fn write_location(query_string: &str, mode: HistoryMode) {
    let window = window();
    let url = if query_string.is_empty() {
        window.location().pathname().unwrap_or_else(|_| "./".into())
    } else {
        query_string.to_owned()
    };
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

/// The full address of the current page, for "copy link".
pub fn location_href() -> String {
    window().location().href().unwrap_or_default()
}

/// The languages the browser prefers, most preferred first.
pub fn preferred_languages() -> Vec<String> {
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

/// Moves keyboard focus to the element with this id, if it is on the page.
pub fn focus_element(id: &str) {
    let Some(document) = window().document() else {
        return;
    };
    if let Some(element) = document.get_element_by_id(id) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// Whether a click on a link should stay in the page: a plain left click. Clicks with a
/// modifier or another button keep the browser's own behaviour (a new tab, a new window).
pub fn is_plain_click(event: &web_sys::MouseEvent) -> bool {
    !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
        && event.button() == 0
}
