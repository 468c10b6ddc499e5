//! The JavaScript and HTML the explorer ships (`public/embed.js`, `scripts/service-worker.js`,
//! the boot script in `scripts/post-build.mjs`, `index.html`) cannot import the names defined
//! in `core/src/explorer/contract.rs`; these tests read them and keep them in step with it, as
//! `schema.rs` does for the published JSON schema. Each failure names the file and the name
//! that drifted.

use std::collections::BTreeSet;
use std::path::Path;

use diaspora_core::explorer::contract::{
    self, ELEMENT_ATTRIBUTES, ELEMENT_NAME, EMBED_PARAMETER, FRAME_HOST_ATTRIBUTE,
    HEIGHT_MESSAGE_TYPE, MESSAGE_HEIGHT_FIELD, MESSAGE_TOP_FIELD, MESSAGE_TYPE_FIELD,
    MOUNT_ELEMENT_EXPORT, PAGE_MARKER_CONTENT, PAGE_MARKER_NAME, PARENT_PARAMETER,
    PARTNER_DATA_ATTRIBUTE, PARTNER_DATA_PARAMETER, SKIP_WAITING_MESSAGE, UPDATE_READY_EVENT,
    UPDATING_FLAG, VIEWPORT_MESSAGE_TYPE,
};

const EMBED_JS: &str = "public/embed.js";
const SERVICE_WORKER: &str = "scripts/service-worker.js";
const POST_BUILD: &str = "scripts/post-build.mjs";
const INDEX_HTML: &str = "index.html";
const LAUNCH_RS: &str = "src/launch.rs";

/// A file of the repository, by its path from the repository's root.
fn read(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path);
    std::fs::read_to_string(&full)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", full.display()))
}

/// The string literal (quoted with `'`, `"` or `` ` ``, without escapes) that follows each
/// occurrence of `prefix` in `source`, ignoring spaces before it.
fn literals_after(source: &str, prefix: &str) -> Vec<String> {
    source
        .match_indices(prefix)
        .filter_map(|(at, _)| first_literal(&source[at + prefix.len()..]))
        .collect()
}

/// The string literal at the start of `text`, after spaces.
fn first_literal(text: &str) -> Option<String> {
    let text = text.trim_start();
    let quote = text
        .chars()
        .next()
        .filter(|c| matches!(c, '\'' | '"' | '`'))?;
    let rest = &text[1..];
    rest.find(quote).map(|end| rest[..end].to_owned())
}

/// Every string literal in `source`, which holds no comment.
fn all_literals(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = source;
    while let Some(start) = rest.find(['\'', '"']) {
        let Some(literal) = first_literal(&rest[start..]) else {
            break;
        };
        rest = &rest[start + literal.len() + 2..];
        found.push(literal);
    }
    found
}

/// The names in `static observedAttributes = [...]`, comments left out.
fn observed_attributes(embed_js: &str) -> Vec<String> {
    const START: &str = "static observedAttributes = [";
    let at = embed_js
        .find(START)
        .unwrap_or_else(|| panic!("{EMBED_JS}: `{START}` not found"));
    let list = &embed_js[at + START.len()..];
    let end = list
        .find(']')
        .unwrap_or_else(|| panic!("{EMBED_JS}: observedAttributes has no closing `]`"));
    let without_comments: String = list[..end]
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    all_literals(&without_comments)
}

/// Asserts that `found` (what `file` says after `what`) is `expected` at every occurrence, and
/// that there is at least one.
fn assert_each(file: &str, what: &str, found: &[String], constant: &str, expected: &str) {
    assert!(
        !found.is_empty(),
        "{file}: no `{what}` found; it should name contract::{constant} = {expected:?}"
    );
    for name in found {
        assert_eq!(
            name, expected,
            "{file}: `{what}` names {name:?}, but contract::{constant} is {expected:?}"
        );
    }
}

/// Asserts that `file` contains `code`, which uses contract::`constant`.
fn assert_contains(file: &str, source: &str, code: &str, constant: &str) {
    assert!(
        source.contains(code),
        "{file}: `{code}` not found; contract::{constant} has drifted from it"
    );
}

#[test]
fn embed_js_observes_exactly_the_element_attributes() {
    let observed = observed_attributes(&read(EMBED_JS));
    let observed_set: BTreeSet<&str> = observed.iter().map(String::as_str).collect();
    assert_eq!(
        observed_set.len(),
        observed.len(),
        "{EMBED_JS}: observedAttributes names an attribute twice: {observed:?}"
    );
    let listed: BTreeSet<&str> = ELEMENT_ATTRIBUTES.into_iter().collect();
    let extra: Vec<_> = observed_set.difference(&listed).collect();
    let missing: Vec<_> = listed.difference(&observed_set).collect();
    assert!(
        extra.is_empty() && missing.is_empty(),
        "{EMBED_JS}: observedAttributes has drifted from contract::ELEMENT_ATTRIBUTES: \
         not in the contract {extra:?}, missing {missing:?}"
    );
}

#[test]
fn embed_js_reads_the_height_message_the_frame_posts() {
    let embed_js = read(EMBED_JS);
    assert_each(
        EMBED_JS,
        "const HEIGHT =",
        &literals_after(&embed_js, "const HEIGHT ="),
        "HEIGHT_MESSAGE_TYPE",
        HEIGHT_MESSAGE_TYPE,
    );
    assert_contains(
        EMBED_JS,
        &embed_js,
        &format!("event.data?.{MESSAGE_TYPE_FIELD} !== HEIGHT"),
        "MESSAGE_TYPE_FIELD",
    );
    assert_contains(
        EMBED_JS,
        &embed_js,
        &format!("event.data.{MESSAGE_HEIGHT_FIELD})"),
        "MESSAGE_HEIGHT_FIELD",
    );
}

