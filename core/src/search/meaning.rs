//! Meanings at query time: the words of a query that are a term of a concept
//! (`data/concepts.json`: remittance ≈ money transfer ≈ envoi d'argent) also find the
//! programmes that use the concept's other terms, with less weight than the words typed
//! ([`MEANING_FACTOR`](super::ranking::MEANING_FACTOR)).
//!
//! Terms are analysed as the index analyses text (folded, elided; stop words left out but
//! counted in positions, so "transfert de fonds" is found as a phrase), and a query word
//! matches a term's word when they are the same word or share an English or French stem
//! ("remittances" is a form of "remittance", "médecins" of "médecin").
//!
//! ```
//! # use diaspora_core::data::calendar::today_utc;
//! # let catalogue = diaspora_core::Catalogue::repository(today_utc());
//! use diaspora_core::request::SearchRequest;
//! use diaspora_core::search::SearchEngine;
//!
//! let engine = SearchEngine::new(&catalogue);
//! let search = |query: &str| {
//!     let request = SearchRequest { query: query.into(), ..SearchRequest::default() };
//!     let response = engine.search(&catalogue, &request);
//!     response.hits.iter().map(|hit| catalogue.programmes[hit.doc].id.clone()).collect::<Vec<_>>()
//! };
//! // No record says "doctors"; the MIDA programmes for Somalia speak of health professionals.
//! assert!(search("doctors Somalia").contains(&"mida-finnsom".to_owned()));
//! ```
//!
//! Each country's English and French names (and their other names) are a concept too
//! ([`country_concepts`]): "Maroc" also finds a summary that says "Morocco", so a record
//! that names a country only in its text is found in either language, and shows the word.

use std::ops::Range;

use rustc_hash::FxHashMap;

use super::analysis::{Analyzer, WordForms};
use crate::data::concepts::Concept;
use crate::data::geography::Geography;
use crate::text::fold;
use crate::Lang;

/// The forms a word is compared by: as written, and its English and French stems.
pub type WordKeys = [String; 3];

/// One term of a concept once analysed.
#[derive(Clone, Debug)]
pub struct MeaningTerm {
    pub concept: u32,
    /// Its words (plain index terms, stop words left out), each with its offset from the
    /// first word: the index's positions count stop words.
    pub words: Vec<(u32, String)>,
    keys: Vec<WordKeys>,
}

/// Words of a query that stand for one concept: the query words `words` are the concept's
/// term `term`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub words: Range<usize>,
    /// `(concept, term)`, when the words are a term of a concept.
    pub meaning: Option<(u32, u32)>,
}

/// The concepts, analysed, with their terms by first word.
pub struct Meanings {
    terms: Vec<MeaningTerm>,
    /// Terms whose first word has this key, in file order.
    by_first_key: FxHashMap<String, Vec<u32>>,
    /// The terms of each concept that are searched for: one of each set of forms with the
    /// same stems.
    of_concept: Vec<Vec<u32>>,
}

impl Meanings {
    pub fn new<'a>(
        concepts: impl IntoIterator<Item = &'a Concept>,
        plain: &Analyzer,
        forms: &WordForms,
    ) -> Meanings {
        let is_stop = |word: &str| forms.is_stop(word);
        let mut terms: Vec<MeaningTerm> = Vec::new();
        let mut by_first_key: FxHashMap<String, Vec<u32>> = FxHashMap::default();
        let mut of_concept = Vec::new();
        for (concept_number, concept) in concepts.into_iter().enumerate() {
            let mut own = Vec::new();
            let mut searched = Vec::new();
            for text in concept.terms() {
                let tokens: Vec<_> = plain.tokens(text).collect();
                let meaningful: Vec<_> = tokens.iter().filter(|t| !is_stop(&t.text)).collect();
                // A term of stop words only ("à") would match every query's filler.
                let Some(first) = meaningful.first().map(|t| t.position) else {
                    continue;
                };
                let words: Vec<(u32, String)> = meaningful
                    .iter()
                    .map(|t| (t.position - first, t.text.clone()))
                    .collect();
                let keys: Vec<WordKeys> = words
                    .iter()
                    .map(|(_, word)| word_keys(word, forms))
                    .collect();
                let number = terms.len() as u32;
                let mut first_keys = keys[0].to_vec();
                first_keys.sort_unstable();
                first_keys.dedup();
                for key in first_keys {
                    by_first_key.entry(key).or_default().push(number);
                }
                // A form stemming already joins ("transferts de fonds" of "transfert de
                // fonds") finds nothing more: it is matched in queries, not searched again.
                if !own
                    .iter()
                    .any(|&other| same_stems(&terms[other as usize].keys, &keys))
                {
                    searched.push(number);
                }
                own.push(number);
                terms.push(MeaningTerm {
                    concept: concept_number as u32,
                    words,
                    keys,
                });
            }
            of_concept.push(searched);
        }
        Meanings {
            terms,
            by_first_key,
            of_concept,
        }
    }

    /// Groups the query's words (given by their [`WordKeys`]): from the left, the longest run
    /// of words that is a term of a concept forms one span; other words stand alone.
    pub fn spans(&self, words: &[WordKeys]) -> Vec<Span> {
        let mut spans = Vec::new();
        let mut start = 0;
        while start < words.len() {
            let mut best: Option<(usize, u32)> = None;
            let mut seen: Vec<u32> = Vec::new();
            for key in &words[start] {
                for &number in self.by_first_key.get(key).into_iter().flatten() {
                    if seen.contains(&number) {
                        continue;
                    }
                    seen.push(number);
                    let term = &self.terms[number as usize];
                    let length = term.keys.len();
                    let fits = start + length <= words.len()
                        && term
                            .keys
                            .iter()
                            .zip(&words[start..start + length])
                            .all(|(term_keys, query_keys)| shares_a_key(term_keys, query_keys));
                    let longer = best.is_none_or(|(best_length, best_number)| {
                        length > best_length || (length == best_length && number < best_number)
                    });
                    if fits && longer {
                        best = Some((length, number));
                    }
                }
            }
            match best {
                Some((length, number)) => {
                    let concept = self.terms[number as usize].concept;
                    spans.push(Span {
                        words: start..start + length,
                        meaning: Some((concept, number)),
                    });
                    start += length;
                }
                None => {
                    spans.push(Span {
                        words: start..start + 1,
                        meaning: None,
                    });
                    start += 1;
                }
            }
        }
        spans
    }

    /// The other terms of the concept of term `typed` to search for (not those with its
    /// stems, which the typed words find themselves).
    /// Each comes with its number (below [`Self::term_count`]).
    pub fn others(&self, concept: u32, typed: u32) -> impl Iterator<Item = (u32, &MeaningTerm)> {
        let typed = &self.terms[typed as usize];
        self.of_concept[concept as usize]
            .iter()
            .map(|&number| (number, &self.terms[number as usize]))
            .filter(move |(_, term)| !same_stems(&term.keys, &typed.keys))
    }

    /// How many terms there are, over all concepts.
    pub fn term_count(&self) -> usize {
        self.terms.len()
    }
}

