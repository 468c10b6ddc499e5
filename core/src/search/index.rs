//! The inverted index: for every term, the programmes and fields it occurs in, with positions.
//!
//! Every word is indexed in its folded form (`senegalais`), which prefix and typo matching
//! need, and, unless it is a stop word, also in its stem for the field's language
//! (`senegal`), which makes inflections match. Synonyms are added at indexing time: country
//! names in English and French with their codes and alternative names, region names, the
//! labels of vocabulary codes in both languages, and every name of each organisation (IOM/OIM…).
use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::analysis::compound::{camel_case_parts, domain_parts, Dictionary};
use super::analysis::{Analyzer, Token, Tokenizer, WordForms};
use super::indexed::indexed_texts;
use super::postings::{PostingList, PostingStore};
use crate::data::Catalogue;
use crate::Lang;

/// Where in a programme a term occurs; each field has its own weight in ranking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Title,
    Acronym,
    Organisations,
    Countries,
    Regions,
    Labels,
    Summary,
    SummaryFr,
}

impl Field {
    pub const ALL: [Field; 8] = [
        Field::Title,
        Field::Acronym,
        Field::Organisations,
        Field::Countries,
        Field::Regions,
        Field::Labels,
        Field::Summary,
        Field::SummaryFr,
    ];
    pub const COUNT: usize = Field::ALL.len();

    pub fn slot(self) -> usize {
        self as usize
    }

    pub fn from_slot(slot: usize) -> Option<Field> {
        Field::ALL.get(slot).copied()
    }
}

/// One occurrence list while indexing: a term in one field of one document.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Posting {
    pub doc: u32,
    pub field: Field,
    /// Word positions in the field (indexes into the field's token sequence).
    pub positions: Vec<u32>,
}

/// The term dictionary and its postings, plus per-field lengths for BM25F.
pub struct SearchIndex {
    /// Sorted, for prefix ranges and binary search.
    terms: Vec<String>,
    /// The characters of each term, for edit distances.
    term_chars: Vec<Box<[char]>>,
    /// The set of letters of each term ([`letter_mask`]), to skip hopeless typo candidates.
    term_masks: Vec<u64>,
    postings: PostingStore,
    /// Number of documents each term occurs in.
    doc_freq: Vec<u32>,
    field_lengths: Vec<[u32; Field::COUNT]>,
    average_lengths: [f32; Field::COUNT],
    doc_count: usize,
}

/// Collects postings while documents are added. Terms are interned, and the analysis of short
/// texts that recur across programmes (country, region and label names) and every word's stem
/// are computed once.
struct Builder {
    plain: Analyzer,
    forms: WordForms,
    term_ids: FxHashMap<String, u32>,
    postings: Vec<Vec<Posting>>,
    field_lengths: Vec<[u32; Field::COUNT]>,
    /// Stem term of a term, per language (`None`: a stop word or its own stem).
    stem_of: [FxHashMap<u32, Option<u32>>; 2],
    /// Analysed short texts: (position, term, stem) per word, and the word count.
    analysed: FxHashMap<(Option<Lang>, String), (AnalysedText, u32)>,
    /// What names written as one word may be cut into ([`Builder::add_name`]).
    dictionary: Dictionary,
}

/// The words of an analysed text: (position, term, stem term) each.
type AnalysedText = Rc<[(u32, u32, Option<u32>)]>;

/// Texts up to this length are remembered once analysed.
const MEMO_TEXT_BYTES: usize = 96;

impl Builder {
    fn new(doc_count: usize) -> Self {
        Builder {
            plain: Analyzer::plain(),
            forms: WordForms::new(),
            term_ids: FxHashMap::default(),
            postings: Vec::new(),
            field_lengths: vec![[0; Field::COUNT]; doc_count],
            stem_of: [FxHashMap::default(), FxHashMap::default()],
            analysed: FxHashMap::default(),
            dictionary: Dictionary::default(),
        }
    }

    fn intern(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.term_ids.get(term) {
            return id;
        }
        let id = self.postings.len() as u32;
        self.term_ids.insert(term.to_owned(), id);
        self.postings.push(Vec::new());
        id
    }

