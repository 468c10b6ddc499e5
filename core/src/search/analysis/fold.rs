//! The folding filter: a token's text through [`fold`], so that `Sénégal` and `senegal` are one
//! term.

use super::{Token, TokenFilter};
use crate::text::fold;

/// Folds a token's text with [`fold`].
pub struct Fold;

impl TokenFilter for Fold {
    fn apply(&self, token: &mut Token) -> bool {
        if token.text.is_ascii() {
            // Most words: lowercase in place, no allocation.
            token.text.make_ascii_lowercase();
        } else {
            token.text = fold(&token.text);
        }
        !token.text.is_empty()
    }
}
