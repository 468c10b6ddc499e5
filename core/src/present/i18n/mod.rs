//! Interface text, one file per language: adding a language means adding a file here and a
//! variant to [`crate::Lang`]. Every string is a field of [`Messages`], so a missing translation
//! is a compile error, not a blank on screen.

mod en;
mod fr;

use crate::explorer::view::MapSide;
use crate::request::Sort;
use crate::request::{FacetKind, YearConflict};
use crate::Lang;

/// Every piece of interface text, in one language.
pub struct Messages {
    pub app_name: &'static str,
    pub tagline: &'static str,
    /// The language's own name, for the language switch ("Français").
    pub language_name: &'static str,
    pub language_label: &'static str,
    pub skip_to_programmes: &'static str,
    /// The skip link on a programme's page, to its title.
    pub skip_to_programme: &'static str,
    /// The skip link on the "About the data" page, to its title.
    pub skip_to_content: &'static str,
    /// Before the filter panel: straight to the first result.
    pub skip_filters: &'static str,
    /// A count written the language's way: `1,234`, `1 234`.
    pub number: fn(usize) -> String,
    /// "12 programmes": the count with its noun in the right plural form.
    pub programme_count: fn(usize) -> String,
    /// "Showing 1–24 of 103".
    pub showing_range: fn(usize, usize, usize) -> String,
    pub programmes_heading: &'static str,
    pub loading: &'static str,

    // Search box.
    pub search_label: &'static str,
    pub search_hint: &'static str,

