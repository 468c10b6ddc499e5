//! Other names of one organisation (`data/aliases.json`): IOM and OIM, AFD and Agence française
//! de développement. Search indexes every name of a group wherever one of them appears.

use serde::{Deserialize, Serialize};

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
