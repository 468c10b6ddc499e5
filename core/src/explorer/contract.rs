//! The names the explorer's Rust code and its JavaScript agree on, each defined once.
//!
//! Part of the explorer is plain JavaScript that Rust cannot reach: `public/embed.js`, the
//! partners' script; `scripts/service-worker.js`; the boot script that
//! `scripts/post-build.mjs` writes; and `index.html`. Where they meet the app, they meet by
//! name, and a name misspelt on one side fails silently: a frame that never resizes, an update
//! prompt that never shows, an attribute that a partner sets and nothing reads. What crosses
//! the boundary:
//!
//! | what | Rust side | JavaScript side |
//! |------|-----------|-----------------|
//! | [`HEIGHT_MESSAGE_TYPE`], [`MESSAGE_TYPE_FIELD`], [`MESSAGE_HEIGHT_FIELD`] | an iframe posts its height | `embed.js` resizes the iframe |
//! | [`VIEWPORT_MESSAGE_TYPE`], [`MESSAGE_TOP_FIELD`], [`MESSAGE_HEIGHT_FIELD`] | an iframe keeps its filters' head and foot in sight | `embed.js` posts what of the iframe is on screen |
//! | [`UPDATE_READY_EVENT`] | the update prompt listens | the boot script dispatches it |
//! | [`UPDATING_FLAG`] | the update prompt sets it on `window` | the boot script reloads once it is set |
//! | [`SKIP_WAITING_MESSAGE`] | the update prompt posts it to the waiting worker | the service worker activates |
//! | [`PAGE_MARKER_NAME`], [`PAGE_MARKER_CONTENT`], [`PAGE_MARKER_SELECTOR`] | the app looks for it | `index.html` carries it |
//! | [`MOUNT_ELEMENT_EXPORT`] | the wasm-bindgen export of `src/launch.rs` | `embed.js` calls it |
//! | [`ELEMENT_NAME`], [`ELEMENT_ATTRIBUTES`] | the core parses the attributes as parameters | `embed.js` defines the element and observes them |
//! | [`FRAME_HOST_ATTRIBUTE`], [`EMBED_PARAMETER`], [`PARENT_PARAMETER`] | the core parses the iframe's query string | `embed.js` finds the hosts and writes the query |
//! | [`PARTNER_DATA_ATTRIBUTE`], [`PARTNER_DATA_PARAMETER`] | the core reads `data=` | `embed.js` renames `src` to it |
//!
//! JavaScript cannot import these constants (the scripts are served as written, with no
//! build step that could read Rust), so the Rust side uses them and `core/tests/contract.rs`
//! reads the four JavaScript and HTML files and fails, naming the file and the name, when one
//! of them says something else. The attribute list is checked here against the parser
//! itself, so that it is exactly what [`PageOptions`](super::embed::PageOptions) reads.
//!
//! ```
//! use diaspora_core::explorer::contract::{self, ELEMENT_ATTRIBUTES, HEIGHT_MESSAGE_TYPE};
//!
//! // An iframe's `{type: 'diaspora-explorer:height', height}` message, as embed.js expects it.
//! assert_eq!(HEIGHT_MESSAGE_TYPE, "diaspora-explorer:height");
//! // `<diaspora-explorer origin="ML" src="mine.json">` reaches the core as
//! // `?origin=ML&data=mine.json`.
//! assert!(ELEMENT_ATTRIBUTES.contains(&"origin"));
//! assert_eq!(contract::parameter_of_attribute("src"), "data");
//! assert_eq!(contract::parameter_of_attribute("origin"), "origin");
//! ```

/// The `type` of the message an iframe posts to the embedding page with its content's height.
/// Namespaced, because the partner's page may receive other windows' messages too.
pub const HEIGHT_MESSAGE_TYPE: &str = "diaspora-explorer:height";
/// The field of the height message that holds [`HEIGHT_MESSAGE_TYPE`].
pub const MESSAGE_TYPE_FIELD: &str = "type";
/// The field of the height message that holds the height, in CSS pixels.
pub const MESSAGE_HEIGHT_FIELD: &str = "height";

/// The `type` of the message `embed.js` posts to an iframe with the part of it the reader
/// sees: the frame is as tall as its content, so its own viewport is all of it, and nothing in
/// it could stick to the screen (the filters' head and foot do, with this).
pub const VIEWPORT_MESSAGE_TYPE: &str = "diaspora-explorer:viewport";
/// The field of the viewport message that holds the top of the partner's window in the
/// frame's coordinates, in CSS pixels (negative while the frame's top is still below it);
/// its [`MESSAGE_HEIGHT_FIELD`] holds the window's height.
pub const MESSAGE_TOP_FIELD: &str = "top";

