//! The closed code lists of `data/vocabularies.json`, each code with an English and a French label.

use serde::{Deserialize, Serialize};

use crate::Lang;

/// One code of a vocabulary with its labels.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub code: String,
    pub en: String,
    pub fr: String,
}

impl Term {
    pub fn label(&self, lang: Lang) -> &str {
        lang.pick(&self.en, &self.fr)
    }
}

/// A closed list of codes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Vocabulary(pub Vec<Term>);

impl Vocabulary {
    pub fn term(&self, code: &str) -> Option<&Term> {
        self.0.iter().find(|term| term.code == code)
    }

    pub fn contains(&self, code: &str) -> bool {
        self.term(code).is_some()
    }

    /// The label of `code`, or the code itself when the vocabulary does not know it.
    pub fn label<'a>(&'a self, code: &'a str, lang: Lang) -> &'a str {
        self.term(code).map_or(code, |term| term.label(lang))
    }

    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|term| term.code.as_str())
    }
}

/// All vocabularies of the dataset.
///
/// ```
/// let vocabularies = diaspora_core::Vocabularies::from_json(include_str!("../../../data/vocabularies.json")).unwrap();
/// assert_eq!(vocabularies.themes.label("remittances", diaspora_core::Lang::Fr), "Transferts de fonds");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vocabularies {
    pub themes: Vocabulary,
    pub support_types: Vocabulary,
    pub target_groups: Vocabulary,
    pub organisation_types: Vocabulary,
    pub statuses: Vocabulary,
    /// What the taking-part filter offers: `open` (a source shows the programme taking
    /// applications) and `described` (the sources say who may take part or how).
    pub participation: Vocabulary,
}

impl Vocabularies {
    pub fn from_json(text: &str) -> serde_json::Result<Self> {
        serde_json::from_str(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_vocabularies_have_unique_codes_and_both_labels() {
        let v = Vocabularies::from_json(include_str!("../../../data/vocabularies.json")).unwrap();
        for (name, vocabulary) in [
            ("themes", &v.themes),
            ("support_types", &v.support_types),
            ("target_groups", &v.target_groups),
            ("organisation_types", &v.organisation_types),
            ("statuses", &v.statuses),
            ("participation", &v.participation),
        ] {
            assert!(!vocabulary.0.is_empty(), "{name} is empty");
            let mut codes: Vec<_> = vocabulary.codes().collect();
            codes.sort_unstable();
            codes.dedup();
            assert_eq!(codes.len(), vocabulary.0.len(), "{name} repeats a code");
            for term in &vocabulary.0 {
                assert!(
                    !term.en.trim().is_empty() && !term.fr.trim().is_empty(),
                    "{name}: {}",
                    term.code
                );
            }
        }
        for status in ["ongoing", "completed", "unknown"] {
            assert!(v.statuses.contains(status));
        }
        for code in ["open", "described"] {
            assert!(
                v.participation.contains(code),
                "the taking-part filter needs {code}"
            );
        }
    }

    #[test]
    fn label_falls_back_to_the_code() {
        let v = Vocabularies::from_json(include_str!("../../../data/vocabularies.json")).unwrap();
        assert_eq!(v.themes.label("investment", Lang::En), "Investment");
        assert_eq!(v.themes.label("no-such-theme", Lang::Fr), "no-such-theme");
    }
}
