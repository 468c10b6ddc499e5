//! A stored index answers exactly like a freshly built one, and damaged bytes are refused
//! without panicking.

mod common;

use diaspora_core::request::SearchRequest;
use diaspora_core::search::index::SearchIndex;
use diaspora_core::search::SearchEngine;
use proptest::prelude::*;

fn stored() -> &'static Vec<u8> {
    static BYTES: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BYTES.get_or_init(|| common::engine().1.index().to_bytes())
}

#[test]
fn a_loaded_index_gives_the_same_answers() {
    let (catalogue, built) = common::engine();
    let loaded =
        SearchEngine::with_index(catalogue, SearchIndex::from_bytes(stored()).unwrap()).unwrap();
    assert_eq!(loaded.index().term_count(), built.index().term_count());
    let queries: serde_json::Value =
        serde_json::from_str(include_str!("../../bench/queries.json")).unwrap();
    for query in queries["queries"].as_array().unwrap() {
        let request = SearchRequest {
            query: query["q"].as_str().unwrap().to_owned(),
            page_size: 50,
            ..SearchRequest::default()
        };
        assert_eq!(
            loaded.search(catalogue, &request),
            built.search(catalogue, &request),
            "{}",
            request.query
        );
    }
}

#[test]
fn an_index_of_other_programmes_is_refused() {
    let (catalogue, _) = common::engine();
    let mut other = common::catalogue();
    other.programmes.truncate(3);
    let small = SearchIndex::build(&other);
    assert!(SearchEngine::with_index(catalogue, small).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn damaged_bytes_give_errors_not_panics(cut in 0usize..100_000, flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..4)) {
        let mut bytes = stored().clone();
        for (at, value) in flips {
            let i = at.index(bytes.len());
            bytes[i] ^= value;
        }
        bytes.truncate(cut.min(bytes.len()));
        let _ = SearchIndex::from_bytes(&bytes);
    }
}
