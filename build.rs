//! Validates the programme dataset with the core's rules and writes the catalogue the app
//! loads. A bad dataset fails the build, listing every problem with its file, record and field.
//!
//! The catalogue is written as `catalogue-<hash of its content>.json` in `OUT_DIR`, and its
//! name is compiled into the app (`CATALOGUE_FILE`), which fetches it beside itself:
//! `scripts/post-build.mjs` copies it into the build. Kept out of the wasm, it downloads in
//! parallel with the code, and each is cached on its own: a data update does not download the
//! code again, nor a code update the data. The programmes' sources go apart in the same way
//! (`sources-<hash>.json`, `SOURCES_FILE`), fetched once the app runs.
//!
//! The dataset is `data/programmes.json`, or the file named by the environment variable
//! `DIASPORA_DATA` (what `make dist DATA=…` sets); the organisations its records name are read
//! from beside it (`diaspora_core::data::catalogue::organisations_file_for`).

use std::path::{Path, PathBuf};
use std::{env, fs, process};

use diaspora_core::data::calendar::today_utc;
use diaspora_core::data::catalogue::{organisations_file_for, Sources};
use diaspora_core::data::changelog::parse_changelog;
use diaspora_core::search::index::SearchIndex;
use diaspora_core::Catalogue;

/// From this many programmes the index is built here and embedded, rather than built in the
/// browser at start-up: measured, loading a stored index of 10k programmes is 2.7 times faster
/// than indexing them, while for the bundled ~100 programmes indexing takes milliseconds and a
/// stored index would only add bytes to every download.
const STORED_INDEX_FROM: usize = 2000;

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    println!("cargo::rerun-if-env-changed=DIASPORA_DATA");
    let data = match env::var("DIASPORA_DATA") {
        Ok(path) if !path.is_empty() => root.join(path),
        _ => root.join("data/programmes.json"),
    };
    let reference = |name: &str| root.join("data").join(name);
    let files = [
        data.clone(),
        reference("countries.json"),
        reference("vocabularies.json"),
        organisations_file_for(&data, &reference("organisations.json")),
        reference("concepts.json"),
        reference("demonyms.json"),
    ];
    for path in &files {
        println!("cargo::rerun-if-changed={}", path.display());
    }
    let names = files.each_ref().map(|path| shown(&root, path));
    let texts = files.each_ref().map(|path| read(path));
    let catalogue = Catalogue::load(&Sources {
        dataset: (&names[0], &texts[0]),
        countries: (&names[1], &texts[1]),
        vocabularies: (&names[2], &texts[2]),
        organisations: (&names[3], &texts[3]),
        concepts: (&names[4], &texts[4]),
        demonyms: (&names[5], &texts[5]),
        today: today_utc(),
    })
    .unwrap_or_else(|problems| fail(&problems));
    // The changes to the records, for the "About the data" page: the repository's own, also
    // for another dataset (the page then still says how this catalogue is kept).
    let changelog = reference("CHANGELOG.md");
    println!("cargo::rerun-if-changed={}", changelog.display());
    let mut catalogue = catalogue;
    catalogue.changes = parse_changelog(&read(&changelog))
        .unwrap_or_else(|problem| fail(&[format!("{}: {problem}", shown(&root, &changelog))]));

    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("set by cargo"));
    let write = |name: &str, bytes: &[u8]| {
        let path = out_dir.join(name);
        fs::write(&path, bytes)
            .unwrap_or_else(|error| fail(&[format!("{}: {error}", path.display())]));
    };
    let json = catalogue.to_json();
    let name = format!("catalogue-{:016x}.json", fnv1a(json.as_bytes()));
    write(&name, json.as_bytes());
    println!("cargo::rustc-env=CATALOGUE_FILE={name}");
    // The programmes' sources, apart: the first view needs none of them
    // (diaspora_core::data::source_lists).
    let sources = catalogue.sources_json();
    let name = format!("sources-{:016x}.json", fnv1a(sources.as_bytes()));
    write(&name, sources.as_bytes());
    println!("cargo::rustc-env=SOURCES_FILE={name}");
    // The world map's outlines (scripts/gen-map.mjs), fetched when the map first opens; checked
    // here so that a broken file fails the build rather than the map.
    let map_path = reference("world-map.json");
    println!("cargo::rerun-if-changed={}", map_path.display());
    let map = read(&map_path);
    if let Err(error) = diaspora_core::present::world_map::WorldMap::from_json(&map) {
        fail(&[format!("{}: {error}", shown(&root, &map_path))]);
    }
    let name = format!("world-map-{:016x}.json", fnv1a(map.as_bytes()));
    write(&name, map.as_bytes());
    println!("cargo::rustc-env=WORLD_MAP_FILE={name}");
    println!("cargo::rustc-check-cfg=cfg(stored_index)");
    if catalogue.programmes.len() >= STORED_INDEX_FROM {
        let index = SearchIndex::build(&catalogue);
        write("index.bin", &index.to_bytes());
        println!("cargo::rustc-cfg=stored_index");
    }
}

/// The path as the developer would type it: relative to the project when inside it.
fn shown(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|error| fail(&[format!("{}: {error}", path.display())]))
}

/// Reports each problem as a cargo error, which fails the build and is shown without `-vv`,
/// then stops: nothing is written for a bad dataset.
fn fail(problems: &[impl std::fmt::Display]) -> ! {
    for problem in problems {
        println!("cargo::error={problem}");
    }
    println!(
        "cargo::error=the programme dataset has {} problem(s); see data/README.md for the format",
        problems.len()
    );
    process::exit(0);
}

/// FNV-1a, 64 bits: a content hash for the catalogue's file name (a cache key, not a
/// security measure), without a dependency.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}
