//! The catalogue the app embeds: validated programmes (with derived regions) plus the reference
//! data needed to show and search them.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::data::calendar::Date;
use crate::data::changelog::Change;
use crate::data::organisations::{Organisations, OrganisationsFile};
use crate::data::validate::{validate_dataset, validate_organisations, Context, Problem};

use crate::data::concepts::Concepts;
use crate::data::geography::{Geography, GeographyFile};
use crate::data::model::{Programme, Source};
use crate::data::source_lists::{SourceLists, SourceSummary};
use crate::data::vocabulary::Vocabularies;

/// The serialised form written by `build.rs` and fetched by the app: the programmes without
/// their sources, which `build.rs` writes apart ([`Catalogue::sources_json`]).
#[derive(Serialize, Deserialize)]
pub struct CatalogueFile {
    pub programmes: Vec<Programme>,
    pub source_summary: SourceSummary,
    pub geography: GeographyFile,
    pub vocabularies: Vocabularies,
    pub organisations: OrganisationsFile,
    pub concepts: Concepts,
    #[serde(default)]
    pub changes: Vec<Change>,
}

/// Programmes with their reference data, ready for lookups.
pub struct Catalogue {
    pub programmes: Vec<Programme>,
    pub geography: Geography,
    pub vocabularies: Vocabularies,
    /// Every organisation the programmes name (`data/organisations.json`).
    pub organisations: Organisations,
    /// Meanings for search (`data/concepts.json`).
    pub concepts: Concepts,
    /// The changelog's entries, newest first (`data/CHANGELOG.md`, which `build.rs` reads for
    /// the app; empty from [`Catalogue::load`]).
    pub changes: Vec<Change>,
    /// The counts the About page gives of all the sources.
    pub source_summary: SourceSummary,
    /// The sources published apart, once attached ([`Catalogue::attach_sources`]).
    detached_sources: OnceLock<SourceLists>,
}

impl Catalogue {
    /// The repository's own catalogue ([`Sources::repository`]), for tests and examples.
    ///
    /// # Panics
    /// When the committed data is invalid, listing every problem: a test that needs the
    /// real catalogue cannot go on without it.
    pub fn repository(today: Date) -> Catalogue {
        Catalogue::load(&Sources::repository(today)).unwrap_or_else(|problems| {
            let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("the committed dataset is invalid:\n{}", lines.join("\n"))
        })
    }

    /// A catalogue of validated programmes (each with its sources) and their reference data,
    /// with no changelog.
    pub fn from_parts(
        programmes: Vec<Programme>,
        geography: Geography,
        vocabularies: Vocabularies,
        organisations: Organisations,
        concepts: Concepts,
    ) -> Catalogue {
        Catalogue {
            source_summary: SourceSummary::of(&programmes),
            programmes,
            geography,
            vocabularies,
            organisations,
            concepts,
            changes: Vec::new(),
            detached_sources: OnceLock::new(),
        }
    }

    /// The programme with this id. A scan: it runs when a programme opens, not per keystroke,
    /// and costs microseconds even at 10,000 programmes.
    ///
    /// ```
    /// # let catalogue = diaspora_core::Catalogue::repository(diaspora_core::data::calendar::today_utc());
    /// assert_eq!(catalogue.programme("mida").unwrap().acronym.as_deref(), Some("MIDA"));
    /// assert!(catalogue.programme("no-such-programme").is_none());
    /// ```
    pub fn programme(&self, id: &str) -> Option<&Programme> {
        self.programmes.iter().find(|p| p.id == id)
    }

    pub fn from_json(text: &str) -> serde_json::Result<Self> {
        Self::from_json_bytes(text.as_bytes())
    }

    /// The same from the bytes of the JSON (as fetched), which must be UTF-8.
    pub fn from_json_bytes(bytes: &[u8]) -> serde_json::Result<Self> {
        let file: CatalogueFile = serde_json::from_slice(bytes)?;
        let organisations = Organisations::new(file.organisations);
        let mut programmes = file.programmes;
        for programme in &mut programmes {
            // The build checked every id; an unknown one keeps an empty name.
            programme.resolve_organisations(&organisations);
        }
        Ok(Catalogue {
            programmes,
            geography: Geography::new(file.geography),
            vocabularies: file.vocabularies,
            organisations,
            concepts: file.concepts,
            changes: file.changes,
            source_summary: file.source_summary,
            detached_sources: OnceLock::new(),
        })
    }

