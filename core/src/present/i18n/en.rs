use super::{group_thousands, Messages};
use crate::explorer::view::MapSide;
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
    skip_to_content: "Skip to the content",
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
    view_switch_label: "Show the results as",
    view_names: ["List", "Map", "Charts"],
    map_side_label: "Count countries",
    map_sides: ["Of origin", "Of residence"],
    map_country: |name, count, side| {
        let side = match side { MapSide::Origin => "origin", MapSide::Residence => "residence" };
        format!("{name}: {} ({side})", (MESSAGES.programme_count)(count))
    },
    map_title: |side| match side {
        MapSide::Origin => "World map of the programmes by country of origin".to_owned(),
        MapSide::Residence => "World map of the programmes by country of residence".to_owned(),
    },
    map_loading: "Loading the map…",
    map_unavailable: "The map could not be loaded. Try again once you are online; the table below has the same counts.",
    map_point_hint: "Point at a country, or Tab to it, to see its count. Click it, or press Enter, to filter by it.",
    map_legend: "Programmes per country",
    map_none: "None",
    map_find: "Find a country",
    map_find_none: |typed| format!("No country with programmes matches “{typed}”."),
    show_as_table: "Show as a table",
    table_country: "Country",
    table_programmes: "Programmes",
    map_wide_heading: "Also reaching whole regions or many countries",
    map_wide_many: "Many countries or worldwide",
    map_wide_region: |region| format!("{region} (the whole region)"),
    corridor_lead: |names, side| match side {
        MapSide::Origin => format!("Where the diaspora lives — origin: {names}"),
        MapSide::Residence => format!("Where the diaspora comes from — residence: {names}"),
    },
    corridors_heading: "Corridors",
    corridors_note: "Pairs of a country of origin and a country of residence that the same programme names.",
    corridor_origin: "Country of origin",
    corridor_residence: "Country of residence",
    corridors_sort: "Sort by",
    corridors_download: "Download the corridors (CSV)",
    corridors_none: "No programme in these results names both a country of origin and a country of residence.",
    chart_years: "Programmes by start year",
    chart_years_hint: "Choose a first year, then a last one, to show the programmes that started in between.",
    chart_year_bar: |year, count| format!("{year}: {}", (MESSAGES.programme_count)(count)),
    chart_empty: "No programme to chart.",
    chart_years_first: |year| format!("From {year}: now choose the last year."),
    compare_tick: "Compare",
    compare_chosen: |n| if n == 1 { "1 programme chosen to compare".to_owned() } else { format!("{n} programmes chosen to compare") },
    compare_open: "Compare them",
    compare_clear: "Clear",
    compare_limit: |n| format!("At most {n} programmes can be compared at once."),
    compare_heading: |n| format!("{n} programmes side by side"),
    compare_field: "Field",
    compare_programme: "Programme",
    compare_only_differences: "Show only the fields that differ",
    compare_differs: "(differs)",
    compare_download: "Download the comparison (CSV)",
    compare_print: "Print",
    sources: "Sources",
    sources_loading: "Loading the sources…",
    sources_unavailable: "The sources could not be loaded. Try again once you are online.",
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
    read_by: "read by",
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

    about_link: "About the data",
    about_title: "About the data",
    about_intro: |programmes, organisations, countries| {
        format!("The catalogue holds {} programmes, run by {} organisations, for people from {} countries of origin.", group_thousands(programmes, ','), group_thousands(organisations, ','), group_thousands(countries, ','))
    },
    about_description: |programmes| {
        format!("What the {programmes} programmes of the catalogue cover, where their facts come from and how they are checked, the licence and the changes.")
    },
    about_by_region: "Programmes by region",
    about_by_region_note: "A programme counts in each region where one of its countries of origin or of residence lies, and in a region it covers as a whole, as the region filter finds it. Programmes for \"many countries\" that name none are not counted here.",
    about_region: "Region",
    about_by_theme: "By theme",
    about_by_status: "By status",
    about_programmes: "Programmes",
    about_share: "Share",
    about_show: |count, what| match count {
        1 => format!("Show the programme: {what}"),
        n => format!("Show the {n} programmes: {what}"),
    },
    about_completeness: "How complete the records are",
    about_field: "The record gives",
    about_records: "Records",
    completeness_names: |slot, recent_from| match slot {
        0 => "countries of origin".to_owned(),
        1 => "countries of residence".to_owned(),
        2 => "a start year".to_owned(),
        3 => "an official website".to_owned(),
        4 => "the year of its latest evidence".to_owned(),
        5 => format!("evidence from {recent_from} or later"),
        6 => "how to take part".to_owned(),
        7 => "open to applications when read".to_owned(),
        8 => "who funds it".to_owned(),
        _ => "a summary in French".to_owned(),
    },
    about_sources: "Where the facts come from",
    about_method: [
        "Every programme lists the pages its facts were read on: the GFMD Policy and Practice Database, and above all official pages (the programme's own site, the government office or international organisation that runs it), then reputable news and evaluations. Content farms, document mirrors, forums and user wikis are not used.",
        "Summaries are written for this catalogue: facts carry over from the sources, sentences do not. What no source states is left empty rather than guessed.",
        "A status rests on the latest dated page that shows the programme. When that page is more than two years older than the record's check, the status says so: \"Ongoing (last confirmed 2021)\".",
    ],
    about_source_counts: |sources, dated, read_by| {
        let counts = format!("The records cite {} sources; {} of them with the day their page was read", group_thousands(sources, ','), group_thousands(dated, ','));
        match read_by {
            Some(day) if dated < sources => format!("{counts}. The other {} were read by {day}, for the first release, on days nobody wrote down, and have not been read again since.", group_thousands(sources - dated, ',')),
            _ => format!("{counts}."),
        }
    },
    about_checked: |first, last| {
        if first == last {
            format!("Every record was last checked on {first}.")
        } else {
            format!("Records were last checked between {first} and {last}.")
        }
    },
    about_licence: "Licence",
    about_licence_text: "The programme records (their summaries, fields and lists of sources) may be reused, with credit to this explorer, under the Creative Commons Attribution 4.0 licence.",
    about_licence_link: "CC BY 4.0",
    about_third_party: "Country names come from Unicode CLDR, regions from the UN M49 standard, the demonyms search understands and the map's markers from world-countries (Open Database License 1.0), and the map's outlines from Natural Earth (public domain). The explorer's code is under the MIT licence.",
    about_changes: "Changes to the records",
    about_changes_note: "Newest first. Each change lists the records it touched in the data's changelog.",
    about_correction: "Suggest a correction",
    about_correction_text: "A fact wrong or out of date, or a programme missing? Say which programme, what should change, and the page that shows it: an official page if there is one.",
    about_correction_email: "Write to the editors",
    about_correction_page: "Send a correction",
    about_correction_none: "This copy of the explorer names no address for corrections: ask the site that shows it.",
    correction_subject: "Correction to the programme catalogue",
    correction_body: "Programme (name or link):\n\nWhat should change:\n\nA page that shows it:\n",
};
