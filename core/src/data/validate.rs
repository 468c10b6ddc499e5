//! Every rule a programme dataset must pass.
//!
//! [`validate_dataset`] reports all problems at once, each naming the file, the record (index
//! and id) and the field, so that one build shows everything that needs fixing:
//!
//! ```text
//! data/programmes.json: record 12 (medma-2): origin_countries[0]: "MAR" is not an ISO 3166-1 alpha-2 code
//! ```
//!
//! Checking happens in two passes. The first walks the raw JSON against [`FIELDS`], a table that
//! names every field, whether it is required and its type, so unknown, missing and mistyped
//! fields are all reported (serde alone stops at the first). Records that pass are then
//! deserialised into [`Programme`] and checked for meaning: codes, years, URLs, consistency.

use std::collections::HashMap;
use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::data::calendar::Date;
use crate::data::countries::Countries;
use crate::data::geography::Geography;
use crate::data::model::{Organisation, Programme, Source, Status, TakingPart};
use crate::data::organisations::Organisations;
use crate::data::vocabulary::{Vocabularies, Vocabulary};
use crate::text::distance::bounded_distance;

/// The earliest start year a programme may have.
pub const EARLIEST_YEAR: i32 = 1950;
/// The latest end year accepted: later ones are typing mistakes.
pub const LATEST_END_YEAR: i32 = 2100;

/// Where in a dataset a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// The file as a whole.
    File,
    /// A position in the text (JSON syntax errors); line and column count from 1.
    Text { line: usize, column: usize },
    /// A field of a file that is not a list of records, as a path: `demonyms.SN.fr[0]`.
    Field(String),
    /// A field of a record; `index` counts from 0 as in `jq '.[12]'`.
    Record {
        index: usize,
        id: Option<String>,
        field: String,
    },
}

/// One thing wrong with a dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub location: Location,
    pub message: String,
}

impl Problem {
    /// A file that is not the JSON it should be (bad syntax, or the wrong shape), at the
    /// position serde_json stopped.
    pub fn in_text(file: &str, error: &serde_json::Error) -> Problem {
        let what = if error.is_syntax() || error.is_eof() {
            "invalid JSON"
        } else {
            "unexpected JSON"
        };
        Problem {
            file: file.to_owned(),
            location: Location::Text {
                line: error.line(),
                column: error.column(),
            },
            message: format!("{what}: {}", strip_position(error)),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.file)?;
        match &self.location {
            Location::File => {}
            Location::Field(field) => write!(f, "{field}: ")?,
            Location::Text { line, column } => write!(f, "line {line}, column {column}: ")?,
            Location::Record { index, id, field } => {
                write!(f, "record {index}")?;
                if let Some(id) = id {
                    write!(f, " ({id})")?;
                }
                write!(f, ": {field}: ")?;
            }
        }
        f.write_str(&self.message)
    }
}

/// What the rules need to know besides the data.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    pub geography: &'a Geography,
    pub vocabularies: &'a Vocabularies,
    /// The organisations file the records' organisation ids refer to, with its name.
    pub organisations: (&'a str, &'a Organisations),
    /// The date of the check: `last_verified` may not be later, and start years may reach
    /// the following year (programmes announced ahead).
    pub today: Date,
}

