//! Drops words too common to help a search (`the`, `of`, `les`, `pour`…).

use std::collections::HashSet;

use super::{Token, TokenFilter};
use crate::Lang;

const ENGLISH: &str = include_str!("stop_words_en.txt");
const FRENCH: &str = include_str!("stop_words_fr.txt");

/// A stop-word list; runs after [`super::Fold`], so the lists are written folded.
pub struct StopWords(HashSet<&'static str>);

impl StopWords {
    pub fn for_language(lang: Lang) -> Self {
        let list = match lang {
            Lang::En => ENGLISH,
            Lang::Fr => FRENCH,
        };
        StopWords(
            list.lines()
                .map(str::trim)
                .filter(|line| !line.is_empty() && !line.starts_with('#'))
                .collect(),
        )
    }

    pub fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }
}

impl TokenFilter for StopWords {
    fn apply(&self, token: &mut Token) -> bool {
        !self.contains(&token.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    #[test]
    fn lists_are_folded_and_without_repeats() {
        for (lang, list) in [(Lang::En, ENGLISH), (Lang::Fr, FRENCH)] {
            let words: Vec<&str> = list
                .lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect();
            assert_eq!(
                StopWords::for_language(lang).0.len(),
                words.len(),
                "{lang:?} repeats a word"
            );
            for word in words {
                assert_eq!(fold(word), word, "{lang:?}: {word} is not folded");
            }
        }
    }
}
