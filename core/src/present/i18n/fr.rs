use super::{group_thousands, Messages};
use crate::explorer::view::MapSide;
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
    skip_to_content: "Aller au contenu",
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
    view_switch_label: "Afficher les résultats en",
    view_names: ["Liste", "Carte", "Graphiques"],
    map_side_label: "Compter les pays",
    map_sides: ["D’origine", "De résidence"],
    map_country: |name, count, side| {
        let side = match side { MapSide::Origin => "origine", MapSide::Residence => "résidence" };
        format!("{name}\u{A0}: {} ({side})", (MESSAGES.programme_count)(count))
    },
    map_title: |side| match side {
        MapSide::Origin => "Carte du monde des programmes par pays d’origine".to_owned(),
        MapSide::Residence => "Carte du monde des programmes par pays de résidence".to_owned(),
    },
    map_loading: "Chargement de la carte…",
    map_unavailable: "La carte n’a pas pu être chargée. Réessayez une fois en ligne\u{A0}; le tableau ci-dessous donne les mêmes nombres.",
    map_point_hint: "Pointez un pays, ou atteignez-le avec Tab, pour voir son nombre. Cliquez dessus, ou appuyez sur Entrée, pour filtrer.",
    map_legend: "Programmes par pays",
    map_none: "Aucun",
    map_find: "Trouver un pays",
    map_find_none: |typed| format!("Aucun pays avec des programmes ne correspond à «\u{A0}{typed}\u{A0}»."),
    show_as_table: "Afficher en tableau",
    table_country: "Pays",
    table_programmes: "Programmes",
    map_wide_heading: "Couvrent aussi des régions entières ou de nombreux pays",
    map_wide_many: "De nombreux pays ou le monde entier",
    map_wide_region: |region| format!("{region} (toute la région)"),
    corridor_lead: |names, side| match side {
        MapSide::Origin => format!("Où vit la diaspora — origine\u{A0}: {names}"),
        MapSide::Residence => format!("D’où vient la diaspora — résidence\u{A0}: {names}"),
    },
    corridors_heading: "Corridors",
    corridors_note: "Paires d’un pays d’origine et d’un pays de résidence nommés par un même programme.",
    corridor_origin: "Pays d’origine",
    corridor_residence: "Pays de résidence",
    corridors_sort: "Trier par",
    corridors_download: "Télécharger les corridors (CSV)",
    corridors_none: "Aucun programme de ces résultats ne nomme à la fois un pays d’origine et un pays de résidence.",
    chart_years: "Programmes par année de début",
    chart_years_hint: "Choisissez une première année, puis une dernière, pour afficher les programmes commencés entre les deux.",
    chart_year_bar: |year, count| format!("{year}\u{A0}: {}", (MESSAGES.programme_count)(count)),
    chart_empty: "Aucun programme à représenter.",
    chart_years_first: |year| format!("À partir de {year}\u{A0}: choisissez maintenant la dernière année."),
    compare_tick: "Comparer",
    compare_chosen: |n| if n == 1 { "1 programme choisi pour comparer".to_owned() } else { format!("{n} programmes choisis pour comparer") },
    compare_open: "Les comparer",
    compare_clear: "Effacer",
    compare_limit: |n| format!("On peut comparer au plus {n} programmes à la fois."),
    compare_heading: |n| format!("{n} programmes côte à côte"),
    compare_field: "Champ",
    compare_programme: "Programme",
    compare_only_differences: "N’afficher que les champs qui diffèrent",
    compare_differs: "(diffère)",
    compare_download: "Télécharger la comparaison (CSV)",
    compare_print: "Imprimer",
    sources: "Sources",
    sources_loading: "Chargement des sources…",
    sources_unavailable: "Les sources n’ont pas pu être chargées. Réessayez une fois en ligne.",
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
    read_by: "consultée au plus tard le",
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

    about_link: "À propos des données",
    about_title: "À propos des données",
    about_intro: |programmes, organisations, countries| {
        format!("Le catalogue réunit {} programmes, menés par {} organisations, pour des personnes de {} pays d’origine.", group_thousands(programmes, '\u{202F}'), group_thousands(organisations, '\u{202F}'), group_thousands(countries, '\u{202F}'))
    },
    about_description: |programmes| {
        format!("Ce que couvrent les {programmes} programmes du catalogue, d’où viennent leurs informations et comment elles sont vérifiées, la licence et les modifications.")
    },
    about_by_region: "Programmes par région",
    about_by_region_note: "Un programme compte dans chaque région où se trouve l’un de ses pays d’origine ou de résidence, et dans une région qu’il couvre en entier, comme le trouve le filtre par région. Les programmes pour «\u{a0}de nombreux pays\u{a0}» qui n’en nomment aucun ne sont pas comptés ici.",
    about_region: "Région",
    about_by_theme: "Par thème",
    about_by_status: "Par statut",
    about_programmes: "Programmes",
    about_share: "Part",
    about_show: |count, what| match count {
        1 => format!("Afficher le programme\u{a0}: {what}"),
        n => format!("Afficher les {n} programmes\u{a0}: {what}"),
    },
    about_completeness: "Ce que disent les fiches",
    about_field: "La fiche donne",
    about_records: "Fiches",
    completeness_names: |slot, recent_from| match slot {
        0 => "les pays d’origine".to_owned(),
        1 => "les pays de résidence".to_owned(),
        2 => "l’année de début".to_owned(),
        3 => "un site officiel".to_owned(),
        4 => "l’année de sa source la plus récente".to_owned(),
        5 => format!("une source de {recent_from} ou après"),
        6 => "comment y participer".to_owned(),
        7 => "ouvert aux candidatures à la lecture".to_owned(),
        8 => "qui le finance".to_owned(),
        _ => "un résumé en français".to_owned(),
    },
    about_sources: "D’où viennent les informations",
    about_method: [
        "Chaque programme indique les pages où ses informations ont été lues\u{a0}: la base de politiques et pratiques du FMMD et surtout des pages officielles (le site du programme, l’administration ou l’organisation internationale qui le mène), puis des articles de presse et évaluations reconnus. Ni fermes de contenu, ni copies de documents, ni forums, ni wikis ouverts.",
        "Les résumés sont écrits pour ce catalogue\u{a0}: les faits viennent des sources, pas les phrases. Ce qu’aucune source ne dit reste vide plutôt que deviné.",
        "Un statut repose sur la page datée la plus récente qui montre le programme. Quand elle précède de plus de deux ans la vérification de la fiche, le statut le dit\u{a0}: «\u{a0}En cours (dernière confirmation\u{a0}: 2021)\u{a0}».",
    ],
    about_source_counts: |sources, dated, read_by| {
        let counts = format!("Les fiches citent {} sources, dont {} avec le jour où leur page a été lue", group_thousands(sources, '\u{202F}'), group_thousands(dated, '\u{202F}'));
        match read_by {
            Some(day) if dated < sources => format!("{counts}. Les {} autres ont été lues au plus tard le {day}, pour la première version, à des jours non notés, et pas relues depuis.", group_thousands(sources - dated, '\u{202F}')),
            _ => format!("{counts}."),
        }
    },
    about_checked: |first, last| {
        if first == last {
            format!("Toutes les fiches ont été vérifiées pour la dernière fois le {first}.")
        } else {
            format!("Les fiches ont été vérifiées pour la dernière fois entre le {first} et le {last}.")
        }
    },
    about_licence: "Licence",
    about_licence_text: "Les fiches des programmes (résumés, champs et listes de sources) peuvent être réutilisées, en citant cet explorateur, sous la licence Creative Commons Attribution 4.0.",
    about_licence_link: "CC BY 4.0",
    about_third_party: "Les noms de pays viennent d’Unicode CLDR, les régions de la norme M49 des Nations unies, les gentilés que comprend la recherche et les repères de la carte de world-countries (Open Database License 1.0), et les contours de la carte de Natural Earth (domaine public). Le code de l’explorateur est sous licence MIT.",
    about_changes: "Modifications des fiches",
    about_changes_note: "Les plus récentes d’abord. Chaque modification nomme les fiches touchées dans le journal des données.",
    about_correction: "Proposer une correction",
    about_correction_text: "Une information fausse ou dépassée, un programme absent\u{a0}? Indiquez le programme, ce qui doit changer et la page qui le montre\u{a0}: une page officielle s’il y en a une.",
    about_correction_email: "Écrire aux responsables",
    about_correction_page: "Envoyer une correction",
    about_correction_none: "Cette copie de l’explorateur n’indique pas d’adresse pour les corrections\u{a0}: demandez au site qui l’affiche.",
    correction_subject: "Correction au catalogue des programmes",
    correction_body: "Programme (nom ou lien)\u{a0}:\n\nCe qui doit changer\u{a0}:\n\nUne page qui le montre\u{a0}:\n",
};
