//! The one search API the interface and the benchmark call: query + filters + sort + page →
//! hits, total and facet counts.
//!
//! Matching: every word must match (AND) in some field, by its exact folded form, by its
//! English or French stem, by prefix for the word being typed, or, for words the index does
//! not know, within an edit distance (1 edit from 4 characters, 2 from 8). When fewer than
//! [`PARTIAL_BELOW`] programmes match every word, those matching most of the words follow
//! ([`PartialMatch`]); phrases and exclusions stay strict. Ranking is BM25F over weighted
//! fields; each kind of match scales the score ([`Quality`]), so exact beats stem beats prefix
//! beats typo, and ties fall back to the browse order, so results never shuffle.

use std::cmp::Ordering;
use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::analysis::{Analyzer, Tokenizer, WordForms};
use super::bitset::DocSet;
use super::facets::{FacetCounts, FacetIndex};
use super::index::{letter_mask, Field, SearchIndex};
use super::meaning::{country_concepts, word_keys, MeaningTerm, Meanings, WordKeys};
use super::query::{Clause, Query};
use super::ranking::{
    allowed_edits, bm25, browse_key, field_weight, idf, max_prefix_terms, B, EXACT_NAME_BONUS,
    MEANING_FACTOR, PHRASE_BONUS,
};
pub use super::ranking::{Quality, PARTIAL_BELOW};
use crate::data::catalogue::Catalogue;
use crate::data::model::Programme;
use crate::request::{FacetKind, SearchRequest, Sort};
use crate::text::distance::{bounded_distance, bounded_prefix_distance};
use crate::text::fold;
use crate::Lang;

/// Names given for a result whose title and snippet show no matched word ([`Hit::matched_elsewhere`]).
pub const MATCHED_ELSEWHERE: usize = 3;

/// A piece of text with the byte ranges to highlight.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Highlighted {
    pub text: String,
    pub ranges: Vec<Range<usize>>,
}

/// One result.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// Index of the programme in the catalogue.
    pub doc: usize,
    pub score: f32,
    /// Matched words in the title.
    pub title: Highlighted,
    /// The summary sentence that best matches, with matched words.
    pub snippet: Highlighted,
    /// When the title and snippet show no matched word: the countries, organisations and
    /// themes whose names matched ("Maroc" matches Morocco, "Moroccans" too), so that the
    /// page can say why the programme is there. A country is given as an origin.
    pub matched_elsewhere: Vec<(FacetKind, String)>,
}

/// The answer to a [`SearchRequest`].
#[derive(Clone, Debug, PartialEq)]
pub struct SearchResponse {
    pub hits: Vec<Hit>,
    /// Results over all pages.
    pub total: usize,
    pub facets: Vec<FacetCounts>,
    /// Set when the results include programmes that match only some of the words.
    pub partial: Option<PartialMatch>,
    /// Every result over all pages (catalogue positions), for the views that show them all
    /// at once: the map's programmes covering whole regions, the charts.
    pub matching: DocSet,
    /// Results by start year, counted with every filter but the year range (as the facets
    /// count theirs), in year order; programmes with no start year are not in it.
    pub start_years: Vec<(i32, usize)>,
}

/// Results that match only some of the query's words: what the page says about them.
///
/// ```
/// # use diaspora_core::data::calendar::today_utc;
/// # let catalogue = diaspora_core::Catalogue::repository(today_utc());
/// use diaspora_core::request::SearchRequest;
/// use diaspora_core::search::SearchEngine;
///
/// let engine = SearchEngine::new(&catalogue);
/// let request = SearchRequest { query: "remittances zzyzx".into(), ..SearchRequest::default() };
/// let response = engine.search(&catalogue, &request);
/// let partial = response.partial.expect("no programme says 'zzyzx'");
/// assert_eq!(partial.every_word, 0);
/// assert_eq!((partial.fewest, partial.most, partial.words.len()), (1, 1, 2));
/// assert_eq!(partial.found(), ["remittances"]);
/// assert_eq!(partial.missing(), ["zzyzx"]);
/// assert!(response.total > 0);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartialMatch {
    /// The query's words as typed, each with whether some result matches it.
    pub words: Vec<(String, bool)>,
    /// Results matching every word (they come first).
    pub every_word: usize,
    /// The fewest and the most words matched by the results that do not match every word
    /// (both below `words.len()`).
    pub fewest: usize,
    pub most: usize,
}

impl PartialMatch {
    /// The words some result matches, in query order.
    pub fn found(&self) -> Vec<&str> {
        self.words_where(true)
    }

    /// The words no result matches, in query order.
    pub fn missing(&self) -> Vec<&str> {
        self.words_where(false)
    }

    fn words_where(&self, found: bool) -> Vec<&str> {
        self.words
            .iter()
            .filter(|(_, f)| *f == found)
            .map(|(word, _)| word.as_str())
            .collect()
    }
}

/// A word the search looks for: its analysed term, whether it is the prefix being typed, and
/// how it was typed (for the page's messages).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct QueryWord {
    pub term: String,
    pub prefix: bool,
    pub typed: String,
    /// The query clause it comes from.
    pub clause: usize,
}