/// Validates the text of a dataset file and returns its programmes with their `regions`
/// derived, or every problem found.
pub fn validate_dataset(
    file: &str,
    text: &str,
    context: &Context<'_>,
) -> Result<Vec<Programme>, Vec<Problem>> {
    let mut problems = Problems {
        file,
        list: Vec::new(),
    };
    let root: Value = match serde_json::from_str(text) {
        Ok(root) => root,
        Err(error) => {
            problems.list.push(Problem::in_text(file, &error));
            return Err(problems.list);
        }
    };
    let Value::Array(records) = root else {
        problems.in_file("the top level must be an array of programme records");
        return Err(problems.list);
    };
    if records.is_empty() {
        problems.in_file("the dataset has no programme records");
    }

    let mut programmes = Vec::with_capacity(records.len());
    let mut first_index_of_id: HashMap<String, usize> = HashMap::new();
    for (index, record) in records.iter().enumerate() {
        let id = record.get("id").and_then(Value::as_str).map(str::to_owned);
        let mut report = RecordReport {
            problems: &mut problems,
            index,
            id: id.clone(),
        };
        if let Some(id) = &id {
            if let Some(first) = first_index_of_id.get(id) {
                report.push("id", format!("{id:?} is already the id of record {first}"));
            } else {
                first_index_of_id.insert(id.clone(), index);
            }
        }
        if let Some(programme) = check_structure(record, &mut report) {
            check_meaning(&programme, record, context, &mut report);
            programmes.push(programme);
        }
    }

    check_families(&records, &first_index_of_id, &mut problems);

    if !problems.list.is_empty() {
        return Err(problems.list);
    }
    for programme in &mut programmes {
        programme.regions = context.geography.regions_of(programme.all_places());
        // Every id was checked above.
        programme.resolve_organisations(context.organisations.1);
    }
    Ok(programmes)
}

/// `part_of` names another record, which is itself part of none: a family is one programme
/// and the programmes under it, so there is no chain to follow and no loop.
fn check_families(
    records: &[Value],
    first_index_of_id: &HashMap<String, usize>,
    problems: &mut Problems<'_>,
) {
    fn part_of(record: &Value) -> Option<&str> {
        record.get("part_of").and_then(Value::as_str)
    }
    for (index, record) in records.iter().enumerate() {
        let Some(parent) = part_of(record) else {
            continue;
        };
        let id = record.get("id").and_then(Value::as_str);
        let mut report = RecordReport {
            problems,
            index,
            id: id.map(str::to_owned),
        };
        match first_index_of_id.get(parent) {
            _ if Some(parent) == id => report.push("part_of", "a record cannot be part of itself"),
            None => report.push(
                "part_of",
                format!("{parent:?} is not the id of a record of this file"),
            ),
            Some(&parent_index) => {
                if let Some(grandparent) = part_of(&records[parent_index]) {
                    report.push(
                        "part_of",
                        format!(
                            "{parent:?} is itself part of {grandparent:?}: name the programme at the head of the family"
                        ),
                    );
                }
            }
        }
    }
}

/// serde_json appends " at line L column C" to its messages; we print the position ourselves.
fn strip_position(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    }
}

struct Problems<'f> {
    file: &'f str,
    list: Vec<Problem>,
}

impl Problems<'_> {
    fn in_file(&mut self, message: &str) {
        self.list.push(Problem {
            file: self.file.to_owned(),
            location: Location::File,
            message: message.to_owned(),
        });
    }
}

/// Collects the problems of one record.
struct RecordReport<'p, 'f> {
    problems: &'p mut Problems<'f>,
    index: usize,
    id: Option<String>,
}

impl RecordReport<'_, '_> {
    fn push(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.problems.list.push(Problem {
            file: self.problems.file.to_owned(),
            location: Location::Record {
                index: self.index,
                id: self.id.clone(),
                field: field.into(),
            },
            message: message.into(),
        });
    }
}

// ---------------------------------------------------------------------------------------------
// Pass 1: structure (known fields, required fields, types)

/// How a field's JSON is checked; each reports `(path suffix, message)` pairs.
type TypeCheck = fn(&Value) -> Vec<(String, String)>;

/// A field of the record format.
pub struct FieldSpec {
    pub name: &'static str,
    pub required: bool,
    check: TypeCheck,
}

const fn field(name: &'static str, required: bool, check: TypeCheck) -> FieldSpec {
    FieldSpec {
        name,
        required,
        check,
    }
}

