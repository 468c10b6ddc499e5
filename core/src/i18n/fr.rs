use super::{group_thousands, Messages};

pub(super) static MESSAGES: Messages = Messages {
    app_name: "Explorateur des programmes de la diaspora",
    tagline: "Programmes d’engagement des diasporas et de migration et développement : qui les mène, pour qui, et où en savoir plus.",
    skip_to_programmes: "Aller aux programmes",
    // French uses the singular for 0 and 1.
    programme_count: |n| match n {
        0 | 1 => format!("{n} programme"),
        n => format!("{} programmes", group_thousands(n, '\u{202F}')),
    },
    programmes_heading: "Programmes",
    origin_countries: "Pays d’origine",
    residence_countries: "Pays de résidence",
    implemented_by: "Mis en œuvre par",
    themes: "Thèmes",
    years: "Années",
    status: "Statut",
    many_countries: "De nombreux pays",
    and_others: "et d’autres",
    not_specified: "non précisé",
    since_year: |year| format!("depuis {year}"),
    until_year: |year| format!("jusqu’en {year}"),
    data_notice: "Les faits proviennent de la base de données des politiques et pratiques du FMMD et des sites des programmes ; chaque programme cite ses sources.",
};