/// The countries as concepts: each one's English and French names and other names, for
/// the countries whose names differ once folded (the others find themselves).
pub fn country_concepts(geography: &Geography) -> Vec<Concept> {
    geography
        .countries()
        .iter()
        .filter_map(|country| {
            let en: Vec<String> = [&country.en]
                .into_iter()
                .chain(&country.aliases_en)
                .cloned()
                .collect();
            let fr: Vec<String> = [&country.fr]
                .into_iter()
                .chain(&country.aliases_fr)
                .cloned()
                .collect();
            let first = fold(&country.en);
            let differ = en.iter().chain(&fr).any(|name| fold(name) != first);
            differ.then(|| Concept {
                id: country.code.clone(),
                en,
                fr,
            })
        })
        .collect()
}

/// The [`WordKeys`] of a folded word.
pub fn word_keys(word: &str, forms: &WordForms) -> WordKeys {
    let stem = |lang| forms.stem(word, lang).unwrap_or_else(|| word.to_owned());
    [word.to_owned(), stem(Lang::En), stem(Lang::Fr)]
}

/// Whether two terms are forms of each other: word for word the same stems.
fn same_stems(a: &[WordKeys], b: &[WordKeys]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(a, b)| a[1..] == b[1..])
}

fn shares_a_key(a: &WordKeys, b: &WordKeys) -> bool {
    a.iter().any(|key| b.contains(key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::concepts::Concept;

    fn meanings(concepts: Vec<Concept>) -> (Meanings, WordForms) {
        let forms = WordForms::new();
        let meanings = Meanings::new(&concepts, &Analyzer::plain(), &forms);
        (meanings, forms)
    }

    #[test]
    fn countries_whose_names_differ_are_concepts() {
        let catalogue = crate::Catalogue::repository(crate::data::calendar::today_utc());
        let countries = country_concepts(&catalogue.geography);
        let morocco = countries.iter().find(|c| c.id == "MA").expect("Morocco");
        assert_eq!(
            (&morocco.en[..], &morocco.fr[..]),
            (&["Morocco".to_owned()][..], &["Maroc".to_owned()][..])
        );
        let ivory = countries
            .iter()
            .find(|c| c.id == "CI")
            .expect("Côte d'Ivoire");
        assert!(ivory.en.iter().any(|name| name == "Ivory Coast"));
        // "Senegal" and "Sénégal" fold alike: the typed word finds both already.
        assert!(!countries.iter().any(|c| c.id == "SN"));
    }

    fn concept(id: &str, en: &[&str], fr: &[&str]) -> Concept {
        Concept {
            id: id.into(),
            en: en.iter().map(|t| t.to_string()).collect(),
            fr: fr.iter().map(|t| t.to_string()).collect(),
        }
    }

    #[test]
    fn the_longest_term_from_the_left_wins_and_forms_match_by_stem() {
        let (meanings, stems) = meanings(vec![
            concept(
                "remittances",
                &["remittance", "send money"],
                &["transfert de fonds"],
            ),
            concept("cost", &["cost", "cheaply"], &[]),
            concept("money", &["money"], &["argent"]),
        ]);
        let keys = |query: &str| -> Vec<WordKeys> {
            query.split(' ').map(|w| word_keys(w, &stems)).collect()
        };
        let spans = meanings.spans(&keys("sending money home cheaply"));
        let shown: Vec<(Range<usize>, Option<u32>)> = spans
            .iter()
            .map(|s| (s.words.clone(), s.meaning.map(|(c, _)| c)))
            .collect();
        assert_eq!(
            shown,
            [(0..2, Some(0)), (2..3, None), (3..4, Some(1))],
            "'sending money' is 'send money'; 'money' alone is not taken first"
        );
        assert_eq!(
            meanings.spans(&keys("money"))[0].meaning.map(|m| m.0),
            Some(2)
        );
        // Stop words inside a term keep their place: "de" is one position.
        let (_, typed) = meanings.spans(&keys("remittances"))[0].meaning.unwrap();
        let others: Vec<&Vec<(u32, String)>> =
            meanings.others(0, typed).map(|(_, t)| &t.words).collect();
        assert_eq!(
            others,
            [
                &vec![(0, "send".to_owned()), (1, "money".to_owned())],
                &vec![(0, "transfert".to_owned()), (2, "fonds".to_owned())]
            ]
        );
    }
}
