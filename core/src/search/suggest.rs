//! What the "no results" screen offers: a corrected query ("did you mean …?") and the
//! filters whose removal would bring results back, each with how many.
//!
//! ```
//! # use diaspora_core::data::calendar::today_utc;
//! # use diaspora_core::data::catalogue::{Catalogue, Sources};
//! # let catalogue = diaspora_core::Catalogue::load(&diaspora_core::data::catalogue::Sources::repository(today_utc())).unwrap();
//! use diaspora_core::search::SearchEngine;
//! use diaspora_core::request::SearchRequest;
//! let engine = SearchEngine::new(&catalogue);
//! // "senagel" is two letters off "senegal": too far for the search, close enough to propose.
//! let request = SearchRequest { query: "senagel xqzwv".into(), ..SearchRequest::default() };
//! assert_eq!(engine.search(&catalogue, &request).total, 0);
//! assert_eq!(engine.did_you_mean(&catalogue, &request).as_deref(), Some("senegal"));
//! ```

use std::cmp::Reverse;

use super::engine::SearchEngine;
use super::index::letter_mask;
use super::indexed::indexed_texts;
use super::query::{Clause, Query};
use crate::data::catalogue::Catalogue;
use crate::request::{Removal, SearchRequest};
use crate::text::distance::bounded_distance;

pub use super::ranking::suggestion_edits;

/// A way out of an empty result: what to remove, and how many results there would then be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Relaxation {
    pub removal: Removal,
    pub total: usize,
}

impl SearchEngine {
    /// A corrected query when some of the request's words match nothing: each such word is
    /// replaced by the closest index term within [`suggestion_edits`] (the fewest edits, then
    /// the most frequent, then alphabetically), or dropped when none is close or the closest is
    /// already in the query. Words that match stay as they were typed, as do phrases and
    /// exclusions. `None` when nothing needed correcting, when only exclusions or stop words
    /// would be left, or when the corrected query finds nothing with the request's filters
    /// either.
    pub fn did_you_mean(&self, catalogue: &Catalogue, request: &SearchRequest) -> Option<String> {
        let query = Query::parse(&request.query);
        if query.is_empty() {
            return None;
        }
        self.ensure_index(catalogue);
        // The words the search requires, after its stop-word rule.
        let required = self.positive_words(&query);
        let is_stop = |word: &str| self.forms.is_stop(word);
        // A correction that is already a word of the query (or an earlier correction) adds
        // nothing: "communities cqmmunitze" becomes "communities", not "communities communities".
        let mut present: Vec<String> = self.plain.terms(&request.query).collect();
        let mut parts: Vec<String> = Vec::new();
        let mut changed = false;
        let mut meaningful = false;
        for clause in &query.clauses {
            match clause {
                Clause::Word { text, prefix } => {
                    let tokens: Vec<String> = self.plain.terms(text).collect();
                    let count = tokens.len();
                    let mut corrected = Vec::new();
                    let mut word_changed = false;
                    for (i, token) in tokens.into_iter().enumerate() {
                        let token_prefix = *prefix && i + 1 == count;
                        let needs_match = required
                            .iter()
                            .any(|word| word.term == token && word.prefix == token_prefix);
                        if !needs_match || !self.expand(&token, token_prefix, true).is_empty() {
                            meaningful |= !is_stop(&token);
                            corrected.push(token);
                        } else {
                            word_changed = true;
                            let term = self.closest_term(catalogue, &token);
                            if let Some(term) = term.filter(|term| !present.contains(term)) {
                                meaningful = true;
                                present.push(term.clone());
                                corrected.push(term);
                            }
                        }
                    }
                    if word_changed {
                        changed = true;
                        parts.extend(corrected);
                    } else {
                        parts.push(text.clone());
                    }
                }
                Clause::Phrase(words) => {
                    meaningful = true;
                    parts.push(format!("\"{}\"", words.join(" ")));
                }
                Clause::Exclude(words) => parts.push(match words.as_slice() {
                    [word] => format!("-{word}"),
                    _ => format!("-\"{}\"", words.join(" ")),
                }),
            }
        }
        if !changed || !meaningful {
            return None;
        }
        let suggestion = parts.join(" ");
        let corrected = self.search(
            catalogue,
            &SearchRequest {
                query: suggestion.clone(),
                page: 0,
                page_size: 0,
                ..request.clone()
            },
        );
        // Proposed only when it finds programmes matching every word: a correction that
        // still matches only some of them is no better than what the page already shows.
        let every_word = corrected
            .partial
            .map_or(corrected.total, |partial| partial.every_word);
        (every_word > 0).then_some(suggestion)
    }

