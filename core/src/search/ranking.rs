//! Every tuning constant of matching and ranking, in one table, each with why it has its
//! value: how much each field weighs, how much each kind of match is worth, BM25's
//! parameters, the bonuses, how many typos and prefix expansions a word may have, when partial
//! matches begin, and the browse order. The engine, the suggestions and related programmes
//! read them from here; change one here and `make bench` shows what it does.
//!
//! ```
//! use diaspora_core::search::index::Field;
//! use diaspora_core::search::ranking::{allowed_edits, field_weight, Quality};
//! assert!(field_weight(Field::Title) > field_weight(Field::Summary));
//! assert!(Quality::Exact.factor() > Quality::Stem.factor());
//! assert_eq!((allowed_edits(3), allowed_edits(4), allowed_edits(8)), (0, 1, 2));
//! ```

use std::cmp::Reverse;

use super::index::Field;
use crate::data::model::{Programme, Status};

/// BM25 term-frequency saturation: the usual value; a word said five times in a summary is
/// not five times as relevant.
pub const K1: f32 = 1.2;
/// BM25 length normalisation: the usual value; a long summary is not favoured for holding
/// more words.
pub const B: f32 = 0.75;

/// BM25's inverse document frequency of a term in `df` of `n` documents.
pub fn idf(n: usize, df: usize) -> f32 {
    let (n, df) = (n as f32, df as f32);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// BM25's score of a term of inverse document frequency `idf` with the field-weighted,
/// length-normalised term frequency `weighted_tf`, saturated by [`K1`].
pub fn bm25(idf: f32, weighted_tf: f32) -> f32 {
    idf * weighted_tf * (K1 + 1.0) / (K1 + weighted_tf)
}

/// BM25F weight of each field: a word in a programme's name says most about what it is, one
/// in the organisations or countries names who and where, one in a theme label what it is
/// about, one in the summary least (summaries mention much in passing).
pub fn field_weight(field: Field) -> f32 {
    match field {
        Field::Title | Field::Acronym => 6.0,
        Field::Organisations | Field::Countries => 3.0,
        Field::Labels => 2.0,
        Field::Regions => 1.5,
        Field::Summary | Field::SummaryFr => 1.0,
    }
}

/// How a query word matched an index term; [`Quality::factor`] scales the term's score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Quality {
    Exact,
    Stem,
    Prefix,
    Typo { edits: usize, prefix: bool },
}

impl Quality {
    /// The word as typed beats an inflection of it, which beats the start of a longer word
    /// (still being typed), which beats a misspelling; the further the misspelling, the less.
    pub fn factor(self) -> f32 {
        match self {
            Quality::Exact => 1.0,
            Quality::Stem => 0.9,
            Quality::Prefix => 0.75,
            Quality::Typo {
                edits: 1,
                prefix: false,
            } => 0.55,
            Quality::Typo {
                edits: 1,
                prefix: true,
            } => 0.45,
            Quality::Typo { .. } => 0.3,
        }
    }
}

/// A term of a concept found through another of its terms scores this share of a literal
/// match: the meaning is the same, but the reader typed a different word. Below an inflection
/// and a prefix, above a typo (a meaning is surer than a guess at a misspelling).
pub const MEANING_FACTOR: f32 = 0.6;

/// A phrase found word for word counts more than its words found apart.
pub const PHRASE_BONUS: f32 = 1.5;

/// A query that is exactly a programme's acronym or title ("MIDA") puts it first.
pub const EXACT_NAME_BONUS: f32 = 2.0;

/// Fewer programmes than this matching every word (a handful: less than a screen) and the
/// results continue with those matching some of the words. Questions and everyday words
/// ("remittance price comparison") hold a word no record has; an empty page helps nobody.
/// Measured (natural-language bench set, nDCG@10): 1 → 0.71, 3 → 0.80, 5 → 0.81, 10 → 0.82.
pub const PARTIAL_BELOW: usize = 5;

/// Prefix expansions kept for the word being typed (the most frequent), fewer for the first
/// letters, so that every keystroke stays cheap: one letter matches a tenth of the index.
pub fn max_prefix_terms(prefix_chars: usize) -> usize {
    match prefix_chars {
        0 | 1 => 8,
        2 => 48,
        _ => 128,
    }
}

/// Typos the search tolerates in a word of this many characters: none in short words (where
/// one edit makes another word: "mali", "bali"), one from 4 letters, two from 8.
pub fn allowed_edits(chars: usize) -> usize {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Edits a "did you mean" correction may make to a word of this many characters: more than
/// the search itself tolerates ([`allowed_edits`]), since a proposal is only shown, and only
/// when it finds something.
pub fn suggestion_edits(chars: usize) -> usize {
    match chars {
        0..=2 => 0,
        3..=4 => 1,
        5..=8 => 2,
        _ => 3,
    }
}

/// The browse order (no search words, and ties in relevance), smallest first: ongoing
/// programmes, then those whose status is unknown, then completed ones; within each, the most
/// recently started first (unknown years last). The engine and related programmes share it;
/// each breaks the remaining ties by title.
pub fn browse_key(programme: &Programme) -> (u8, Reverse<i32>) {
    let status = match programme.status {
        Status::Ongoing => 0,
        Status::Unknown => 1,
        Status::Completed => 2,
    };
    (status, Reverse(programme.start_year.unwrap_or(i32::MIN)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_grow_with_length_and_suggestions_reach_further() {
        assert_eq!(allowed_edits(3), 0);
        assert_eq!(allowed_edits(4), 1);
        assert_eq!(allowed_edits(7), 1);
        assert_eq!(allowed_edits(8), 2);
        for chars in 3..20 {
            assert!(suggestion_edits(chars) >= allowed_edits(chars));
        }
    }

    #[test]
    fn matches_rank_literal_then_meaning_then_typo() {
        assert!(Quality::Prefix.factor() > MEANING_FACTOR);
        assert!(
            MEANING_FACTOR
                > Quality::Typo {
                    edits: 1,
                    prefix: false
                }
                .factor()
        );
    }
}
