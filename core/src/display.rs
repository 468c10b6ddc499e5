//! How the interface writes a programme's countries, years and labels in a given language.

use crate::geography::{Geography, MANY_COUNTRIES};
use crate::i18n::Messages;
use crate::model::Programme;
use crate::Lang;

/// Country names for a list of codes: `"Mali, Senegal"`, `"Mali and others"`, `"Many countries"`.
/// Codes the table does not know are shown as they are; an empty list gives `None`.
///
/// ```
/// # let geography = diaspora_core::Geography::from_json(include_str!("../../data/countries.json")).unwrap();
/// use diaspora_core::{display::country_names, Lang};
/// let codes = ["SN".to_owned(), "CI".to_owned(), "*".to_owned()];
/// assert_eq!(country_names(&codes, &geography, Lang::Fr).unwrap(), "Sénégal, Côte d’Ivoire et d’autres");
/// assert_eq!(country_names(&["*".to_owned()], &geography, Lang::En).unwrap(), "Many countries");
/// ```
pub fn country_names(codes: &[String], geography: &Geography, lang: Lang) -> Option<String> {
    let messages = Messages::get(lang);
    let names: Vec<&str> = codes
        .iter()
        .filter(|code| *code != MANY_COUNTRIES)
        .map(|code| {
            geography
                .country(code)
                .map_or(code.as_str(), |c| c.name(lang))
        })
        .collect();
    let many = codes.iter().any(|code| code == MANY_COUNTRIES);
    match (names.is_empty(), many) {
        (true, false) => None,
        (true, true) => Some(messages.many_countries.to_owned()),
        (false, false) => Some(names.join(", ")),
        (false, true) => Some(format!("{} {}", names.join(", "), messages.and_others)),
    }
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

/// The title with its acronym when the acronym adds something: `"Migration for Development in
/// Africa (MIDA)"`, but `"iDiaspora"` alone.
pub fn title_with_acronym(programme: &Programme) -> String {
    match programme.acronym.as_deref() {
        Some(acronym) if !programme.title.contains(acronym) => {
            format!("{} ({acronym})", programme.title)
        }
        _ => programme.title.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;

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
    fn acronym_is_added_only_when_new() {
        assert_eq!(
            title_with_acronym(&programme(None, None, Some("MIDA"))),
            "Migration for Development in Africa (MIDA)"
        );
        assert_eq!(
            title_with_acronym(&programme(None, None, Some("Africa"))),
            "Migration for Development in Africa"
        );
    }

    #[test]
    fn country_names_handle_unknown_codes_and_empty_lists() {
        let geography = Geography::from_json(include_str!("../../data/countries.json")).unwrap();
        let codes = |list: &[&str]| list.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert_eq!(
            country_names(&codes(&["ML", "FR"]), &geography, Lang::En).unwrap(),
            "Mali, France"
        );
        assert_eq!(
            country_names(&codes(&["ZZ"]), &geography, Lang::En).unwrap(),
            "ZZ"
        );
        assert_eq!(country_names(&[], &geography, Lang::En), None);
    }
}
