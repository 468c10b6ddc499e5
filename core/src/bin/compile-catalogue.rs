//! Validates a programme dataset and prints the catalogue JSON the app embeds, exactly as
//! `build.rs` makes it (the benchmark loads it into every engine).
//!
//! ```sh
//! cargo run -q -p diaspora-core --bin compile-catalogue -- data/programmes.json > catalogue.json
//! # and its search index, stored (see diaspora_core::search::index_file):
//! cargo run -q -p diaspora-core --bin compile-catalogue -- data/programmes.json --index index.bin > catalogue.json
//! ```

use std::path::{Path, PathBuf};
use std::{env, fs, process};

use diaspora_core::data::calendar::today_utc;
use diaspora_core::data::catalogue::{organisations_file_for, Sources};
use diaspora_core::search::index::SearchIndex;
use diaspora_core::Catalogue;

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let (dataset, index_path) = match args.as_slice() {
        [dataset] => (dataset.clone(), None),
        [dataset, flag, path] if flag == "--index" => (dataset.clone(), Some(path.clone())),
        _ => {
            eprintln!("usage: compile-catalogue <programmes.json> [--index <index.bin>]");
            process::exit(2);
        }
    };
    let data_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    let files = [
        PathBuf::from(&dataset),
        data_dir.join("countries.json"),
        data_dir.join("vocabularies.json"),
        organisations_file_for(Path::new(&dataset), &data_dir.join("organisations.json")),
        data_dir.join("concepts.json"),
        data_dir.join("demonyms.json"),
    ];
    let texts = files.each_ref().map(|path| {
        fs::read_to_string(path).unwrap_or_else(|error| {
            eprintln!("{}: {error}", path.display());
            process::exit(1);
        })
    });
    let names = files.each_ref().map(|path| path.display().to_string());
    match Catalogue::load(&Sources {
        dataset: (&names[0], &texts[0]),
        countries: (&names[1], &texts[1]),
        vocabularies: (&names[2], &texts[2]),
        organisations: (&names[3], &texts[3]),
        concepts: (&names[4], &texts[4]),
        demonyms: (&names[5], &texts[5]),
        today: today_utc(),
    }) {
        Ok(catalogue) => {
            if let Some(path) = index_path {
                let index = SearchIndex::build(&catalogue);
                fs::write(&path, index.to_bytes()).unwrap_or_else(|error| {
                    eprintln!("{path}: {error}");
                    process::exit(1);
                });
            }
            println!("{}", catalogue.to_json());
        }
        Err(problems) => {
            for problem in &problems {
                eprintln!("error: {problem}");
            }
            process::exit(1);
        }
    }
}
