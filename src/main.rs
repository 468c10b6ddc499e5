//! The diaspora programme explorer: a Leptos single-page app over a bundled, build-time
//! validated catalogue. The domain logic lives in the `diaspora-core` crate; this crate only
//! wires it to the page.

mod app;
mod catalogue;
mod components;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
