//! The diaspora programme explorer: a Leptos single-page app over a bundled, build-time
//! validated catalogue. The domain logic lives in the `diaspora-core` crate; this crate only
//! wires it to the page.

mod launch;

use diaspora_explorer::browser;

fn main() {
    console_error_panic_hook::set_once();
    // `embed.js` loads this same module on partners' pages to mount `<diaspora-explorer>`
    // elements; there, it must not take over the page's body.
    if browser::is_explorer_page() {
        launch::mount_on_page();
    }
}