/// The index, facets and orders of one catalogue.
pub struct SearchEngine {
    /// The text index and what ranking derives from it: built with the engine, given to it
    /// later ([`Self::provide_index`]), or built by the first search that needs it
    /// ([`Self::deferred`]).
    text: OnceLock<TextIndex>,
    doc_count: usize,
    facets: FacetIndex,
    /// Rank of each document in the browse order.
    browse_rank: Vec<u32>,
    title_rank: Vec<u32>,
    start_years: Vec<Option<i32>>,
    /// The programmes whose title, original title or acronym is exactly these words (folded,
    /// without stop words, joined by spaces), for the exact-name bonus in one lookup.
    exact_names: FxHashMap<String, Vec<u32>>,
    pub(super) plain: Analyzer,
    /// Stop words and stems, by the rule the index applies too.
    pub(super) forms: WordForms,
    /// The catalogue's concepts, for query words that are a term of one.
    meanings: Meanings,
}

/// The inverted index, and the BM25F factor of each field of each document: its weight over
/// its length normalisation, computed once rather than for every posting of every query.
struct TextIndex {
    index: SearchIndex,
    field_factors: Vec<[f32; Field::COUNT]>,
    /// What each term of the concepts finds ([`Meanings`]), worked out the first time a query
    /// needs it: the index does not change, and a reader typing "remittances" asks for the
    /// same terms of the concept at every keystroke from "rem" on. Searching them afresh cost
    /// the most of any step of a search (native profile at 10k: 2.2 of 4.5 ms for "rem",
    /// 12 of 17 ms for "hometown associations").
    meaning_matches: Vec<OnceLock<MeaningMatch>>,
}

/// The documents one term of a concept finds, each with its BM25F score, and the index terms
/// it found them by (to highlight).
struct MeaningMatch {
    terms: Vec<usize>,
    /// `(document, score)`, by document.
    docs: Vec<(u32, f32)>,
}

impl TextIndex {
    fn new(index: SearchIndex, meaning_terms: usize) -> TextIndex {
        let field_factors = (0..index.doc_count() as u32)
            .map(|doc| {
                Field::ALL.map(|field| {
                    let length = index.field_length(doc, field) as f32;
                    field_weight(field) / (1.0 - B + B * length / index.average_length(field))
                })
            })
            .collect();
        TextIndex {
            index,
            field_factors,
            meaning_matches: (0..meaning_terms).map(|_| OnceLock::new()).collect(),
        }
    }
}

/// How one search orders its results.
struct Order<'a> {
    scores: &'a [f32],
    /// Words matched by each document, when some results match only some of them
    /// ([`SearchEngine::partial_matches`]).
    tiers: Option<&'a [u8]>,
    sort: Sort,
    has_query: bool,
}

/// A positive clause once analysed: the terms it matched, each with its quality.
#[derive(Clone)]
struct MatchedClause {
    docs: DocSet,
    scores: Vec<f32>,
}

impl MatchedClause {
    /// Adds the documents `other` finds, another way to satisfy this clause, their scores
    /// scaled by `factor`; a document found both ways keeps its better score.
    fn add_alternative(&mut self, other: &MeaningMatch, factor: f32) {
        for &(doc, score) in &other.docs {
            let doc = doc as usize;
            self.docs.insert(doc);
            self.scores[doc] = self.scores[doc].max(factor * score);
        }
    }
}

impl SearchEngine {
    /// Indexes the catalogue and prepares its facets and orders.
    pub fn new(catalogue: &Catalogue) -> Self {
        let engine = Self::deferred(catalogue);
        let _ = engine
            .text
            .set(engine.text_index(SearchIndex::build(catalogue)));
        engine
    }

    /// Uses an index built earlier (see [`SearchIndex::to_bytes`]) instead of indexing again;
    /// it must have been built from the same programmes.
    pub fn with_index(catalogue: &Catalogue, index: SearchIndex) -> Result<Self, String> {
        let engine = Self::deferred(catalogue);
        engine.provide_index(index)?;
        Ok(engine)
    }

