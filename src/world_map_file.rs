//! The world map's outlines (`world-map-<hash>.json`, written by build.rs from
//! `data/world-map.json`): fetched the first time a map opens, then kept for the page's life.
//! The service worker precaches the file with the rest of the build, so the map opens offline
//! after one visit.

use std::cell::RefCell;
use std::sync::Arc;

use diaspora_core::present::world_map::WorldMap;
use leptos::prelude::*;

use crate::browser;

/// The file's name beside the app, compiled in by build.rs.
pub const WORLD_MAP_FILE: &str = env!("WORLD_MAP_FILE");

/// Where the outlines are.
#[derive(Clone, Debug, PartialEq)]
pub enum MapLoad {
    Loading,
    Ready(Arc<WorldMap>),
    /// Offline before the file was ever fetched, or a broken server.
    Failed,
}

thread_local! {
    static LOADED: RefCell<Option<Arc<WorldMap>>> = const { RefCell::new(None) };
}

/// The outlines as a signal: ready at once when an earlier map fetched them, else fetched
/// from beside the app at `base`.
pub fn use_world_map(base: String) -> ReadSignal<MapLoad> {
    let cached = LOADED.with_borrow(Clone::clone);
    let (load, set_load) = signal(cached.map_or(MapLoad::Loading, MapLoad::Ready));
    if load.get_untracked() == MapLoad::Loading {
        leptos::task::spawn_local(async move {
            let url = browser::resolve(WORLD_MAP_FILE, &base);
            let outcome = browser::fetch_text(&url)
                .await
                .and_then(|text| WorldMap::from_json(&text).map_err(|error| error.to_string()));
            let next = match outcome {
                Ok(map) => {
                    let map = Arc::new(map);
                    LOADED.with_borrow_mut(|slot| *slot = Some(map.clone()));
                    MapLoad::Ready(map)
                }
                Err(error) => {
                    leptos::logging::warn!("{url}: {error}");
                    MapLoad::Failed
                }
            };
            // The map may have been closed meanwhile.
            drop(set_load.try_set(next));
        });
    }
    load
}
