//! What a page of the explorer says of itself to link previews, search engines and browser
//! tabs: its title, a short description, its path from the explorer's root and its kind. The
//! build-time renderer writes them as `<title>`, `<meta name="description">`, Open Graph tags
//! and a canonical link into each static page; the app sets the same title as it moves.
//!
//! ```
//! # use diaspora_core::data::calendar::today_utc;
//! # let catalogue = diaspora_core::Catalogue::load(&diaspora_core::data::catalogue::Sources::repository(today_utc())).unwrap();
//! use diaspora_core::present::page_meta::PageMeta;
//! use diaspora_core::Lang;
//!
//! let mida = catalogue.programme("mida").unwrap();
//! let meta = PageMeta::programme(mida, Lang::En);
//! assert_eq!(meta.path, "programmes/mida/");
//! assert!(meta.title.ends_with(" — Diaspora Programme Explorer"));
//! assert!(meta.description.chars().count() <= 200);
//! assert_eq!(PageMeta::home(Lang::En).path, "");
//! ```

use crate::data::model::Programme;
use crate::explorer::url_state::{programme_page, ABOUT_PAGE};
use crate::present::display::acronym_after_title;
use crate::present::i18n::Messages;
use crate::present::static_page::escape;
use crate::Lang;

/// The longest description written, in characters: what previews and result pages show
/// before they cut it themselves.
pub const DESCRIPTION_CHARS: usize = 200;

/// What kind of thing a page is, for Open Graph's `og:type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageKind {
    /// The explorer's start page.
    Website,
    /// One programme's page.
    Article,
}

impl PageKind {
    /// Open Graph's name for it.
    pub fn og_type(self) -> &'static str {
        match self {
            PageKind::Website => "website",
            PageKind::Article => "article",
        }
    }
}

/// A page's title, description, path and kind, in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageMeta {
    /// The document's title, as the app sets it too.
    pub title: String,
    /// The title alone, without the explorer's name (for `og:title`).
    pub heading: String,
    /// At most [`DESCRIPTION_CHARS`] characters, cut at a word with "…".
    pub description: String,
    /// From the explorer's root: `""` for the start page, `programmes/<id>/` for a programme.
    pub path: String,
    pub kind: PageKind,
    pub lang: Lang,
}

impl PageMeta {
    /// The explorer's start page.
    pub fn home(lang: Lang) -> PageMeta {
        let messages = Messages::get(lang);
        PageMeta {
            title: messages.app_name.to_owned(),
            heading: messages.app_name.to_owned(),
            description: shorten(messages.tagline, DESCRIPTION_CHARS),
            path: String::new(),
            kind: PageKind::Website,
            lang,
        }
    }

    /// A programme's own page: its title (with its acronym), and its summary in `lang` (the
    /// English one when it has none in French).
    pub fn programme(programme: &Programme, lang: Lang) -> PageMeta {
        let messages = Messages::get(lang);
        let heading = match acronym_after_title(programme) {
            Some(acronym) => format!("{} ({acronym})", programme.title),
            None => programme.title.clone(),
        };
        let summary = match lang {
            Lang::Fr => programme
                .summary_fr
                .as_deref()
                .unwrap_or(&programme.summary),
            Lang::En => &programme.summary,
        };
        PageMeta {
            title: format!("{} — {}", programme.title, messages.app_name),
            heading,
            description: shorten(summary, DESCRIPTION_CHARS),
            path: programme_page(&programme.id),
            kind: PageKind::Article,
            lang,
        }
    }
}

impl PageMeta {
    /// The "About the data" page, for a catalogue of `programmes`.
    ///
    /// ```
    /// use diaspora_core::present::page_meta::PageMeta;
    /// use diaspora_core::Lang;
    /// let about = PageMeta::about(238, Lang::En);
    /// assert_eq!(about.path, "about/");
    /// assert!(about.title.starts_with("About the data — "));
    /// assert!(about.description.contains("238 programmes"));
    /// ```
    pub fn about(programmes: usize, lang: Lang) -> PageMeta {
        let messages = Messages::get(lang);
        PageMeta {
            title: format!("{} — {}", messages.about_title, messages.app_name),
            heading: messages.about_title.to_owned(),
            description: shorten(&(messages.about_description)(programmes), DESCRIPTION_CHARS),
            path: ABOUT_PAGE.to_owned(),
            kind: PageKind::Website,
            lang,
        }
    }
}

