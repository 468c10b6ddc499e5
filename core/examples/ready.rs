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
    if std::env::var_os("PARTS").is_some() {
        parts(&catalogue);
    }
    let ready = start.elapsed();
    println!(
        "catalogue parse {parsed:?}, index decode {:?}, engine assembly {:?}, total {ready:?}",
        decoded - parsed,
        ready - decoded
    );
}

#[allow(dead_code)]
fn parts(catalogue: &Catalogue) {
    use diaspora_core::search::analysis::Analyzer;
    use diaspora_core::text::fold;
    let start = Instant::now();
    let folded: usize = catalogue
        .programmes
        .iter()
        .map(|p| fold(&p.title).len())
        .sum();
    let fold_time = start.elapsed();
    let plain = Analyzer::plain();
    let start = Instant::now();
    let terms: usize = catalogue
        .programmes
        .iter()
        .map(|p| plain.terms(&p.title).count())
        .sum();
    println!(
        "fold titles {fold_time:?} ({folded}), analyse titles {:?} ({terms})",
        start.elapsed()
    );
    let start = Instant::now();
    let facets = diaspora_core::search::facets::FacetIndex::build(&catalogue.programmes);
    println!("facet index {:?}", start.elapsed());
    drop(facets);
}
