//! The changes to the records (`data/CHANGELOG.md`), read into the catalogue so that the
//! "About the data" page lists them: each dated entry's title and its first paragraph.
//!
//! An entry starts with a second-level heading `## YYYY-MM-DD: title`, newest first. Other
//! second-level headings (`## Descriptions listed as organisations`) continue the entry above
//! them. The first paragraph after an entry's heading is its overview; an entry that opens
//! with a list has none. A dated heading whose date cannot be read, or entries out of order,
//! fail the build, naming the line.
//!
//! ```
//! use diaspora_core::data::changelog::parse_changelog;
//! let text = "# Changes\n\n## 2026-12-02: Fixes\n\nTwo records\ncorrected.\n\n- `mida`: a year\n\n## 2026-11-30: First\n\n- one\n";
//! let changes = parse_changelog(text).unwrap();
//! assert_eq!(changes.len(), 2);
//! assert_eq!(changes[0].title, "Fixes");
//! assert_eq!(changes[0].overview, "Two records corrected.");
//! assert_eq!(changes[1].date.to_string(), "2026-11-30");
//! assert_eq!(changes[1].overview, "");
//! assert!(parse_changelog("## 2026-13-01: Bad month\n").is_err());
//! ```

use serde::{Deserialize, Serialize};

use super::calendar::Date;

/// One dated entry of the changelog.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub date: Date,
    /// The heading after its date (code spans kept, as in the overview).
    pub title: String,
    /// The entry's first paragraph, its lines joined by spaces (Markdown code spans kept as
    /// written: see [`code_spans`]); empty when the entry opens with a list.
    pub overview: String,
}

/// The dated entries of a changelog, newest first as written.
pub fn parse_changelog(text: &str) -> Result<Vec<Change>, String> {
    let mut changes: Vec<Change> = Vec::new();
    // Whether the lines read since the last heading may still be its overview.
    let mut in_overview = false;
    for (number, line) in text.lines().enumerate() {
        let line_number = number + 1;
        if let Some(heading) = line.strip_prefix("## ") {
            in_overview = false;
            if !heading.starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            let (date, title) = heading.split_once(": ").ok_or_else(|| {
                format!("line {line_number}: a dated heading is `## YYYY-MM-DD: title`")
            })?;
            let date = Date::parse_iso(date.trim()).ok_or_else(|| {
                format!("line {line_number}: `{date}` is not a date (YYYY-MM-DD)")
            })?;
            if let Some(previous) = changes.last() {
                if date > previous.date {
                    return Err(format!(
                        "line {line_number}: {date} comes after {}, but entries are newest first",
                        previous.date
                    ));
                }
            }
            changes.push(Change {
                date,
                title: title.trim().to_owned(),
                overview: String::new(),
            });
            in_overview = true;
            continue;
        }
        let Some(change) = changes.last_mut().filter(|_| in_overview) else {
            continue;
        };
        let line = line.trim();
        let opens_a_block = line.starts_with(['-', '*', '#', '|', '>']) || line.starts_with("```");
        if line.is_empty() {
            in_overview = change.overview.is_empty();
        } else if opens_a_block {
            // A list (or table, quote, code) opens the entry or ends its first paragraph.
            in_overview = false;
        } else {
            if !change.overview.is_empty() {
                change.overview.push(' ');
            }
            change.overview.push_str(line);
        }
    }
    Ok(changes)
}

/// `text` cut at its Markdown code spans: `(is_code, part)` in order, backticks left out. An
/// unpaired backtick is kept as text.
///
/// ```
/// use diaspora_core::data::changelog::code_spans;
/// assert_eq!(code_spans("a `b` c"), [(false, "a "), (true, "b"), (false, " c")]);
/// assert_eq!(code_spans("1 ` 2"), [(false, "1 ` 2")]);
/// ```
pub fn code_spans(text: &str) -> Vec<(bool, &str)> {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('`') {
        let Some(length) = rest[open + 1..].find('`') else {
            break;
        };
        if open > 0 {
            parts.push((false, &rest[..open]));
        }
        parts.push((true, &rest[open + 1..open + 1 + length]));
        rest = &rest[open + 2 + length..];
    }
    if !rest.is_empty() {
        parts.push((false, rest));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_changelog_reads_newest_first_with_overviews() {
        let changes = parse_changelog(include_str!("../../../data/CHANGELOG.md")).unwrap();
        assert!(changes.len() >= 5, "{changes:?}");
        assert!(changes.windows(2).all(|w| w[0].date >= w[1].date));
        assert!(changes.iter().all(|c| !c.title.is_empty()));
        // The entries that open with a paragraph have it as their overview, whole.
        let corrections = changes
            .iter()
            .find(|c| c.title == "record corrections")
            .unwrap();
        assert!(corrections.overview.starts_with("Corrections to dates"));
        assert!(corrections.overview.ends_with("no source was re-read."));
    }

    #[test]
    fn a_list_right_under_the_first_paragraph_ends_it() {
        let text = "## 2026-12-02: A\n\nThese:\n- one\n- two\n";
        assert_eq!(parse_changelog(text).unwrap()[0].overview, "These:");
    }

    #[test]
    fn undated_headings_continue_the_entry_above() {
        let text = "## 2026-12-02: A\n\nFirst.\n\n## Notes\n\nNot an overview.\n";
        let changes = parse_changelog(text).unwrap();
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].overview, "First.");
    }

    #[test]
    fn entries_out_of_order_and_bad_headings_are_refused_with_their_line() {
        let out_of_order = "## 2026-11-01: Old\n\n## 2026-12-01: New\n";
        assert_eq!(
            parse_changelog(out_of_order).unwrap_err(),
            "line 3: 2026-12-01 comes after 2026-11-01, but entries are newest first"
        );
        assert!(parse_changelog("## 2026-12-01 no colon\n")
            .unwrap_err()
            .starts_with("line 1:"));
    }
}
