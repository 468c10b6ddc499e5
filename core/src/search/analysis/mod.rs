//! Text analysis: a [`Tokenizer`] followed by small composable [`TokenFilter`]s, as in
//! tantivy. The same [`Analyzer`] runs over the data when the index is built and over every
//! query, so both sides agree on what a term is.
//!
//! ```
//! use diaspora_core::search::analysis::{Analyzer, Elision, Fold, Stem, StopWords};
//! use diaspora_core::Lang;
//! let french = Analyzer::new(vec![
//!     Box::new(Fold),
//!     Box::new(Elision),
//!     Box::new(StopWords::for_language(Lang::Fr)),
//!     Box::new(Stem::for_language(Lang::Fr)),
//! ]);
//! let terms: Vec<String> = french.terms("Réseau d’Appui aux Sénégalais").collect();
//! assert_eq!(terms, ["reseau", "appui", "senegal"]);
//! ```
//!
//! The index runs [`Analyzer::plain`] once per text and then [`WordForms`] (stop words and
//! stems per language) on its terms (see `index.rs`), which gives the same terms as the
//! pipeline above without analysing the text twice; queries run the same two steps (the
//! engine's `positive_words` and `expand`), so both sides follow one rule.

pub mod compound;
mod elision;
mod fold;
mod stem;
mod stop_words;
mod tokenizer;

use crate::Lang;

pub use elision::Elision;
pub use fold::Fold;
pub use stem::Stem;
pub use stop_words::StopWords;
pub(crate) use tokenizer::{is_apostrophe, is_digit_join};
pub use tokenizer::{Token, Tokenizer};

/// The stop words and stemmer of each language, and the one rule the index and the queries
/// both apply with them: a stop word of a language is never stemmed in it.
///
/// ```
/// use diaspora_core::search::analysis::WordForms;
/// use diaspora_core::Lang;
/// let forms = WordForms::new();
/// assert_eq!(forms.stem("investments", Lang::En).as_deref(), Some("invest"));
/// assert_eq!(forms.stem("the", Lang::En), None, "a stop word is not stemmed");
/// assert!(forms.is_stop("les") && !forms.is_stop("mali"));
/// ```
pub struct WordForms {
    languages: [(StopWords, Stem); 2],
}

impl WordForms {
    pub fn new() -> Self {
        let language = |lang| (StopWords::for_language(lang), Stem::for_language(lang));
        WordForms {
            languages: [language(Lang::En), language(Lang::Fr)],
        }
    }

    /// Whether a folded word is a stop word of either language.
    pub fn is_stop(&self, word: &str) -> bool {
        self.languages.iter().any(|(stop, _)| stop.contains(word))
    }

    /// The stem of a folded word in `lang`, when it differs from the word and the word is not
    /// one of that language's stop words.
    pub fn stem(&self, word: &str, lang: Lang) -> Option<String> {
        let (stop, stem) = &self.languages[lang as usize];
        if stop.contains(word) {
            return None;
        }
        stem.word(word)
    }

    /// The word's stems in English and French (those that exist), in that order.
    pub fn stems<'a>(&'a self, word: &'a str) -> impl Iterator<Item = String> + 'a {
        [Lang::En, Lang::Fr]
            .into_iter()
            .filter_map(move |lang| self.stem(word, lang))
    }
}

impl Default for WordForms {
    fn default() -> Self {
        Self::new()
    }
}

/// One step after tokenizing: may rewrite the token's text, or drop the token (`false`).
pub trait TokenFilter: Send + Sync {
    fn apply(&self, token: &mut Token) -> bool;
}

/// A tokenizer and its filters.
pub struct Analyzer {
    filters: Vec<Box<dyn TokenFilter>>,
}

impl Analyzer {
    pub fn new(filters: Vec<Box<dyn TokenFilter>>) -> Self {
        Analyzer { filters }
    }

    /// Folding only: for names, acronyms and codes, which must not be stemmed.
    pub fn plain() -> Self {
        Analyzer::new(vec![Box::new(Fold), Box::new(Elision)])
    }

    /// The analysed tokens of `text`, with their places in it (for highlighting).
    pub fn tokens<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Token> + 'a {
        Tokenizer::new(text).filter_map(move |mut token| {
            self.filters
                .iter()
                .all(|filter| filter.apply(&mut token))
                .then_some(token)
        })
    }

    /// Only the terms of `text`.
    pub fn terms<'a>(&'a self, text: &'a str) -> impl Iterator<Item = String> + 'a {
        self.tokens(text).map(|token| token.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    /// The plain pipeline followed by `lang`'s stop words and stemmer, as the index applies them.
    fn stemmed(lang: Lang) -> Analyzer {
        Analyzer::new(vec![
            Box::new(Fold),
            Box::new(Elision),
            Box::new(StopWords::for_language(lang)),
            Box::new(Stem::for_language(lang)),
        ])
    }

    fn terms(analyzer: &Analyzer, text: &str) -> Vec<String> {
        analyzer.terms(text).collect()
    }

    #[test]
    fn english_pipeline_folds_drops_stop_words_and_stems() {
        let en = stemmed(Lang::En);
        assert_eq!(
            terms(
                &en,
                "Supporting the Diaspora's Investments in Côte d'Ivoire"
            ),
            ["support", "diaspora", "invest", "cote", "ivoir"]
        );
    }

    #[test]
    fn french_pipeline_handles_elision_and_accents() {
        let fr = stemmed(Lang::Fr);
        assert_eq!(
            terms(&fr, "L'Organisation internationale pour les migrations"),
            ["organis", "international", "migrat"]
        );
        // With or without accents, the same terms.
        assert_eq!(
            terms(&fr, "développement des Sénégalais"),
            terms(&fr, "developpement des senegalais")
        );
    }

    #[test]
    fn plain_pipeline_keeps_codes_and_words_whole() {
        let plain = Analyzer::plain();
        assert_eq!(
            terms(&plain, "Programa 3x1 para Migrantes"),
            ["programa", "3x1", "para", "migrantes"]
        );
        assert_eq!(
            terms(&plain, "DAR 1+3 and PARE 1+1"),
            ["dar", "1+3", "and", "pare", "1+1"]
        );
    }

    #[test]
    fn hostile_text_analyses_without_panicking() {
        let en = stemmed(Lang::En);
        for text in [
            "",
            "   ",
            "\u{202E}evil\u{202C} \u{0}\u{7}",
            "🙂🙂 Ghana 🇬🇭",
            "«»''’’'",
            "مرحبا بالعالم",
            "ﬁnance Ⅻ ＦＵＬＬ",
            &"x".repeat(10_000),
        ] {
            let _ = terms(&en, text);
        }
        assert_eq!(terms(&en, "ﬁnance ＦＵＬＬ"), ["financ", "full"]);
    }
}