#[test]
fn embed_js_posts_the_viewport_message_the_frame_reads() {
    let embed_js = read(EMBED_JS);
    assert_each(
        EMBED_JS,
        "const VIEWPORT =",
        &literals_after(&embed_js, "const VIEWPORT ="),
        "VIEWPORT_MESSAGE_TYPE",
        VIEWPORT_MESSAGE_TYPE,
    );
    assert_contains(
        EMBED_JS,
        &embed_js,
        &format!("{{ {MESSAGE_TYPE_FIELD}: VIEWPORT, {MESSAGE_TOP_FIELD}: "),
        "MESSAGE_TOP_FIELD",
    );
    assert_contains(
        EMBED_JS,
        &embed_js,
        &format!(", {MESSAGE_HEIGHT_FIELD}: innerHeight }}"),
        "MESSAGE_HEIGHT_FIELD",
    );
}

#[test]
fn embed_js_defines_the_element_and_finds_the_frame_hosts() {
    let embed_js = read(EMBED_JS);
    for call in ["customElements.get(", "customElements.define("] {
        assert_each(
            EMBED_JS,
            call,
            &literals_after(&embed_js, call),
            "ELEMENT_NAME",
            ELEMENT_NAME,
        );
    }
    assert_each(
        EMBED_JS,
        "querySelectorAll(",
        &literals_after(&embed_js, "querySelectorAll("),
        "FRAME_HOST_ATTRIBUTE",
        &format!("[{FRAME_HOST_ATTRIBUTE}]"),
    );
    // The marker is not passed on as an option.
    assert_contains(
        EMBED_JS,
        &embed_js,
        &format!("name === '{FRAME_HOST_ATTRIBUTE}'"),
        "FRAME_HOST_ATTRIBUTE",
    );
}

#[test]
fn embed_js_writes_the_parameters_the_core_reads() {
    let embed_js = read(EMBED_JS);
    assert_contains(
        EMBED_JS,
        &embed_js,
        &format!("params.set('{EMBED_PARAMETER}', '1')"),
        "EMBED_PARAMETER",
    );
    assert_contains(
        EMBED_JS,
        &embed_js,
        &format!("params.set('{PARENT_PARAMETER}', location.origin)"),
        "PARENT_PARAMETER",
    );
    assert_each(
        EMBED_JS,
        "key ===",
        &literals_after(&embed_js, "key ==="),
        "PARTNER_DATA_ATTRIBUTE",
        PARTNER_DATA_ATTRIBUTE,
    );
    assert_contains(
        EMBED_JS,
        &embed_js,
        &format!("params.append('{PARTNER_DATA_PARAMETER}', absolute(value))"),
        "PARTNER_DATA_PARAMETER",
    );
    assert_eq!(
        contract::parameter_of_attribute(PARTNER_DATA_ATTRIBUTE),
        PARTNER_DATA_PARAMETER
    );
}

#[test]
fn embed_js_calls_the_export_launch_rs_defines() {
    assert_contains(
        EMBED_JS,
        &read(EMBED_JS),
        &format!("glue.{MOUNT_ELEMENT_EXPORT}("),
        "MOUNT_ELEMENT_EXPORT",
    );
    assert_contains(
        LAUNCH_RS,
        &read(LAUNCH_RS),
        &format!("#[wasm_bindgen]\npub fn {MOUNT_ELEMENT_EXPORT}("),
        "MOUNT_ELEMENT_EXPORT",
    );
}

#[test]
fn the_service_worker_waits_for_the_message_the_app_posts() {
    assert_each(
        SERVICE_WORKER,
        "event.data ===",
        &literals_after(&read(SERVICE_WORKER), "event.data ==="),
        "SKIP_WAITING_MESSAGE",
        SKIP_WAITING_MESSAGE,
    );
}

#[test]
fn the_boot_script_dispatches_the_event_the_app_listens_for() {
    let post_build = read(POST_BUILD);
    assert_each(
        POST_BUILD,
        "new CustomEvent(",
        &literals_after(&post_build, "new CustomEvent("),
        "UPDATE_READY_EVENT",
        UPDATE_READY_EVENT,
    );
    assert_contains(
        POST_BUILD,
        &post_build,
        &format!("window.{UPDATING_FLAG})"),
        "UPDATING_FLAG",
    );
}

#[test]
fn index_html_carries_the_page_marker() {
    let index = read(INDEX_HTML);
    let markers = literals_after(&index, "<meta name=");
    assert!(
        markers.iter().any(|name| name == PAGE_MARKER_NAME),
        "{INDEX_HTML}: no <meta name={PAGE_MARKER_NAME:?}> (contract::PAGE_MARKER_NAME); \
         the <meta> names are {markers:?}"
    );
    assert_contains(
        INDEX_HTML,
        &index,
        &format!(r#"<meta name="{PAGE_MARKER_NAME}" content="{PAGE_MARKER_CONTENT}""#),
        "PAGE_MARKER_CONTENT",
    );
}

#[test]
fn embed_js_says_a_failed_start_in_the_core_s_words() {
    use diaspora_core::present::i18n::Messages;
    use diaspora_core::Lang;
    let source = read(EMBED_JS);
    for lang in [Lang::En, Lang::Fr] {
        let messages = Messages::get(lang);
        let line = format!(
            "{}: ['{}', '{}'],",
            lang.tag(),
            messages.element_failed,
            messages.open_full_explorer
        );
        assert_contains(
            EMBED_JS,
            &source,
            &line,
            "Messages::element_failed and open_full_explorer",
        );
    }
}
