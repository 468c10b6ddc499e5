//! The options of an embedded explorer, read from the same query string (an iframe's `src`)
//! or attributes (`data-origin="ML"` on a partner's page) as the explorer's state, by one
//! typed parser: whatever cannot be used is ignored with a [`Warning`], never an error.
//!
//! | parameter | meaning | example |
//! |-----------|---------|---------|
//! | `embed` | compact layout for an iframe: no site header, a link to the full explorer | `embed=1` |
//! | `lock` | the filters given by the partner cannot be removed | `lock=1` |
//! | `parent` | the origin of the embedding page, the only one told the widget's height | `parent=https://partner.example` |
//! | `data` | a partner's own `programmes.json` (same origin, or served with CORS) | `data=https://partner.example/programmes.json` |
//! | `filters` | `collapsed` (the default): behind a "Filters" button; `expanded`: beside the results when the widget is wide enough | `filters=expanded` |
//! | `links` | where a programme opens: `inside` the widget (the default) or in a `new-tab` of the full explorer | `links=new-tab` |
//! | `accent`, `font`, `radius` | theme: accent colour (`#rgb` or `#rrggbb`), font family, corner radius | `accent=%23a3324a` |
//!
//! ```
//! use diaspora_core::explorer::embed::EmbedOptions;
//! let mut warnings = Vec::new();
//! let options = EmbedOptions::from_pairs(
//!     [("embed", "1"), ("parent", "https://partner.example"), ("accent", "red")],
//!     &mut warnings,
//! );
//! assert!(options.embed);
//! assert_eq!(options.parent_origin.as_deref(), Some("https://partner.example"));
//! assert_eq!(options.theme.accent, None);
//! assert_eq!(warnings.len(), 1);
//! ```

use crate::data::catalogue::Catalogue;
use crate::explorer::lock::LockedFilters;
use crate::explorer::url_state::{is_about_path, programme_in_path, ExplorerState, Warning};

/// The parameters this module reads; the explorer's state reads all the others.
pub const EMBED_KEYS: [&str; 9] = [
    "embed", "lock", "parent", "data", "filters", "links", "accent", "font", "radius",
];

/// The longest partner-data URL and parent origin accepted; longer ones are not real.
const MAX_URL_BYTES: usize = 2048;
const MAX_FONT_BYTES: usize = 120;

/// How a partner embeds the explorer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    pub embed: bool,
    pub locked: bool,
    /// `scheme://host[:port]`, without a trailing slash.
    pub parent_origin: Option<String>,
    pub data: Option<String>,
    pub filters: FilterLayout,
    pub links: ProgrammeLinks,
    pub theme: Theme,
}

/// How an embed shows its filters. A widget sits in a partner's column among other content:
/// a full-height column of nine facets beside three results would make it thousands of
/// pixels tall, so the filters wait behind a button unless the partner asks otherwise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FilterLayout {
    /// Behind a "Filters" button, opening above the results, at every width.
    #[default]
    Collapsed,
    /// Beside the results when the widget is at least as wide as the hosted page's
    /// two-column layout; behind the button when it is narrower.
    Expanded,
}

/// Where a widget's programmes open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ProgrammeLinks {
    /// In the widget, with "← Back to the results" (and, in an iframe, the browser's Back):
    /// the reader stays on the partner's page.
    #[default]
    Inside,
    /// The programme's page on the full explorer, in a new tab.
    NewTab,
}

/// What a partner may restyle; each value is checked to be only what it claims to be, so
/// that it can be set as a CSS custom property and nothing else.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Theme {
    pub accent: Option<String>,
    pub font: Option<String>,
    pub radius: Option<String>,
}

/// Everything a page's query string says: the explorer's state and the embedding options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageOptions {
    pub state: ExplorerState,
    pub embed: EmbedOptions,
    /// The filters of the query string when it says `lock=1`, else none.
    pub locked: LockedFilters,
    pub warnings: Vec<Warning>,
}