/// The `window` event the boot script dispatches when a new build's service worker is
/// waiting; its `detail` is that worker.
pub const UPDATE_READY_EVENT: &str = "diaspora-update-ready";
/// The `window` property the app sets before switching builds: the boot script reloads the
/// page on the next change of controller only when it is set, and never otherwise (a first
/// install also changes the controller).
pub const UPDATING_FLAG: &str = "__diasporaUpdating";
/// The message that tells the waiting service worker to take over. A new build waits for it,
/// so that a page never mixes the files of two builds.
pub const SKIP_WAITING_MESSAGE: &str = "skip-waiting";

/// The `name` of the `<meta>` that marks the explorer's own page; `embed.js` loads the same
/// module on partners' pages, where it must not take over the document.
pub const PAGE_MARKER_NAME: &str = "diaspora-explorer";
/// The `content` of that `<meta>`.
pub const PAGE_MARKER_CONTENT: &str = "app";
/// The CSS selector of that `<meta>`, as the app queries it.
pub const PAGE_MARKER_SELECTOR: &str = r#"meta[name="diaspora-explorer"][content="app"]"#;

/// The wasm-bindgen export `embed.js` calls to mount an explorer in an element. A Rust
/// function's name cannot come from a constant; `core/tests/contract.rs` checks that
/// `src/launch.rs` exports a function of this name.
pub const MOUNT_ELEMENT_EXPORT: &str = "mount_element";

/// The custom element partners write, `<diaspora-explorer>`.
pub const ELEMENT_NAME: &str = "diaspora-explorer";
/// The attribute that marks a partner's element to be replaced by an iframe of the explorer,
/// `<div data-diaspora-explorer data-origin="ML">`; it is not an option.
pub const FRAME_HOST_ATTRIBUTE: &str = "data-diaspora-explorer";
/// The parameter `embed.js` sets, to `1`, on every iframe: the compact layout.
pub const EMBED_PARAMETER: &str = "embed";
/// The parameter `embed.js` sets on every iframe to the embedding page's origin, the only one
/// the iframe tells its height.
pub const PARENT_PARAMETER: &str = "parent";
/// The attribute with which a partner names their own `programmes.json` (README.md, "Embed
/// on your site"); on the hosted page it is [`PARTNER_DATA_PARAMETER`].
pub const PARTNER_DATA_ATTRIBUTE: &str = "src";
/// The parameter `embed.js` turns [`PARTNER_DATA_ATTRIBUTE`] into, its value resolved against
/// the partner's page.
pub const PARTNER_DATA_PARAMETER: &str = "data";

/// The options of a `<diaspora-explorer>` element, which `embed.js` observes (a change
/// restarts the explorer) and passes to the core as parameters of the same names, but for
/// [`PARTNER_DATA_ATTRIBUTE`] (see [`parameter_of_attribute`]). They are every parameter the
/// core reads except [`NON_ATTRIBUTE_PARAMETERS`]; a test here holds the two lists to that.
pub const ELEMENT_ATTRIBUTES: [&str; 26] = [
    "q",
    "origin",
    "residence",
    "region",
    "theme",
    "support",
    "target",
    "org_type",
    "org",
    "status",
    "taking_part",
    "from",
    "to",
    "sort",
    "lang",
    "view",
    "side",
    "p",
    "compare",
    "lock",
    PARTNER_DATA_ATTRIBUTE,
    "filters",
    "links",
    "accent",
    "font",
    "radius",
];

/// The parameters the core reads that are not attributes of a `<diaspora-explorer>` element:
/// `id`, because an element's `id` is its own HTML id (embed.js never passes it); `embed` and
/// `parent`, because an element is not in an iframe: there is no frame layout to choose and
/// no embedding page to tell a height.
pub const NON_ATTRIBUTE_PARAMETERS: [&str; 3] = ["id", EMBED_PARAMETER, PARENT_PARAMETER];

