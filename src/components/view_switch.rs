//! List | Map | Charts, above the results: each button carries `data-view` (a hook partners'
//! pages and the tests rely on) and `aria-pressed`.

use diaspora_core::explorer::view::View;
use leptos::prelude::*;

use crate::explorer::Explorer;

#[component]
pub fn ViewSwitch() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let current = Memo::new(move |_| explorer.state.with(|s| s.view));
    view! {
        <div class="view-switch" role="group" aria-label=move || explorer.messages().view_switch_label>
            {View::ALL.map(|view| view! {
                <button
                    type="button"
                    class="view-button"
                    data-view=view.key()
                    aria-pressed=move || (current.get() == view).to_string()
                    on:click=move |_| {
                        if current.get_untracked() != view {
                            let next = explorer.state.with_untracked(|s| s.with_view(view));
                            explorer.go(next);
                        }
                    }
                >
                    {move || explorer.messages().view_names[view as usize]}
                </button>
            })}
        </div>
    }
}
