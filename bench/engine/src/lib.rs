//! `diaspora-core`'s search engine for JavaScript: the benchmark loads this module next to
//! MiniSearch, FlexSearch and Fuse.js and calls the same API the app calls.
//!
//! ```js
//! const engine = new Engine(catalogueJson);          // parse + build the index
//! const response = JSON.parse(engine.search('{"q": "remit", "filters": {"origin": ["SN"]}}'));
//! ```

use diaspora_core::search::api::search_json;
use diaspora_core::search::index::SearchIndex;
use diaspora_core::search::SearchEngine;
use diaspora_core::Catalogue;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Engine {
    catalogue: Catalogue,
    engine: SearchEngine,
}

#[wasm_bindgen]
impl Engine {
    /// Reads a catalogue (as written by `compile-catalogue`) and indexes it.
    #[wasm_bindgen(constructor)]
    pub fn new(catalogue_json: &str) -> Result<Engine, JsError> {
        let catalogue = Catalogue::from_json(catalogue_json)?;
        let engine = SearchEngine::new(&catalogue);
        Ok(Engine { catalogue, engine })
    }

    /// Reads a catalogue (the bytes of its JSON, as fetched: no round trip through a
    /// JavaScript string) and the index stored for it by `compile-catalogue --index`, instead
    /// of indexing again.
    #[wasm_bindgen(js_name = withIndex)]
    pub fn with_index(catalogue_json: &[u8], index: &[u8]) -> Result<Engine, JsError> {
        let catalogue = Catalogue::from_json_bytes(catalogue_json)?;
        let index = SearchIndex::from_bytes(index).map_err(|message| JsError::new(&message))?;
        let engine = SearchEngine::with_index(&catalogue, index)
            .map_err(|message| JsError::new(&message))?;
        Ok(Engine { catalogue, engine })
    }

    /// Runs a JSON request (see `diaspora_core::search::api`) and returns the JSON response.
    pub fn search(&self, request_json: &str) -> Result<String, JsError> {
        search_json(&self.engine, &self.catalogue, request_json)
            .map_err(|message| JsError::new(&message))
    }

    #[wasm_bindgen(getter)]
    pub fn size(&self) -> usize {
        self.catalogue.programmes.len()
    }

    #[wasm_bindgen(getter, js_name = termCount)]
    pub fn term_count(&self) -> usize {
        self.engine.index().term_count()
    }
}
