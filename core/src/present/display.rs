//! How the interface writes a programme's countries, years and labels in a given language.

use std::ops::Range;

use crate::data::catalogue::Catalogue;
use crate::data::countries::Countries;
use crate::data::geography::Geography;
use crate::data::model::{Organisation, Programme, Status};
use crate::data::vocabulary::Vocabularies;
use crate::present::i18n::Messages;
use crate::request::FacetKind;
use crate::search::engine::Highlighted;
use crate::text::fold;
use crate::Lang;

/// Country names for a list of codes: `"Mali, Senegal"`, `"Mali and others"`, `"Many countries"`,
/// whole regions after the countries (`"Africa"`). Codes the tables do not know are shown as
/// they are; an empty list gives `None`.
///
/// ```
/// # let geography = diaspora_core::Geography::from_json(include_str!("../../../data/countries.json")).unwrap();
/// use diaspora_core::{present::display::country_names, Lang};
/// use diaspora_core::data::Countries;
/// let codes = Countries::new(vec!["SN".to_owned(), "CI".to_owned()], true);
/// assert_eq!(country_names(&codes, &geography, Lang::Fr).unwrap(), "Sénégal, Côte d’Ivoire et d’autres");
/// let many = Countries::new(vec![], true);
/// assert_eq!(country_names(&many, &geography, Lang::En).unwrap(), "Many countries");
/// let africa: Countries = serde_json::from_str(r#"["CV", "002"]"#).unwrap();
/// assert_eq!(country_names(&africa, &geography, Lang::Fr).unwrap(), "Cabo Verde, Afrique");
/// ```
pub fn country_names(countries: &Countries, geography: &Geography, lang: Lang) -> Option<String> {
    let messages = Messages::get(lang);
    let names: Vec<&str> = place_names(countries, geography, lang).collect();
    match (names.is_empty(), countries.and_many()) {
        (true, false) => None,
        (true, true) => Some(messages.many_countries.to_owned()),
        (false, false) => Some(names.join(", ")),
        (false, true) => Some(format!("{} {}", names.join(", "), messages.and_others)),
    }
}

/// The names of the countries named, then of the whole regions covered, in `lang`; a code
/// the tables do not know as it is. "Many countries" is not among them.
pub fn place_names<'a>(
    countries: &'a Countries,
    geography: &'a Geography,
    lang: Lang,
) -> impl Iterator<Item = &'a str> {
    let countries_named = countries.named().iter().map(move |code| {
        geography
            .country(code)
            .map_or(code.as_str(), |country| country.name(lang))
    });
    let regions = countries.regions().iter().map(move |code| {
        geography
            .region(code)
            .map_or(code.as_str(), |region| region.name(lang))
    });
    countries_named.chain(regions)
}

/// Whether a programme is open to any country on both sides: it names no country of origin or
/// of residence, only "many". Its route then reads "Worldwide" rather than "Many countries →
/// Many countries".
pub fn is_worldwide(programme: &Programme) -> bool {
    programme.origin_countries.is_many_only() && programme.residence_countries.is_many_only()
}

/// The years a programme ran: `"2001–2013"`, `"since 2001"`, `"until 2018"`, or `None`.
pub fn year_span(programme: &Programme, lang: Lang) -> Option<String> {
    let messages = Messages::get(lang);
    match (programme.start_year, programme.end_year) {
        (Some(start), Some(end)) if start == end => Some(start.to_string()),
        (Some(start), Some(end)) => Some(format!("{start}–{end}")),
        (Some(start), None) => Some((messages.since_year)(start)),
        (None, Some(end)) => Some((messages.until_year)(end)),
        (None, None) => None,
    }
}

/// The years and the status: `"2001–2013 · Completed"`, or the status alone.
///
/// ```ignore
/// assert_eq!(years_and_status(mida, &catalogue.vocabularies, Lang::Fr), "depuis 2001 · En cours");
/// ```
pub fn years_and_status(programme: &Programme, vocabularies: &Vocabularies, lang: Lang) -> String {
    let label = vocabularies.statuses.label(programme.status.code(), lang);
    let status = match stale_evidence(programme) {
        Some(year) => (Messages::get(lang).last_confirmed)(label, year),
        None => label.to_owned(),
    };
    match year_span(programme, lang) {
        Some(years) => format!("{years} · {status}"),
        None => status,
    }
}

/// Years of evidence older than this, at the record's check, are shown with its status.
pub const STALE_AFTER_YEARS: i32 = 2;

/// The year of a programme's latest evidence when its status is not "completed" and that year
/// is more than [`STALE_AFTER_YEARS`] before the record was checked: "Ongoing" then reads
/// "Ongoing (last confirmed 2021)". Measured from `last_verified`, not from today, so that a
/// page says what was known when the record was checked.
pub fn stale_evidence(programme: &Programme) -> Option<i32> {
    programme
        .evidence_year
        .filter(|_| programme.status != Status::Completed)
        .filter(|&year| programme.last_verified.year - year > STALE_AFTER_YEARS)
}

