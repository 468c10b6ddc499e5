//! The core's folders depend on each other in one direction only, as `lib.rs` and each folder's
//! `mod.rs` say: text ← data ← request ← search ← explorer ← present. A `use crate::…` that
//! points the other way (say `search` reaching into `explorer`) fails here, naming the file and
//! the line, before it can grow into a cycle.

use std::fs;
use std::path::{Path, PathBuf};

/// The folders from the bottom up: each may use those before it, never those after.
const LAYERS: [&str; 6] = ["text", "data", "request", "search", "explorer", "present"];

/// What the crate root re-exports, by the folder it comes from.
const ROOT_REEXPORTS: [(&str, &str); 10] = [
    ("Lang", "text"),
    ("Catalogue", "data"),
    ("Geography", "data"),
    ("Organisation", "data"),
    ("Problem", "data"),
    ("Programme", "data"),
    ("Source", "data"),
    ("Status", "data"),
    ("Vocabularies", "data"),
    ("validate_dataset", "data"),
];

fn rank(folder: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| *layer == folder)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// The folders a line of code names through `crate::…`, including inside `use crate::{a, b}`.
fn folders_named(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let names: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            group[..end]
                .split(',')
                .map(|item| item.trim().split("::").next().unwrap_or(""))
                .collect()
        } else {
            vec![rest
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .next()
                .unwrap_or("")]
        };
        for name in names {
            let folder = ROOT_REEXPORTS
                .iter()
                .find(|(item, _)| *item == name)
                .map_or(name, |(_, folder)| folder);
            if rank(folder).is_some() {
                found.push(folder.to_owned());
            }
        }
    }
    found
}

#[test]
fn folders_depend_only_on_those_below_them() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut wrong = Vec::new();
    let mut checked = 0;
    for layer in LAYERS {
        let mut files = Vec::new();
        rust_files(&src.join(layer), &mut files);
        assert!(!files.is_empty(), "core/src/{layer}/ has no files");
        for file in files {
            let text = fs::read_to_string(&file).unwrap();
            for (number, line) in text.lines().enumerate() {
                // Doc examples use the crate from outside, as `diaspora_core::`.
                if line.trim_start().starts_with("//") {
                    continue;
                }
                for used in folders_named(line) {
                    checked += 1;
                    if rank(&used) > rank(layer) {
                        wrong.push(format!(
                            "{}:{}: {layer}/ uses {used}/, which is above it: {}",
                            file.strip_prefix(&src).unwrap().display(),
                            number + 1,
                            line.trim()
                        ));
                    }
                }
            }
        }
    }
    assert!(
        checked > 50,
        "only {checked} uses found: is the parser still right?"
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_parser_finds_uses_in_every_form() {
    assert_eq!(
        folders_named("use crate::search::engine::SearchEngine;"),
        ["search"]
    );
    assert_eq!(
        folders_named("use crate::{explorer::lock, present::display};"),
        ["explorer", "present"]
    );
    assert_eq!(folders_named("use crate::Lang;"), ["text"]);
    assert_eq!(
        folders_named("let x = crate::data::calendar::today_utc();"),
        ["data"]
    );
    assert!(folders_named("use super::Token;").is_empty());
}
