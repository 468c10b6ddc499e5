//! English / Français: switches the interface without reloading.

use diaspora_core::present::i18n::Messages;
use diaspora_core::Lang;
use leptos::prelude::*;

use crate::explorer::Explorer;

/// One button per language, each written in its own language; the current one is pressed.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let buttons = Lang::ALL
        .into_iter()
        .map(|lang| {
            let select = move |_| {
                let next = explorer.state.with_untracked(|state| state.with_lang(lang));
                explorer.replace(next);
            };
            view! {
                <button
                    type="button"
                    class="language-button"
                    lang=lang.tag()
                    aria-pressed=move || (explorer.lang.get() == lang).to_string()
                    on:click=select
                >
                    {Messages::get(lang).language_name}
                </button>
            }
        })
        .collect_view();
    view! {
        <div
            class="language-switch"
            role="group"
            aria-label=move || explorer.messages().language_label
        >
            {buttons}
        </div>
    }
}
