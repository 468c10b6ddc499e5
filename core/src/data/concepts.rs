//! Meanings for search (`data/concepts.json`): words and phrases people use for one idea, in
//! English and French (remittance ≈ money transfer ≈ envoi d'argent; doctor ≈ médecin). A
//! query term of a concept also finds the programmes that use another of its terms
//! (`search::meaning`). Data, like [`super::Aliases`]: the index does not depend on it.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::data::validate::{Location, Problem};
use crate::text::fold;

/// One idea and the terms for it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Concept {
    /// A short name, unique, for messages and tests: `remittances`.
    pub id: String,
    #[serde(default)]
    pub en: Vec<String>,
    #[serde(default)]
    pub fr: Vec<String>,
}

impl Concept {
    /// Every term, English then French.
    pub fn terms(&self) -> impl Iterator<Item = &str> {
        self.en.iter().chain(&self.fr).map(String::as_str)
    }
}

/// The concepts of `data/concepts.json`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Concepts {
    #[serde(default)]
    pub about: String,
    pub concepts: Vec<Concept>,
}

impl Concepts {
    /// Parses and checks the file: every problem at once, each naming the concept (its index
    /// and id) and the term.
    ///
    /// ```
    /// use diaspora_core::data::concepts::Concepts;
    /// let text = r#"{"concepts": [
    ///   {"id": "cost", "en": ["cost", "price"], "fr": ["coût"]},
    ///   {"id": "price", "en": ["Price", "tariff"]}
    /// ]}"#;
    /// let problems = Concepts::load("data/concepts.json", text).unwrap_err();
    /// assert_eq!(
    ///     problems[0].to_string(),
    ///     "data/concepts.json: record 1 (price): en[0]: \"Price\" is already a term of concept \"cost\""
    /// );
    /// ```
    pub fn load(file: &str, text: &str) -> Result<Concepts, Vec<Problem>> {
        let concepts: Concepts =
            serde_json::from_str(text).map_err(|error| vec![Problem::in_text(file, &error)])?;
        let problems = concepts.problems(file);
        if problems.is_empty() {
            Ok(concepts)
        } else {
            Err(problems)
        }
    }

    fn problems(&self, file: &str) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut ids: HashMap<&str, usize> = HashMap::new();
        // Folded term → the concept that has it.
        let mut owners: HashMap<String, &str> = HashMap::new();
        for (index, concept) in self.concepts.iter().enumerate() {
            let problem = |field: String, message: String| Problem {
                file: file.to_owned(),
                location: Location::Record {
                    index,
                    id: Some(concept.id.clone()).filter(|id| !id.is_empty()),
                    field,
                },
                message,
            };
            let id_ok = !concept.id.is_empty()
                && concept
                    .id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !id_ok {
                problems.push(problem(
                    "id".into(),
                    format!("{:?} is not a lowercase id (a-z, 0-9, -)", concept.id),
                ));
            } else if let Some(first) = ids.insert(&concept.id, index) {
                problems.push(problem(
                    "id".into(),
                    format!("{:?} is also the id of record {first}", concept.id),
                ));
            }
            if concept.terms().count() < 2 {
                problems.push(problem(
                    "en".into(),
                    "a concept needs at least two terms (English and French together)".into(),
                ));
            }
            for (lang, terms) in [("en", &concept.en), ("fr", &concept.fr)] {
                for (i, term) in terms.iter().enumerate() {
                    let field = format!("{lang}[{i}]");
                    let folded = fold(term.trim());
                    if !folded.chars().any(char::is_alphanumeric) {
                        problems.push(problem(field, format!("{term:?} has no letter")));
                        continue;
                    }
                    if term.trim() != term || term.contains("  ") {
                        problems.push(problem(
                            field,
                            format!("{term:?} has spaces at an end or two in a row"),
                        ));
                        continue;
                    }
                    match owners.get(&folded) {
                        Some(owner) if *owner == concept.id => problems.push(problem(
                            field,
                            format!("{term:?} is listed twice in this concept"),
                        )),
                        Some(owner) => problems.push(problem(
                            field,
                            format!("{term:?} is already a term of concept {owner:?}"),
                        )),
                        None => {
                            owners.insert(folded, &concept.id);
                        }
                    }
                }
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<String> {
        match Concepts::load("c.json", text) {
            Ok(_) => Vec::new(),
            Err(problems) => problems.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn the_committed_file_is_valid() {
        let text = include_str!("../../../data/concepts.json");
        let concepts = Concepts::load("data/concepts.json", text).expect("valid");
        assert!(concepts.concepts.len() >= 20);
    }

    #[test]
    fn each_problem_names_the_concept_and_the_term() {
        assert_eq!(
            problems(r#"{"concepts": [{"id": "a", "en": ["x"]}]}"#),
            ["c.json: record 0 (a): en: a concept needs at least two terms (English and French together)"]
        );
        assert_eq!(
            problems(
                r#"{"concepts": [{"id": "a", "en": ["x", "X"]}, {"id": "a", "en": ["y", " z", "!!"]}]}"#
            ),
            [
                "c.json: record 0 (a): en[1]: \"X\" is listed twice in this concept",
                "c.json: record 1 (a): id: \"a\" is also the id of record 0",
                "c.json: record 1 (a): en[1]: \" z\" has spaces at an end or two in a row",
                "c.json: record 1 (a): en[2]: \"!!\" has no letter",
            ]
        );
        assert_eq!(
            problems(r#"{"concepts": [{"id": "Bad id", "en": ["x", "y"], "de": ["z"]}]}"#).len(),
            1,
            "an unknown field is an error of the file"
        );
        assert!(
            problems(r#"{"concepts": [{"id": "", "fr": ["x", "y"]}]}"#)[0]
                .starts_with("c.json: record 0: id: ")
        );
    }
}