impl PageMeta {
    /// The page's `<title>`, description, canonical link and Open Graph tags, every value
    /// escaped. `site` is the explorer's address ending with `/` (the build's `SITE_URL`): with
    /// it, the canonical link, `og:url` and `og:image` are absolute; without, the canonical link
    /// is relative to the page's `<base>` (the explorer's root) and the other two are left out,
    /// as Open Graph wants absolute addresses.
    ///
    /// ```
    /// use diaspora_core::present::page_meta::PageMeta;
    /// use diaspora_core::Lang;
    /// let home = PageMeta::home(Lang::En);
    /// let head = home.head_html(Some("https://explorer.example.org/"));
    /// assert!(head.contains(r#"<link rel="canonical" href="https://explorer.example.org/" />"#));
    /// assert!(head.contains(r#"<meta property="og:url" content="https://explorer.example.org/" />"#));
    /// let head = home.head_html(None);
    /// assert!(head.contains(r#"<link rel="canonical" href="./" />"#));
    /// assert!(!head.contains("og:url"));
    /// ```
    pub fn head_html(&self, site: Option<&str>) -> String {
        let messages = Messages::get(self.lang);
        let absolute = |path: &str| site.map(|site| format!("{site}{path}"));
        let canonical = absolute(&self.path).unwrap_or_else(|| match self.path.as_str() {
            "" => "./".to_owned(),
            path => path.to_owned(),
        });
        let mut tags = vec![
            format!("<title>{}</title>", escape(&self.title)),
            format!(
                r#"<meta name="description" content="{}" />"#,
                escape(&self.description)
            ),
            format!(r#"<link rel="canonical" href="{}" />"#, escape(&canonical)),
        ];
        let mut property = |name: &str, content: &str| {
            tags.push(format!(
                r#"<meta property="{name}" content="{}" />"#,
                escape(content)
            ));
        };
        property("og:type", self.kind.og_type());
        property("og:site_name", messages.app_name);
        property("og:title", &self.heading);
        property("og:description", &self.description);
        property("og:locale", og_locale(self.lang));
        for lang in Lang::ALL.into_iter().filter(|lang| *lang != self.lang) {
            property("og:locale:alternate", og_locale(lang));
        }
        if let Some(url) = absolute(&self.path) {
            property("og:url", &url);
        }
        if let Some(url) = absolute(ICON) {
            property("og:image", &url);
        }
        tags.push(r#"<meta name="twitter:card" content="summary" />"#.to_owned());
        tags.join("\n    ")
    }
}

/// The picture a link preview shows beside a page, from the explorer's root.
const ICON: &str = "icons/icon-512.png";

/// Open Graph's name for a language (`og:locale`): the interface's English is British.
pub fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en_GB",
        Lang::Fr => "fr_FR",
    }
}

/// `text` with its spaces collapsed, cut to at most `max` characters at the last word that
/// fits, with "…" when anything was cut.
///
/// ```
/// use diaspora_core::present::page_meta::shorten;
/// assert_eq!(shorten("Short  text.", 20), "Short text.");
/// assert_eq!(shorten("Diaspora bonds for development", 16), "Diaspora bonds…");
/// assert_eq!(shorten("Unbreakableword", 5), "Unbr…");
/// ```
pub fn shorten(text: &str, max: usize) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() <= max {
        return collapsed;
    }
    // Room for the ellipsis.
    let room: String = collapsed.chars().take(max.saturating_sub(1)).collect();
    let cut = match room.rfind(' ') {
        Some(space) if space > 0 => &room[..space],
        _ => room.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ']))
}