    /// The facets and orders only, at once: what browsing needs (no search words). The text
    /// index comes later, from [`Self::provide_index`] (built in steps, see
    /// [`IndexBuilder`](super::index::IndexBuilder)), or else from the first search, suggestion
    /// or relaxation that needs it, which then builds it.
    /// The explorer starts this way: its first view needs no index, and the index is built in
    /// small steps after it.
    ///
    /// ```
    /// # use diaspora_core::data::calendar::today_utc;
    /// # let catalogue = diaspora_core::Catalogue::repository(today_utc());
    /// use diaspora_core::request::SearchRequest;
    /// use diaspora_core::search::SearchEngine;
    ///
    /// let engine = SearchEngine::deferred(&catalogue);
    /// let browse = engine.search(&catalogue, &SearchRequest::default());
    /// assert_eq!(browse.total, catalogue.programmes.len());
    /// assert!(!engine.has_index());
    /// let found = engine.search(&catalogue, &SearchRequest { query: "remittances".into(), ..SearchRequest::default() });
    /// assert!(found.total > 0 && engine.has_index());
    /// ```
    pub fn deferred(catalogue: &Catalogue) -> Self {
        let programmes = &catalogue.programmes;
        let title_key = |p: &Programme| (fold(&p.title), p.id.clone());
        let rank = |order: Vec<usize>| {
            let mut ranks = vec![0; order.len()];
            for (rank, doc) in order.into_iter().enumerate() {
                ranks[doc] = rank as u32;
            }
            ranks
        };
        let mut by_title: Vec<usize> = (0..programmes.len()).collect();
        by_title.sort_by_cached_key(|&doc| title_key(&programmes[doc]));
        let title_rank = rank(by_title.clone());
        let mut browse = by_title;
        browse.sort_by_key(|&doc| (browse_key(&programmes[doc]), title_rank[doc]));
        let plain = Analyzer::plain();
        let forms = WordForms::new();
        let is_stop = |word: &String| forms.is_stop(word);
        let mut exact_names: FxHashMap<String, Vec<u32>> = FxHashMap::default();
        for (doc, p) in programmes.iter().enumerate() {
            for name in [
                Some(&p.title),
                p.acronym.as_ref(),
                p.original_title.as_ref(),
            ]
            .into_iter()
            .flatten()
            {
                let words: Vec<String> = plain.terms(name).filter(|w| !is_stop(w)).collect();
                let docs = exact_names.entry(words.join(" ")).or_default();
                if docs.last() != Some(&(doc as u32)) {
                    docs.push(doc as u32);
                }
            }
        }
        SearchEngine {
            text: OnceLock::new(),
            doc_count: programmes.len(),
            exact_names,
            facets: FacetIndex::build(programmes),
            browse_rank: rank(browse),
            title_rank,
            start_years: programmes.iter().map(|p| p.start_year).collect(),
            meanings: Meanings::new(
                catalogue
                    .concepts
                    .concepts
                    .iter()
                    .chain(&country_concepts(&catalogue.geography)),
                &plain,
                &forms,
            ),
            plain,
            forms,
        }
    }

    /// Gives a [`Self::deferred`] engine its text index, built from the same programmes (in
    /// steps, or stored); an engine that has one keeps it.
    pub fn provide_index(&self, index: SearchIndex) -> Result<(), String> {
        if index.doc_count() != self.doc_count {
            return Err(format!(
                "the index holds {} programmes, the catalogue {}",
                index.doc_count(),
                self.doc_count
            ));
        }
        let _ = self.text.set(self.text_index(index));
        Ok(())
    }

    /// Whether the text index is there (always, but for a [`Self::deferred`] engine before
    /// its first search with words).
    pub fn has_index(&self) -> bool {
        self.text.get().is_some()
    }

    /// The text index, built now if it was not yet.
    pub(super) fn ensure_index(&self, catalogue: &Catalogue) {
        self.text
            .get_or_init(|| self.text_index(SearchIndex::build(catalogue)));
    }

    fn text_index(&self, index: SearchIndex) -> TextIndex {
        TextIndex::new(index, self.meanings.term_count())
    }

    /// The text index. Panics for a [`Self::deferred`] engine that has none yet: every public
    /// method that reads it first builds it ([`Self::ensure_index`]).
    fn text(&self) -> &TextIndex {
        self.text
            .get()
            .expect("the text index is built before it is read")
    }

    /// The text index; a [`Self::deferred`] engine must have it (see [`Self::has_index`]).
    pub fn index(&self) -> &SearchIndex {
        &self.text().index
    }

