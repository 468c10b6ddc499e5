//! What is indexed for a programme, in one declarative list: each text with its field, the
//! language whose stems are added (none for names and codes), and whether it is a name (whose
//! words written as one are also indexed by their parts). The index is built from it, and the
//! "did you mean" reads it to tell a written word from a bare stem, so the two cannot
//! disagree.
//!
//! ```
//! # use diaspora_core::data::calendar::today_utc;
//! # let catalogue = diaspora_core::Catalogue::repository(today_utc());
//! use diaspora_core::search::index::Field;
//! use diaspora_core::search::indexed::indexed_texts;
//!
//! let mida = catalogue.programme("mida").unwrap();
//! let mut texts = Vec::new();
//! indexed_texts(&catalogue, mida, |text| texts.push((text.field, text.text.to_owned())));
//! assert!(texts.contains(&(Field::Acronym, "MIDA".to_owned())));
//! // An implementer "IOM …" is also indexed by the other names of IOM.
//! assert!(texts.contains(&(Field::Organisations, "OIM".to_owned())));
//! ```

use super::index::Field;
use crate::data::{Catalogue, Programme};
use crate::Lang;

/// One text of a programme as the index takes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IndexedText<'a> {
    pub field: Field,
    pub text: &'a str,
    /// The language whose stems are added; `None` for names and codes, kept whole.
    pub stem_in: Option<Lang>,
    /// A name: its words written as one are also indexed by their parts (`#UpTunisia`).
    pub name: bool,
}

/// Calls `each` with every text indexed for `programme`, in index order: titles and acronym;
/// organisations with all their names; countries (codes, names in both languages, variants,
/// demonyms); regions; vocabulary labels in both languages; summaries.
pub fn indexed_texts<'a>(
    catalogue: &'a Catalogue,
    programme: &'a Programme,
    mut each: impl FnMut(IndexedText<'a>),
) {
    let mut text = |field: Field, text: &'a str, stem_in: Option<Lang>, name: bool| {
        each(IndexedText {
            field,
            text,
            stem_in,
            name,
        })
    };
    text(Field::Title, &programme.title, Some(Lang::En), true);
    if let Some(original) = &programme.original_title {
        text(Field::Title, original, Some(Lang::Fr), true);
    }
    if let Some(acronym) = &programme.acronym {
        text(Field::Acronym, acronym, None, true);
    }
    for organisation in programme.organisations() {
        // Every name of it, and of the organisation it is an office of: "IOM Netherlands" is
        // also found as "OIM" and "International Organization…".
        for name in catalogue.organisations.search_names(&organisation.id) {
            text(Field::Organisations, name, None, false);
        }
    }
    for code in programme.all_countries() {
        text(Field::Countries, code, None, false);
        if let Some(country) = catalogue.geography.country(code) {
            for name in country.search_names() {
                text(Field::Countries, name, None, false);
            }
        }
    }
    for region in programme
        .regions
        .iter()
        .filter_map(|code| catalogue.geography.region(code))
    {
        text(Field::Regions, &region.en, Some(Lang::En), false);
        text(Field::Regions, &region.fr, Some(Lang::Fr), false);
    }
    let vocabularies = &catalogue.vocabularies;
    for (codes, vocabulary) in [
        (&programme.themes, &vocabularies.themes),
        (&programme.support_types, &vocabularies.support_types),
        (&programme.target_groups, &vocabularies.target_groups),
    ] {
        for term in codes.iter().filter_map(|code| vocabulary.term(code)) {
            text(Field::Labels, &term.en, Some(Lang::En), false);
            text(Field::Labels, &term.fr, Some(Lang::Fr), false);
        }
    }
    text(Field::Summary, &programme.summary, Some(Lang::En), false);
    if let Some(summary_fr) = &programme.summary_fr {
        text(Field::SummaryFr, summary_fr, Some(Lang::Fr), false);
    }
}
