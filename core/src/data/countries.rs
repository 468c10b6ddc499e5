//! The countries a programme reaches, on one side (origin or residence): the ones it names,
//! and whether it also reaches many others. In the dataset this is one list of ISO codes in
//! which `"*"` stands for "many countries / global"; here the marker is a flag, so no code
//! that lists, counts, indexes or names countries has to filter it out.
//!
//! ```
//! use diaspora_core::data::Countries;
//! let countries: Countries = serde_json::from_str(r#"["SN", "CI", "*"]"#).unwrap();
//! assert_eq!(countries.named(), ["SN", "CI"]);
//! assert!(countries.and_many());
//! assert_eq!(serde_json::to_string(&countries).unwrap(), r#"["SN","CI","*"]"#);
//! ```

use serde::{Deserialize, Serialize};

/// Named countries (ISO 3166-1 alpha-2 codes, in the record's order) and whether the programme
/// also reaches many more.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<String>", into = "Vec<String>")]
pub struct Countries {
    named: Vec<String>,
    and_many: bool,
}

impl Countries {
    /// How the dataset writes "many countries / global" in a country list.
    pub const MANY_MARKER: &'static str = "*";

    pub fn new(named: Vec<String>, and_many: bool) -> Countries {
        Countries { named, and_many }
    }

    /// The countries named, in the record's order.
    pub fn named(&self) -> &[String] {
        &self.named
    }

    /// Whether `code` is one of the countries named.
    pub fn names(&self, code: &str) -> bool {
        self.named.iter().any(|named| named == code)
    }

    /// Whether the programme reaches many countries beyond those named (or the whole world).
    pub fn and_many(&self) -> bool {
        self.and_many
    }

    /// Neither a country named nor "many countries".
    pub fn is_empty(&self) -> bool {
        self.named.is_empty() && !self.and_many
    }
}

/// The dataset's list: the marker anywhere means "and many", the rest are the named codes.
impl From<Vec<String>> for Countries {
    fn from(list: Vec<String>) -> Countries {
        let and_many = list.iter().any(|code| code == Countries::MANY_MARKER);
        let named = list
            .into_iter()
            .filter(|code| code != Countries::MANY_MARKER)
            .collect();
        Countries { named, and_many }
    }
}

/// Back to the dataset's list, the marker last (where the dataset puts it).
impl From<Countries> for Vec<String> {
    fn from(countries: Countries) -> Vec<String> {
        let mut list = countries.named;
        if countries.and_many {
            list.push(Countries::MANY_MARKER.to_owned());
        }
        list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Countries {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn the_marker_becomes_a_flag_wherever_it_is() {
        assert_eq!(read(r#"["*"]"#), Countries::new(vec![], true));
        assert_eq!(
            read(r#"["*", "ML"]"#),
            Countries::new(vec!["ML".into()], true)
        );
        assert_eq!(
            read(r#"["ML", "SN"]"#),
            Countries::new(vec!["ML".into(), "SN".into()], false)
        );
        assert!(read("[]").is_empty());
        assert!(!read(r#"["*"]"#).is_empty());
    }

    #[test]
    fn written_back_with_the_marker_last() {
        let written = |json: &str| serde_json::to_string(&read(json)).unwrap();
        assert_eq!(written(r#"["*", "ML"]"#), r#"["ML","*"]"#);
        assert_eq!(written(r#"["ML"]"#), r#"["ML"]"#);
        assert_eq!(written("[]"), "[]");
    }
}
