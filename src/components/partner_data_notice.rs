//! The message shown when a partner's own programme list (`?data=` or `data-src`) could not
//! be used: which list, and what was wrong with it, record and field, as the build would say.
//! The explorer goes on with its bundled catalogue.

use diaspora_core::Problem;
use leptos::prelude::*;

use crate::explorer::Explorer;

/// At most this many problems are listed; a wholly wrong file would list thousands.
const SHOWN_PROBLEMS: usize = 10;

/// A partner's programme list that could not be used.
#[derive(Clone, Debug)]
pub struct PartnerDataFailure {
    /// The address as the partner wrote it.
    pub url: String,
    pub cause: PartnerDataCause,
}

/// Why a partner's list could not be used.
#[derive(Clone, Debug)]
pub enum PartnerDataCause {
    /// It could not be fetched: a network or HTTP error, as the browser put it.
    Fetch(String),
    /// It was read but breaks the dataset's rules (English, from the core's validation).
    Invalid(Vec<Problem>),
}

impl PartnerDataCause {
    /// One line per problem, as the build would print them.
    pub fn lines(&self) -> Vec<String> {
        match self {
            PartnerDataCause::Fetch(error) => vec![error.clone()],
            PartnerDataCause::Invalid(problems) => {
                problems.iter().map(ToString::to_string).collect()
            }
        }
    }
}

#[component]
pub fn PartnerDataNotice(failure: PartnerDataFailure) -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let PartnerDataFailure { url, cause } = failure;
    let problems = cause.lines();
    let more = problems.len().saturating_sub(SHOWN_PROBLEMS);
    let items = problems
        .into_iter()
        .take(SHOWN_PROBLEMS)
        .map(|problem| view! { <li>{problem}</li> })
        .collect_view();
    view! {
        <div class="wrap">
            <div class="notice partner-data-notice" role="alert" data-testid="partner-data-error">
                <p>{move || (explorer.messages().partner_data_failed)(&url)}</p>
                <p>{move || explorer.messages().partner_data_problems}</p>
                <ul lang="en">
                    {items}
                    {(more > 0).then(|| view! { <li>{format!("… (+{more})")}</li> })}
                </ul>
            </div>
        </div>
    }
}
