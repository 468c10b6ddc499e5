//! Drops French elided articles (`l'`, `d'`, `qu'`…) and the English possessive `'s`.

use super::{Token, TokenFilter};

/// Words that French writes elided before a vowel: `l'OIM`, `d'appui`, `qu'il`, `jusqu'à`.
const FRENCH_ELIDED: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

/// Runs after [`super::Fold`] (compares lowercase text).
pub struct Elision;

impl TokenFilter for Elision {
    fn apply(&self, token: &mut Token) -> bool {
        if token.before_apostrophe && FRENCH_ELIDED.contains(&token.text.as_str()) {
            return false;
        }
        // "Ghana's", "Africa's".
        !(token.after_apostrophe && token.text == "s")
    }
}
