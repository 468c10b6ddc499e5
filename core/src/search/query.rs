//! Parses what a person types into the search box.
//!
//! - words: `diaspora investment` (every word must match, in any field);
//! - the last word is a prefix while it is being typed (`invest` finds `investment`), unless the
//!   query ends with a space;
//! - `"quoted phrases"` match words in that order; an unclosed quote runs to the end;
//! - `-word` and `-"a phrase"` exclude programmes that match them.
//!
//! Parsing never fails: any text gives a query, possibly empty. Very long input is cut to
//! [`MAX_QUERY_BYTES`] and [`MAX_CLAUSES`] so that a pasted page still answers at once.

use super::analysis::{is_apostrophe, is_digit_join};

/// Longest query text considered, in bytes.
pub const MAX_QUERY_BYTES: usize = 512;
/// Most words and phrases considered.
pub const MAX_CLAUSES: usize = 24;

/// One part of a query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Clause {
    /// A word the programme must match.
    Word { text: String, prefix: bool },
    /// Words that must appear in this order.
    Phrase(Vec<String>),
    /// A word or phrase the programme must not match.
    Exclude(Vec<String>),
}

/// A parsed query.
///
/// ```
/// use diaspora_core::search::query::{Clause, Query};
/// let query = Query::parse("\"skills transfer\" -health Somal");
/// assert_eq!(query.clauses, vec![
///     Clause::Phrase(vec!["skills".into(), "transfer".into()]),
///     Clause::Exclude(vec!["health".into()]),
///     Clause::Word { text: "Somal".into(), prefix: true },
/// ]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub clauses: Vec<Clause>,
}

impl Query {
    pub fn parse(input: &str) -> Query {
        let input = truncate(input, MAX_QUERY_BYTES);
        let mut clauses = Vec::new();
        let mut rest = input;
        while clauses.len() < MAX_CLAUSES {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c.is_control());
            if rest.is_empty() {
                break;
            }
            let (negated, body) = match rest.strip_prefix('-') {
                Some(after) if after.starts_with(|c: char| c == '"' || c.is_alphanumeric()) => {
                    (true, after)
                }
                _ => (false, rest),
            };
            let (words, quoted, ends_with_word, remaining) =
                if let Some(after_quote) = body.strip_prefix('"') {
                    let (inside, remaining) = match after_quote.find('"') {
                        Some(close) => (&after_quote[..close], &after_quote[close + 1..]),
                        None => (after_quote, ""),
                    };
                    (split_words(inside), true, false, remaining)
                } else {
                    let end = body
                        .find(|c: char| c.is_whitespace() || c.is_control() || c == '"')
                        .unwrap_or(body.len());
                    (
                        split_words(&body[..end]),
                        false,
                        end == body.len(),
                        &body[end..],
                    )
                };
            rest = remaining;
            if words.is_empty() {
                continue;
            }
            let clause = if negated {
                Clause::Exclude(words)
            } else if quoted && words.len() > 1 {
                Clause::Phrase(words)
            } else {
                // A bare token may hold several words ("d'appui", "Al-Hoceima"): each is a
                // word of its own; only the very last of the query is a prefix.
                let count = words.len();
                for (i, text) in words.into_iter().enumerate() {
                    if clauses.len() == MAX_CLAUSES {
                        break;
                    }
                    let prefix = ends_with_word && i + 1 == count;
                    clauses.push(Clause::Word { text, prefix });
                }
                continue;
            };
            clauses.push(clause);
        }
        Query { clauses }
    }

    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }
}

/// Words of a query fragment: runs of letters and digits, keeping `+` between digits (`1+3`)
/// and apostrophes inside words (`d'appui`), which the analyzer handles.
fn split_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let previous = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let keep = c.is_alphanumeric()
            || is_digit_join(previous, c, next)
            || (is_apostrophe(c)
                && previous.is_some_and(char::is_alphabetic)
                && next.is_some_and(char::is_alphabetic));
        if keep {
            current.push(c);
        } else if !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// The longest prefix of `text` of at most `max` bytes that ends on a character boundary.
pub(crate) fn truncate(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(text: &str, prefix: bool) -> Clause {
        Clause::Word {
            text: text.into(),
            prefix,
        }
    }

    #[test]
    fn last_word_is_a_prefix_until_a_space_follows() {
        assert_eq!(
            Query::parse("diaspora inv").clauses,
            [word("diaspora", false), word("inv", true)]
        );
        assert_eq!(
            Query::parse("diaspora inv ").clauses,
            [word("diaspora", false), word("inv", false)]
        );
    }

    #[test]
    fn phrases_and_exclusions() {
        assert_eq!(
            Query::parse(r#"-"return migration" mida -somalia"#).clauses,
            [
                Clause::Exclude(vec!["return".into(), "migration".into()]),
                word("mida", false),
                Clause::Exclude(vec!["somalia".into()]),
            ]
        );
        // A hyphen inside a word or alone is not an exclusion.
        assert_eq!(
            Query::parse("el-yurt - x").clauses,
            [word("el", false), word("yurt", false), word("x", true)]
        );
    }

    #[test]
    fn unbalanced_quotes_run_to_the_end() {
        assert_eq!(
            Query::parse(r#"mali "diaspora forum"#).clauses,
            [
                word("mali", false),
                Clause::Phrase(vec!["diaspora".into(), "forum".into()])
            ]
        );
        assert_eq!(Query::parse(r#"""""#).clauses, []);
    }

    #[test]
    fn codes_and_apostrophes_stay_in_words() {
        assert_eq!(
            Query::parse("1+3 d'appui").clauses,
            [word("1+3", false), word("d'appui", true)]
        );
    }

    #[test]
    fn hostile_input_is_bounded() {
        let long = "investment ".repeat(1_000);
        let query = Query::parse(&long);
        assert!(query.clauses.len() <= MAX_CLAUSES);
        for input in [
            "\u{0}\u{1}\u{202E}",
            "🙂🙂🙂",
            "!!!???",
            "-",
            "--\"",
            "é".repeat(5_000).as_str(),
        ] {
            let query = Query::parse(input);
            assert!(query.clauses.len() <= MAX_CLAUSES);
        }
        assert!(Query::parse("!!!???").is_empty());
    }
}