/// A text in the reader's language: the French one for a French reader when the record has
/// it, else the English one with `Some("en")`, the language to mark it with (so that a screen
/// reader reads it as English and the reader knows it is not a translation).
///
/// ```
/// use diaspora_core::{present::display::in_reader_language, Lang};
/// assert_eq!(in_reader_language("Nationals abroad", Some("Les ressortissants"), Lang::Fr), ("Les ressortissants", None));
/// assert_eq!(in_reader_language("Nationals abroad", None, Lang::Fr), ("Nationals abroad", Some("en")));
/// assert_eq!(in_reader_language("Nationals abroad", Some("Les ressortissants"), Lang::En), ("Nationals abroad", None));
/// ```
pub fn in_reader_language<'a>(
    english: &'a str,
    french: Option<&'a str>,
    lang: Lang,
) -> (&'a str, Option<&'static str>) {
    match (lang, french) {
        (Lang::Fr, Some(french)) => (french, None),
        (Lang::Fr, None) => (english, Some("en")),
        (Lang::En, _) => (english, None),
    }
}

/// The mark of a programme taking applications ("Open to applications"): the taking-part
/// filter's own label, so that the card, the page and the filter say the same.
pub fn open_to_applications_label(vocabularies: &Vocabularies, lang: Lang) -> &str {
    vocabularies.participation.label("open", lang)
}

/// How a list of organisations names one (a card's "Run by"): its acronym in the reader's
/// language, else its name, from the organisations file; its id if the file lacks it.
pub fn organisation_label<'a>(
    catalogue: &'a Catalogue,
    organisation: &'a Organisation,
    lang: Lang,
) -> &'a str {
    catalogue
        .organisations
        .get(&organisation.id)
        .map_or(organisation.id.as_str(), |entry| entry.label(lang))
}

/// An organisation named in full (a programme page): its name, with its acronym in the
/// reader's language after it when there is one: "International Organization for Migration
/// (OIM)".
pub fn organisation_full_name(
    catalogue: &Catalogue,
    organisation: &Organisation,
    lang: Lang,
) -> String {
    match catalogue.organisations.get(&organisation.id) {
        None => organisation.id.clone(),
        Some(entry) => {
            let label = entry.label(lang);
            if label == entry.name || entry.name.contains(label) {
                entry.name.clone()
            } else {
                format!("{} ({label})", entry.name)
            }
        }
    }
}

/// The acronym to show after the title, when it adds something: `MIDA` after "Migration for
/// Development in Africa", but nothing after "iDiaspora" (acronym `iDiaspora`).
pub fn acronym_after_title(programme: &Programme) -> Option<&str> {
    programme
        .acronym
        .as_deref()
        .filter(|acronym| !programme.title.contains(acronym))
}

/// How a facet value reads in the interface: a country or region by its name, a vocabulary
/// code by its label, an implementer (an organisation id) by its acronym or name. Unknown values read as they are.
///
/// ```ignore
/// // With the bundled catalogue (tested in core/tests/display.rs):
/// assert_eq!(facet_value_label(&catalogue, FacetKind::Origin, "SN", Lang::Fr), "Sénégal");
/// assert_eq!(facet_value_label(&catalogue, FacetKind::Theme, "remittances", Lang::Fr), "Transferts de fonds");
/// ```
pub fn facet_value_label<'a>(
    catalogue: &'a Catalogue,
    kind: FacetKind,
    value: &'a str,
    lang: Lang,
) -> &'a str {
    let vocabularies = &catalogue.vocabularies;
    match kind {
        FacetKind::Origin | FacetKind::Residence => catalogue
            .geography
            .country(value)
            .map_or(value, |country| country.name(lang)),
        FacetKind::Region => catalogue
            .geography
            .region(value)
            .map_or(value, |region| lang.pick(&region.en, &region.fr)),
        FacetKind::Theme => vocabularies.themes.label(value, lang),
        FacetKind::Support => vocabularies.support_types.label(value, lang),
        FacetKind::Target => vocabularies.target_groups.label(value, lang),
        FacetKind::ImplementerType => vocabularies.organisation_types.label(value, lang),
        FacetKind::Status => vocabularies.statuses.label(value, lang),
        FacetKind::Participation => vocabularies.participation.label(value, lang),
        FacetKind::Implementer => catalogue
            .organisations
            .get(value)
            .map_or(value, |organisation| organisation.label(lang)),
    }
}

