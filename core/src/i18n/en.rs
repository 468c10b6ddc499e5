use super::{group_thousands, Messages};

pub(super) static MESSAGES: Messages = Messages {
    app_name: "Diaspora Programme Explorer",
    tagline: "Diaspora engagement and migration-and-development programmes: who runs them, for whom, and how to learn more.",
    skip_to_programmes: "Skip to the programmes",
    programme_count: |n| match n {
        1 => "1 programme".to_owned(),
        n => format!("{} programmes", group_thousands(n, ',')),
    },
    programmes_heading: "Programmes",
    origin_countries: "Countries of origin",
    residence_countries: "Countries of residence",
    implemented_by: "Run by",
    themes: "Themes",
    years: "Years",
    status: "Status",
    many_countries: "Many countries",
    and_others: "and others",
    not_specified: "not specified",
    since_year: |year| format!("since {year}"),
    until_year: |year| format!("until {year}"),
    data_notice: "Facts come from the GFMD Policy and Practice Database and from the programmes' own pages; every programme lists its sources.",
};
