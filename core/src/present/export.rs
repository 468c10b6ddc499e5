//! The current result set as a file to download: CSV for spreadsheets, JSON for programs.
//!
//! The CSV is for reading: names and labels in the interface language, one row per programme,
//! lists joined by `"; "`. The JSON is for reuse: the records exactly as in
//! `data/programmes.json`, so a selection can be edited and merged back into the dataset.
//!
//! ```
//! # use diaspora_core::data::calendar::today_utc;
//! # use diaspora_core::data::catalogue::{Catalogue, Sources};
//! # let catalogue = diaspora_core::Catalogue::load(&diaspora_core::data::catalogue::Sources::repository(today_utc())).unwrap();
//! use diaspora_core::present::export::{to_csv, to_json};
//! use diaspora_core::Lang;
//! let mida: Vec<_> = catalogue.programmes.iter().filter(|p| p.id == "mida").collect();
//! let csv = to_csv(&mida, &catalogue, Lang::Fr);
//! assert!(csv.starts_with("\u{FEFF}id,title,acronym,"));
//! assert!(csv.contains("De nombreux pays"));
//! assert!(to_json(&mida, &catalogue).contains(r#""id": "mida""#));
//! ```

use std::borrow::Cow;

use crate::data::catalogue::Catalogue;
use crate::data::countries::Countries;
use crate::data::model::{Organisation, Programme};
use crate::data::vocabulary::Vocabulary;
use crate::present::display::place_names;
use crate::present::i18n::Messages;
use crate::Lang;

/// The CSV header: stable English names, for the programs that read the file.
pub const CSV_COLUMNS: [&str; 20] = [
    "id",
    "title",
    "acronym",
    "original_title",
    "summary",
    "origin_countries",
    "residence_countries",
    "regions",
    "implementers",
    "funders",
    "partners",
    "themes",
    "support_types",
    "target_groups",
    "start_year",
    "end_year",
    "status",
    "official_url",
    "sources",
    "last_verified",
];

/// Joins the names in a list cell. A semicolon, because names contain commas.
const LIST_SEPARATOR: &str = "; ";

/// The programmes as RFC 4180 CSV: a header row, then one row per programme; CRLF line ends;
/// fields with a comma, quote or line break in quotes, with quotes doubled.
///
/// The text starts with a byte order mark: without it, spreadsheet programs read UTF-8 as
/// their local code page and break every accent. Summaries are in `lang`, English when no
/// translation exists; countries, regions and codes are named in `lang`.
pub fn to_csv(programmes: &[&Programme], catalogue: &Catalogue, lang: Lang) -> String {
    let mut csv = String::from("\u{FEFF}");
    write_row(&mut csv, CSV_COLUMNS.map(Cow::Borrowed));
    for programme in programmes {
        write_row(&mut csv, row(programme, catalogue, lang));
    }
    csv
}

/// The programmes as a pretty-printed JSON array of dataset records: the schema of
/// `data/programmes.json`, without the `regions` the build derives (the dataset may not
/// contain them), so the file can be validated and imported again. The sources are the
/// catalogue's ([`Catalogue::sources`]): the app attaches them before it exports.
pub fn to_json(programmes: &[&Programme], catalogue: &Catalogue) -> String {
    let records: Vec<Programme> = programmes
        .iter()
        .map(|programme| Programme {
            regions: Vec::new(),
            sources: catalogue.sources(programme).unwrap_or_default().to_vec(),
            ..(*programme).clone()
        })
        .collect();
    let mut json = serde_json::to_string_pretty(&records).expect("a programme always serialises");
    json.push('\n');
    json
}

