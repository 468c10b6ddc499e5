//! Validates the programme dataset with the core's rules and writes the catalogue the app
//! embeds. A bad dataset fails the build, listing every problem with its file, record and field.
//!
//! The dataset is `data/programmes.json`, or the file named by the environment variable
//! `DIASPORA_DATA` (what `make dist DATA=…` sets).

use std::path::{Path, PathBuf};
use std::{env, fs, process};

use diaspora_core::calendar::today_utc;
use diaspora_core::search::Aliases;
use diaspora_core::validate::{validate_dataset, Context};
use diaspora_core::{Catalogue, Geography, Vocabularies};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    println!("cargo::rerun-if-env-changed=DIASPORA_DATA");
    let data = match env::var("DIASPORA_DATA") {
        Ok(path) if !path.is_empty() => root.join(path),
        _ => root.join("data/programmes.json"),
    };
    let countries = root.join("data/countries.json");
    let vocabularies = root.join("data/vocabularies.json");
    let aliases = root.join("data/aliases.json");
    for path in [&data, &countries, &vocabularies, &aliases] {
        println!("cargo::rerun-if-changed={}", path.display());
    }

    let geography = Geography::from_json(&read(&countries))
        .unwrap_or_else(|error| fail(&[format!("{}: {error}", shown(&root, &countries))]));
    let vocabularies = Vocabularies::from_json(&read(&vocabularies))
        .unwrap_or_else(|error| fail(&[format!("{}: {error}", shown(&root, &vocabularies))]));
    let aliases = Aliases::from_json(&read(&aliases))
        .unwrap_or_else(|error| fail(&[format!("{}: {error}", shown(&root, &aliases))]));
    let context = Context {
        geography: &geography,
        vocabularies: &vocabularies,
        today: today_utc(),
    };
    let programmes =
        validate_dataset(&shown(&root, &data), &read(&data), &context).unwrap_or_else(|problems| {
            fail(&problems.iter().map(ToString::to_string).collect::<Vec<_>>())
        });

    let out = PathBuf::from(env::var("OUT_DIR").expect("set by cargo")).join("catalogue.json");
    fs::write(
        &out,
        Catalogue::to_json(&programmes, &geography, &vocabularies, &aliases),
    )
    .unwrap_or_else(|error| fail(&[format!("{}: {error}", out.display())]));
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
fn fail(problems: &[String]) -> ! {
    for problem in problems {
        println!("cargo::error={problem}");
    }
    println!(
        "cargo::error=the programme dataset has {} problem(s); see data/README.md for the format",
        problems.len()
    );
    process::exit(0);
}
