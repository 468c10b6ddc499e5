use super::{group_thousands, Messages};
use crate::request::YearConflict;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub(super) static MESSAGES: Messages = Messages {
    app_name: "Diaspora Programme Explorer",
    tagline: "Diaspora engagement and migration-and-development programmes: who runs them, for whom, and how to learn more.",
    language_name: "English",
    language_label: "Language",
    skip_to_programmes: "Skip to the programmes",
    skip_to_programme: "Skip to the programme",
    skip_filters: "Skip the filters",
    number: |n| group_thousands(n, ','),
    programme_count: |n| match n {
        1 => "1 programme".to_owned(),
        n => format!("{} programmes", group_thousands(n, ',')),
    },
    showing_range: |first, last, total| {
        format!("Showing {first}–{last} of {}", group_thousands(total, ','))
    },
    programmes_heading: "Programmes",
    loading: "Loading the programmes…",

    search_label: "Search programmes",
    search_hint: "Words, countries, organisations or acronyms, in English or French. Use quotes for a phrase and a minus sign to leave a word out.",

    filters_heading: "Filters",
    open_filters: |n| match n {
        0 => "Filters".to_owned(),
        n => format!("Filters ({n})"),
    },
    close_filters: "Show the results",
    hide_filters: "Close the filters",
    facet_names: [
        "Country of origin",
        "Country of residence",
        "Region",
        "Theme",
        "Type of support",
        "Target group",
        "Type of organisation",
        "Implementer",
        "Status",
        "Taking part",
    ],
    show_all: |n| format!("Show all {}", group_thousands(n, ',')),
    show_first: |n, of| format!("Show {} of {}", group_thousands(n, ','), group_thousands(of, ',')),
    label_separator: ": ",
    show_fewer: "Show fewer",
    find_in_facet: |facet| format!("Find in “{facet}”"),
    no_matching_values: "No match.",
    start_year: "Start year",
    from_year: "From",
    year_conflict: |conflict| match conflict {
        YearConflict::FromAfterTo { from, to } => {
            format!("{from} is after the “To” year ({to}): not applied.")
        }
        YearConflict::ToBeforeFrom { to, from } => {
            format!("{to} is before the “From” year ({from}): not applied.")
        }
    },
    to_year: "To",
    year_range: |from, to| match (from, to) {
        (Some(from), Some(to)) => format!("{from}–{to}"),
        (Some(from), None) => format!("{from} or later"),
        (None, Some(to)) => format!("{to} or earlier"),
        (None, None) => String::new(),
    },

    active_filters: "Active filters",
    remove_filter: |value| format!("Remove filter {value}"),
    clear_all: "Clear all",

    sort_label: "Sort by",
    sort_relevance: "Best match",
    sort_browse: "Recommended",
    sort_title: "Title, A–Z",
    sort_newest: "Newest first",
    sort_oldest: "Oldest first",
    pagination_label: "Result pages",
    previous_page: "Previous",
    next_page: "Next",
    page_number: |n| format!("Page {n}"),
    page_of: |n, of| format!("Page {n} of {of}"),
    export_label: "Download these results",
    export_csv: "CSV",
    export_json: "JSON",

    origin_countries: "Countries of origin",
    residence_countries: "Countries of residence",
    implemented_by: "Run by",
    themes: "Themes",
    years: "Years",
    status: "Status",
    filter_by_theme: |theme| format!("Show only programmes on {theme}"),
    many_countries: "Many countries",
    worldwide: "Worldwide",
    and_others: "and others",
    not_specified: "not specified",
    since_year: |year| format!("since {year}"),
    until_year: |year| format!("until {year}"),

    no_results: "No programme matches.",
    no_results_hint: "Check the spelling, use fewer words, or remove a filter.",
    did_you_mean: "Did you mean:",
    try_removing: "Results without one of your choices:",
    partial_match: |every_word, fewest, most, words| {
        let some = match (fewest, most) {
            (1, 1) => "one".to_owned(),
            (f, m) if f == m => format!("{f}"),
            (f, m) => format!("{f} to {m}"),
        };
        match every_word {
            0 => format!("No programme matches every word. Showing those that match {some} of {words}:"),
            1 => format!("Only 1 programme matches every word; then those that match {some} of {words}:"),
            n => format!("Only {n} programmes match every word; then those that match {some} of {words}:"),
        }
    },
    words_not_found: "In no programme:",
    matched_elsewhere: "Matched:",
    without_query: "Without the search words",
    without_year_range: "Without the start-year range",
    value_in_facet: |value, facet| format!("{value} ({facet})"),

    back_to_results: "Back to the results",
    programme_not_found_title: "Programme not found",
    programme_not_found: "This programme is not in the catalogue. It may have been renamed or removed.",
    summary: "Summary",
    original_title: "Original name",
    regions: "Regions",
    funded_by: "Funded by",
    partners: "Partners",
    support_types: "Support",
    target_groups: "For",
    official_site: "Official website",
    taking_part: "How to take part",
    who_may_take_part: "Who may take part",
    how_to_take_part: "How to apply or join",
    taking_part_link: "Apply or get in touch",
    applications_closed: "Not taking applications when last read",
    sources: "Sources",
    source_supports: |facts| format!("Supports: {facts}"),
    last_verified: "Last verified",
    external_link: "(external link, opens in a new tab)",
    copy_link: "Copy link",
    copy_search_link: "Copy the link to this search",
    link_copied: "Link copied.",
    copy_failed: "Could not copy; the address bar holds the link.",
    related_programmes: "Related programmes",
    part_of: "Part of",
    family_members: "Programmes within it",
    summary_in_english: "Summary",
    date: |year, month, day| {
        let month = MONTHS[(month.clamp(1, 12) - 1) as usize];
        format!("{day} {month} {year}")
    },

    last_confirmed: |status, year| format!("{status} (last confirmed {year})"),
    read_on: "read on",
    data_notice: "Facts come from the GFMD Policy and Practice Database and from the programmes' own pages; every programme lists its sources.",
    update_available: "A new version of the explorer is available.",
    reload: "Reload",
    dismiss: "Dismiss",

    open_full_explorer: "Open the full explorer",
    element_failed: "The programme explorer could not be loaded here.",
    locked_filter: "set by this site",
    loading_programmes: "Loading the programmes…",
    programmes_unavailable: "The programmes could not be loaded. Check the connection, then reload the page.",
    every_programme: "Every programme",
    without_script: "Without JavaScript, every programme can be read, but the list cannot be searched or filtered.",
    partner_data_failed: |url| {
        format!("The programme list at {url} could not be used, so the explorer shows its own catalogue instead.")
    },
    partner_data_problems: "What was wrong:",
};