    /// A programme's sources: the record's own, or those published apart once attached;
    /// `None` while they are still to come (the app's catalogue before
    /// [`Catalogue::attach_sources`]).
    ///
    /// ```
    /// use diaspora_core::Catalogue;
    /// use diaspora_core::data::source_lists::SourceLists;
    /// # let full = Catalogue::repository(diaspora_core::data::calendar::today_utc());
    /// let published = Catalogue::from_json(&full.to_json()).unwrap();
    /// let mida = published.programme("mida").unwrap();
    /// assert_eq!(published.sources(mida), None);
    /// let lists = SourceLists::from_json(full.sources_json().as_bytes()).unwrap();
    /// assert!(published.attach_sources(lists));
    /// assert_eq!(published.sources(mida), Some(full.programme("mida").unwrap().sources.as_slice()));
    /// ```
    pub fn sources<'a>(&'a self, programme: &'a Programme) -> Option<&'a [Source]> {
        if programme.sources.is_empty() {
            self.detached_sources
                .get()
                .map(|lists| lists.get(&programme.id))
        } else {
            Some(&programme.sources)
        }
    }

    /// Whether every programme's sources are at hand ([`Catalogue::sources`] is `Some`). A
    /// scan for a catalogue with its sources inline (a partner's), which stops at the first
    /// record for the app's own: it runs when a programme page or a download asks, not per
    /// keystroke.
    pub fn has_sources(&self) -> bool {
        self.detached_sources.get().is_some()
            || self.programmes.iter().all(|p| !p.sources.is_empty())
    }

    /// Attaches the sources published apart; `false` when some were attached already (the
    /// first stay).
    pub fn attach_sources(&self, lists: SourceLists) -> bool {
        self.detached_sources.set(lists).is_ok()
    }

    /// The sources of every programme, as `build.rs` publishes them beside the catalogue.
    pub fn sources_json(&self) -> String {
        SourceLists::of(&self.programmes).to_json()
    }

    /// Serialises the catalogue into the compact JSON the app fetches, without the
    /// programmes' sources ([`Catalogue::sources_json`]).
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct Borrowed<'a> {
            programmes: &'a [Programme],
            source_summary: SourceSummary,
            geography: &'a GeographyFile,
            vocabularies: &'a Vocabularies,
            organisations: &'a OrganisationsFile,
            concepts: &'a Concepts,
            changes: &'a [Change],
        }
        let programmes: Vec<Programme> = self
            .programmes
            .iter()
            .map(|p| Programme {
                sources: Vec::new(),
                ..p.clone()
            })
            .collect();
        serde_json::to_string(&Borrowed {
            programmes: &programmes,
            source_summary: self.source_summary,
            geography: self.geography.file(),
            vocabularies: &self.vocabularies,
            organisations: self.organisations.file(),
            concepts: &self.concepts,
            changes: &self.changes,
        })
        .expect("a catalogue always serialises")
    }

    /// Validates a dataset against the reference data and returns the catalogue, or every
    /// problem, each naming the file (and the record and field, or the line and column).
    pub fn load(sources: &Sources<'_>) -> Result<Catalogue, Vec<Problem>> {
        fn parse<T>(
            (name, text): (&str, &str),
            parse: fn(&str) -> serde_json::Result<T>,
        ) -> Result<T, Vec<Problem>> {
            parse(text).map_err(|error| vec![Problem::in_text(name, &error)])
        }
        let mut geography = parse(sources.countries, Geography::from_json)?;
        geography.add_demonyms(sources.demonyms.0, sources.demonyms.1)?;
        let vocabularies = parse(sources.vocabularies, Vocabularies::from_json)?;
        let organisations = parse(sources.organisations, Organisations::from_json)?;
        let problems =
            validate_organisations(sources.organisations.0, &organisations, &vocabularies);
        if !problems.is_empty() {
            return Err(problems);
        }
        let concepts = Concepts::load(sources.concepts.0, sources.concepts.1)?;
        let context = Context {
            geography: &geography,
            vocabularies: &vocabularies,
            organisations: (sources.organisations.0, &organisations),
            today: sources.today,
        };
        let (name, text) = sources.dataset;
        let programmes = validate_dataset(name, text, &context)?;
        Ok(Catalogue::from_parts(
            programmes,
            geography,
            vocabularies,
            organisations,
            concepts,
        ))
    }

    /// Another dataset (a partner's `programmes.json`, fetched at run time) checked by the
    /// same rules as the build, against this catalogue's countries, vocabularies and
    /// organisations (a partner names organisations by the ids of `data/organisations.json`).
    /// Each problem names the file, the record and the field, as at build time.
    ///
    /// ```
    /// use diaspora_core::{data::calendar::today_utc, Catalogue};
    /// # use diaspora_core::data::catalogue::Sources;
    /// let today = today_utc();
    /// # let bundled = Catalogue::load(&Sources::repository(today)).unwrap();
    /// let problems = bundled.with_dataset("partner.json", "[{\"id\": \"x\"}]", today).err().unwrap();
    /// assert_eq!(problems[0].file, "partner.json");
    /// assert!(problems[0].to_string().starts_with("partner.json: record 0 (x): "));
    /// ```
    pub fn with_dataset(
        &self,
        name: &str,
        text: &str,
        today: Date,
    ) -> Result<Catalogue, Vec<Problem>> {
        let context = Context {
            geography: &self.geography,
            vocabularies: &self.vocabularies,
            organisations: ("data/organisations.json", &self.organisations),
            today,
        };
        let programmes = validate_dataset(name, text, &context)?;
        // A partner's list has no changelog of ours.
        Ok(Catalogue::from_parts(
            programmes,
            self.geography.clone(),
            self.vocabularies.clone(),
            self.organisations.clone(),
            self.concepts.clone(),
        ))
    }
}

