//! Every organisation the records name, once (`data/organisations.json`): its id, its name,
//! its acronyms in English and French, its type, its website and its other names. Records
//! refer to organisations by id, so "EU", "European Union" and "European Commission" are one
//! organisation to the filter, to search and to the counts.
//!
//! A country office or unit names its parent (`part_of`); the implementer filter offers the
//! parent, so that "IOM" finds the programmes of IOM Belgium too.
//!
//! ```
//! use diaspora_core::data::organisations::Organisations;
//! use diaspora_core::Lang;
//! let organisations = Organisations::from_json(r#"{"organisations": [
//!   {"id": "iom", "name": "International Organization for Migration",
//!    "acronyms": {"en": "IOM", "fr": "OIM"}, "type": "international-organisation",
//!    "other_names": ["Organisation internationale pour les migrations"]},
//!   {"id": "iom-belgium", "name": "IOM Belgium", "part_of": "iom", "type": "international-organisation"}
//! ]}"#).unwrap();
//! let iom = organisations.get("iom").unwrap();
//! assert_eq!(iom.label(Lang::Fr), "OIM");
//! assert_eq!(organisations.group_of("iom-belgium"), Some("iom"));
//! assert_eq!(organisations.get("iom-belgium").unwrap().label(Lang::Fr), "IOM Belgium");
//! ```

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::Lang;

/// An organisation's acronyms; either may be absent, and they may be the same.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Acronyms {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<String>,
}

/// One organisation of `data/organisations.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationEntry {
    /// Stable slug the records refer to.
    pub id: String,
    /// The official name, in the organisation's own language.
    pub name: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub acronyms: Acronyms,
    /// A code of the `organisation_types` vocabulary.
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Other names and spellings, in any language: search finds the organisation by each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_names: Vec<String>,
    /// The organisation this one is an office or unit of; that one is part of none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
}

fn is_default(acronyms: &Acronyms) -> bool {
    *acronyms == Acronyms::default()
}

impl OrganisationEntry {
    /// What a list of organisations shows: the acronym in the reader's language (or the
    /// other language's), else the name.
    pub fn label(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::En => (&self.acronyms.en, &self.acronyms.fr),
            Lang::Fr => (&self.acronyms.fr, &self.acronyms.en),
        };
        first.as_deref().or(second.as_deref()).unwrap_or(&self.name)
    }

    /// Every name of the organisation: its name, acronyms and other names, each once.
    pub fn names(&self) -> Vec<&str> {
        self.names_owned().into_iter().map(String::as_str).collect()
    }

    fn names_owned(&self) -> Vec<&String> {
        let mut names = vec![&self.name];
        for name in [&self.acronyms.en, &self.acronyms.fr]
            .into_iter()
            .flatten()
            .chain(&self.other_names)
        {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names
    }
}

/// The organisations file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationsFile {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub about: String,
    pub organisations: Vec<OrganisationEntry>,
}

/// The organisations with an index by id.
#[derive(Clone, Debug, Default)]
pub struct Organisations {
    file: OrganisationsFile,
    by_id: HashMap<String, usize>,
}

impl Organisations {
    pub fn new(file: OrganisationsFile) -> Self {
        let by_id = file
            .organisations
            .iter()
            .enumerate()
            .map(|(i, entry)| (entry.id.clone(), i))
            .collect();
        Organisations { file, by_id }
    }

    pub fn from_json(text: &str) -> serde_json::Result<Self> {
        serde_json::from_str(text).map(Organisations::new)
    }

    pub fn file(&self) -> &OrganisationsFile {
        &self.file
    }

    pub fn all(&self) -> &[OrganisationEntry] {
        &self.file.organisations
    }

    pub fn get(&self, id: &str) -> Option<&OrganisationEntry> {
        self.by_id.get(id).map(|&i| &self.file.organisations[i])
    }

    /// The id of the organisation the implementer filter offers for `id`: its parent when it
    /// is an office or unit, else itself. `None` for an unknown id.
    pub fn group_of<'a>(&'a self, id: &'a str) -> Option<&'a str> {
        let entry = self.get(id)?;
        Some(entry.part_of.as_deref().unwrap_or(&entry.id))
    }

    /// Every name search finds organisation `id` by: its own, then its parent's (so that
    /// "OIM" finds IOM Belgium). Empty for an unknown id.
    ///
    /// ```
    /// # use diaspora_core::data::organisations::Organisations;
    /// # let organisations = Organisations::from_json(r#"{"organisations": [
    /// #   {"id": "iom", "name": "International Organization for Migration", "acronyms": {"en": "IOM", "fr": "OIM"}, "type": "international-organisation"},
    /// #   {"id": "iom-belgium", "name": "IOM Belgium", "part_of": "iom", "type": "international-organisation"}]}"#).unwrap();
    /// assert_eq!(
    ///     organisations.search_names("iom-belgium"),
    ///     ["IOM Belgium", "International Organization for Migration", "IOM", "OIM"]
    /// );
    /// ```
    pub fn search_names(&self, id: &str) -> Vec<&String> {
        let mut names: Vec<&String> = Vec::new();
        let entry = self.get(id);
        let parent = entry
            .and_then(|e| e.part_of.as_deref())
            .and_then(|p| self.get(p));
        for entry in entry.into_iter().chain(parent) {
            for name in entry.names_owned() {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
        names
    }
}