/// Every name a facet value goes by, in both languages: a country's or a region's English and
/// French names, the variants search knows ("Ivory Coast", "Cape Verde") and its code; a
/// vocabulary code's labels and the code; an implementer's name and the other names of the
/// same organisation (IOM and OIM). What a facet's find box matches, so that "Maroc" finds
/// Morocco in English as the search box does.
pub fn facet_value_names<'a>(
    catalogue: &'a Catalogue,
    kind: FacetKind,
    value: &'a str,
) -> Vec<&'a str> {
    let vocabularies = &catalogue.vocabularies;
    let labels = |vocabulary: &'a crate::data::vocabulary::Vocabulary| {
        vec![
            vocabulary.label(value, Lang::En),
            vocabulary.label(value, Lang::Fr),
            value,
        ]
    };
    match kind {
        FacetKind::Origin | FacetKind::Residence => catalogue.geography.country(value).map_or_else(
            || vec![value],
            |country| {
                let mut names = vec![country.en.as_str(), country.fr.as_str(), value];
                names.extend(
                    country
                        .aliases_en
                        .iter()
                        .chain(&country.aliases_fr)
                        .map(String::as_str),
                );
                names
            },
        ),
        FacetKind::Region => catalogue.geography.region(value).map_or_else(
            || vec![value],
            |region| vec![region.en.as_str(), region.fr.as_str(), value],
        ),
        FacetKind::Theme => labels(&vocabularies.themes),
        FacetKind::Support => labels(&vocabularies.support_types),
        FacetKind::Target => labels(&vocabularies.target_groups),
        FacetKind::ImplementerType => labels(&vocabularies.organisation_types),
        FacetKind::Status => labels(&vocabularies.statuses),
        FacetKind::Participation => labels(&vocabularies.participation),
        FacetKind::Implementer => catalogue.organisations.get(value).map_or_else(
            || vec![value],
            |organisation| {
                let mut names = organisation.names();
                names.push(value);
                names
            },
        ),
    }
}

/// Whether a facet value's label matches what was typed in the facet's filter box: every
/// typed word starts a word of the label, ignoring case and accents ("cote iv" finds
/// "Côte d’Ivoire").
///
/// ```
/// use diaspora_core::present::display::label_matches;
/// assert!(label_matches("Côte d’Ivoire", "cote iv"));
/// assert!(label_matches("Côte d’Ivoire", "ivoire"));
/// assert!(!label_matches("Côte d’Ivoire", "voire"));
/// assert!(label_matches("Anything", "  "));
/// ```
pub fn label_matches(label: &str, typed: &str) -> bool {
    let is_separator = |c: char| !c.is_alphanumeric();
    let label = fold(label);
    let words: Vec<&str> = label
        .split(is_separator)
        .filter(|w| !w.is_empty())
        .collect();
    fold(typed)
        .split(is_separator)
        .filter(|w| !w.is_empty())
        .all(|typed| words.iter().any(|word| word.starts_with(typed)))
}