    pub fn search(&self, catalogue: &Catalogue, request: &SearchRequest) -> SearchResponse {
        let doc_count = self.doc_count;
        let query = Query::parse(&request.query);
        if !query.is_empty() {
            self.ensure_index(catalogue);
        }
        // `strict`: what phrases and exclusions allow; `matches`: that and every word.
        let mut strict = DocSet::full(doc_count);
        let mut scores = vec![0.0f32; doc_count];
        let mut highlight_terms: Vec<usize> = Vec::new();

        let words = self.positive_words(&query);
        let any_positive =
            !words.is_empty() || query.clauses.iter().any(|c| matches!(c, Clause::Phrase(_)));
        let literal: Vec<MatchedClause> = words
            .iter()
            .map(|word| {
                let expansions = self.expand(&word.term, word.prefix, true);
                highlight_terms.extend(expansions.iter().map(|(term, _)| *term));
                self.score_terms(&expansions)
            })
            .collect();
        // Words that are a term of a concept form one clause, which the concept's other
        // terms also satisfy.
        let keys: Vec<WordKeys> = words
            .iter()
            .map(|word| word_keys(&word.term, &self.forms))
            .collect();
        let spans = self.meanings.spans(&keys);
        let mut span_words: Vec<String> = Vec::with_capacity(spans.len());
        let mut word_clauses: Vec<MatchedClause> = Vec::with_capacity(spans.len());
        for span in &spans {
            span_words.push(span_text(&query, &words[span.words.clone()]));
            let mut clause = self.all_of(&literal[span.words.clone()]);
            if let Some((concept, term)) = span.meaning {
                for (number, other) in self.meanings.others(concept, term) {
                    let found = self.meaning_match(number, other);
                    if !found.docs.is_empty() {
                        highlight_terms.extend(&found.terms);
                    }
                    clause.add_alternative(found, MEANING_FACTOR);
                }
            }
            add_scores(&mut scores, &clause);
            word_clauses.push(clause);
        }
        for clause in &query.clauses {
            match clause {
                Clause::Phrase(words) => {
                    let terms = self.phrase_terms(words);
                    highlight_terms.extend(terms.iter().flatten());
                    let clause = self.score_phrase(&terms);
                    strict.intersect_with(&clause.docs);
                    add_scores(&mut scores, &clause);
                }
                Clause::Exclude(words) => {
                    let terms = self.phrase_terms(words);
                    let excluded = if terms.len() == 1 {
                        let mut expansions: Vec<(usize, Quality)> = Vec::new();
                        for word in words {
                            for token in self.plain.terms(word) {
                                expansions.extend(self.expand(&token, false, false));
                            }
                        }
                        self.score_terms(&expansions).docs
                    } else {
                        self.score_phrase(&terms).docs
                    };
                    for doc in excluded.iter() {
                        strict.remove(doc);
                    }
                }
                Clause::Word { .. } => {}
            }
        }
        let mut matches = strict.clone();
        for clause in &word_clauses {
            matches.intersect_with(&clause.docs);
        }
        if !words.is_empty() {
            let typed: Vec<&str> = words.iter().map(|word| word.term.as_str()).collect();
            for &doc in self.exact_names.get(&typed.join(" ")).into_iter().flatten() {
                if matches.contains(doc as usize) {
                    scores[doc as usize] *= EXACT_NAME_BONUS;
                }
            }
        }
        let (tiers, partial) =
            match self.partial_matches(&span_words, &word_clauses, &strict, request) {
                Some((more, tiers, partial)) => {
                    matches = more;
                    (Some(tiers), Some(partial))
                }
                None => (None, None),
            };

        let (filtered, facets) = self.facets.apply(&matches, &request.filters);
        let start_years = self.facets.start_year_counts(&matches, &request.filters);
        let mut docs: Vec<usize> = filtered.iter().collect();
        let total = docs.len();
        let start = request.page.saturating_mul(request.page_size).min(total);
        let end = start.saturating_add(request.page_size).min(total);
        let order = Order {
            scores: &scores,
            tiers: tiers.as_deref(),
            sort: request.sort,
            has_query: any_positive,
        };
        self.sort_first(&mut docs, end, &order);
        highlight_terms.sort_unstable();
        highlight_terms.dedup();
        let hits = docs[start..end]
            .iter()
            .map(|&doc| {
                let programme = &catalogue.programmes[doc];
                let (summary, summary_field) = match (request.lang, &programme.summary_fr) {
                    (Lang::Fr, Some(summary_fr)) => (summary_fr.as_str(), Field::SummaryFr),
                    _ => (programme.summary.as_str(), Field::Summary),
                };
                let title_positions = self.matched_positions(doc, Field::Title, &highlight_terms);
                let summary_positions =
                    self.matched_positions(doc, summary_field, &highlight_terms);
                let title = Highlighted {
                    text: programme.title.clone(),
                    ranges: highlight_ranges(&programme.title, &title_positions),
                };
                let snippet = snippet(summary, &summary_positions);
                let matched_elsewhere = if title.ranges.is_empty() && snippet.ranges.is_empty() {
                    self.matched_elsewhere(catalogue, programme, &highlight_terms)
                } else {
                    Vec::new()
                };
                Hit {
                    doc,
                    score: scores[doc],
                    title,
                    snippet,
                    matched_elsewhere,
                }
            })
            .collect();
        SearchResponse {
            hits,
            total,
            facets,
            partial,
            matching: filtered,
            start_years,
        }
    }

    /// When fewer than [`PARTIAL_BELOW`] programmes left by the filters match every word: every
    /// document matching some of the words, each with the number it matches (its tier, which
    /// ranks first: more words first, and those matching every word before all), and what the
    /// page says of them. Within a tier BM25 ranks, so a rare word ("Somalia") weighs more
    /// than a common one ("diaspora"). `None` with fewer than two words, or when no document
    /// matches any word.
    ///
    /// Measured on the natural-language bench set (nDCG@10, `bench/natural-queries.json`):
    /// tiers by count with every partial match 0.81; only the best tiers until a handful 0.80;
    /// tiers by the words' summed IDF 0.77–0.79 (a rare but idle word, "activities", then
    /// outranks the words that matter).
    fn partial_matches(
        &self,
        words: &[String],
        word_clauses: &[MatchedClause],
        strict: &DocSet,
        request: &SearchRequest,
    ) -> Option<(DocSet, Vec<u8>, PartialMatch)> {
        let word_count = word_clauses.len();
        if word_count < 2 {
            return None;
        }
        let mut candidates = strict.clone();
        if let Some(kept) = self.facets.kept(&request.filters) {
            candidates.intersect_with(&kept);
        }
        // Most queries have enough programmes matching every word: that is counted on the
        // sets, a word of bits at a time, before any tier is (at 100k, tiers for three words
        // cost 2.4 ms of a 11 ms search).
        let mut every = candidates.clone();
        for clause in word_clauses {
            every.intersect_with(&clause.docs);
        }
        let every_word = every.count();
        if every_word >= PARTIAL_BELOW {
            return None;
        }
        // MAX_CLAUSES (24) words at most, so a tier fits a byte.
        let mut tiers = vec![0u8; self.doc_count];
        for clause in word_clauses {
            for doc in clause.docs.iter() {
                tiers[doc] += 1;
            }
        }
        let tier = |doc: usize| usize::from(tiers[doc]);
        let partial: Vec<usize> = candidates
            .iter()
            .filter(|&doc| (1..word_count).contains(&tier(doc)))
            .collect();
        let fewest = partial.iter().map(|&doc| tier(doc)).min()?;
        let most = partial.iter().map(|&doc| tier(doc)).max()?;
        let mut matches = DocSet::empty(self.doc_count);
        for doc in strict.iter() {
            if tier(doc) > 0 {
                matches.insert(doc);
            }
        }
        let words = words
            .iter()
            .zip(word_clauses)
            .map(|(word, clause)| {
                let found = candidates.iter().any(|doc| clause.docs.contains(doc));
                (word.clone(), found)
            })
            .collect();
        Some((
            matches,
            tiers,
            PartialMatch {
                words,
                every_word,
                fewest,
                most,
            },
        ))
    }