/// The cells of one programme, in the order of [`CSV_COLUMNS`].
fn row<'a>(programme: &'a Programme, catalogue: &'a Catalogue, lang: Lang) -> [Cow<'a, str>; 20] {
    let geography = &catalogue.geography;
    let vocabularies = &catalogue.vocabularies;
    let many_countries = Messages::get(lang).many_countries;
    let countries = |countries: &Countries| {
        place_names(countries, geography, lang)
            .chain(countries.and_many().then_some(many_countries))
            .collect::<Vec<_>>()
            .join(LIST_SEPARATOR)
    };
    // Derived again rather than read from `programme.regions`, which only the catalogue's
    // programmes have.
    let regions = geography
        .regions_of(programme.all_places())
        .iter()
        .map(|code| {
            geography
                .region(code)
                .map_or(code.as_str(), |region| region.name(lang))
        })
        .collect::<Vec<_>>()
        .join(LIST_SEPARATOR);
    let names = |organisations: &[Organisation]| {
        organisations
            .iter()
            .map(|organisation| organisation.name.as_str())
            .collect::<Vec<_>>()
            .join(LIST_SEPARATOR)
    };
    let labels = |codes: &[String], vocabulary: &Vocabulary| {
        codes
            .iter()
            .map(|code| vocabulary.label(code, lang).to_owned())
            .collect::<Vec<_>>()
            .join(LIST_SEPARATOR)
    };
    let optional = |text: &'a Option<String>| Cow::Borrowed(text.as_deref().unwrap_or(""));
    let year = |year: Option<i32>| Cow::Owned(year.map_or(String::new(), |y| y.to_string()));
    let summary = match (lang, &programme.summary_fr) {
        (Lang::Fr, Some(summary_fr)) => summary_fr,
        _ => &programme.summary,
    };
    [
        Cow::Borrowed(programme.id.as_str()),
        Cow::Borrowed(programme.title.as_str()),
        optional(&programme.acronym),
        optional(&programme.original_title),
        Cow::Borrowed(summary.as_str()),
        Cow::Owned(countries(&programme.origin_countries)),
        Cow::Owned(countries(&programme.residence_countries)),
        Cow::Owned(regions),
        Cow::Owned(names(&programme.implementers)),
        Cow::Owned(names(&programme.funders)),
        Cow::Owned(names(&programme.partners)),
        Cow::Owned(labels(&programme.themes, &vocabularies.themes)),
        Cow::Owned(labels(
            &programme.support_types,
            &vocabularies.support_types,
        )),
        Cow::Owned(labels(
            &programme.target_groups,
            &vocabularies.target_groups,
        )),
        year(programme.start_year),
        year(programme.end_year),
        Cow::Borrowed(vocabularies.statuses.label(programme.status.code(), lang)),
        optional(&programme.official_url),
        Cow::Owned(
            catalogue
                .sources(programme)
                .unwrap_or_default()
                .iter()
                .map(|source| source.url.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        ),
        Cow::Owned(programme.last_verified.to_string()),
    ]
}

/// Writes one CSV row (RFC 4180, CRLF), each cell guarded as [`write_cell`] says.
pub(crate) fn write_row<'a>(csv: &mut String, cells: impl IntoIterator<Item = Cow<'a, str>>) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            csv.push(',');
        }
        write_cell(csv, &cell);
    }
    csv.push_str("\r\n");
}

/// Writes one field, quoted when RFC 4180 requires it.
///
/// A cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return, which some
/// programs skip before reading one of those) is a formula to a spreadsheet: a summary
/// written `=HYPERLINK("http://evil.example", "details")` would run when the file is opened.
/// Such cells get a leading apostrophe, which makes spreadsheets read them as text, as OWASP
/// advises ("CSV Injection"). The dataset is reviewed, but a file that opens in a spreadsheet
/// must not depend on that.
fn write_cell(csv: &mut String, text: &str) {
    let guarded: Cow<'_, str> = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    };
    if guarded.contains([',', '"', '\r', '\n']) {
        csv.push('"');
        csv.push_str(&guarded.replace('"', "\"\""));
        csv.push('"');
    } else {
        csv.push_str(&guarded);
    }
}
