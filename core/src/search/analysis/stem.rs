//! Snowball stemming through the `rust-stemmers` crate, one algorithm per field language.

use rust_stemmers::{Algorithm, Stemmer};

use super::{Token, TokenFilter};
use crate::Lang;

/// Reduces a word to its stem: `investments` → `invest`, `sénégalais` → `senegal`.
/// Runs after [`super::Fold`]; words with digits (`3x1`, `2019`) are kept whole.
pub struct Stem(Stemmer);

impl Stem {
    pub fn for_language(lang: Lang) -> Self {
        Stem(Stemmer::create(match lang {
            Lang::En => Algorithm::English,
            Lang::Fr => Algorithm::French,
        }))
    }
}

impl Stem {
    /// The stem of a folded word when it differs from the word itself.
    pub fn word(&self, word: &str) -> Option<String> {
        if word.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        let stem = self.0.stem(word);
        (!stem.is_empty() && stem != word).then(|| stem.into_owned())
    }
}

impl TokenFilter for Stem {
    fn apply(&self, token: &mut Token) -> bool {
        if let Some(stem) = self.word(&token.text) {
            token.text = stem;
        }
        true
    }
}