/// A highlighted text cut into pieces, each marked or not, in order. Ranges that overlap,
/// touch, fall outside the text or inside a character are merged or dropped, so the pieces
/// always join back into the text.
///
/// ```
/// use diaspora_core::present::display::highlight_segments;
/// use diaspora_core::search::engine::Highlighted;
/// let text = Highlighted { text: "Diaspora investment".into(), ranges: vec![9..19] };
/// assert_eq!(highlight_segments(&text), vec![("Diaspora ", false), ("investment", true)]);
/// ```
pub fn highlight_segments(highlighted: &Highlighted) -> Vec<(&str, bool)> {
    let text = highlighted.text.as_str();
    let mut ranges: Vec<Range<usize>> = highlighted
        .ranges
        .iter()
        .filter(|r| {
            r.start < r.end
                && r.end <= text.len()
                && text.is_char_boundary(r.start)
                && text.is_char_boundary(r.end)
        })
        .cloned()
        .collect();
    ranges.sort_by_key(|r| r.start);
    let mut segments = Vec::new();
    let mut at = 0;
    for range in ranges {
        if range.end <= at {
            continue;
        }
        let start = range.start.max(at);
        if start > at {
            segments.push((&text[at..start], false));
        }
        match segments.last_mut() {
            // Touching marks become one mark.
            Some((last, true)) if start == at && at > 0 => {
                let begin = at - last.len();
                *last = &text[begin..range.end];
            }
            _ => segments.push((&text[start..range.end], true)),
        }
        at = range.end;
    }
    if at < text.len() {
        segments.push((&text[at..], false));
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::Status;

    fn programme(start: Option<i32>, end: Option<i32>, acronym: Option<&str>) -> Programme {
        serde_json::from_value(serde_json::json!({
            "id": "x", "title": "Migration for Development in Africa", "acronym": acronym,
            "summary": "s", "origin_countries": [], "residence_countries": [],
            "implementers": [], "themes": [], "support_types": [], "target_groups": [],
            "start_year": start, "end_year": end, "status": Status::Unknown,
            "sources": [], "last_verified": "2026-11-28"
        }))
        .unwrap()
    }

    #[test]
    fn year_spans_in_both_languages() {
        assert_eq!(
            year_span(&programme(Some(2001), Some(2013), None), Lang::En).unwrap(),
            "2001–2013"
        );
        assert_eq!(
            year_span(&programme(Some(2001), None, None), Lang::Fr).unwrap(),
            "depuis 2001"
        );
        assert_eq!(
            year_span(&programme(None, Some(2018), None), Lang::En).unwrap(),
            "until 2018"
        );
        assert_eq!(
            year_span(&programme(Some(2019), Some(2019), None), Lang::En).unwrap(),
            "2019"
        );
        assert_eq!(year_span(&programme(None, None, None), Lang::En), None);
    }

    #[test]
    fn a_status_resting_on_old_evidence_says_its_year() {
        let vocabularies =
            Vocabularies::from_json(include_str!("../../../data/vocabularies.json")).unwrap();
        let with = |status: Status, evidence: Option<i32>| {
            let mut p = programme(Some(2009), None, None);
            p.status = status;
            p.evidence_year = evidence;
            (
                years_and_status(&p, &vocabularies, Lang::En),
                years_and_status(&p, &vocabularies, Lang::Fr),
            )
        };
        // Checked in 2026: 2023 is more than two years before, 2024 is not.
        assert_eq!(
            with(Status::Ongoing, Some(2023)),
            (
                "since 2009 · Ongoing (last confirmed 2023)".to_owned(),
                "depuis 2009 · En cours (dernière confirmation\u{A0}: 2023)".to_owned()
            )
        );
        assert_eq!(with(Status::Ongoing, Some(2024)).0, "since 2009 · Ongoing");
        assert_eq!(
            with(Status::Unknown, Some(2019)).0,
            "since 2009 · Status unknown (last confirmed 2019)"
        );
        assert_eq!(
            with(Status::Completed, Some(2015)).0,
            "since 2009 · Completed"
        );
        assert_eq!(with(Status::Ongoing, None).0, "since 2009 · Ongoing");
    }

    #[test]
    fn acronym_is_added_only_when_new() {
        assert_eq!(
            acronym_after_title(&programme(None, None, Some("MIDA"))),
            Some("MIDA")
        );
        assert_eq!(
            acronym_after_title(&programme(None, None, Some("Africa"))),
            None
        );
        assert_eq!(acronym_after_title(&programme(None, None, None)), None);
    }

    #[test]
    fn worldwide_means_many_and_nothing_named_on_both_sides() {
        let mut p = programme(None, None, None);
        let many = Countries::new(vec![], true);
        p.origin_countries = many.clone();
        p.residence_countries = many.clone();
        assert!(is_worldwide(&p));
        p.residence_countries = Countries::new(vec!["FR".into()], true);
        assert!(!is_worldwide(&p));
        p.residence_countries = Countries::new(vec![], false);
        assert!(!is_worldwide(&p));
    }

    #[test]
    fn country_names_handle_unknown_codes_and_empty_lists() {
        let geography = Geography::from_json(include_str!("../../../data/countries.json")).unwrap();
        let codes =
            |list: &[&str]| Countries::new(list.iter().map(|c| c.to_string()).collect(), false);
        assert_eq!(
            country_names(&codes(&["ML", "FR"]), &geography, Lang::En).unwrap(),
            "Mali, France"
        );
        assert_eq!(
            country_names(&codes(&["ZZ"]), &geography, Lang::En).unwrap(),
            "ZZ"
        );
        assert_eq!(country_names(&codes(&[]), &geography, Lang::En), None);
    }

    #[test]
    // Reversed and single ranges are the point of this test.
    #[allow(clippy::reversed_empty_ranges, clippy::single_range_in_vec_init)]
    fn highlight_segments_survive_bad_ranges() {
        let highlighted = |ranges: Vec<Range<usize>>| Highlighted {
            text: "Côte d’Ivoire".into(),
            ranges,
        };
        let joined = |h: &Highlighted| {
            highlight_segments(h)
                .into_iter()
                .map(|(s, _)| s)
                .collect::<String>()
        };
        for ranges in [
            vec![0..5],
            vec![1..3],
            vec![3..2, 0..100],
            vec![0..3, 2..6, 6..7],
            vec![],
        ] {
            let h = highlighted(ranges);
            assert_eq!(joined(&h), h.text);
        }
        assert_eq!(
            highlight_segments(&highlighted(vec![0..1, 1..5])),
            vec![("Côte", true), (" d’Ivoire", false)]
        );
        assert_eq!(
            highlight_segments(&highlighted(vec![0..3, 1..5, 0..2])),
            vec![("Côte", true), (" d’Ivoire", false)]
        );
    }
}
