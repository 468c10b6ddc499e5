//! Programmes side by side: one row per field, one column per programme, and whether the row's
//! values differ, so that the comparison can show the differences first (or only them), print
//! and download as CSV with the same rows.
//!
//! ```
//! # use diaspora_core::data::calendar::today_utc;
//! # let catalogue = diaspora_core::Catalogue::repository(today_utc());
//! use diaspora_core::present::compare::comparison;
//! use diaspora_core::Lang;
//! let faise = catalogue.programme("faise").unwrap();
//! let paisd = catalogue.programme("paisd").unwrap();
//! let rows = comparison(&[faise, paisd], &catalogue, Lang::En);
//! let origin = rows.iter().find(|row| row.field == "Countries of origin").expect("a row of origins");
//! assert_eq!(origin.values.len(), 2);
//! let title = &rows[0];
//! assert!(title.differs);
//! ```

use std::borrow::Cow;

use crate::data::catalogue::Catalogue;
use crate::data::model::{Organisation, Programme};
use crate::data::vocabulary::Vocabulary;
use crate::present::display::{
    acronym_after_title, country_names, in_reader_language, organisation_label, year_span,
};
use crate::present::export::write_row;
use crate::present::i18n::Messages;
use crate::Lang;

/// How one field is read off a programme, as the comparison's text.
type FieldValue<'a> = &'a dyn Fn(&Programme) -> String;

/// One field of the compared programmes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComparisonRow {
    /// The field's name in the interface language.
    pub field: &'static str,
    /// Each programme's value, in the order given; empty where the record has none.
    pub values: Vec<String>,
    /// Whether the values are not all the same.
    pub differs: bool,
}

/// Every field of `programmes`, in the programme page's order.
pub fn comparison(
    programmes: &[&Programme],
    catalogue: &Catalogue,
    lang: Lang,
) -> Vec<ComparisonRow> {
    let messages = Messages::get(lang);
    let vocabularies = &catalogue.vocabularies;
    let labels = |vocabulary: &Vocabulary, codes: &[String]| {
        codes
            .iter()
            .map(|code| vocabulary.label(code, lang))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let organisations = |list: &[Organisation]| {
        list.iter()
            .map(|organisation| organisation_label(catalogue, organisation, lang))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let fields: [(&'static str, FieldValue); 14] = [
        (
            messages.compare_programme,
            &|p| match acronym_after_title(p) {
                Some(acronym) => format!("{} ({acronym})", p.title),
                None => p.title.clone(),
            },
        ),
        (messages.original_title, &|p| {
            p.original_title.clone().unwrap_or_default()
        }),
        (messages.summary, &|p| {
            in_reader_language(&p.summary, p.summary_fr.as_deref(), lang)
                .0
                .to_owned()
        }),
        (messages.origin_countries, &|p| {
            country_names(&p.origin_countries, &catalogue.geography, lang).unwrap_or_default()
        }),
        (messages.residence_countries, &|p| {
            country_names(&p.residence_countries, &catalogue.geography, lang).unwrap_or_default()
        }),
        (messages.implemented_by, &|p| organisations(&p.implementers)),
        (messages.funded_by, &|p| organisations(&p.funders)),
        (messages.partners, &|p| organisations(&p.partners)),
        (messages.themes, &|p| {
            labels(&vocabularies.themes, &p.themes)
        }),
        (messages.support_types, &|p| {
            labels(&vocabularies.support_types, &p.support_types)
        }),
        (messages.target_groups, &|p| {
            labels(&vocabularies.target_groups, &p.target_groups)
        }),
        (messages.years, &|p| year_span(p, lang).unwrap_or_default()),
        (messages.status, &|p| {
            vocabularies
                .statuses
                .label(p.status.code(), lang)
                .to_owned()
        }),
        (messages.official_site, &|p| {
            p.official_url.clone().unwrap_or_default()
        }),
    ];
    let mut rows: Vec<ComparisonRow> = fields
        .iter()
        .map(|(field, value)| row(field, programmes.iter().map(|p| value(p)).collect()))
        .collect();
    rows.push(row(
        messages.who_may_take_part,
        programmes
            .iter()
            .map(|p| {
                p.taking_part
                    .as_ref()
                    .and_then(|t| {
                        Some(in_reader_language(t.who.as_deref()?, t.who_fr.as_deref(), lang).0)
                    })
                    .unwrap_or_default()
                    .to_owned()
            })
            .collect(),
    ));
    rows.push(row(
        messages.last_verified,
        programmes
            .iter()
            .map(|p| p.last_verified.to_string())
            .collect(),
    ));
    // A field no compared programme fills says nothing.
    rows.retain(|row| row.values.iter().any(|value| !value.is_empty()));
    rows
}

fn row(field: &'static str, values: Vec<String>) -> ComparisonRow {
    let differs = values.windows(2).any(|pair| pair[0] != pair[1]);
    ComparisonRow {
        field,
        values,
        differs,
    }
}

/// The comparison as CSV: a header with the programmes' ids, then a row per field.
pub fn comparison_csv(programmes: &[&Programme], rows: &[ComparisonRow], lang: Lang) -> String {
    let mut csv = String::new();
    let first = match lang {
        Lang::En => "field",
        Lang::Fr => "champ",
    };
    write_row(
        &mut csv,
        std::iter::once(Cow::Borrowed(first))
            .chain(programmes.iter().map(|p| Cow::Borrowed(p.id.as_str()))),
    );
    for row in rows {
        write_row(
            &mut csv,
            std::iter::once(Cow::Borrowed(row.field))
                .chain(row.values.iter().map(|v| Cow::Borrowed(v.as_str()))),
        );
    }
    csv
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_mark_differences_and_leave_out_empty_fields() {
        let catalogue = Catalogue::repository(crate::data::calendar::today_utc());
        let mida = catalogue.programme("mida").unwrap();
        let same = comparison(&[mida, mida], &catalogue, Lang::En);
        assert!(same.iter().all(|row| !row.differs));
        assert!(same
            .iter()
            .all(|row| row.values.iter().any(|v| !v.is_empty())));
        let faise = catalogue.programme("faise").unwrap();
        let rows = comparison(&[mida, faise], &catalogue, Lang::Fr);
        assert_eq!(rows[0].field, "Programme");
        assert!(rows[0].differs);
        assert!(rows[0].values[0].starts_with(&mida.title));
        let csv = comparison_csv(&[mida, faise], &rows, Lang::Fr);
        let header = csv.lines().next().unwrap();
        assert_eq!(header, "champ,mida,faise");
        assert_eq!(csv.lines().count(), rows.len() + 1);
    }
}