    /// The query's words, analysed (folded, elided) and without stop words, each with whether
    /// it is a prefix. A stop word is kept when it is all there is or is being typed.
    pub(super) fn positive_words(&self, query: &Query) -> Vec<QueryWord> {
        let mut words = Vec::new();
        for (clause_number, clause) in query.clauses.iter().enumerate() {
            if let Clause::Word { text, prefix } = clause {
                let tokens: Vec<_> = self.plain.tokens(text).collect();
                let count = tokens.len();
                for (i, token) in tokens.into_iter().enumerate() {
                    words.push(QueryWord {
                        typed: text[token.start..token.end].to_owned(),
                        term: token.text,
                        prefix: *prefix && i + 1 == count,
                        clause: clause_number,
                    });
                }
            }
        }
        let is_stop = |word: &str| self.forms.is_stop(word);
        let meaningful = words.iter().filter(|w| !is_stop(&w.term)).count();
        words.retain(|w| w.prefix || meaningful == 0 || !is_stop(&w.term));
        words
    }

    /// Index terms that match `word`: exactly, by stem, by prefix (when `prefix`), or, when
    /// none of these finds anything, within the allowed edits (when `typos`).
    pub fn expand(&self, word: &str, prefix: bool, typos: bool) -> Vec<(usize, Quality)> {
        let index = self.index();
        let mut found: Vec<(usize, Quality)> = Vec::new();
        let push = |term: usize, quality: Quality, found: &mut Vec<(usize, Quality)>| {
            if !found.iter().any(|(t, _)| *t == term) {
                found.push((term, quality));
            }
        };
        if let Some(term) = index.find(word) {
            push(term, Quality::Exact, &mut found);
        }
        for stemmed in self.forms.stems(word) {
            if let Some(term) = index.find(&stemmed) {
                push(term, Quality::Stem, &mut found);
            }
        }
        if prefix {
            let mut range: Vec<usize> = index.prefix_range(word).collect();
            let limit = max_prefix_terms(word.chars().count());
            if range.len() > limit {
                range.sort_by_key(|&t| std::cmp::Reverse(index.doc_freq(t)));
                range.truncate(limit);
            }
            for term in range {
                push(term, Quality::Prefix, &mut found);
            }
        }
        let chars: Vec<char> = word.chars().collect();
        let edits = allowed_edits(chars.len());
        // Typos are a fallback: a word the index knows ("bonds"), or the start of one, is not
        // also read as a misspelling of its neighbours ("fonds"), which would flood the results.
        // Stems alone do not count: "remitances" stems to "remit", a different word.
        let known = found
            .iter()
            .any(|(_, q)| matches!(q, Quality::Exact | Quality::Prefix));
        if typos && edits > 0 && !known {
            let query_mask = letter_mask(&chars);
            for term in 0..index.term_count() {
                let candidate = index.term_chars(term);
                // Each letter of the word missing from the candidate costs an edit, and each
                // edit changes at most two letters of the sets' difference.
                let term_mask = index.term_mask(term);
                if (query_mask & !term_mask).count_ones() as usize > edits
                    || (!prefix && (query_mask ^ term_mask).count_ones() as usize > 2 * edits)
                {
                    continue;
                }
                let distance = if prefix {
                    if candidate.len() + edits < chars.len() {
                        continue;
                    }
                    bounded_prefix_distance(&chars, candidate, edits)
                } else {
                    bounded_distance(&chars, candidate, edits)
                };
                if let Some(distance) = distance.filter(|d| *d > 0) {
                    push(
                        term,
                        Quality::Typo {
                            edits: distance,
                            prefix,
                        },
                        &mut found,
                    );
                }
            }
        }
        found
    }

