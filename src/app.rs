//! The page: header, the programme list and its count, footer.

use diaspora_core::i18n::Messages;
use diaspora_core::{Lang, Programme};
use leptos::prelude::*;

use crate::catalogue::catalogue;
use crate::components::programme_list::ProgrammeList;

#[component]
pub fn App() -> impl IntoView {
    // One language for now; the explorer makes it switchable without touching the components,
    // which already read it as a signal.
    let lang = Signal::stored(Lang::En);
    let messages = move || Messages::get(lang.get());
    let programmes: Vec<&'static Programme> = catalogue().programmes.iter().collect();
    let count = programmes.len();

    view! {
        <a class="skip-link" href="#programmes">
            {move || messages().skip_to_programmes}
        </a>
        <header class="site-header">
            <div class="wrap">
                <h1 class="site-title">{move || messages().app_name}</h1>
                <p class="tagline">{move || messages().tagline}</p>
            </div>
        </header>
        <main id="programmes" class="wrap" tabindex="-1">
            <h2 class="results-heading">
                {move || messages().programmes_heading}
                " "
                <span class="result-count" data-testid="result-count" data-count=count>
                    {move || (messages().programme_count)(count)}
                </span>
            </h2>
            <ProgrammeList programmes=programmes lang=lang />
        </main>
        <footer class="site-footer">
            <div class="wrap">
                <p>{move || messages().data_notice}</p>
            </div>
        </footer>
    }
}
