//! The countries a programme reaches, on one side (origin or residence): the ones it names,
//! the whole regions it covers without listing their countries, and whether it also reaches
//! many others. In the dataset this is one list of ISO codes, UN M49 region codes (three
//! digits: `"002"` is Africa) and `"*"` for "many countries / global"; here each kind has its
//! place, so no code that lists, counts, indexes or names countries has to sort them out.
//!
//! ```
//! use diaspora_core::data::Countries;
//! let countries: Countries = serde_json::from_str(r#"["SN", "002", "CI", "*"]"#).unwrap();
//! assert_eq!(countries.named(), ["SN", "CI"]);
//! assert_eq!(countries.regions(), ["002"]);
//! assert!(countries.and_many());
//! assert_eq!(serde_json::to_string(&countries).unwrap(), r#"["SN","CI","002","*"]"#);
//! ```

use serde::{Deserialize, Serialize};

/// Named countries (ISO 3166-1 alpha-2 codes, in the record's order), whole regions (M49
/// codes) and whether the programme also reaches many more.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<String>", into = "Vec<String>")]
pub struct Countries {
    named: Vec<String>,
    regions: Vec<String>,
    and_many: bool,
}

impl Countries {
    /// How the dataset writes "many countries / global" in a country list.
    pub const MANY_MARKER: &'static str = "*";

    pub fn new(named: Vec<String>, and_many: bool) -> Countries {
        Countries {
            named,
            regions: Vec::new(),
            and_many,
        }
    }

    /// Whether a code of the dataset's list is a UN M49 region's (three digits) rather than a
    /// country's.
    pub fn is_region_code(code: &str) -> bool {
        code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit())
    }

    /// The same countries, covering the M49 regions `regions` too.
    pub fn with_regions(self, regions: Vec<String>) -> Countries {
        Countries { regions, ..self }
    }

    /// The whole regions covered (M49 codes), in the record's order.
    pub fn regions(&self) -> &[String] {
        &self.regions
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

    /// Neither a country or region named nor "many countries".
    pub fn is_empty(&self) -> bool {
        self.named.is_empty() && self.regions.is_empty() && !self.and_many
    }

    /// Only "many countries": no country or region named.
    pub fn is_many_only(&self) -> bool {
        self.named.is_empty() && self.regions.is_empty() && self.and_many
    }
}

/// The dataset's list: the marker anywhere means "and many", three digits a region, the rest
/// are the named codes.
impl From<Vec<String>> for Countries {
    fn from(list: Vec<String>) -> Countries {
        let and_many = list.iter().any(|code| code == Countries::MANY_MARKER);
        let (regions, named) = list
            .into_iter()
            .filter(|code| code != Countries::MANY_MARKER)
            .partition(|code| Countries::is_region_code(code));
        Countries {
            named,
            regions,
            and_many,
        }
    }
}

/// Back to the dataset's list: countries, then regions, the marker last (where the dataset
/// puts it).
impl From<Countries> for Vec<String> {
    fn from(countries: Countries) -> Vec<String> {
        let mut list = countries.named;
        list.extend(countries.regions);
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
        assert!(!read(r#"["002"]"#).is_empty());
        assert!(read(r#"["*"]"#).is_many_only() && !read(r#"["002", "*"]"#).is_many_only());
    }

    #[test]
    fn three_digits_are_a_region_two_letters_a_country() {
        let countries = read(r#"["014", "KE", "002"]"#);
        assert_eq!(countries.named(), ["KE"]);
        assert_eq!(countries.regions(), ["014", "002"]);
        assert!(!countries.and_many());
        for code in ["01", "0021", "A02", "KE", "*"] {
            assert!(!Countries::is_region_code(code), "{code}");
        }
    }

    #[test]
    fn written_back_with_the_marker_last() {
        let written = |json: &str| serde_json::to_string(&read(json)).unwrap();
        assert_eq!(written(r#"["*", "ML"]"#), r#"["ML","*"]"#);
        assert_eq!(written(r#"["ML"]"#), r#"["ML"]"#);
        assert_eq!(written("[]"), "[]");
        assert_eq!(written(r#"["*", "002", "ML"]"#), r#"["ML","002","*"]"#);
    }
}