    /// What term `number` of the concepts, `term`, finds: searched the first time only.
    fn meaning_match(&self, number: u32, term: &MeaningTerm) -> &MeaningMatch {
        self.text().meaning_matches[number as usize].get_or_init(|| {
            let words: Vec<(u32, Vec<usize>)> = term
                .words
                .iter()
                .map(|(offset, word)| {
                    let terms = self.expand(word, false, false);
                    (*offset, terms.into_iter().map(|(term, _)| term).collect())
                })
                .collect();
            let found = match words.as_slice() {
                // One word: its terms' postings walked once, as for a typed word.
                [(_, terms)] => self.score_terms(
                    &terms
                        .iter()
                        .map(|&t| (t, Quality::Exact))
                        .collect::<Vec<_>>(),
                ),
                _ => self.score_sequence(&words),
            };
            MeaningMatch {
                terms: words.into_iter().flat_map(|(_, terms)| terms).collect(),
                docs: found
                    .docs
                    .iter()
                    .map(|doc| (doc as u32, found.scores[doc]))
                    .collect(),
            }
        })
    }

    /// BM25F score of each document for the best of `expansions`.
    fn score_terms(&self, expansions: &[(usize, Quality)]) -> MatchedClause {
        let doc_count = self.doc_count;
        let mut clause = MatchedClause {
            docs: DocSet::empty(doc_count),
            scores: vec![0.0; doc_count],
        };
        for &(term, quality) in expansions {
            let factor = quality.factor();
            self.for_each_doc_score(term, |doc, score| {
                clause.docs.insert(doc);
                let slot = &mut clause.scores[doc];
                *slot = slot.max(factor * score);
            });
        }
        clause
    }

    /// Calls `f(doc, bm25f)` for every document containing `term`.
    fn for_each_doc_score(&self, term: usize, mut f: impl FnMut(usize, f32)) {
        let TextIndex {
            index,
            field_factors,
            ..
        } = self.text();
        let idf = idf(index.doc_count(), index.doc_freq(term) as usize);
        // Postings come by document, one per field it occurs in: the document's score is
        // given when the next document starts.
        let mut current: Option<(u32, f32)> = None;
        index
            .postings(term)
            .for_each_frequency(|doc, field, frequency| {
                let weighted = field_factors[doc as usize][field.slot()] * frequency as f32;
                match &mut current {
                    Some((last, weighted_tf)) if *last == doc => *weighted_tf += weighted,
                    _ => {
                        if let Some((last, weighted_tf)) = current {
                            f(last as usize, bm25(idf, weighted_tf));
                        }
                        current = Some((doc, weighted));
                    }
                }
            });
        if let Some((last, weighted_tf)) = current {
            f(last as usize, bm25(idf, weighted_tf));
        }
    }

    /// The exact index terms of a phrase's words (`None` for a word not in the index).
    fn phrase_terms(&self, words: &[String]) -> Vec<Option<usize>> {
        words
            .iter()
            .flat_map(|word| self.plain.terms(word).collect::<Vec<_>>())
            .map(|term| self.index().find(&term))
            .collect()
    }

    /// Documents matching every clause, each scoring the sum (one clause: itself).
    fn all_of(&self, clauses: &[MatchedClause]) -> MatchedClause {
        let Some((first, rest)) = clauses.split_first() else {
            return MatchedClause {
                docs: DocSet::empty(self.doc_count),
                scores: vec![0.0; self.doc_count],
            };
        };
        let mut all = first.clone();
        for clause in rest {
            all.docs.intersect_with(&clause.docs);
        }
        for doc in all.docs.iter() {
            all.scores[doc] = clauses.iter().map(|clause| clause.scores[doc]).sum();
        }
        all
    }

    /// Documents where one of each word's terms occurs at its offset from the first word, in
    /// one field (a one-word sequence: any of its terms, anywhere), each scoring the mean of
    /// its words' best terms (a term of a concept, of any length, is worth one word). The
    /// words are `(offset, terms)`.
    fn score_sequence(&self, words: &[(u32, Vec<usize>)]) -> MatchedClause {
        let doc_count = self.doc_count;
        let mut clause = MatchedClause {
            docs: DocSet::empty(doc_count),
            scores: vec![0.0; doc_count],
        };
        let index = self.index();
        let postings_of = |terms: &[usize]| -> usize {
            terms.iter().map(|&term| index.postings(term).len()).sum()
        };
        // Walk the rarest word's postings and look the others up at their offsets from it:
        // "diaspora association" costs the postings of "association", not of "diaspora".
        let Some((anchor, (anchor_offset, anchor_terms))) = words
            .iter()
            .enumerate()
            .min_by_key(|(_, (_, terms))| postings_of(terms))
        else {
            return clause;
        };
        let anchor_offset = i64::from(*anchor_offset);
        for &term in anchor_terms {
            for posting in index.postings(term).iter() {
                if clause.docs.contains(posting.doc as usize) {
                    continue;
                }
                let found = posting.positions.iter().any(|&at| {
                    words.iter().enumerate().all(|(i, (offset, terms))| {
                        if i == anchor {
                            return true;
                        }
                        let Ok(wanted) =
                            u32::try_from(i64::from(at) + i64::from(*offset) - anchor_offset)
                        else {
                            return false;
                        };
                        terms.iter().any(|&term| {
                            self.positions(term, posting.doc, posting.field)
                                .is_some_and(|positions| positions.binary_search(&wanted).is_ok())
                        })
                    })
                });
                if found {
                    clause.docs.insert(posting.doc as usize);
                }
            }
        }
        // Scored for the documents found only: a common word's postings are not walked.
        for doc in clause.docs.iter() {
            let total: f32 = words
                .iter()
                .map(|(_, terms)| {
                    terms
                        .iter()
                        .filter_map(|&term| self.doc_score(term, doc))
                        .fold(0.0, f32::max)
                })
                .sum();
            clause.scores[doc] = total / words.len() as f32;
        }
        clause
    }

