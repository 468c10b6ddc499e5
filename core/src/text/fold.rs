//! Case and diacritic folding, so that `Sénégal`, `SENEGAL` and `senegal` are one term: the
//! search index, the highlighter, facet-label matching and sorting by label all compare folded text.

use super::fold_table::{DROPPED, FOLDED};

/// Lowercases, decomposes (NFKD: `ﬁ` → `fi`, `Ｆ` → `F`), drops combining marks (`é` → `e`) and
/// spells out the letters that do not decompose (`œ` → `oe`, `æ` → `ae`, `ß` → `ss`, `ø` → `o`).
///
/// The decomposition comes from a generated table of the Latin, Greek, Cyrillic, Hebrew and
/// Arabic blocks, punctuation, symbols, presentation forms and combining marks
/// (`fold_table.rs`, checked against the full Unicode decomposition by
/// `core/tests/fold_table.rs`), not from Unicode's whole decomposition data, which would weigh
/// on every download. Outside those blocks a character folds to its lowercase (Hangul
/// syllables, say, stay composed), the same for the data and for queries.
///
/// ```
/// use diaspora_core::text::fold;
/// assert_eq!(fold("Œuvre Sénégal STRAẞE Øresund ﬁn"), "oeuvre senegal strasse oresund fin");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if is_dropped(c) {
            continue;
        } else if let Ok(at) = FOLDED.binary_search_by_key(&c, |&(from, _)| from) {
            out.push_str(FOLDED[at].1);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

fn is_dropped(c: char) -> bool {
    let after = DROPPED.partition_point(|&(first, _)| first <= c);
    after > 0 && c <= DROPPED[after - 1].1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_and_ligatures() {
        assert_eq!(fold("Côte d’Ivoire"), "cote d’ivoire");
        assert_eq!(fold("RÉUNION"), "reunion");
        assert_eq!(fold("Türkiye İstanbul"), "turkiye istanbul");
        assert_eq!(fold("ŒUVRE"), "oeuvre");
        assert_eq!(fold("Ærø"), "aero");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("São Tomé & Príncipe"), "sao tome & principe");
    }

    #[test]
    fn leaves_other_scripts_lowercased() {
        assert_eq!(fold("Ελλάδα"), "ελλαδα");
        assert_eq!(fold("Россия"), "россия");
        assert_eq!(fold("中国"), "中国");
    }
}
