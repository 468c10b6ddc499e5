//! The parts of names written as one word: `#UpTunisia` (up, tunisia), `BaLinkBayan` (ba,
//! link, bayan, and balink, linkbayan), `envoidargent.fr` (envoi, argent). The index adds
//! them to names at the compound's position, so that a reader who types the words apart finds
//! the name.
//!
//! ```
//! use diaspora_core::search::analysis::compound::{camel_case_parts, domain_parts, Dictionary};
//! assert_eq!(camel_case_parts("UpTunisia"), ["up", "tunisia"]);
//! assert_eq!(camel_case_parts("BaLinkBayan"), ["ba", "link", "bayan", "balink", "linkbayan"]);
//! assert!(camel_case_parts("Investment").is_empty());
//! let dictionary = Dictionary::new(["envoi", "argent"]);
//! assert_eq!(domain_parts("envoidargent", &dictionary), ["envoi", "argent"]);
//! ```

use rustc_hash::FxHashSet;

use crate::text::fold;

/// Words a run of lower-case letters may be cut into: words of at least
/// [`Dictionary::SHORTEST`] letters from the reference data (concepts, vocabularies, country
/// and region names), which name what programmes are about.
#[derive(Clone, Debug, Default)]
pub struct Dictionary(FxHashSet<String>);

impl Dictionary {
    /// Shorter words would cut ordinary words into pieces ("development": "de", "velopment").
    pub const SHORTEST: usize = 4;

    /// The words of `texts`, folded.
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut words = FxHashSet::default();
        for text in texts {
            for word in fold(text).split(|c: char| !c.is_alphanumeric()) {
                if word.chars().count() >= Self::SHORTEST {
                    words.insert(word.to_owned());
                }
            }
        }
        Dictionary(words)
    }

    fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }
}

/// The camel-case parts of one word of a name (as written, before folding), folded, with each
/// two neighbours joined when there are more than two; empty when the word has no parts.
pub fn camel_case_parts(word: &str) -> Vec<String> {
    let camel = camel_parts(word);
    if camel.len() < 2 {
        return Vec::new();
    }
    let mut parts: Vec<String> = camel.iter().map(|part| fold(part)).collect();
    if parts.len() > 2 {
        for pair in camel.windows(2) {
            parts.push(fold(&format!("{}{}", pair[0], pair[1])));
        }
    }
    parts
}

/// The words of the name part of a web address written as one (`envoidargent` of
/// `envoidargent.fr`): its cut into dictionary words, French elided `d` and `l` allowed
/// between them (`envoi-d-argent`). Only addresses are cut: in running text a long word is a
/// word ("investment" is not "invest" + "ment").
pub fn domain_parts(word: &str, dictionary: &Dictionary) -> Vec<String> {
    let folded = fold(word);
    if !folded.chars().all(char::is_alphabetic) {
        return Vec::new();
    }
    segment(&folded, dictionary).unwrap_or_default()
}

/// `UpTunisia` → `Up`, `Tunisia`: a new part at each upper-case letter after a lower-case one.
fn camel_parts(word: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut previous: Option<char> = None;
    for (i, c) in word.char_indices() {
        if c.is_uppercase() && previous.is_some_and(char::is_lowercase) {
            parts.push(&word[start..i]);
            start = i;
        }
        previous = Some(c);
    }
    parts.push(&word[start..]);
    parts
}

/// The cut of `word` into dictionary words with the fewest pieces (at least two), elided
/// `d`/`l` allowed between them; `None` when there is none.
fn segment(word: &str, dictionary: &Dictionary) -> Option<Vec<String>> {
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    // best[i]: the fewest pieces covering chars[..i], and where the last piece starts.
    let mut best: Vec<Option<(usize, usize)>> = vec![None; n + 1];
    best[0] = Some((0, 0));
    for end in 1..=n {
        for start in 0..end {
            let Some((pieces, _)) = best[start] else {
                continue;
            };
            let piece: String = chars[start..end].iter().collect();
            let elision =
                end - start == 1 && start > 0 && end < n && matches!(piece.as_str(), "d" | "l");
            if !(elision || dictionary.contains(&piece)) {
                continue;
            }
            let count = pieces + usize::from(!elision);
            if best[end].is_none_or(|(known, _)| count < known) {
                best[end] = Some((count, start));
            }
        }
    }
    let (pieces, _) = best[n]?;
    if pieces < 2 {
        return None;
    }
    let mut parts = Vec::new();
    let mut end = n;
    while end > 0 {
        let (_, start) = best[end]?;
        let piece: String = chars[start..end].iter().collect();
        if end - start > 1 {
            parts.push(piece);
        }
        end = start;
    }
    parts.reverse();
    Some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_words_and_codes_have_no_parts() {
        for word in [
            "Investment",
            "IOM",
            "MIDA",
            "3x1",
            "PAISD",
            "DIASPORA",
            "d'argent",
        ] {
            assert!(camel_case_parts(word).is_empty(), "{word}");
        }
        assert_eq!(camel_case_parts("iGorts"), ["i", "gorts"]);
        let dictionary = Dictionary::new(["crowd funding", "envoi", "argent"]);
        // Every letter must be covered, and by at least two words.
        assert!(domain_parts("envoidargentx", &dictionary).is_empty());
        assert!(domain_parts("argent", &dictionary).is_empty());
        assert!(
            domain_parts("dargent", &dictionary).is_empty(),
            "an elision is not a word"
        );
        assert_eq!(
            domain_parts("crowdfunding", &dictionary),
            ["crowd", "funding"]
        );
        assert_eq!(
            domain_parts("envoilargent", &dictionary),
            ["envoi", "argent"]
        );
    }
}