/// Every field a record may have, in the documented order.
pub const FIELDS: &[FieldSpec] = &[
    field("id", true, of_type::<String>),
    field("title", true, of_type::<String>),
    field("acronym", false, of_type::<Option<String>>),
    field("original_title", false, of_type::<Option<String>>),
    field("summary", true, of_type::<String>),
    field("summary_fr", false, of_type::<Option<String>>),
    field("origin_countries", true, list_of::<String>),
    field("residence_countries", true, list_of::<String>),
    field("implementers", true, list_of::<Organisation>),
    field("funders", false, list_of::<Organisation>),
    field("partners", false, list_of::<Organisation>),
    field("themes", true, list_of::<String>),
    field("support_types", true, list_of::<String>),
    field("target_groups", true, list_of::<String>),
    field("start_year", false, of_type::<Option<i32>>),
    field("end_year", false, of_type::<Option<i32>>),
    field("status", true, of_type::<Status>),
    field("evidence_year", false, of_type::<Option<i32>>),
    field("official_url", false, of_type::<Option<String>>),
    field("part_of", false, of_type::<Option<String>>),
    field("sources", true, list_of::<Source>),
    field("taking_part", false, of_type::<Option<TakingPart>>),
    field("last_verified", true, of_type::<Date>),
];

fn of_type<T: DeserializeOwned>(value: &Value) -> Vec<(String, String)> {
    match T::deserialize(value) {
        Ok(_) => Vec::new(),
        Err(error) => vec![(String::new(), strip_position(&error))],
    }
}