impl PageOptions {
    /// Reads an address: `path` relative to the explorer's root (a programme's own page, see
    /// [`programme_in_path`], or anything else) and its query string, as
    /// [`ExplorerState::to_href`] writes them. An `id` in the query wins over the path's.
    pub fn from_location(path: &str, query: &str, catalogue: &Catalogue) -> PageOptions {
        let mut options = PageOptions::from_query_string(query, catalogue);
        if options.state.programme.is_none() {
            options.state.programme = programme_in_path(path).map(str::to_owned);
        }
        // A programme opened from the About page is that programme's page, as `to_href` writes.
        if is_about_path(path) && options.state.programme.is_none() {
            options.state.about = true;
        }
        options
    }

    /// Reads a query string such as `location.search`.
    pub fn from_query_string(query: &str, catalogue: &Catalogue) -> PageOptions {
        let (state, others, mut warnings) =
            ExplorerState::from_query_string_with(query, catalogue, &EMBED_KEYS);
        let embed = EmbedOptions::from_pairs(others, &mut warnings);
        let locked = if embed.locked {
            LockedFilters::new(state.filters.clone())
        } else {
            LockedFilters::none()
        };
        PageOptions {
            state,
            embed,
            locked,
            warnings,
        }
    }
}

impl Theme {
    /// The partner's accent for dark mode: mixed 40/60 with the dark theme's text colour, so
    /// that a brand colour chosen for white pages stays readable on dark ones (a dark red
    /// link on a near-black page would not be).
    ///
    /// ```
    /// use diaspora_core::explorer::embed::Theme;
    /// let theme = Theme { accent: Some("#a3324a".into()), ..Theme::default() };
    /// assert_eq!(theme.accent_on_dark().as_deref(), Some("#cca2ad"));
    /// ```
    pub fn accent_on_dark(&self) -> Option<String> {
        const DARK_TEXT: [u8; 3] = [0xe8, 0xec, 0xef];
        let rgb = rgb(self.accent.as_deref()?)?;
        let mixed: String = rgb
            .iter()
            .zip(DARK_TEXT)
            .map(|(&accent, text)| {
                let value = (f32::from(accent) * 0.4 + f32::from(text) * 0.6).round() as u8;
                format!("{value:02x}")
            })
            .collect();
        Some(format!("#{mixed}"))
    }
}

/// The channels of `#rgb` or `#rrggbb`.
fn rgb(colour: &str) -> Option<[u8; 3]> {
    let hex = colour.strip_prefix('#')?;
    // Digits only: `from_str_radix` alone would take a sign ("#+fffff").
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |text: &str| u8::from_str_radix(text, 16).ok();
    match hex.len() {
        3 => {
            let mut out = [0; 3];
            for (slot, c) in out.iter_mut().zip(hex.chars()) {
                *slot = channel(&format!("{c}{c}"))?;
            }
            Some(out)
        }
        6 => Some([
            channel(hex.get(0..2)?)?,
            channel(hex.get(2..4)?)?,
            channel(hex.get(4..6)?)?,
        ]),
        _ => None,
    }
}

impl EmbedOptions {
    /// Reads the embedding parameters among `pairs` (other keys are reported as unknown).
    pub fn from_pairs<K, V>(
        pairs: impl IntoIterator<Item = (K, V)>,
        warnings: &mut Vec<Warning>,
    ) -> EmbedOptions
    where
        K: AsRef<str>,
        V: AsRef<str>,
    {
        let mut options = EmbedOptions::default();
        for (key, value) in pairs {
            let (key, value) = (key.as_ref(), value.as_ref().trim());
            let mut warn = |message: &str| warnings.push(Warning::about(key, value, message));
            match key.to_ascii_lowercase().as_str() {
                "embed" => match flag(value) {
                    Some(on) => options.embed = on,
                    None => warn("not 1 or 0; ignored"),
                },
                "lock" => match flag(value) {
                    Some(on) => options.locked = on,
                    None => warn("not 1 or 0; ignored"),
                },
                "parent" => match origin(value) {
                    Some(origin) => options.parent_origin = Some(origin),
                    None => warn("not an http(s) origin such as https://example.org; ignored"),
                },
                "data" => match data_url(value) {
                    Some(url) => options.data = Some(url.to_owned()),
                    None => warn("not an http(s) or relative URL; ignored"),
                },
                "filters" => match value.to_ascii_lowercase().as_str() {
                    "collapsed" => options.filters = FilterLayout::Collapsed,
                    "expanded" => options.filters = FilterLayout::Expanded,
                    _ => warn("not collapsed or expanded; ignored"),
                },
                "links" => match value.to_ascii_lowercase().as_str() {
                    "inside" => options.links = ProgrammeLinks::Inside,
                    "new-tab" => options.links = ProgrammeLinks::NewTab,
                    _ => warn("not inside or new-tab; ignored"),
                },
                "accent" => match colour(value) {
                    Some(colour) => options.theme.accent = Some(colour.to_owned()),
                    None => warn("not a colour such as #a3324a; ignored"),
                },
                "font" => match font_family(value) {
                    Some(font) => options.theme.font = Some(font.to_owned()),
                    None => warn("not a font family name; ignored"),
                },
                "radius" => match length(value) {
                    Some(radius) => options.theme.radius = Some(radius.to_owned()),
                    None => warn("not a length such as 6px or 0.5rem; ignored"),
                },
                _ => warn("unknown parameter; ignored"),
            }
        }
        options
    }
}