    /// BM25F of `term` in `doc` (`None` when the document does not contain it), as
    /// [`Self::for_each_doc_score`] computes it, found by a binary search.
    fn doc_score(&self, term: usize, doc: usize) -> Option<f32> {
        let TextIndex {
            index,
            field_factors,
            ..
        } = self.text();
        let postings = index.postings(term);
        let docs = postings.docs();
        let first = docs.partition_point(|&d| (d as usize) < doc);
        if docs.get(first).is_none_or(|&d| d as usize != doc) {
            return None;
        }
        let mut weighted_tf = 0.0;
        let mut i = first;
        while i < docs.len() && docs[i] as usize == doc {
            let (field, frequency) = postings.field_and_frequency(i);
            weighted_tf += field_factors[doc][field.slot()] * frequency as f32;
            i += 1;
        }
        Some(bm25(
            idf(index.doc_count(), index.doc_freq(term) as usize),
            weighted_tf,
        ))
    }

    /// Documents where the terms occur in order in one field.
    fn score_phrase(&self, terms: &[Option<usize>]) -> MatchedClause {
        let doc_count = self.doc_count;
        let mut clause = MatchedClause {
            docs: DocSet::empty(doc_count),
            scores: vec![0.0; doc_count],
        };
        let Some(terms) = terms.iter().copied().collect::<Option<Vec<usize>>>() else {
            return clause;
        };
        let Some((&first, rest)) = terms.split_first() else {
            return clause;
        };
        for posting in self.index().postings(first).iter() {
            let found = posting.positions.iter().any(|&start| {
                rest.iter().enumerate().all(|(offset, &term)| {
                    self.positions(term, posting.doc, posting.field)
                        .is_some_and(|positions| {
                            positions
                                .binary_search(&(start + offset as u32 + 1))
                                .is_ok()
                        })
                })
            });
            if found {
                clause.docs.insert(posting.doc as usize);
            }
        }
        for &term in &terms {
            self.for_each_doc_score(term, |doc, score| {
                if clause.docs.contains(doc) {
                    clause.scores[doc] += PHRASE_BONUS * score;
                }
            });
        }
        clause
    }

    fn positions(&self, term: usize, doc: u32, field: Field) -> Option<&[u32]> {
        self.index().postings(term).positions_in(doc, field)
    }

    /// Puts the first `count` documents of the order in place (the rest are left unordered):
    /// only the pages up to the one asked for are sorted.
    fn sort_first(&self, docs: &mut Vec<usize>, count: usize, order: &Order) {
        let order = |a: &usize, b: &usize| self.compare(*a, *b, order);
        if count < docs.len() {
            if count == 0 {
                return;
            }
            docs.select_nth_unstable_by(count - 1, order);
            docs.truncate(count);
        }
        docs.sort_unstable_by(order);
    }

    /// The order of two documents; never `Equal` for two different documents (the browse
    /// and title ranks are unique), so results are deterministic. With partial matches, the
    /// documents matching more of the query come first whatever the sort.
    fn compare(&self, a: usize, b: usize, order: &Order) -> Ordering {
        let &Order {
            scores,
            tiers,
            sort,
            has_query,
        } = order;
        if let Some(tiers) = tiers {
            let by_tier = tiers[b].cmp(&tiers[a]);
            if by_tier != Ordering::Equal {
                return by_tier;
            }
        }
        let (a, b) = (&a, &b);
        let browse = |a: &usize, b: &usize| self.browse_rank[*a].cmp(&self.browse_rank[*b]);
        let relevance = |a: &usize, b: &usize| {
            if has_query {
                scores[*b]
                    .partial_cmp(&scores[*a])
                    .unwrap_or(Ordering::Equal)
            } else {
                Ordering::Equal
            }
        };
        let year = |doc: &usize| self.start_years[*doc];
        match sort {
            Sort::Relevance => relevance(a, b).then_with(|| browse(a, b)),
            Sort::TitleAsc => self.title_rank[*a].cmp(&self.title_rank[*b]),
            Sort::StartNewest | Sort::StartOldest => {
                let by_year = match (year(a), year(b)) {
                    (Some(x), Some(y)) if sort == Sort::StartNewest => y.cmp(&x),
                    (Some(x), Some(y)) => x.cmp(&y),
                    // Unknown start years go last either way.
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => Ordering::Equal,
                };
                by_year
                    .then_with(|| relevance(a, b))
                    .then_with(|| browse(a, b))
            }
        }
    }