fn list_of<T: DeserializeOwned>(value: &Value) -> Vec<(String, String)> {
    let Value::Array(items) = value else {
        return vec![(
            String::new(),
            format!("expected a list, found {}", kind_of(value)),
        )];
    };
    items
        .iter()
        .enumerate()
        .flat_map(|(i, item)| {
            of_type::<T>(item)
                .into_iter()
                .map(move |(_, message)| (format!("[{i}]"), message))
        })
        .collect()
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn check_structure(record: &Value, report: &mut RecordReport<'_, '_>) -> Option<Programme> {
    let Value::Object(fields) = record else {
        report.push(
            "(record)",
            format!("expected an object, found {}", kind_of(record)),
        );
        return None;
    };
    let before = report.problems.list.len();
    check_field_names(fields, report);
    for spec in FIELDS {
        match fields.get(spec.name) {
            None if spec.required => report.push(spec.name, "required field is missing"),
            None => {}
            Some(value) => {
                for (suffix, message) in (spec.check)(value) {
                    report.push(format!("{}{suffix}", spec.name), message);
                }
            }
        }
    }
    if report.problems.list.len() > before {
        return None;
    }
    match serde_json::from_value(record.clone()) {
        Ok(programme) => Some(programme),
        Err(error) => {
            // The table above should have caught it; report rather than lose it.
            report.push("(record)", strip_position(&error));
            None
        }
    }
}

fn check_field_names(fields: &Map<String, Value>, report: &mut RecordReport<'_, '_>) {
    for name in fields.keys() {
        if name == "regions" {
            report.push(
                name.as_str(),
                "is derived at build time from the countries: remove it",
            );
        } else if !FIELDS.iter().any(|spec| spec.name == name) {
            let hint = FIELDS
                .iter()
                .find(|spec| is_near(spec.name, name))
                .map(|spec| format!(" (did you mean \"{}\"?)", spec.name))
                .unwrap_or_default();
            report.push(name.as_str(), format!("unknown field{hint}"));
        }
    }
}

/// Whether two field names differ by one edit at most, a swap of neighbours counting as one
/// (for "did you mean").
fn is_near(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    bounded_distance(&a, &b, 1).is_some()
}

// ---------------------------------------------------------------------------------------------
// Pass 2: meaning

fn check_meaning(
    p: &Programme,
    record: &Value,
    context: &Context<'_>,
    report: &mut RecordReport<'_, '_>,
) {
    check_id(&p.id, report);
    check_text("title", Some(&p.title), report);
    check_text("summary", Some(&p.summary), report);
    check_text("acronym", p.acronym.as_deref(), report);
    check_text("original_title", p.original_title.as_deref(), report);
    check_text("summary_fr", p.summary_fr.as_deref(), report);

    // Country lists are checked as written, where the "many countries" marker still has its
    // place, so that each problem names the list position the author sees.
    for field in ["origin_countries", "residence_countries"] {
        check_countries(
            field,
            &written_list(record, field),
            context.geography,
            report,
        );
    }

    let v = context.vocabularies;
    check_codes("themes", &p.themes, &v.themes, "theme", report);
    check_codes(
        "support_types",
        &p.support_types,
        &v.support_types,
        "support type",
        report,
    );
    check_codes(
        "target_groups",
        &p.target_groups,
        &v.target_groups,
        "target group",
        report,
    );
    for (field, organisations) in [
        ("implementers", &p.implementers),
        ("funders", &p.funders),
        ("partners", &p.partners),
    ] {
        check_organisations(field, organisations, context.organisations, report);
    }

    // Its form was checked with the structure (a `Date` reads only from YYYY-MM-DD).
    let verified = if p.last_verified > context.today {
        report.push(
            "last_verified",
            format!("\"{}\" is in the future", p.last_verified),
        );
        None
    } else {
        Some(p.last_verified)
    };
    check_years(p, context.today.year + 1, verified, report);
    check_evidence(p, context.today, report);

    if let Some(url) = &p.official_url {
        check_url_field("official_url", url, report);
    }
    if let Some(taking_part) = &p.taking_part {
        check_taking_part(taking_part, p.status, report);
    }
    if p.sources.is_empty() {
        report.push(
            "sources",
            "at least one source is required: the page the facts were taken from",
        );
    }
    for (i, source) in p.sources.iter().enumerate() {
        check_url_field(&format!("sources[{i}].url"), &source.url, report);
        if source.supports.trim().is_empty() {
            report.push(
                format!("sources[{i}].supports"),
                "must say which facts this page supports",
            );
        } else {
            check_text(
                &format!("sources[{i}].supports"),
                Some(&source.supports),
                report,
            );
        }
    }
}

/// How to take part says something, its texts are text, its page is a safe URL, and a
/// programme said to take applications is not said to have ended.
fn check_taking_part(t: &TakingPart, status: Status, report: &mut RecordReport<'_, '_>) {
    if t.who.is_none() && t.how.is_none() && t.url.is_none() {
        report.push(
            "taking_part",
            "names none of who, how or url: leave it out when no source says how to take part",
        );
    }
    for (field, text) in [
        ("who", &t.who),
        ("who_fr", &t.who_fr),
        ("how", &t.how),
        ("how_fr", &t.how_fr),
    ] {
        check_text(&format!("taking_part.{field}"), text.as_deref(), report);
    }
    for (field, french, english) in [("who_fr", &t.who_fr, &t.who), ("how_fr", &t.how_fr, &t.how)] {
        if french.is_some() && english.is_none() {
            report.push(
                format!("taking_part.{field}"),
                "a French text needs the English one it translates",
            );
        }
    }
    if let Some(url) = &t.url {
        check_url_field("taking_part.url", url, report);
    }
    if t.open_to_applications == Some(true) && status != Status::Ongoing {
        report.push(
            "taking_part.open_to_applications",
            format!(
                "true, but the status is \"{}\": a programme taking applications is ongoing",
                status.code()
            ),
        );
    }
}

/// Whether `id` is a slug: lowercase ASCII letters and digits in groups joined by single hyphens.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|group| {
            !group.is_empty()
                && group
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn check_id(id: &str, report: &mut RecordReport<'_, '_>) {
    if !is_slug(id) {
        report.push(
            "id",
            format!("{id:?} is not a slug (lowercase letters and digits joined by single hyphens)"),
        );
    }
}

fn check_text(field: &str, text: Option<&str>, report: &mut RecordReport<'_, '_>) {
    if text.is_some_and(|text| text.trim().is_empty()) {
        report.push(
            field,
            "must not be empty (leave an optional field out or null instead)",
        );
    }
    if let Some(control) = text.and_then(|text| text.chars().find(|&c| is_direction_control(c))) {
        report.push(
            field,
            format!(
                "contains the invisible direction control U+{:04X}, which can make text read \
                 differently from what it is; right-to-left text needs none",
                u32::from(control)
            ),
        );
    }
}

/// The Unicode embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): a
/// title holding U+202E would show its following text reversed, and could pass one name off
/// as another. Plain right-to-left text never needs them. (The marks U+200E/U+200F, which
/// change no text's order on their own, are allowed.)
fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A list of strings of the record as written (pass 1 checked its type).
fn written_list<'r>(record: &'r Value, field: &str) -> Vec<&'r str> {
    record
        .get(field)
        .and_then(Value::as_array)
        .map_or_else(Vec::new, |items| {
            items.iter().filter_map(Value::as_str).collect()
        })
}

