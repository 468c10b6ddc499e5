//! Case and diacritic folding, so that `Sénégal`, `SENEGAL` and `senegal` are one term: the
//! search index, the highlighter, facet-label matching and sorting by label all compare folded text.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Lowercases, decomposes (NFKD: `ﬁ` → `fi`, `Ｆ` → `F`), drops combining marks (`é` → `e`) and
/// spells out the letters that do not decompose (`œ` → `oe`, `æ` → `ae`, `ß` → `ss`, `ø` → `o`).
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
            continue;
        }
        decompose_compatible(c, |d| {
            if is_combining_mark(d) {
                return;
            }
            for lower in d.to_lowercase() {
                match lower {
                    'œ' => out.push_str("oe"),
                    'æ' => out.push_str("ae"),
                    'ß' => out.push_str("ss"),
                    'ø' => out.push('o'),
                    'đ' | 'ð' => out.push('d'),
                    'ł' => out.push('l'),
                    'ı' => out.push('i'),
                    'þ' => out.push_str("th"),
                    other => out.push(other),
                }
            }
        });
    }
    out
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