/// The parameter an element attribute is passed to the core as.
pub fn parameter_of_attribute(attribute: &str) -> &str {
    if attribute == PARTNER_DATA_ATTRIBUTE {
        PARTNER_DATA_PARAMETER
    } else {
        attribute
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::data::calendar::today_utc;
    use crate::data::catalogue::Catalogue;
    use crate::explorer::embed::{PageOptions, EMBED_KEYS};
    use crate::explorer::url_state::ExplorerState;
    use crate::request::{FacetKind, Sort, YearRange};
    use crate::Lang;

    /// The parsers' warning for a key they do not read at all (as opposed to a value they
    /// cannot use).
    const UNKNOWN_PARAMETER: &str = "unknown parameter; ignored";

    fn catalogue() -> Catalogue {
        Catalogue::repository(today_utc())
    }

    /// Whether `PageOptions` reads `parameter` (whatever it makes of the value).
    fn is_read(parameter: &str, catalogue: &Catalogue) -> bool {
        let options = PageOptions::from_query_string(&format!("{parameter}=x"), catalogue);
        !options
            .warnings
            .iter()
            .any(|warning| warning.message == UNKNOWN_PARAMETER)
    }

    /// Every parameter the core reads: those of a state with every part set, as the state
    /// writes them, and the embedding options'.
    fn every_parameter() -> BTreeSet<String> {
        let mut state = ExplorerState {
            query: "words".into(),
            sort: Sort::StartNewest,
            page: 1,
            programme: Some("x".into()),
            lang: Some(Lang::Fr),
            view: crate::explorer::view::View::Map,
            side: crate::explorer::view::MapSide::Residence,
            compare: vec!["x".into(), "y".into()],
            ..ExplorerState::default()
        };
        for kind in FacetKind::ALL {
            state.filters.insert(kind, "x");
        }
        state
            .filters
            .set_years(YearRange::between(Some(2000), Some(2010)));
        let query = state.to_query_string();
        let mut keys: BTreeSet<String> =
            form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
                .map(|(key, _)| key.into_owned())
                .collect();
        keys.extend(EMBED_KEYS.iter().map(|key| key.to_string()));
        keys
    }

    #[test]
    fn the_check_for_unread_parameters_can_fail() {
        assert!(!is_read("not-an-option", &catalogue()));
    }

    #[test]
    fn the_core_reads_every_parameter_it_writes_and_every_element_attribute() {
        let catalogue = catalogue();
        for parameter in every_parameter() {
            assert!(is_read(&parameter, &catalogue), "`{parameter}` is not read");
        }
        for attribute in ELEMENT_ATTRIBUTES {
            let parameter = parameter_of_attribute(attribute);
            assert!(
                is_read(parameter, &catalogue),
                "the element attribute `{attribute}` (parameter `{parameter}`) is not read by PageOptions"
            );
        }
    }

    #[test]
    fn element_attributes_are_every_parameter_but_the_non_attribute_ones() {
        let parameters = every_parameter();
        for excluded in NON_ATTRIBUTE_PARAMETERS {
            assert!(
                parameters.contains(excluded),
                "NON_ATTRIBUTE_PARAMETERS names `{excluded}`, which the core no longer reads"
            );
        }
        let expected: BTreeSet<&str> = parameters
            .iter()
            .map(String::as_str)
            .filter(|parameter| !NON_ATTRIBUTE_PARAMETERS.contains(parameter))
            .collect();
        let listed: BTreeSet<&str> = ELEMENT_ATTRIBUTES
            .iter()
            .map(|attribute| parameter_of_attribute(attribute))
            .collect();
        assert_eq!(
            listed.len(),
            ELEMENT_ATTRIBUTES.len(),
            "ELEMENT_ATTRIBUTES names a parameter twice"
        );
        let missing: Vec<_> = expected.difference(&listed).collect();
        let extra: Vec<_> = listed.difference(&expected).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "ELEMENT_ATTRIBUTES has drifted from the parser: missing {missing:?} (add them, or \
             to NON_ATTRIBUTE_PARAMETERS with the reason), extra {extra:?}"
        );
    }

    #[test]
    fn the_frame_parameters_do_what_embed_js_sets_them_for() {
        let query = format!(
            "{EMBED_PARAMETER}=1&{PARENT_PARAMETER}=https://partner.example&{PARTNER_DATA_PARAMETER}=mine.json"
        );
        let options = PageOptions::from_query_string(&query, &catalogue());
        assert!(options.warnings.is_empty(), "{:?}", options.warnings);
        assert!(options.embed.embed);
        assert_eq!(
            options.embed.parent_origin.as_deref(),
            Some("https://partner.example")
        );
        assert_eq!(options.embed.data.as_deref(), Some("mine.json"));
    }

    #[test]
    fn the_marker_selector_selects_the_marker() {
        assert_eq!(
            PAGE_MARKER_SELECTOR,
            format!(r#"meta[name="{PAGE_MARKER_NAME}"][content="{PAGE_MARKER_CONTENT}"]"#)
        );
    }
}