/// The days sources were read and the evidence year: every source says when its page was read
/// (`accessed`, or `accessed_before` for a page of the first release), no day after the check,
/// and no evidence later than the last reading of the record's pages (the whole record on
/// `last_verified`, or a page added since: a source read for how to take part may be newer
/// than the last full check, and says so by its own date).
fn check_evidence(p: &Programme, today: Date, report: &mut RecordReport<'_, '_>) {
    let mut last_read = p.last_verified.min(today);
    for (i, source) in p.sources.iter().enumerate() {
        let (field, day) = match (source.accessed, source.accessed_before) {
            (Some(day), None) => ("accessed", day),
            (None, Some(day)) => ("accessed_before", day),
            (Some(_), Some(_)) => {
                report.push(
                    format!("sources[{i}]"),
                    "has both `accessed` and `accessed_before`: keep `accessed`, the day it was read",
                );
                continue;
            }
            (None, None) => {
                report.push(
                    format!("sources[{i}].accessed"),
                    "missing: the day the page was read (YYYY-MM-DD; for an archived copy, the \
                     capture date), or `accessed_before` for a page read before reading days \
                     were written down",
                );
                continue;
            }
        };
        if day > today {
            report.push(
                format!("sources[{i}].{field}"),
                format!("\"{day}\" is in the future"),
            );
        } else {
            last_read = last_read.max(day);
        }
    }
    if let Some(year) = p.evidence_year {
        if year > last_read.year {
            report.push(
                "evidence_year",
                format!(
                    "{year} is after the last reading of the record's sources ({})",
                    last_read.year
                ),
            );
        } else if year < EARLIEST_YEAR {
            report.push("evidence_year", format!("{year} is before {EARLIEST_YEAR}"));
        }
    }
}

fn check_countries(
    field: &str,
    codes: &[&str],
    geography: &Geography,
    report: &mut RecordReport<'_, '_>,
) {
    for (i, &code) in codes.iter().enumerate() {
        let path = format!("{field}[{i}]");
        if Countries::is_region_code(code) {
            if geography.region(code).is_none() {
                report.push(
                    path,
                    format!("{code:?} is not a UN M49 region code of data/countries.json"),
                );
            } else if codes[..i].contains(&code) {
                report.push(path, format!("{code:?} is listed twice"));
            }
        } else if code != Countries::MANY_MARKER && geography.country(code).is_none() {
            let upper = code.to_ascii_uppercase();
            let hint = if upper != code && geography.country(&upper).is_some() {
                format!(" (codes are upper-case: {upper:?})")
            } else {
                String::new()
            };
            report.push(
                path,
                format!("{code:?} is not an ISO 3166-1 alpha-2 code{hint}"),
            );
        } else if codes[..i].contains(&code) {
            report.push(path, format!("{code:?} is listed twice"));
        }
    }
}

fn check_codes(
    field: &str,
    codes: &[String],
    vocabulary: &Vocabulary,
    what: &str,
    report: &mut RecordReport<'_, '_>,
) {
    for (i, code) in codes.iter().enumerate() {
        let path = format!("{field}[{i}]");
        if !vocabulary.contains(code) {
            report.push(
                path,
                format!("{code:?} is not a {what} code (see data/vocabularies.json)"),
            );
        } else if codes[..i].contains(code) {
            report.push(path, format!("{code:?} is listed twice"));
        }
    }
}

