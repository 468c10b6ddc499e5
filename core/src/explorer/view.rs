//! How the results are shown: as a list of cards, on a world map, or as charts; and which side
//! of a corridor the map counts. Both live in the URL (`view=map`, `side=residence`), so a map
//! of Senegal's diaspora can be shared as a link.
//!
//! ```
//! use diaspora_core::explorer::view::{MapSide, View};
//! assert_eq!(View::from_key("map"), Some(View::Map));
//! assert_eq!(View::Charts.key(), "charts");
//! assert_eq!(View::default(), View::List);
//! assert_eq!(MapSide::from_key("residence"), Some(MapSide::Residence));
//! assert_eq!(MapSide::Origin.other(), MapSide::Residence);
//! ```

use crate::request::FacetKind;

/// How the results are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    List,
    Map,
    Charts,
}

impl View {
    pub const ALL: [View; 3] = [View::List, View::Map, View::Charts];

    /// The stable name of the view in URLs, embed options and `data-view` hooks.
    pub fn key(self) -> &'static str {
        match self {
            View::List => "list",
            View::Map => "map",
            View::Charts => "charts",
        }
    }

    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|view| view.key() == key)
    }
}

/// Which countries the map counts: where the diaspora comes from, or where it lives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum MapSide {
    #[default]
    Origin,
    Residence,
}

impl MapSide {
    pub const ALL: [MapSide; 2] = [MapSide::Origin, MapSide::Residence];

    pub fn key(self) -> &'static str {
        match self {
            MapSide::Origin => "origin",
            MapSide::Residence => "residence",
        }
    }

    pub fn from_key(key: &str) -> Option<MapSide> {
        MapSide::ALL.into_iter().find(|side| side.key() == key)
    }

    /// The facet whose counts colour the map, and which a click on a country toggles.
    pub fn facet(self) -> FacetKind {
        match self {
            MapSide::Origin => FacetKind::Origin,
            MapSide::Residence => FacetKind::Residence,
        }
    }

    /// The other end of the corridor.
    pub fn other(self) -> MapSide {
        match self {
            MapSide::Origin => MapSide::Residence,
            MapSide::Residence => MapSide::Origin,
        }
    }
}