fn flag(value: &str) -> Option<bool> {
    match value.to_ascii_lowercase().as_str() {
        "" | "1" | "true" | "yes" => Some(true),
        "0" | "false" | "no" => Some(false),
        _ => None,
    }
}

/// `https://host[:port]` (a trailing `/` is dropped), lower-cased; anything with a path,
/// credentials, a query or odd characters is refused.
fn origin(value: &str) -> Option<String> {
    if value.len() > MAX_URL_BYTES {
        return None;
    }
    let lower = value.trim_end_matches('/').to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let (host, port) = match rest.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    let host_ok = !host.is_empty()
        && !host.starts_with(['.', '-'])
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.chars().all(|c| c.is_ascii_digit()));
    (host_ok && port_ok).then_some(lower)
}

/// An absolute http(s) URL or a relative path; never `javascript:`, `data:` or the like.
fn data_url(value: &str) -> Option<&str> {
    if value.is_empty()
        || value.len() > MAX_URL_BYTES
        || value.chars().any(|c| c.is_control() || c.is_whitespace())
    {
        return None;
    }
    let lower = value.to_ascii_lowercase();
    let absolute = lower.starts_with("https://") || lower.starts_with("http://");
    // A relative URL has no scheme: no ':' before the first '/', '?' or '#'.
    let scheme_part = lower.split(['/', '?', '#']).next().unwrap_or("");
    let relative = !lower.starts_with("//") && !scheme_part.contains(':');
    (absolute || relative).then_some(value)
}

/// `#rgb` or `#rrggbb`.
fn colour(value: &str) -> Option<&str> {
    rgb(value).map(|_| value)
}

/// Family names separated by commas, optionally quoted: letters, digits, spaces, hyphens.
fn font_family(value: &str) -> Option<&str> {
    let allowed = |c: char| c.is_alphanumeric() || matches!(c, ' ' | ',' | '-' | '"' | '\'');
    (!value.is_empty() && value.len() <= MAX_FONT_BYTES && value.chars().all(allowed))
        .then_some(value)
}

