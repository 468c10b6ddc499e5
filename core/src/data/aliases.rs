//! Other names of one organisation (`data/aliases.json`): IOM and OIM, AFD and Agence française
//! de développement. Search indexes every name of a group wherever one of them appears.

use serde::{Deserialize, Serialize};

use crate::text::fold;

/// Groups of names for one organisation (`data/aliases.json`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Aliases {
    #[serde(default)]
    pub about: String,
    pub organisations: Vec<Vec<String>>,
}

impl Aliases {
    pub fn from_json(text: &str) -> serde_json::Result<Self> {
        serde_json::from_str(text)
    }
}

/// The alias groups with their names folded, for finding the groups an organisation's name
/// mentions: the one rule the index and the "matched: …" note share.
///
/// ```
/// use diaspora_core::data::aliases::{Aliases, FoldedAliases};
/// let aliases = Aliases { about: String::new(), organisations: vec![
///     vec!["IOM".into(), "OIM".into()],
///     vec!["Agence française de développement".into(), "AFD".into()],
/// ]};
/// let folded = FoldedAliases::new(&aliases);
/// assert_eq!(folded.mentioned_by("IOM Somalia").count(), 1);
/// assert_eq!(folded.mentioned_by("l'Agence Française de Développement").count(), 1);
/// assert_eq!(folded.mentioned_by("Biomedical Institute").count(), 0, "words, not letters");
/// ```
#[derive(Clone, Debug, Default)]
pub struct FoldedAliases {
    groups: Vec<(Vec<String>, Vec<String>)>,
}

impl FoldedAliases {
    pub fn new(aliases: &Aliases) -> Self {
        let groups = aliases
            .organisations
            .iter()
            .map(|group| (group.iter().map(|name| fold(name)).collect(), group.clone()))
            .collect();
        FoldedAliases { groups }
    }

    /// The groups (as written) one of whose names `name` holds: a name of several words as
    /// a part of it, a name of one word as one of its words.
    pub fn mentioned_by<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a [String]> + 'a {
        let name = fold(name);
        let words: Vec<String> = name
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_owned)
            .collect();
        self.groups.iter().filter_map(move |(folded, group)| {
            folded
                .iter()
                .any(|alias| {
                    if alias.contains(' ') {
                        name.contains(alias.as_str())
                    } else {
                        words.iter().any(|word| word == alias)
                    }
                })
                .then_some(group.as_slice())
        })
    }
}