    // Facets.
    pub filters_heading: &'static str,
    /// The button that opens the filter drawer on phones: "Filters (2)".
    pub open_filters: fn(usize) -> String,
    /// The filters' "Show the results (N)" button, at the foot of the panel.
    pub close_filters: &'static str,
    /// The accessible name of the "×" at the head of the filter panel.
    pub hide_filters: &'static str,
    /// Facet names, in the order of [`FacetKind::ALL`].
    pub facet_names: [&'static str; 10],
    /// "Show all 45".
    pub show_all: fn(usize) -> String,
    /// "Show 100 of 168", when a list shows only the most frequent values.
    pub show_first: fn(usize, usize) -> String,
    /// Between a label and its value: ": " in English, "\u{A0}: " in French.
    pub label_separator: &'static str,
    pub show_fewer: &'static str,
    /// Label of the box that narrows a long facet: "Find a country of origin".
    pub find_in_facet: fn(&str) -> String,
    pub no_matching_values: &'static str,
    pub start_year: &'static str,
    pub from_year: &'static str,
    /// Why a typed year bound was not applied: it contradicts the other one.
    pub year_conflict: fn(YearConflict) -> String,
    pub to_year: &'static str,
    /// "2001 or later", "2010 or earlier", "2001–2010" for the year-range chip.
    pub year_range: fn(Option<i32>, Option<i32>) -> String,

    // Active filters.
    pub active_filters: &'static str,
    /// Accessible name of a chip's remove button: "Remove filter Mali".
    pub remove_filter: fn(&str) -> String,
    pub clear_all: &'static str,

    // Sorting, pages, export.
    pub sort_label: &'static str,
    pub sort_relevance: &'static str,
    pub sort_browse: &'static str,
    pub sort_title: &'static str,
    pub sort_newest: &'static str,
    pub sort_oldest: &'static str,
    pub pagination_label: &'static str,
    pub previous_page: &'static str,
    pub next_page: &'static str,
    /// "Page 3", "Page 3 of 5".
    pub page_number: fn(usize) -> String,
    pub page_of: fn(usize, usize) -> String,
    pub export_label: &'static str,
    pub export_csv: &'static str,
    pub export_json: &'static str,

    // Cards.
    pub origin_countries: &'static str,
    pub residence_countries: &'static str,
    pub implemented_by: &'static str,
    pub themes: &'static str,
    pub years: &'static str,
    pub status: &'static str,
    /// Tooltip of a theme tag: "Show only programmes on Remittances".
    pub filter_by_theme: fn(&str) -> String,
    pub many_countries: &'static str,
    /// A card's route when the programme is open to any country of origin and of residence.
    pub worldwide: &'static str,
    /// Joins a list of names and "others": "Mali, Senegal and others".
    pub and_others: &'static str,
    pub not_specified: &'static str,
    pub since_year: fn(i32) -> String,
    pub until_year: fn(i32) -> String,

    // No results.
    pub no_results: &'static str,
    pub no_results_hint: &'static str,
    pub did_you_mean: &'static str,
    pub try_removing: &'static str,

    // Partial matches.
    /// Above results that match only some of the words, before the words they match:
    /// `(every_word, fewest, most, words)`, "No programme matches every word. Showing those
    /// that match 2 of 3:".
    pub partial_match: fn(usize, usize, usize, usize) -> String,
    /// Before the words no result matches.
    pub words_not_found: &'static str,
    /// On a card whose title and summary show no matched word, before what matched:
    /// "Matched: Morocco".
    pub matched_elsewhere: &'static str,
    pub without_query: &'static str,
    pub without_year_range: &'static str,
    /// "Remittances (theme)": a filter value named with its facet, in relaxation suggestions.
    pub value_in_facet: fn(&str, &str) -> String,

    // Programme page.
    pub back_to_results: &'static str,
    /// The heading and title of the page of a programme the catalogue does not have.
    pub programme_not_found_title: &'static str,
    pub programme_not_found: &'static str,
    pub summary: &'static str,
    pub original_title: &'static str,
    pub regions: &'static str,
    pub funded_by: &'static str,
    pub partners: &'static str,
    pub support_types: &'static str,
    pub target_groups: &'static str,
    pub official_site: &'static str,
    /// The programme page's section on who may take part and how.
    pub taking_part: &'static str,
    pub who_may_take_part: &'static str,
    pub how_to_take_part: &'static str,
    /// The link to the application, registration or contact page.
    pub taking_part_link: &'static str,
    /// A source said applications were closed when it was read.
    pub applications_closed: &'static str,
    // Views: list, map, charts; and the comparison.
    /// The group of view buttons: "Show the results as".
    pub view_switch_label: &'static str,
    /// In the order of `View::ALL`: "List", "Map", "Charts".
    pub view_names: [&'static str; 3],
    /// The map's side switch, and its two choices (in the order of `MapSide::ALL`).
    pub map_side_label: &'static str,
    pub map_sides: [&'static str; 2],
    /// A country's accessible name: "Senegal: 8 programmes (origin)".
    pub map_country: fn(&str, usize, MapSide) -> String,
    /// The map's accessible name: "World map of programmes by country of origin".
    pub map_title: fn(MapSide) -> String,
    pub map_loading: &'static str,
    pub map_unavailable: &'static str,
    /// What the line under the map says before a country is pointed at.
    pub map_point_hint: &'static str,
    pub map_legend: &'static str,
    pub map_none: &'static str,
    pub map_find: &'static str,
    /// A typed name that is no country with programmes on this side.
    pub map_find_none: fn(&str) -> String,
    pub show_as_table: &'static str,
    pub table_country: &'static str,
    pub table_programmes: &'static str,
    /// Beside the map: the programmes no country shape holds.
    pub map_wide_heading: &'static str,
    pub map_wide_many: &'static str,
    pub map_wide_region: fn(&str) -> String,
    /// With countries selected on the map's side: "Where the programmes for Senegal reach".
    pub corridor_lead: fn(&str, MapSide) -> String,
    pub corridors_heading: &'static str,
    pub corridors_note: &'static str,
    pub corridor_origin: &'static str,
    pub corridor_residence: &'static str,
    pub corridors_sort: &'static str,
    pub corridors_download: &'static str,
    pub corridors_none: &'static str,
    pub chart_years: &'static str,
    /// How the year histogram sets a range.
    pub chart_years_hint: &'static str,
    /// A year bar's accessible name: "2010: 4 programmes".
    pub chart_year_bar: fn(i32, usize) -> String,
    pub chart_empty: &'static str,
    pub chart_years_first: fn(i32) -> String,
    // Comparing programmes side by side.
    /// The checkbox on a card and on a programme's page.
    pub compare_tick: &'static str,
    /// The tray of ticked programmes: "2 programmes chosen to compare".
    pub compare_chosen: fn(usize) -> String,
    pub compare_open: &'static str,
    pub compare_clear: &'static str,
    /// What the tray says when more cannot be ticked.
    pub compare_limit: fn(usize) -> String,
    /// The comparison's heading: "3 programmes side by side".
    pub compare_heading: fn(usize) -> String,
    pub compare_field: &'static str,
    /// The first row's name: the programme's title.
    pub compare_programme: &'static str,
    pub compare_only_differences: &'static str,
    /// Beside a row whose values differ, for those who cannot see its mark.
    pub compare_differs: &'static str,
    pub compare_download: &'static str,
    pub compare_print: &'static str,
    pub sources: &'static str,
    /// While a programme's sources are on their way (they come apart from the catalogue).
    pub sources_loading: &'static str,
    /// When they could not be had (offline before they were ever fetched).
    pub sources_unavailable: &'static str,
    /// What a source supports: "Supports: dates, implementers".
    pub source_supports: fn(&str) -> String,
    pub last_verified: &'static str,
    pub external_link: &'static str,
    /// Copies the programme's permanent link (its id alone).
    pub copy_link: &'static str,
    /// Copies the address with the reader's search and filters too.
    pub copy_search_link: &'static str,
    pub link_copied: &'static str,
    pub copy_failed: &'static str,
    pub related_programmes: &'static str,
    /// The headings over a programme's family: the one it is part of, those part of it.
    pub part_of: &'static str,
    pub family_members: &'static str,
    pub summary_in_english: &'static str,
    /// A date written out: "28 November 2026", "28 novembre 2026".
    pub date: fn(i32, u32, u32) -> String,
    /// A status with the year of its latest evidence: "Ongoing (last confirmed 2021)".
    pub last_confirmed: fn(&str, i32) -> String,
    /// Before the day a source was read: "read on 30 November 2026".
    pub read_on: &'static str,
    /// Before a date: a page of the first release, read by that day.
    pub read_by: &'static str,

    pub data_notice: &'static str,
    /// The prompt shown when a new build has been downloaded for offline use.
    pub update_available: &'static str,
    pub reload: &'static str,
    /// The accessible name of the prompt's close button.
    pub dismiss: &'static str,

    /// Embedded on a partner's site: the link to the hosted explorer (opens a new tab).
    pub open_full_explorer: &'static str,
    /// Shown by `embed.js` in a `<diaspora-explorer>` element that could not start, before the
    /// link to the full explorer (`embed.js` holds a copy; `core/tests/contract.rs` keeps it
    /// the same).
    pub element_failed: &'static str,
    /// Said of a filter the partner's site fixed, which cannot be removed here.
    pub locked_filter: &'static str,
    /// While the programmes (the explorer's own, or a partner's list) are fetched.
    pub loading_programmes: &'static str,
    /// The explorer's own programmes could not be fetched (offline on a first visit, say).
    pub programmes_unavailable: &'static str,
    /// For readers without JavaScript, on the static start page: a heading over every
    /// programme's link, and what they can and cannot do.
    pub every_programme: &'static str,
    pub without_script: &'static str,
    /// A partner's programme list could not be used (its address).
    pub partner_data_failed: fn(&str) -> String,
    /// Introduces the problems found in it.
    pub partner_data_problems: &'static str,

    // "About the data".
    /// The link to the page, in the footer.
    pub about_link: &'static str,
    pub about_title: &'static str,
    /// "238 programmes, run by 416 organisations, for people from 120 countries of origin."
    pub about_intro: fn(usize, usize, usize) -> String,
    /// The page's description for link previews and search engines.
    pub about_description: fn(usize) -> String,
    pub about_by_region: &'static str,
    pub about_by_region_note: &'static str,
    pub about_region: &'static str,
    pub about_by_theme: &'static str,
    pub about_by_status: &'static str,
    pub about_programmes: &'static str,
    pub about_share: &'static str,
    /// A count's link: "Show the 85 programmes of Africa".
    pub about_show: fn(usize, &str) -> String,
    pub about_completeness: &'static str,
    pub about_field: &'static str,
    pub about_records: &'static str,
    /// What a record may give, in the order of `Completeness::ALL`; the recent-evidence row
    /// takes its first year.
    pub completeness_names: fn(usize, i32) -> String,
    pub about_sources: &'static str,
    /// How the facts are gathered and checked, one paragraph each.
    pub about_method: [&'static str; 3],
    /// "The records cite 940 sources; 747 of them with the day their page was read."
    /// All sources, those with the day they were read, and the day by which the others were
    /// read (formatted), if some were.
    pub about_source_counts: fn(usize, usize, Option<&str>) -> String,
    /// "Records were last checked between {date} and {date}." (dates already written)
    pub about_checked: fn(&str, &str) -> String,
    pub about_licence: &'static str,
    pub about_licence_text: &'static str,
    pub about_licence_link: &'static str,
    pub about_third_party: &'static str,
    pub about_changes: &'static str,
    pub about_changes_note: &'static str,
    pub about_correction: &'static str,
    pub about_correction_text: &'static str,
    /// The send link: to an e-mail address, or to a web page (the build's settings).
    pub about_correction_email: &'static str,
    pub about_correction_page: &'static str,
    /// Without either setting.
    pub about_correction_none: &'static str,
    /// The e-mail's subject and body, prefilled.
    pub correction_subject: &'static str,
    pub correction_body: &'static str,
}

impl Messages {
    pub fn get(lang: Lang) -> &'static Messages {
        match lang {
            Lang::En => &en::MESSAGES,
            Lang::Fr => &fr::MESSAGES,
        }
    }

    pub fn facet_name(&self, kind: FacetKind) -> &'static str {
        let slot = FacetKind::ALL
            .iter()
            .position(|k| *k == kind)
            .expect("every kind is in ALL");
        self.facet_names[slot]
    }

    /// The name of a sort order; relevance reads "Recommended" when there is no query,
    /// because the order is then the browse order, not a match score.
    pub fn sort_name(&self, sort: Sort, has_query: bool) -> &'static str {
        match sort {
            Sort::Relevance if has_query => self.sort_relevance,
            Sort::Relevance => self.sort_browse,
            Sort::TitleAsc => self.sort_title,
            Sort::StartNewest => self.sort_newest,
            Sort::StartOldest => self.sort_oldest,
        }
    }
}

/// Writes `n` with a separator between groups of three digits: `10,000`, `10 000`.
fn group_thousands(n: usize, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_use_each_language_plural_and_grouping() {
        let en = Messages::get(Lang::En);
        let fr = Messages::get(Lang::Fr);
        assert_eq!((en.programme_count)(0), "0 programmes");
        assert_eq!((en.programme_count)(1), "1 programme");
        assert_eq!((en.programme_count)(12345), "12,345 programmes");
        assert_eq!((fr.programme_count)(0), "0 programme");
        assert_eq!((fr.programme_count)(1), "1 programme");
        assert_eq!((fr.programme_count)(1000), "1\u{202F}000 programmes");
        assert_eq!((en.showing_range)(1, 24, 1000), "Showing 1–24 of 1,000");
        assert_eq!((en.number)(1234567), "1,234,567");
        assert_eq!((fr.number)(1234), "1\u{202F}234");
        assert_eq!((en.number)(999), "999");
        assert_eq!((fr.showing_range)(25, 48, 1000), "25–48 sur 1\u{202F}000");
    }

    #[test]
    fn partial_matches_are_said_plainly() {
        let en = Messages::get(Lang::En);
        let fr = Messages::get(Lang::Fr);
        assert_eq!(
            (en.partial_match)(0, 2, 2, 3),
            "No programme matches every word. Showing those that match 2 of 3:"
        );
        assert_eq!(
            (en.partial_match)(1, 1, 2, 3),
            "Only 1 programme matches every word; then those that match 1 to 2 of 3:"
        );
        assert_eq!(
            (en.partial_match)(0, 1, 1, 2),
            "No programme matches every word. Showing those that match one of 2:"
        );
        assert_eq!(
            (fr.partial_match)(3, 1, 1, 2),
            "Seuls 3 programmes contiennent tous les mots\u{A0}; suivent ceux qui en contiennent 1 sur 2\u{A0}:"
        );
    }

    #[test]
    fn dates_and_year_ranges_read_naturally() {
        let en = Messages::get(Lang::En);
        let fr = Messages::get(Lang::Fr);
        assert_eq!((en.date)(2026, 11, 28), "28 November 2026");
        assert_eq!((fr.date)(2026, 1, 1), "1er janvier 2026");
        assert_eq!((fr.date)(2026, 8, 2), "2 août 2026");
        assert_eq!((en.year_range)(Some(2001), None), "2001 or later");
        assert_eq!((en.year_range)(Some(2001), Some(2010)), "2001–2010");
        assert_eq!((fr.year_range)(None, Some(2010)), "2010 ou avant");
    }

    #[test]
    fn every_facet_and_sort_has_a_name_in_every_language() {
        for lang in Lang::ALL {
            let messages = Messages::get(lang);
            for kind in FacetKind::ALL {
                assert!(!messages.facet_name(kind).is_empty());
            }
            for sort in [
                Sort::Relevance,
                Sort::TitleAsc,
                Sort::StartNewest,
                Sort::StartOldest,
            ] {
                assert!(!messages.sort_name(sort, true).is_empty());
            }
            assert_ne!(
                messages.sort_name(Sort::Relevance, false),
                messages.sort_relevance
            );
        }
    }
}