    /// The countries, organisations and themes of `programme` whose names hold one of
    /// `terms` (sorted), at most [`MATCHED_ELSEWHERE`] of them.
    fn matched_elsewhere(
        &self,
        catalogue: &Catalogue,
        programme: &Programme,
        terms: &[usize],
    ) -> Vec<(FacetKind, String)> {
        if terms.is_empty() {
            return Vec::new();
        }
        let index = self.index();
        // Names and codes are indexed whole, labels with their stems too (see `indexed`).
        let matches = |names: &[&String], stemmed: bool| {
            names.iter().any(|name| {
                self.plain.terms(name).any(|word| {
                    let found = |form: &str| {
                        index
                            .find(form)
                            .is_some_and(|term| terms.binary_search(&term).is_ok())
                    };
                    found(&word) || (stemmed && self.forms.stems(&word).any(|stem| found(&stem)))
                })
            })
        };
        let names_match = |names: &[&String]| matches(names, false);
        let mut found: Vec<(FacetKind, String)> = Vec::new();
        for code in programme.all_countries() {
            let Some(country) = catalogue.geography.country(code) else {
                continue;
            };
            let names: Vec<&String> = country.search_names().collect();
            if names_match(&names) && !found.iter().any(|(_, c)| c == code) {
                found.push((FacetKind::Origin, code.to_owned()));
            }
        }
        for organisation in &programme.implementers {
            // Its other names too ("OIM" for "IOM Somalia"), as the index has them.
            let names = catalogue.organisations.search_names(&organisation.id);
            let group = FacetKind::Implementer;
            if names_match(&names)
                && !found
                    .iter()
                    .any(|(k, v)| *k == group && *v == organisation.group)
            {
                found.push((group, organisation.group.clone()));
            }
        }
        for code in &programme.themes {
            if let Some(term) = catalogue.vocabularies.themes.term(code) {
                if matches(&[&term.en, &term.fr], true) {
                    found.push((FacetKind::Theme, code.clone()));
                }
            }
        }
        found.truncate(MATCHED_ELSEWHERE);
        found
    }

    /// Positions in `field` of `doc` where any of `terms` occurs, sorted.
    fn matched_positions(&self, doc: usize, field: Field, terms: &[usize]) -> Vec<u32> {
        if terms.is_empty() {
            // Browsing: no words to mark (and perhaps no index yet).
            return Vec::new();
        }
        let mut positions: Vec<u32> = terms
            .iter()
            .filter_map(|&term| self.positions(term, doc as u32, field))
            .flatten()
            .copied()
            .collect();
        positions.sort_unstable();
        positions.dedup();
        positions
    }
}

/// The words of a span as the reader typed them: one word as typed, several with the query's
/// words between them ("envoyer de l'argent", whose "de" is a stop word).
fn span_text(query: &Query, words: &[QueryWord]) -> String {
    match words {
        [word] => word.typed.clone(),
        [first, .., last] => query.clauses[first.clause..=last.clause]
            .iter()
            .filter_map(|clause| match clause {
                Clause::Word { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(" "),
        [] => String::new(),
    }
}

/// Byte ranges of the words of `text` at the given word positions: the index recorded where
/// each term occurs, so highlighting needs no second analysis (and works on the original,
/// accented text).
fn highlight_ranges(text: &str, positions: &[u32]) -> Vec<Range<usize>> {
    let Some(&last) = positions.last() else {
        return Vec::new();
    };
    Tokenizer::new(text)
        .take_while(|token| token.position <= last)
        .filter(|token| positions.binary_search(&token.position).is_ok())
        .map(|token| token.start..token.end)
        .collect()
}

/// The sentence of `summary` with the most matched words (the first on ties), highlighted.
fn snippet(summary: &str, positions: &[u32]) -> Highlighted {
    let ranges = highlight_ranges(summary, positions);
    let best = split_sentences(summary)
        .into_iter()
        .map(|sentence| {
            let inside: Vec<Range<usize>> = ranges
                .iter()
                .filter(|r| r.start >= sentence.start && r.end <= sentence.end)
                .map(|r| r.start - sentence.start..r.end - sentence.start)
                .collect();
            (sentence, inside)
        })
        .enumerate()
        .max_by(|(i, (_, a)), (j, (_, b))| a.len().cmp(&b.len()).then(j.cmp(i)));
    match best {
        Some((_, (sentence, ranges))) => Highlighted {
            text: summary[sentence].to_owned(),
            ranges,
        },
        None => Highlighted::default(),
    }
}

fn add_scores(scores: &mut [f32], clause: &MatchedClause) {
    for doc in clause.docs.iter() {
        scores[doc] += clause.scores[doc];
    }
}

/// Byte ranges of the sentences of `text`: a sentence ends at `.`, `!` or `?` followed by a
/// space and an upper-case letter or a digit. Surrounding spaces are left out.
fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let trimmed = |range: Range<usize>| {
        let part = &text[range.clone()];
        let start = range.start + (part.len() - part.trim_start().len());
        start..start + part.trim().len()
    };
    let mut sentences = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for window in chars.windows(3) {
        let [(_, end_mark), (space_at, space), (_, next)] = [window[0], window[1], window[2]];
        if matches!(end_mark, '.' | '!' | '?')
            && space == ' '
            && (next.is_uppercase() || next.is_ascii_digit())
        {
            sentences.push(trimmed(start..space_at));
            start = space_at + 1;
        }
    }
    sentences.push(trimmed(start..text.len()));
    sentences.retain(|range| !range.is_empty());
    sentences
}
