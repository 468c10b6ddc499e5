//! Countries and UN M49 regions, read from `data/countries.json`.
//!
//! That file is generated from Unicode CLDR (names) and UN M49 (hierarchy) by
//! `scripts/gen-countries.mjs`; nothing here hard-codes a country.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::data::validate::{Location, Problem};
use crate::Lang;

/// A level of the UN M49 hierarchy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegionLevel {
    /// A continent-sized region, e.g. `002` Africa.
    Region,
    /// e.g. `202` Sub-Saharan Africa.
    Subregion,
    /// e.g. `011` Western Africa.
    IntermediateRegion,
}

/// A UN M49 region with its names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Region {
    /// Three-digit M49 code, e.g. `"011"`.
    pub code: String,
    pub level: RegionLevel,
    pub parent: Option<String>,
    pub en: String,
    pub fr: String,
}

impl Region {
    pub fn name(&self, lang: Lang) -> &str {
        lang.pick(&self.en, &self.fr)
    }
}

/// A country or area with an ISO 3166-1 alpha-2 code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Country {
    pub code: String,
    pub en: String,
    pub fr: String,
    /// Other names people use (short forms and variants), for search.
    #[serde(default)]
    pub aliases_en: Vec<String>,
    #[serde(default)]
    pub aliases_fr: Vec<String>,
    /// What its people are called ("Senegalese", "Sénégalaise"), for search; from
    /// `data/demonyms.json` ([`Geography::add_demonyms`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub demonyms_en: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub demonyms_fr: Vec<String>,
    /// Numeric M49 code; `None` for Kosovo, which M49 does not list.
    pub m49: Option<String>,
    pub region: Option<String>,
    pub subregion: Option<String>,
    pub intermediate_region: Option<String>,
}

impl Country {
    /// The name in the given language.
    pub fn name(&self, lang: Lang) -> &str {
        lang.pick(&self.en, &self.fr)
    }

    /// Every name search finds it by: in English and French, their variants, and its
    /// people's names.
    pub fn search_names(&self) -> impl Iterator<Item = &String> {
        [&self.en, &self.fr]
            .into_iter()
            .chain(&self.aliases_en)
            .chain(&self.aliases_fr)
            .chain(&self.demonyms_en)
            .chain(&self.demonyms_fr)
    }

    /// The M49 regions containing this country, broadest first.
    pub fn region_codes(&self) -> impl Iterator<Item = &str> {
        [&self.region, &self.subregion, &self.intermediate_region]
            .into_iter()
            .filter_map(|code| code.as_deref())
    }
}

/// The file `data/countries.json`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GeographyFile {
    #[serde(default)]
    pub about: String,
    pub regions: Vec<Region>,
    pub countries: Vec<Country>,
}

/// Countries and regions, indexed by code.
///
/// ```
/// let geography = diaspora_core::Geography::from_json(
///     r#"{"regions": [{"code": "002", "level": "region", "parent": null, "en": "Africa", "fr": "Afrique"}],
///         "countries": [{"code": "ML", "en": "Mali", "fr": "Mali", "m49": "466",
///                        "region": "002", "subregion": null, "intermediate_region": null}]}"#,
/// ).unwrap();
/// assert_eq!(geography.country("ML").unwrap().en, "Mali");
/// assert_eq!(geography.region("002").unwrap().fr, "Afrique");
/// ```
#[derive(Clone, Debug)]
pub struct Geography {
    file: GeographyFile,
    country_index: HashMap<String, usize>,
    region_index: HashMap<String, usize>,
}

impl Geography {
    pub fn new(file: GeographyFile) -> Self {
        let country_index = file
            .countries
            .iter()
            .enumerate()
            .map(|(i, country)| (country.code.clone(), i))
            .collect();
        let region_index = file
            .regions
            .iter()
            .enumerate()
            .map(|(i, region)| (region.code.clone(), i))
            .collect();
        Geography {
            file,
            country_index,
            region_index,
        }
    }

    pub fn from_json(text: &str) -> serde_json::Result<Self> {
        serde_json::from_str(text).map(Self::new)
    }

    pub fn file(&self) -> &GeographyFile {
        &self.file
    }

    pub fn countries(&self) -> &[Country] {
        &self.file.countries
    }

    pub fn regions(&self) -> &[Region] {
        &self.file.regions
    }

    pub fn country(&self, code: &str) -> Option<&Country> {
        self.country_index
            .get(code)
            .map(|&i| &self.file.countries[i])
    }