    fn stem(&mut self, term: u32, text: &str, lang: Lang) -> Option<u32> {
        let slot = lang as usize;
        if let Some(&known) = self.stem_of[slot].get(&term) {
            return known;
        }
        let stemmed = self.forms.stem(text, lang);
        let id = stemmed.map(|stemmed| self.intern(stemmed.as_str()));
        self.stem_of[slot].insert(term, id);
        id
    }

    fn add_term(&mut self, doc: u32, field: Field, term: u32, position: u32) {
        let list = &mut self.postings[term as usize];
        match list.last_mut() {
            Some(last) if last.doc == doc && last.field == field => {
                // In order but for the parts of a name, added after the name's words.
                if let Err(at) = last.positions.binary_search(&position) {
                    last.positions.insert(at, position);
                }
            }
            _ => list.push(Posting {
                doc,
                field,
                positions: vec![position],
            }),
        }
    }

    /// The words of `text` as (position, term, stem) and the number of word positions.
    fn analyse(&mut self, text: &str, stem_in: Option<Lang>) -> (AnalysedText, u32) {
        let memo = text.len() <= MEMO_TEXT_BYTES;
        if memo {
            if let Some(found) = self.analysed.get(&(stem_in, text.to_owned())) {
                return found.clone();
            }
        }
        let tokens: Vec<Token> = self.plain.tokens(text).collect();
        let count = tokens.last().map_or(0, |t| t.position + 1);
        let words: Rc<[(u32, u32, Option<u32>)]> = tokens
            .into_iter()
            .map(|token| {
                let term = self.intern(&token.text);
                let stem = stem_in.and_then(|lang| self.stem(term, &token.text, lang));
                (token.position, term, stem)
            })
            .collect();
        if memo {
            self.analysed
                .insert((stem_in, text.to_owned()), (words.clone(), count));
        }
        (words, count)
    }

    /// Adds `text` to a field; `stem_in` names the language whose stems are added (none for
    /// names and codes). Positions continue after the field's earlier texts, with a gap so
    /// that phrases do not match across two values.
    fn add_text(&mut self, doc: u32, field: Field, text: &str, stem_in: Option<Lang>) {
        let offset = self.field_lengths[doc as usize][field.slot()];
        let (words, count) = self.analyse(text, stem_in);
        for &(position, term, stem) in words.iter() {
            if let Some(stem) = stem {
                self.add_term(doc, field, stem, offset + position);
            }
            self.add_term(doc, field, term, offset + position);
        }
        self.field_lengths[doc as usize][field.slot()] = offset + count + 1;
    }

    /// Adds a name ([`Self::add_text`]), and the parts of its words written as one, at their
    /// word's position: `#UpTunisia` is also found as "up tunisia", `envoidargent.fr` as
    /// "envoi d'argent" (see [`super::analysis::compound`]).
    fn add_name(&mut self, doc: u32, field: Field, text: &str, stem_in: Option<Lang>) {
        let offset = self.field_lengths[doc as usize][field.slot()];
        self.add_text(doc, field, text, stem_in);
        for token in Tokenizer::new(text) {
            let mut parts = camel_case_parts(&token.text);
            let mut after = text[token.end..].chars();
            if parts.is_empty()
                && after.next() == Some('.')
                && after.next().is_some_and(char::is_alphabetic)
            {
                parts = domain_parts(&token.text, &self.dictionary);
            }
            for part in parts {
                let term = self.intern(&part);
                let stem = stem_in.and_then(|lang| self.stem(term, &part, lang));
                for term in [Some(term), stem].into_iter().flatten() {
                    self.add_term(doc, field, term, offset + token.position);
                }
            }
        }
    }
}

