//! The diaspora programme explorer: a Leptos single-page app over a bundled, build-time
//! validated catalogue. The domain logic lives in the `diaspora-core` crate; this crate only
//! wires it to the page.

mod app;
mod browser;
mod catalogue;
mod components;
mod explorer;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
