//! Times each step of getting a stored-index engine ready, natively:
//! `cargo run --release -p diaspora-core --example ready -- <catalogue.json> <index.bin>`
use std::time::Instant;

use diaspora_core::search::index::SearchIndex;
use diaspora_core::search::SearchEngine;
use diaspora_core::Catalogue;

fn main() {
    let mut args = std::env::args().skip(1);
    let catalogue = std::fs::read_to_string(args.next().expect("catalogue path")).unwrap();
    let index = std::fs::read(args.next().expect("index path")).unwrap();
    let start = Instant::now();
    let catalogue = Catalogue::from_json(&catalogue).unwrap();
    let parsed = start.elapsed();
    let index = SearchIndex::from_bytes(&index).unwrap();
    let decoded = start.elapsed();
    let _engine = SearchEngine::with_index(&catalogue, index).unwrap();
    let ready = start.elapsed();
    println!(
        "catalogue parse {parsed:?}, index decode {:?}, engine assembly {:?}, total {ready:?}",
        decoded - parsed,
        ready - decoded
    );
}