/// Builds an index a few programmes at a time, so that the work can be spread over short
/// tasks that never hold up the page (the explorer indexes its catalogue this way after its
/// first view). [`SearchIndex::build`] runs it all at once.
///
/// ```
/// # use diaspora_core::data::calendar::today_utc;
/// # let catalogue = diaspora_core::Catalogue::repository(today_utc());
/// use diaspora_core::search::index::{IndexBuilder, SearchIndex};
///
/// let mut builder = IndexBuilder::new(&catalogue);
/// while builder.add(10) {}
/// let in_steps = builder.finish();
/// let at_once = SearchIndex::build(&catalogue);
/// assert_eq!(in_steps.to_bytes(), at_once.to_bytes());
/// ```
pub struct IndexBuilder<'a> {
    catalogue: &'a Catalogue,
    builder: Builder,
    next: usize,
}

impl<'a> IndexBuilder<'a> {
    pub fn new(catalogue: &'a Catalogue) -> Self {
        // The words names written as one may be cut into (`envoidargent.fr`): what the
        // reference data names, programmes' topics and places.
        let vocabularies = &catalogue.vocabularies;
        let labels = [
            &vocabularies.themes,
            &vocabularies.support_types,
            &vocabularies.target_groups,
        ]
        .into_iter()
        .flat_map(|vocabulary| &vocabulary.0)
        .flat_map(|term| [term.en.as_str(), term.fr.as_str()]);
        let places = catalogue
            .geography
            .countries()
            .iter()
            .flat_map(|country| [country.en.as_str(), country.fr.as_str()]);
        let concepts = catalogue.concepts.concepts.iter().flat_map(|c| c.terms());
        let mut builder = Builder::new(catalogue.programmes.len());
        builder.dictionary = Dictionary::new(labels.chain(places).chain(concepts));
        IndexBuilder {
            catalogue,
            builder,
            next: 0,
        }
    }

    /// Indexes the next `count` programmes; whether any are left.
    pub fn add(&mut self, count: usize) -> bool {
        let end = self
            .next
            .saturating_add(count)
            .min(self.catalogue.programmes.len());
        for doc in self.next..end {
            self.add_programme(doc);
        }
        self.next = end;
        end < self.catalogue.programmes.len()
    }

    /// The index of every programme added.
    pub fn finish(self) -> SearchIndex {
        SearchIndex::from_builder(self.builder)
    }

    fn add_programme(&mut self, index: usize) {
        let catalogue = self.catalogue;
        let builder = &mut self.builder;
        let doc = index as u32;
        indexed_texts(catalogue, &catalogue.programmes[index], |text| {
            if text.name {
                builder.add_name(doc, text.field, text.text, text.stem_in);
            } else {
                builder.add_text(doc, text.field, text.text, text.stem_in);
            }
        });
    }
}

impl SearchIndex {
    /// Indexes every programme of the catalogue; document `i` is `catalogue.programmes[i]`.
    pub fn build(catalogue: &Catalogue) -> Self {
        let mut builder = IndexBuilder::new(catalogue);
        builder.add(usize::MAX);
        builder.finish()
    }

    fn from_builder(builder: Builder) -> Self {
        let mut postings = builder.postings;
        let mut entries: Vec<(String, Vec<Posting>)> = builder
            .term_ids
            .into_iter()
            .map(|(term, id)| (term, std::mem::take(&mut postings[id as usize])))
            .collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Self::from_parts(entries, builder.field_lengths)
    }

    fn from_parts(
        entries: Vec<(String, Vec<Posting>)>,
        field_lengths: Vec<[u32; Field::COUNT]>,
    ) -> Self {
        let mut store = PostingStore::default();
        let mut terms = Vec::with_capacity(entries.len());
        for (term, postings) in entries {
            for posting in postings {
                store.push(posting.doc, posting.field, posting.positions);
            }
            store.end_term();
            terms.push(term);
        }
        Self::from_store(terms, store, field_lengths)
    }