fn check_organisations(
    field: &str,
    organisations: &[Organisation],
    (file, known): (&str, &Organisations),
    report: &mut RecordReport<'_, '_>,
) {
    for (i, organisation) in organisations.iter().enumerate() {
        let path = format!("{field}[{i}]");
        let id = organisation.id.as_str();
        if known.get(id).is_none() {
            let hint = known
                .all()
                .iter()
                .find(|entry| is_near(&entry.id, id))
                .map(|entry| format!(" (did you mean \"{}\"?)", entry.id))
                .unwrap_or_default();
            report.push(
                path,
                format!("{id:?} is not the id of an organisation of {file}{hint}"),
            );
        } else if organisations[..i].iter().any(|o| o.id == id) {
            report.push(path, format!("{id:?} is listed twice"));
        }
    }
}

/// Every rule the organisations file must pass, each problem naming the entry and field:
/// ids are unique slugs, names are text, types are codes of the vocabulary, websites are safe
/// URLs, and an office names a parent of the file that is itself part of none.
pub fn validate_organisations(
    file: &str,
    organisations: &Organisations,
    vocabularies: &Vocabularies,
) -> Vec<Problem> {
    let mut list = Vec::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, entry) in organisations.all().iter().enumerate() {
        let mut push = |field: &str, message: String| {
            list.push(Problem {
                file: file.to_owned(),
                location: Location::Field(format!("organisations[{i}] ({}).{field}", entry.id)),
                message,
            });
        };
        if !is_slug(&entry.id) {
            push(
                "id",
                format!(
                    "{:?} is not a slug (lowercase letters and digits joined by single hyphens)",
                    entry.id
                ),
            );
        }
        if let Some(first) = seen.insert(&entry.id, i) {
            push(
                "id",
                format!("{:?} is already the id of organisations[{first}]", entry.id),
            );
        }
        let texts = [
            ("name", Some(&entry.name)),
            ("acronyms.en", entry.acronyms.en.as_ref()),
            ("acronyms.fr", entry.acronyms.fr.as_ref()),
        ]
        .into_iter()
        .chain(
            entry
                .other_names
                .iter()
                .map(|name| ("other_names", Some(name))),
        );
        for (field, text) in texts {
            if let Some(text) = text {
                if text.trim().is_empty() {
                    push(field, "must not be empty".to_owned());
                } else if text.chars().any(is_direction_control) {
                    push(
                        field,
                        "contains an invisible direction control (U+202A–U+202E, U+2066–U+2069)"
                            .to_owned(),
                    );
                }
            }
        }
        if !vocabularies.organisation_types.contains(&entry.kind) {
            let known: Vec<_> = vocabularies.organisation_types.codes().collect();
            push(
                "type",
                format!(
                    "{:?} is not an organisation type (one of: {})",
                    entry.kind,
                    known.join(", ")
                ),
            );
        }
        if let Some(url) = &entry.website {
            if let Err(message) = check_url(url) {
                push("website", message);
            }
        }
        match entry.part_of.as_deref() {
            None => {}
            Some(parent) if parent == entry.id => push(
                "part_of",
                "an organisation cannot be part of itself".to_owned(),
            ),
            Some(parent) => match organisations.get(parent) {
                None => push(
                    "part_of",
                    format!("{parent:?} is not the id of an organisation of this file"),
                ),
                Some(head) => {
                    if let Some(grandparent) = &head.part_of {
                        push("part_of", format!("{parent:?} is itself part of {grandparent:?}: name the organisation at the head"));
                    }
                }
            },
        }
    }
    list
}

fn check_years(
    p: &Programme,
    latest_start: i32,
    verified: Option<Date>,
    report: &mut RecordReport<'_, '_>,
) {
    if let Some(start) = p.start_year {
        if !(EARLIEST_YEAR..=latest_start).contains(&start) {
            report.push(
                "start_year",
                format!("{start} is outside {EARLIEST_YEAR}..={latest_start}"),
            );
        }
    }
    if let Some(end) = p.end_year {
        if !(EARLIEST_YEAR..=LATEST_END_YEAR).contains(&end) {
            report.push(
                "end_year",
                format!("{end} is outside {EARLIEST_YEAR}..={LATEST_END_YEAR}"),
            );
        }
    }
    if let (Some(start), Some(end)) = (p.start_year, p.end_year) {
        if start > end {
            report.push("start_year", format!("{start} is after end_year {end}"));
        }
    }
    // The status is a statement about the day the record was verified.
    if let (Some(end), Some(verified)) = (p.end_year, verified) {
        let inconsistent = match p.status {
            Status::Ongoing => end < verified.year,
            Status::Completed => end > verified.year,
            Status::Unknown => false,
        };
        if inconsistent {
            let relation = if end < verified.year {
                "before"
            } else {
                "after"
            };
            report.push(
                "status",
                format!(
                    "\"{}\" contradicts end_year {end}, {relation} the year of last_verified ({})",
                    p.status.code(),
                    verified.year
                ),
            );
        }
    }
}

