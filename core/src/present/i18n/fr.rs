use super::{group_thousands, Messages};
use crate::request::YearConflict;

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// French numbers group thousands with a narrow no-break space.
fn number(n: usize) -> String {
    group_thousands(n, '\u{202F}')
}

pub(super) static MESSAGES: Messages = Messages {
    app_name: "Explorateur des programmes de la diaspora",
    tagline: "Programmes d’engagement des diasporas et de migration et développement\u{A0}: qui les mène, pour qui, et où en savoir plus.",
    language_name: "Français",
    language_label: "Langue",
    skip_to_programmes: "Aller aux programmes",
    skip_to_programme: "Aller au programme",
    skip_filters: "Passer les filtres",
    number,
    // French uses the singular for 0 and 1.
    programme_count: |n| match n {
        0 | 1 => format!("{n} programme"),
        n => format!("{} programmes", number(n)),
    },
    showing_range: |first, last, total| format!("{first}–{last} sur {}", number(total)),
    programmes_heading: "Programmes",
    loading: "Chargement des programmes…",

    search_label: "Rechercher un programme",
    search_hint: "Mots, pays, organisations ou sigles, en français ou en anglais. Des guillemets pour une expression, un signe moins pour exclure un mot.",

    filters_heading: "Filtres",
    open_filters: |n| match n {
        0 => "Filtres".to_owned(),
        n => format!("Filtres ({n})"),
    },
    close_filters: "Voir les résultats",
    hide_filters: "Fermer les filtres",
    facet_names: [
        "Pays d’origine",
        "Pays de résidence",
        "Région",
        "Thème",
        "Type de soutien",
        "Public visé",
        "Type d’organisation",
        "Organisation de mise en œuvre",
        "Statut",
        "Participer",
    ],
    show_all: |n| format!("Afficher les {}", number(n)),
    show_first: |n, of| format!("Afficher {} sur {}", number(n), number(of)),
    label_separator: "\u{A0}: ",
    show_fewer: "Afficher moins",
    find_in_facet: |facet| format!("Chercher dans « {facet} »"),
    no_matching_values: "Aucune correspondance.",
    start_year: "Année de début",
    from_year: "De",
    year_conflict: |conflict| match conflict {
        YearConflict::FromAfterTo { from, to } => {
            format!("{from} est après l’année « À » ({to}) : non appliqué.")
        }
        YearConflict::ToBeforeFrom { to, from } => {
            format!("{to} est avant l’année « De » ({from}) : non appliqué.")
        }
    },
    to_year: "À",
    year_range: |from, to| match (from, to) {
        (Some(from), Some(to)) => format!("{from}–{to}"),
        (Some(from), None) => format!("{from} ou après"),
        (None, Some(to)) => format!("{to} ou avant"),
        (None, None) => String::new(),
    },

    active_filters: "Filtres actifs",
    remove_filter: |value| format!("Retirer le filtre {value}"),
    clear_all: "Tout effacer",

    sort_label: "Trier par",
    sort_relevance: "Pertinence",
    sort_browse: "Recommandé",
    sort_title: "Titre, A–Z",
    sort_newest: "Plus récents d’abord",
    sort_oldest: "Plus anciens d’abord",
    pagination_label: "Pages de résultats",
    previous_page: "Précédente",
    next_page: "Suivante",
    page_number: |n| format!("Page {n}"),
    page_of: |n, of| format!("Page {n} sur {of}"),
    export_label: "Télécharger ces résultats",
    export_csv: "CSV",
    export_json: "JSON",

    origin_countries: "Pays d’origine",
    residence_countries: "Pays de résidence",
    implemented_by: "Mis en œuvre par",
    themes: "Thèmes",
    years: "Années",
    status: "Statut",
    filter_by_theme: |theme| format!("Afficher seulement les programmes du thème {theme}"),
    many_countries: "De nombreux pays",
    worldwide: "Dans le monde entier",
    and_others: "et d’autres",
    not_specified: "non précisé",
    since_year: |year| format!("depuis {year}"),
    until_year: |year| format!("jusqu’en {year}"),

    no_results: "Aucun programme ne correspond.",
    no_results_hint: "Vérifiez l’orthographe, utilisez moins de mots ou retirez un filtre.",
    did_you_mean: "Vouliez-vous dire\u{A0}:",
    try_removing: "Résultats sans l’un de vos choix\u{A0}:",
    partial_match: |every_word, fewest, most, words| {
        let some = match (fewest, most) {
            (f, m) if f == m => format!("{f}"),
            (f, m) => format!("{f} à {m}"),
        };
        match every_word {
            0 => format!("Aucun programme ne contient tous les mots. Voici ceux qui en contiennent {some} sur {words}\u{A0}:"),
            1 => format!("Un seul programme contient tous les mots\u{A0}; suivent ceux qui en contiennent {some} sur {words}\u{A0}:"),
            n => format!("Seuls {n} programmes contiennent tous les mots\u{A0}; suivent ceux qui en contiennent {some} sur {words}\u{A0}:"),
        }
    },
    words_not_found: "Dans aucun programme\u{A0}:",
    matched_elsewhere: "Correspond à\u{A0}:",
    without_query: "Sans les mots recherchés",
    without_year_range: "Sans la période de début",
    value_in_facet: |value, facet| format!("{value} ({facet})"),

    back_to_results: "Retour aux résultats",
    programme_not_found_title: "Programme introuvable",
    programme_not_found: "Ce programme n’est pas dans le catalogue. Il a peut-être été renommé ou retiré.",
    summary: "Résumé",
    original_title: "Nom d’origine",
    regions: "Régions",
    funded_by: "Financé par",
    partners: "Partenaires",
    support_types: "Soutien",
    target_groups: "Pour",
    official_site: "Site officiel",
    taking_part: "Comment participer",
    who_may_take_part: "Qui peut participer",
    how_to_take_part: "Comment candidater ou adhérer",
    taking_part_link: "Candidater ou prendre contact",
    applications_closed: "Pas de candidatures lors de la dernière lecture",
    sources: "Sources",
    source_supports: |facts| format!("Appuie\u{A0}: {facts}"),
    last_verified: "Dernière vérification",
    external_link: "(lien externe, s’ouvre dans un nouvel onglet)",
    copy_link: "Copier le lien",
    copy_search_link: "Copier le lien de cette recherche",
    link_copied: "Lien copié.",
    copy_failed: "Copie impossible ; le lien est dans la barre d’adresse.",
    related_programmes: "Programmes apparentés",
    part_of: "Fait partie de",
    family_members: "Programmes qui en font partie",
    summary_in_english: "Résumé (en anglais)",
    date: |year, month, day| {
        let month = MONTHS[(month.clamp(1, 12) - 1) as usize];
        match day {
            1 => format!("1er {month} {year}"),
            day => format!("{day} {month} {year}"),
        }
    },

    last_confirmed: |status, year| format!("{status} (dernière confirmation\u{A0}: {year})"),
    read_on: "consultée le",
    data_notice: "Les faits proviennent de la base de données des politiques et pratiques du FMMD et des sites des programmes ; chaque programme cite ses sources.",
    update_available: "Une nouvelle version de l’explorateur est disponible.",
    reload: "Recharger",
    dismiss: "Fermer",

    open_full_explorer: "Ouvrir l’explorateur complet",
    element_failed: "L’explorateur des programmes n’a pas pu être chargé ici.",
    locked_filter: "fixé par ce site",
    loading_programmes: "Chargement des programmes…",
    programmes_unavailable: "Les programmes n’ont pas pu être chargés. Vérifiez la connexion, puis rechargez la page.",
    every_programme: "Tous les programmes",
    without_script: "Sans JavaScript, chaque programme peut être lu, mais la liste ne peut être ni cherchée ni filtrée.",
    partner_data_failed: |url| {
        format!("La liste de programmes à l’adresse {url} n’a pas pu être utilisée\u{a0}: l’explorateur affiche donc son propre catalogue.")
    },
    partner_data_problems: "Problèmes relevés\u{a0}:",
};
