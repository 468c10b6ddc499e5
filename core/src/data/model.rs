//! A programme record, as written in `data/programmes.json` and documented in `data/README.md`.

use serde::{Deserialize, Serialize};

use crate::data::calendar::Date;
use crate::data::countries::Countries;
use crate::data::organisations::Organisations;

/// Whether a programme still runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ongoing,
    Completed,
    Unknown,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Ongoing => "ongoing",
            Status::Completed => "completed",
            Status::Unknown => "unknown",
        }
    }
}

/// An organisation involved in a programme: implementer, funder or partner. A record names it
/// by its id in `data/organisations.json` (and the bundle the same way); its name, type and
/// group are filled in from that file when the catalogue loads ([`Organisation::resolve`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Organisation {
    pub id: String,
    /// Its official name.
    pub name: String,
    /// A code of the `organisation_types` vocabulary.
    pub kind: String,
    /// The id the implementer filter offers for it: its parent's for an office or unit.
    pub group: String,
}

impl Organisation {
    /// An organisation known by its id only, as read from JSON.
    pub fn unresolved(id: impl Into<String>) -> Organisation {
        Organisation {
            id: id.into(),
            name: String::new(),
            kind: String::new(),
            group: String::new(),
        }
    }

    /// Fills in the name, type and group from the organisations file; `false` (and nothing
    /// changed) when the file has no such id.
    pub fn resolve(&mut self, organisations: &Organisations) -> bool {
        let Some(entry) = organisations.get(&self.id) else {
            return false;
        };
        self.name.clone_from(&entry.name);
        self.kind.clone_from(&entry.kind);
        self.group = organisations
            .group_of(&self.id)
            .unwrap_or(&self.id)
            .to_owned();
        true
    }
}

impl Serialize for Organisation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.id)
    }
}

impl<'de> Deserialize<'de> for Organisation {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Id;
        impl serde::de::Visitor<'_> for Id {
            type Value = Organisation;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an organisation id of data/organisations.json (a string)")
            }
            fn visit_str<E: serde::de::Error>(self, id: &str) -> Result<Organisation, E> {
                Ok(Organisation::unresolved(id))
            }
        }
        deserializer.deserialize_str(Id)
    }
}

/// A page a record's facts were taken from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub url: String,
    /// Which facts of the record this page supports.
    pub supports: String,
    /// The day the page was read (for an archived copy, the day of the capture).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessed: Option<Date>,
    /// For a page read before reading days were written down, and not read again since: the
    /// day by which it was read (the first release's pages: 2026-11-28). A source has this or
    /// `accessed`, never both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessed_before: Option<Date>,
}

/// How a reader takes part in a programme, as its sources say: for the diaspora entrepreneur
/// or association who has found it and wants to join.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TakingPart {
    /// Who may take part (English).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub who: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub who_fr: Option<String>,
    /// How to apply or join (English).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_fr: Option<String>,
    /// The application, registration or contact page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Whether a source read shows the programme taking applications (a current call, or
    /// continuous intake or membership); `None` when no source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_to_applications: Option<bool>,
}

/// One diaspora engagement or migration-and-development programme.
///
/// The same type reads the hand-written dataset (where `regions` must be absent) and the
/// bundle the app embeds (where `build.rs` has filled `regions` in).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    /// Stable slug, used in URLs: lowercase letters, digits and single hyphens.
    pub id: String,
    /// English name.
    pub title: String,
    #[serde(default)]
    pub acronym: Option<String>,
    /// The name in its own language, when the English title is a rendering of it.
    #[serde(default)]
    pub original_title: Option<String>,
    /// English summary, written for this dataset.
    pub summary: String,
    #[serde(default)]
    pub summary_fr: Option<String>,
    /// Where the diaspora comes from: ISO 3166-1 alpha-2 codes, and whether many more.
    pub origin_countries: Countries,
    /// Where it lives: the same.
    pub residence_countries: Countries,
    /// M49 region codes of all the countries and regions above, with the regions containing
    /// them; derived at build time, never typed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<String>,
    pub implementers: Vec<Organisation>,
    #[serde(default)]
    pub funders: Vec<Organisation>,
    #[serde(default)]
    pub partners: Vec<Organisation>,
    pub themes: Vec<String>,
    pub support_types: Vec<String>,
    pub target_groups: Vec<String>,
    #[serde(default)]
    pub start_year: Option<i32>,
    #[serde(default)]
    pub end_year: Option<i32>,
    pub status: Status,
    /// The year of the latest page read that shows the programme existing or active: what the
    /// status rests on ("ongoing, last confirmed 2021").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_year: Option<i32>,
    #[serde(default)]
    pub official_url: Option<String>,
    /// The id of the programme this one belongs to (TOKTEN Sudan is part of TOKTEN); that one
    /// belongs to none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
    /// Required by validation; empty only in the catalogue the app fetches, which publishes
    /// them apart ([`crate::data::source_lists`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Who may take part and how, where a source says it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taking_part: Option<TakingPart>,
    /// The day the record was last checked against its sources (`YYYY-MM-DD` in JSON).
    pub last_verified: Date,
}

impl Programme {
    /// Resolves every organisation of the record ([`Organisation::resolve`]); the ids the
    /// file does not know, as `(field, index, id)`.
    pub fn resolve_organisations(
        &mut self,
        organisations: &Organisations,
    ) -> Vec<(&'static str, usize, String)> {
        let mut unknown = Vec::new();
        for (field, list) in [
            ("implementers", &mut self.implementers),
            ("funders", &mut self.funders),
            ("partners", &mut self.partners),
        ] {
            for (i, organisation) in list.iter_mut().enumerate() {
                if !organisation.resolve(organisations) {
                    unknown.push((field, i, organisation.id.clone()));
                }
            }
        }
        unknown
    }

    /// Whether a reader can apply or join now, as far as the sources show: a source says it
    /// takes applications and the programme is not known to have ended.
    pub fn is_open_to_applications(&self) -> bool {
        self.status == Status::Ongoing
            && self
                .taking_part
                .as_ref()
                .is_some_and(|t| t.open_to_applications == Some(true))
    }

    /// Every organisation of the record: implementers, then funders, then partners.
    pub fn organisations(&self) -> impl Iterator<Item = &Organisation> {
        self.implementers
            .iter()
            .chain(&self.funders)
            .chain(&self.partners)
    }

    /// The named origin and residence country codes together (a country on both sides comes
    /// twice).
    pub fn all_countries(&self) -> impl Iterator<Item = &str> {
        self.origin_countries
            .named()
            .iter()
            .chain(self.residence_countries.named())
            .map(String::as_str)
    }

    /// The named countries and whole regions of both sides, as M49 region codes and ISO
    /// codes: what the record's regions are derived from.
    pub fn all_places(&self) -> impl Iterator<Item = &str> {
        self.all_countries().chain(
            self.origin_countries
                .regions()
                .iter()
                .chain(self.residence_countries.regions())
                .map(String::as_str),
        )
    }
}
