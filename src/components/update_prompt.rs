//! "A new version is available — Reload": shown when the service worker has downloaded a new
//! build. Nothing changes under the reader's feet until they choose to reload.

use diaspora_core::explorer::contract;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::explorer::Explorer;

/// Listens for the boot script's [`contract::UPDATE_READY_EVENT`] (its detail is the waiting
/// service worker) and offers to switch to the new build.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let waiting = RwSignal::new_local(None::<web_sys::ServiceWorker>);
    // Dismissed until the next build is announced; the new version still waits for a reload.
    let dismissed = RwSignal::new(false);
    let _ = window_event_listener_untyped(contract::UPDATE_READY_EVENT, move |event| {
        let worker = event
            .dyn_into::<web_sys::CustomEvent>()
            .ok()
            .and_then(|event| event.detail().dyn_into::<web_sys::ServiceWorker>().ok());
        if worker.is_some() {
            waiting.set(worker);
            dismissed.set(false);
        }
    });
    let shown = move || waiting.with(Option::is_some) && !dismissed.get();
    let _ = window_event_listener(leptos::ev::keydown, move |event| {
        if event.key() == "Escape" && shown() {
            dismissed.set(true);
        }
    });
    let reload = move |_| {
        let Some(worker) = waiting.get_untracked() else {
            return;
        };
        // The boot script reloads the page once the new worker has taken over.
        let _ = js_sys::Reflect::set(&window(), &contract::UPDATING_FLAG.into(), &true.into());
        if let Err(error) = worker.post_message(&contract::SKIP_WAITING_MESSAGE.into()) {
            leptos::logging::warn!("could not switch to the new version: {error:?}");
        }
    };
    move || {
        shown().then(|| {
            view! {
                <div class="update-prompt" role="status" data-testid="update-prompt">
                    <span>{move || explorer.messages().update_available}</span>
                    <button type="button" class="button" on:click=reload>
                        {move || explorer.messages().reload}
                    </button>
                    <button
                        type="button"
                        class="close-button"
                        aria-label=move || explorer.messages().dismiss
                        on:click=move |_| dismissed.set(true)
                    >
                        <span aria-hidden="true">"×"</span>
                    </button>
                </div>
            }
        })
    }
}
