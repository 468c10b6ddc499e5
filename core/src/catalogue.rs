//! The catalogue the app embeds: validated programmes (with derived regions) plus the reference
//! data needed to show and search them.

use serde::{Deserialize, Serialize};

use crate::geography::{Geography, GeographyFile};
use crate::model::Programme;
use crate::search::index::Aliases;
use crate::vocabulary::Vocabularies;

/// The serialised form written by `build.rs` and embedded in the app.
#[derive(Serialize, Deserialize)]
pub struct CatalogueFile {
    pub programmes: Vec<Programme>,
    pub geography: GeographyFile,
    pub vocabularies: Vocabularies,
    pub aliases: Aliases,
}

/// Programmes with their reference data, ready for lookups.
pub struct Catalogue {
    pub programmes: Vec<Programme>,
    pub geography: Geography,
    pub vocabularies: Vocabularies,
    pub aliases: Aliases,
}

impl Catalogue {
    pub fn from_json(text: &str) -> serde_json::Result<Self> {
        let file: CatalogueFile = serde_json::from_str(text)?;
        Ok(Catalogue {
            programmes: file.programmes,
            geography: Geography::new(file.geography),
            vocabularies: file.vocabularies,
            aliases: file.aliases,
        })
    }

    /// Serialises the parts into the compact JSON the app embeds.
    pub fn to_json(
        programmes: &[Programme],
        geography: &Geography,
        vocabularies: &Vocabularies,
        aliases: &Aliases,
    ) -> String {
        #[derive(Serialize)]
        struct Borrowed<'a> {
            programmes: &'a [Programme],
            geography: &'a GeographyFile,
            vocabularies: &'a Vocabularies,
            aliases: &'a Aliases,
        }
        serde_json::to_string(&Borrowed {
            programmes,
            geography: geography.file(),
            vocabularies,
            aliases,
        })
        .expect("a catalogue always serialises")
    }

    pub fn programme(&self, id: &str) -> Option<&Programme> {
        self.programmes.iter().find(|programme| programme.id == id)
    }
}