    /// For each selected facet value, the year range and the query text (when there is one),
    /// how many results the request would have without it; only those that find something,
    /// the most results first (ties in the order just named, facets in
    /// [`FacetKind::ALL`](crate::request::FacetKind::ALL) order, values as selected).
    pub fn relaxations(&self, catalogue: &Catalogue, request: &SearchRequest) -> Vec<Relaxation> {
        let mut removals: Vec<Removal> = request.filters.removals().collect();
        if !Query::parse(&request.query).is_empty() {
            removals.push(Removal::Query);
        }
        let mut relaxations: Vec<Relaxation> = removals
            .into_iter()
            .map(|removal| Relaxation {
                total: self.total(catalogue, &removal.apply_to(request)),
                removal,
            })
            .filter(|relaxation| relaxation.total > 0)
            .collect();
        relaxations.sort_by_key(|relaxation| Reverse(relaxation.total));
        relaxations
    }

    /// The number of results of a request, without building any hit.
    fn total(&self, catalogue: &Catalogue, request: &SearchRequest) -> usize {
        let count_only = SearchRequest {
            page: 0,
            page_size: 0,
            ..request.clone()
        };
        self.search(catalogue, &count_only).total
    }

    /// The index term closest to `word` within [`suggestion_edits`], preferring fewer edits,
    /// then words that appear as written over bare stems ("communiti"), then the most
    /// frequent, then the first alphabetically. Stop words are never proposed.
    fn closest_term(&self, catalogue: &Catalogue, word: &str) -> Option<String> {
        let index = self.index();
        let chars: Vec<char> = word.chars().collect();
        let edits = suggestion_edits(chars.len());
        if edits == 0 {
            return None;
        }
        let word_mask = letter_mask(&chars);
        let mut candidates: Vec<(usize, Reverse<u32>, String, usize)> = Vec::new();
        for term in 0..index.term_count() {
            // The same cheap lower bounds as the search's typo scan (see `letter_mask`).
            let term_mask = index.term_mask(term);
            if (word_mask & !term_mask).count_ones() as usize > edits
                || (word_mask ^ term_mask).count_ones() as usize > 2 * edits
            {
                continue;
            }
            let candidate = index.term_chars(term);
            if let Some(distance) = bounded_distance(&chars, candidate, edits).filter(|d| *d > 0) {
                let text: String = candidate.iter().collect();
                if !self.forms.is_stop(&text) {
                    candidates.push((distance, Reverse(index.doc_freq(term)), text, term));
                }
            }
        }
        candidates.sort_unstable();
        let fewest = candidates.first()?.0;
        let nearest = candidates.iter().take_while(|c| c.0 == fewest);
        nearest
            .clone()
            .find(|(_, _, text, term)| self.is_written_word(catalogue, *term, text))
            .or_else(|| candidates.first())
            .map(|(_, _, text, _)| text.clone())
    }

    /// Whether `text` (index term `term`) occurs as a word in the programmes it indexes,
    /// rather than only as the stem of other words. The index keeps no such flag, so a few of
    /// its programmes are read again.
    fn is_written_word(&self, catalogue: &Catalogue, term: usize, text: &str) -> bool {
        const PROGRAMMES_READ: usize = 3;
        let mut docs: Vec<u32> = self.index().postings(term).docs().to_vec();
        docs.dedup();
        docs.iter().take(PROGRAMMES_READ).any(|&doc| {
            let mut written = false;
            indexed_texts(catalogue, &catalogue.programmes[doc as usize], |indexed| {
                written |= !written && self.plain.terms(indexed.text).any(|t| t == text)
            });
            written
        })
    }
}