/// A number of `px`, `rem` or `em`, at most 4 characters of number.
fn length(value: &str) -> Option<&str> {
    let number = ["px", "rem", "em"]
        .iter()
        .find_map(|unit| value.strip_suffix(unit))?;
    let ok = !number.is_empty()
        && number.len() <= 4
        && number.chars().all(|c| c.is_ascii_digit() || c == '.')
        && number.matches('.').count() <= 1
        && number != ".";
    ok.then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pairs: &[(&str, &str)]) -> (EmbedOptions, Vec<Warning>) {
        let mut warnings = Vec::new();
        let options = EmbedOptions::from_pairs(pairs.iter().copied(), &mut warnings);
        (options, warnings)
    }

    #[test]
    fn the_dark_accent_is_lighter_and_short_colours_expand() {
        let theme = |accent: &str| Theme {
            accent: Some(accent.into()),
            ..Theme::default()
        };
        assert_eq!(theme("#000").accent_on_dark().as_deref(), Some("#8b8e8f"));
        assert_eq!(
            theme("#ffffff").accent_on_dark().as_deref(),
            Some("#f1f4f5")
        );
        assert_eq!(Theme::default().accent_on_dark(), None);
    }

    #[test]
    fn flags_accept_the_usual_spellings() {
        assert!(read(&[("embed", "")]).0.embed);
        assert!(read(&[("EMBED", "true")]).0.embed);
        assert!(!read(&[("embed", "0")]).0.embed);
        assert!(read(&[("lock", "1")]).0.locked);
        let (options, warnings) = read(&[("lock", "maybe")]);
        assert!(!options.locked);
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn filter_layout_and_programme_links_take_their_named_values_only() {
        let (options, warnings) = read(&[]);
        assert_eq!(
            (options.filters, options.links),
            (FilterLayout::Collapsed, ProgrammeLinks::Inside)
        );
        assert!(warnings.is_empty());
        let (options, warnings) = read(&[("filters", "Expanded"), ("links", "new-tab")]);
        assert_eq!(
            (options.filters, options.links),
            (FilterLayout::Expanded, ProgrammeLinks::NewTab)
        );
        assert!(warnings.is_empty());
        let (options, warnings) = read(&[("filters", "open"), ("links", "_blank")]);
        assert_eq!(
            (options.filters, options.links),
            (FilterLayout::Collapsed, ProgrammeLinks::Inside)
        );
        assert_eq!(
            warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
            [
                "URL parameter `filters=open`: not collapsed or expanded; ignored",
                "URL parameter `links=_blank`: not inside or new-tab; ignored",
            ]
        );
    }

    #[test]
    fn parent_must_be_a_bare_http_origin() {
        for good in [
            "https://partner.example",
            "http://127.0.0.1:8081/",
            "HTTPS://A-B.org",
        ] {
            assert!(
                read(&[("parent", good)]).0.parent_origin.is_some(),
                "{good}"
            );
        }
        assert_eq!(
            read(&[("parent", "http://127.0.0.1:8081/")])
                .0
                .parent_origin
                .as_deref(),
            Some("http://127.0.0.1:8081")
        );
        for bad in [
            "partner.example",
            "https://partner.example/page",
            "https://user@partner.example",
            "javascript:alert(1)",
            "https://",
            "https://host:99999999",
            "*",
        ] {
            let (options, warnings) = read(&[("parent", bad)]);
            assert_eq!(options.parent_origin, None, "{bad}");
            assert_eq!(warnings.len(), 1, "{bad}");
        }
    }

    #[test]
    fn data_urls_are_http_or_relative_only() {
        for good in [
            "https://partner.example/p.json",
            "programmes.json",
            "/data/p.json",
            "../p.json?v=2",
        ] {
            assert_eq!(read(&[("data", good)]).0.data.as_deref(), Some(good));
        }
        for bad in [
            "javascript:alert(1)",
            "data:application/json,[]",
            "//evil.example/p.json",
            "file:///etc/passwd",
            "a b.json",
            "",
        ] {
            assert_eq!(read(&[("data", bad)]).0.data, None, "{bad}");
        }
        let long = format!("https://x.example/{}", "a".repeat(MAX_URL_BYTES));
        assert_eq!(read(&[("data", &long)]).0.data, None);
    }

    #[test]
    fn theme_values_are_only_what_they_claim_to_be() {
        let (options, warnings) = read(&[
            ("accent", "#a3324a"),
            ("font", "\"Source Sans 3\", Arial, sans-serif"),
            ("radius", "0.5rem"),
        ]);
        assert!(warnings.is_empty());
        assert_eq!(options.theme.accent.as_deref(), Some("#a3324a"));
        assert_eq!(options.theme.radius.as_deref(), Some("0.5rem"));
        for (key, bad) in [
            ("accent", "red; background: url(x)"),
            ("accent", "#12345"),
            ("accent", "#+fffff"),
            ("accent", "#ggg"),
            ("font", "Arial; } body { display: none"),
            ("font", "url(evil)"),
            ("radius", "calc(100vw)"),
            ("radius", "10000px"),
            ("radius", "px"),
        ] {
            let (options, warnings) = read(&[(key, bad)]);
            assert_eq!(options.theme, Theme::default(), "{key}={bad}");
            assert_eq!(warnings.len(), 1);
        }
    }

    #[test]
    fn warnings_name_the_parameter_without_control_characters() {
        let (_, warnings) = read(&[("colour", "red\nforged line")]);
        assert_eq!(
            warnings[0].to_string(),
            "URL parameter `colour=red\u{FFFD}forged line`: unknown parameter; ignored"
        );
    }
}
