//! Times index building and each query of bench/queries.json natively, to find hot spots:
//! `cargo run --release -p diaspora-core --example profile -- bench/out/data/real.catalogue.json`
//! (`REPEAT=n` runs the set n times and times the last, `INDEX=file` loads a stored index,
//! `QUERIES=file` reads another query set, `DUMP=file` writes every query's time.)
use std::time::Instant;

use diaspora_core::search::api::search_json;
use diaspora_core::search::SearchEngine;
use diaspora_core::Catalogue;

fn main() {
    let path = std::env::args().nth(1).expect("catalogue path");
    let text = std::fs::read_to_string(path).unwrap();
    let start = Instant::now();
    let catalogue = Catalogue::from_json(&text).unwrap();
    let parsed = start.elapsed();
    // INDEX=<file> loads a stored index (compile-catalogue --index) instead of building one.
    let bytes = match std::env::var("INDEX") {
        Ok(path) => std::fs::read(path).unwrap(),
        Err(_) => {
            let engine = SearchEngine::new(&catalogue);
            println!(
                "parse {parsed:?}, index {:?}, terms {}",
                start.elapsed() - parsed,
                engine.index().term_count()
            );
            engine.index().to_bytes()
        }
    };
    let start = Instant::now();
    let loaded = diaspora_core::search::index::SearchIndex::from_bytes(&bytes).unwrap();
    let engine = SearchEngine::with_index(&catalogue, loaded).unwrap();
    println!(
        "stored index {} bytes, loaded in {:?}",
        bytes.len(),
        start.elapsed()
    );
    let queries: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(std::env::var("QUERIES").unwrap_or("bench/queries.json".into()))
            .unwrap(),
    )
    .unwrap();
    let mut times = Vec::new();
    // REPEAT=n runs the set n times (for a sampling profiler); the timings are of the last run.
    let repeat: usize = std::env::var("REPEAT").map_or(1, |n| n.parse().unwrap());
    for _ in 0..repeat {
        times.clear();
        for query in queries["queries"].as_array().unwrap() {
            let request =
                serde_json::json!({"q": query["q"], "filters": query["filters"], "page_size": 10})
                    .to_string();
            let start = Instant::now();
            search_json(&engine, &catalogue, &request).unwrap();
            times.push((start.elapsed(), query["q"].as_str().unwrap().to_owned()));
        }
    }
    if let Ok(path) = std::env::var("DUMP") {
        let lines: Vec<String> = times
            .iter()
            .map(|(t, q)| format!("{}\t{q}", t.as_secs_f64() * 1e3))
            .collect();
        std::fs::write(path, lines.join("\n")).unwrap();
    }
    times.sort();
    let n = times.len();
    println!("p50 {:?} p95 {:?}", times[n / 2].0, times[n * 95 / 100].0);
    for (time, q) in times.iter().rev().take(8) {
        println!("{time:?} {q}");
    }
}
