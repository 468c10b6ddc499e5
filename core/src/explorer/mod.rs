//! The explorer's state and how it changes: what is on screen, as a value that round-trips
//! through the URL, and the pure transitions each control applies to it.
//!
//! Depends on [`crate::data`], [`crate::request`] and [`crate::search`]; never on
//! [`crate::present`]. A rule about what a click, a link or an embed option does to the state
//! belongs here; the app's components only call these functions.
//!
//! - [`url_state`]: the state in the URL query string, read forgivingly, written canonically.
//! - [`navigation`]: what each control of the explorer does to its state.
//! - [`lock`]: the filters a partner fixed for an embedded explorer.
//! - [`embed`]: the options of an embedded explorer, read by the same parser as the state.
//! - [`view`]: list, map or charts, and the map's side.
//! - [`pagination`]: result pages and which page links to show.
//! - [`contract`]: the names the app and its JavaScript (`embed.js`, the service worker, the
//!   boot script) agree on, each defined once and checked against the scripts.

pub mod contract;
pub mod embed;
pub mod lock;
pub mod navigation;
pub mod pagination;
pub mod url_state;
pub mod view;
