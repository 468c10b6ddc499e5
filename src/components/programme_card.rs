//! One programme as a card: title and acronym, origin → residence, who runs it, years, themes.

use diaspora_core::display::{country_names, title_with_acronym, year_span};
use diaspora_core::i18n::Messages;
use diaspora_core::{Lang, Programme};
use leptos::prelude::*;

use crate::catalogue::catalogue;

/// A summary card for one programme; every text follows `lang`.
#[component]
pub fn ProgrammeCard(
    programme: &'static Programme,
    #[prop(into)] lang: Signal<Lang>,
) -> impl IntoView {
    let catalogue = catalogue();
    let messages = move || Messages::get(lang.get());
    let heading_id = format!("programme-{}", programme.id);
    let label_id = heading_id.clone();
    let countries = move |codes: &'static [String]| {
        move || {
            let lang = lang.get();
            country_names(codes, &catalogue.geography, lang)
                .unwrap_or_else(|| Messages::get(lang).not_specified.to_owned())
        }
    };
    let implementers = programme
        .implementers
        .iter()
        .map(|organisation| organisation.name.as_str())
        .collect::<Vec<_>>()
        .join(" · ");
    let status = move || {
        catalogue
            .vocabularies
            .statuses
            .label(programme.status.code(), lang.get())
            .to_owned()
    };
    let years = move || {
        let years = year_span(programme, lang.get());
        match years {
            Some(years) => format!("{years} · {}", status()),
            None => status(),
        }
    };
    let themes = move || {
        let lang = lang.get();
        programme
            .themes
            .iter()
            .map(|code| {
                view! {
                    <li class="tag">{catalogue.vocabularies.themes.label(code, lang).to_owned()}</li>
                }
            })
            .collect_view()
    };

    view! {
        <article class="programme-card" data-testid="result" data-id=programme.id.as_str() aria-labelledby=label_id>
            <h3 class="programme-title" id=heading_id data-testid="result-title">
                {title_with_acronym(programme)}
            </h3>
            <p class="programme-route">
                <span class="visually-hidden">{move || messages().origin_countries} ": "</span>
                <span class="origin">{countries(&programme.origin_countries)}</span>
                <span class="arrow" aria-hidden="true">" → "</span>
                <span class="visually-hidden">", " {move || messages().residence_countries} ": "</span>
                <span class="residence">{countries(&programme.residence_countries)}</span>
            </p>
            <dl class="programme-facts">
                {(!implementers.is_empty()).then(|| view! {
                    <div>
                        <dt>{move || messages().implemented_by}</dt>
                        <dd>{implementers}</dd>
                    </div>
                })}
                <div>
                    <dt>{move || messages().years}</dt>
                    <dd>{years}</dd>
                </div>
            </dl>
            <ul class="tags" aria-label=move || messages().themes>{themes}</ul>
        </article>
    }
}