    /// Adds the demonyms of `data/demonyms.json` (its text, named `file` in problems) to
    /// their countries; every problem at once, each naming the country code.
    ///
    /// ```
    /// let mut geography = diaspora_core::Geography::from_json(
    ///     r#"{"regions": [], "countries": [{"code": "ML", "en": "Mali", "fr": "Mali", "m49": "466",
    ///         "region": null, "subregion": null, "intermediate_region": null}]}"#,
    /// ).unwrap();
    /// geography.add_demonyms("d.json", r#"{"demonyms": {"ML": {"en": ["Malian"], "fr": ["Malien", "Malienne"]}}}"#).unwrap();
    /// assert_eq!(geography.country("ML").unwrap().demonyms_fr, ["Malien", "Malienne"]);
    /// let problems = geography.add_demonyms("d.json", r#"{"demonyms": {"QQ": {"en": ["Q"]}, "ML": {"en": [" "]}}}"#).unwrap_err();
    /// assert_eq!(problems.len(), 2);
    /// assert_eq!(problems[0].to_string(), "d.json: demonyms.ML.en[0]: \" \" is empty");
    /// assert_eq!(problems[1].to_string(), "d.json: demonyms.QQ: \"QQ\" is not a country of data/countries.json");
    /// ```
    pub fn add_demonyms(&mut self, file: &str, text: &str) -> Result<(), Vec<Problem>> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Names {
            #[serde(default)]
            en: Vec<String>,
            #[serde(default)]
            fr: Vec<String>,
        }
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct DemonymsFile {
            #[serde(default)]
            #[allow(dead_code)]
            about: String,
            demonyms: BTreeMap<String, Names>,
        }
        let parsed: DemonymsFile =
            serde_json::from_str(text).map_err(|error| vec![Problem::in_text(file, &error)])?;
        let mut problems = Vec::new();
        let problem = |field: String, message: String| Problem {
            file: file.to_owned(),
            location: Location::Field(field),
            message,
        };
        for (code, names) in parsed.demonyms {
            let Some(&i) = self.country_index.get(&code) else {
                problems.push(problem(
                    format!("demonyms.{code}"),
                    format!("{code:?} is not a country of data/countries.json"),
                ));
                continue;
            };
            for (lang, list) in [("en", &names.en), ("fr", &names.fr)] {
                for (n, name) in list.iter().enumerate() {
                    if name.trim().is_empty() {
                        problems.push(problem(
                            format!("demonyms.{code}.{lang}[{n}]"),
                            format!("{name:?} is empty"),
                        ));
                    }
                }
            }
            let country = &mut self.file.countries[i];
            country.demonyms_en = names.en;
            country.demonyms_fr = names.fr;
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    pub fn region(&self, code: &str) -> Option<&Region> {
        self.region_index.get(code).map(|&i| &self.file.regions[i])
    }

    /// The M49 regions of a set of country and region codes, without repeats, in the order of
    /// the regions table: each country's regions, and each region with the regions containing
    /// it (Eastern Africa is in Sub-Saharan Africa, in Africa). Unknown codes and the "many
    /// countries" marker contribute nothing.
    pub fn regions_of<'a>(&self, codes: impl IntoIterator<Item = &'a str>) -> Vec<String> {
        let mut present = vec![false; self.file.regions.len()];
        for code in codes {
            if let Some(country) = self.country(code) {
                for region in country.region_codes() {
                    if let Some(&i) = self.region_index.get(region) {
                        present[i] = true;
                    }
                }
            }
            let mut region = self.region_index.get(code).copied();
            while let Some(i) = region {
                present[i] = true;
                region = self.file.regions[i]
                    .parent
                    .as_deref()
                    .and_then(|parent| self.region_index.get(parent).copied());
            }
        }
        self.file
            .regions
            .iter()
            .zip(present)
            .filter(|(_, present)| *present)
            .map(|(region, _)| region.code.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Geography {
        Geography::from_json(include_str!("../../../data/countries.json")).unwrap()
    }

    #[test]
    fn bundled_table_covers_iso_codes_the_data_uses() {
        let geography = bundled();
        for code in ["ML", "SN", "FR", "MA", "BE", "CI", "XK", "US", "PH", "WS"] {
            let country = geography.country(code).unwrap_or_else(|| panic!("{code}"));
            assert!(!country.en.is_empty() && !country.fr.is_empty());
            assert!(country.region.is_some(), "{code} has no region");
        }
        assert_eq!(geography.country("CI").unwrap().fr, "Côte d’Ivoire");
        assert!(geography.country("MAR").is_none());
        assert!(geography.country("*").is_none());
    }

    #[test]
    fn every_region_reference_resolves() {
        let geography = bundled();
        for country in geography.countries() {
            for code in country.region_codes() {
                assert!(geography.region(code).is_some(), "{}: {code}", country.code);
            }
        }
        for region in geography.regions() {
            if let Some(parent) = &region.parent {
                assert!(geography.region(parent).is_some(), "{}", region.code);
            }
        }
    }

    #[test]
    fn regions_of_unions_every_level_without_repeats() {
        let geography = bundled();
        let regions = geography.regions_of(["ML", "SN", "FR", "*", "ZZ"]);
        // Mali and Senegal: Africa, Sub-Saharan Africa, Western Africa; France: Europe, Western Europe.
        assert_eq!(regions.len(), 5, "{regions:?}");
        for code in ["002", "202", "011", "150", "155"] {
            assert!(
                regions.iter().any(|r| r == code),
                "{code} missing from {regions:?}"
            );
        }
        assert_eq!(geography.regions_of(["XK"]), vec!["039", "150"]);
        // A region brings the regions containing it: Eastern Africa, Sub-Saharan Africa, Africa.
        let mut regions = geography.regions_of(["014"]);
        regions.sort_unstable();
        assert_eq!(regions, ["002", "014", "202"]);
    }
}