    /// Assembles an index from its stored parts (`terms` sorted, with their postings);
    /// everything else is derived here, so a stored index holds only what cannot be
    /// recomputed cheaply.
    pub(super) fn from_store(
        terms: Vec<String>,
        postings: PostingStore,
        field_lengths: Vec<[u32; Field::COUNT]>,
    ) -> Self {
        let doc_count = field_lengths.len();
        let mut average_lengths = [0.0; Field::COUNT];
        for lengths in &field_lengths {
            for (sum, length) in average_lengths.iter_mut().zip(lengths) {
                *sum += *length as f32;
            }
        }
        for sum in &mut average_lengths {
            *sum = (*sum / doc_count.max(1) as f32).max(1.0);
        }
        let doc_freq = (0..postings.term_count())
            .map(|term| {
                let docs = postings.list(term).docs();
                (docs.len() - docs.windows(2).filter(|w| w[0] == w[1]).count()) as u32
            })
            .collect();
        let term_chars: Vec<Box<[char]>> = terms.iter().map(|t| t.chars().collect()).collect();
        let term_masks = term_chars.iter().map(|chars| letter_mask(chars)).collect();
        SearchIndex {
            terms,
            term_chars,
            term_masks,
            postings,
            doc_freq,
            field_lengths,
            average_lengths,
            doc_count,
        }
    }

    pub fn doc_count(&self) -> usize {
        self.doc_count
    }

    /// Every term with its postings, in dictionary order (for storing the index).
    pub(super) fn entries(&self) -> impl Iterator<Item = (&str, PostingList<'_>)> {
        self.terms
            .iter()
            .enumerate()
            .map(|(id, term)| (term.as_str(), self.postings.list(id)))
    }

    pub(super) fn posting_store(&self) -> &PostingStore {
        &self.postings
    }

    pub(super) fn field_lengths(&self) -> &[[u32; Field::COUNT]] {
        &self.field_lengths
    }

    pub fn term_count(&self) -> usize {
        self.terms.len()
    }

    pub fn term_chars(&self, id: usize) -> &[char] {
        &self.term_chars[id]
    }

    pub fn term_mask(&self, id: usize) -> u64 {
        self.term_masks[id]
    }

    pub fn find(&self, term: &str) -> Option<usize> {
        self.terms.binary_search_by(|t| t.as_str().cmp(term)).ok()
    }

    /// The ids of the terms starting with `prefix`, in dictionary order.
    pub fn prefix_range(&self, prefix: &str) -> std::ops::Range<usize> {
        let start = self.terms.partition_point(|t| t.as_str() < prefix);
        let end = start + self.terms[start..].partition_point(|t| t.starts_with(prefix));
        start..end
    }

    pub fn postings(&self, id: usize) -> PostingList<'_> {
        self.postings.list(id)
    }

    pub fn doc_freq(&self, id: usize) -> u32 {
        self.doc_freq[id]
    }

    pub fn field_length(&self, doc: u32, field: Field) -> u32 {
        self.field_lengths[doc as usize][field.slot()]
    }

    pub fn average_length(&self, field: Field) -> f32 {
        self.average_lengths[field.slot()]
    }
}

/// A 64-bit set of the characters of a word: one bit per ASCII letter and digit, the other
/// characters sharing the rest. Every edit changes at most two bits of the difference between
/// two words' sets, which gives a cheap lower bound on their edit distance.
pub fn letter_mask(chars: &[char]) -> u64 {
    chars.iter().fold(0, |mask, &c| {
        let bit = match c {
            'a'..='z' => c as u32 - 'a' as u32,
            '0'..='9' => 26 + c as u32 - '0' as u32,
            other => 36 + other as u32 % 28,
        };
        mask | 1 << bit
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::distance::bounded_distance;

    #[test]
    fn letter_masks_never_reject_a_word_within_reach() {
        let words = [
            "senegal", "sengal", "senegall", "snegal", "mali", "malawi", "oim", "iom", "zzzz",
            "3x1", "1+3", "côte",
        ];
        for a in words {
            for b in words {
                let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                let (ma, mb) = (letter_mask(&ca), letter_mask(&cb));
                for k in 0..3 {
                    if bounded_distance(&ca, &cb, k).is_some() {
                        assert!((ma & !mb).count_ones() as usize <= k, "{a} {b} {k}");
                        assert!((ma ^ mb).count_ones() as usize <= 2 * k, "{a} {b} {k}");
                    }
                }
            }
        }
    }
}
