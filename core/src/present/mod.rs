//! How things are shown: labels and phrases in the reader's language, the interface's messages,
//! exports, and the programmes related to one.
//!
//! Depends on every other folder, and nothing depends on it but the app. A rule about wording,
//! ordering for display or file formats belongs here.
//!
//! - [`about`]: the "About the data" page's figures, from the catalogue.
//! - [`charts`]: the year histogram and the facets' bars.
//! - [`compare`]: programmes side by side, field by field.
//! - [`display`]: how countries, years, statuses and labels are written in a language.
//! - [`i18n`]: every message of the interface, one file per language, complete at compile time.
//! - [`export`]: a result set as CSV (for spreadsheets) or as dataset JSON (for re-import).
//! - [`facet_list`]: which values a facet's list shows, in what order, grouped how.
//! - [`related`]: the programmes most related to one, by shared countries, themes and more.
//! - [`page_meta`]: a page's title, description and path, for previews and search engines.
//! - [`world_map`]: the map's counts, colour classes, wide reach and corridors.
//! - [`static_page`]: touches to the HTML the build-time renderer writes.

pub mod about;
pub mod charts;
pub mod compare;
pub mod display;
pub mod export;
pub mod facet_list;
pub mod i18n;
pub mod page_meta;
pub mod related;
pub mod static_page;
pub mod world_map;