/// The organisations file a dataset's ids refer to: `<name>.organisations.json` beside it
/// when there is one (a synthetic dataset with its own organisations), else
/// `organisations.json` in its folder (`data/organisations.json` for `data/programmes.json`,
/// a test fixture's own), else `repository`'s (`data/organisations.json`: a dataset elsewhere
/// names the catalogue's organisations).
///
/// ```
/// use std::path::Path;
/// use diaspora_core::data::catalogue::organisations_file_for;
/// let repository = Path::new("data/organisations.json");
/// assert_eq!(organisations_file_for(Path::new("/nowhere/partner.json"), repository), repository);
/// ```
pub fn organisations_file_for(
    dataset: &std::path::Path,
    repository: &std::path::Path,
) -> std::path::PathBuf {
    let folder = dataset.parent().unwrap_or(std::path::Path::new(""));
    let own = dataset
        .file_stem()
        .map(|stem| folder.join(format!("{}.organisations.json", stem.to_string_lossy())));
    [own, Some(folder.join("organisations.json"))]
        .into_iter()
        .flatten()
        .find(|path| path.is_file())
        .unwrap_or_else(|| repository.to_owned())
}

/// The texts a catalogue is compiled from, each with the name it is reported under.
pub struct Sources<'a> {
    pub dataset: (&'a str, &'a str),
    pub countries: (&'a str, &'a str),
    pub vocabularies: (&'a str, &'a str),
    /// `data/organisations.json`, or the one beside another dataset.
    pub organisations: (&'a str, &'a str),
    pub concepts: (&'a str, &'a str),
    pub demonyms: (&'a str, &'a str),
    pub today: Date,
}

impl Sources<'static> {
    /// The repository's own `data/` files as committed, for tests and examples (`build.rs`
    /// reads them from disk instead; the app never calls this, so its build leaves them out).
    ///
    /// ```
    /// use diaspora_core::data::{calendar::today_utc, catalogue::Sources};
    /// use diaspora_core::Catalogue;
    /// let catalogue = Catalogue::load(&Sources::repository(today_utc())).unwrap();
    /// assert!(catalogue.programmes.len() > 100);
    /// ```
    pub fn repository(today: Date) -> Sources<'static> {
        Sources {
            dataset: (
                "data/programmes.json",
                include_str!("../../../data/programmes.json"),
            ),
            countries: (
                "data/countries.json",
                include_str!("../../../data/countries.json"),
            ),
            vocabularies: (
                "data/vocabularies.json",
                include_str!("../../../data/vocabularies.json"),
            ),
            organisations: (
                "data/organisations.json",
                include_str!("../../../data/organisations.json"),
            ),
            concepts: (
                "data/concepts.json",
                include_str!("../../../data/concepts.json"),
            ),
            demonyms: (
                "data/demonyms.json",
                include_str!("../../../data/demonyms.json"),
            ),
            today,
        }
    }
}