fn check_url_field(field: &str, url: &str, report: &mut RecordReport<'_, '_>) {
    if let Err(message) = check_url(url) {
        report.push(field, message);
    }
}

/// Checks that `url` is an absolute `https:` or `http:` URL with a plausible host and no
/// characters that could break out of an attribute. Any other scheme (`javascript:`, `data:`,
/// `ftp:`, …) is refused.
///
/// ```
/// use diaspora_core::data::validate::check_url;
/// assert!(check_url("https://www.paisd.sn/").is_ok());
/// assert!(check_url("http://www.envoidargent.fr").is_ok());
/// assert!(check_url("javascript:alert(1)").is_err());
/// assert!(check_url("https://exa mple.org").is_err());
/// ```
pub fn check_url(url: &str) -> Result<(), String> {
    let Some(colon) = url.find(':') else {
        return Err(format!("{url:?} is not an absolute URL"));
    };
    let scheme = url[..colon].to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return Err(format!(
            "{url:?}: the scheme {scheme:?} is not allowed (use https, or http where no https page exists)"
        ));
    }
    let Some(rest) = url[colon + 1..].strip_prefix("//") else {
        return Err(format!(
            "{url:?} is not an absolute URL (expected {scheme}://host/…)"
        ));
    };
    if let Some(bad) = url.chars().find(|&c| {
        c.is_whitespace()
            || c.is_control()
            || is_direction_control(c)
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{FEFF}')
            || "<>\"'`\\{}|^".contains(c)
    }) {
        return Err(format!("{url:?} contains the character {bad:?}"));
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = match authority.rsplit_once(':') {
        Some((host, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => host,
        Some(_) => return Err(format!("{url:?} has an invalid port")),
        None => authority,
    };
    let labels_ok = host.split('.').all(|label| {
        !label.is_empty()
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
    });
    if !labels_ok || !host.contains('.') {
        return Err(format!("{url:?} has no valid host name"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for good in ["mida", "medma-2", "programa-3x1", "a"] {
            assert!(is_slug(good), "{good}");
        }
        for bad in [
            "", "MIDA", "medma--2", "-mida", "mida-", "mi da", "médma", "mida_2",
        ] {
            assert!(!is_slug(bad), "{bad}");
        }
    }

    #[test]
    fn near_names_for_hints() {
        assert!(is_near("title", "titel"));
        assert!(is_near("themes", "theme"));
        assert!(is_near("acronym", "acronyme"));
        assert!(!is_near("themes", "support_types"));
    }

    #[test]
    fn urls() {
        for good in [
            "https://gfmd.org/pfp/ppd/diaspora-empowerment-and-engagement?page=3",
            "http://www.cfo-linkapil.org.ph/",
            "HTTPS://Example.org:8443/a#b",
            "https://web.archive.org/web/2015/http://www.deed-ks.org/",
        ] {
            assert_eq!(check_url(good), Ok(()), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript://example.org/%0aalert(1)",
            "data:text/html,<script>alert(1)</script>",
            "ftp://example.org/file",
            "//example.org/",
            "example.org",
            "https:/example.org",
            "https://",
            "https://localhost/",
            "https://exa mple.org/",
            "https://example.org/\"onmouseover=\"x",
            "https://user@evil@example.org/",
            "https://example.org:80a/",
        ] {
            assert!(check_url(bad).is_err(), "{bad}");
        }
    }
}
