//! The diaspora programme explorer's views and their wiring to the core (`diaspora-core`):
//! shared by the app (`src/main.rs`, compiled to WebAssembly) and by the build-time renderer
//! (`src/bin/prerender.rs`, native), which renders the same components to static HTML.

// The views nest deeply enough that rendering them to HTML (the build-time renderer) needs more
// than the default depth to compute their types.
#![recursion_limit = "256"]

pub mod app;
pub mod browser;
pub mod components;
pub mod dataset;
pub mod explorer;
pub mod ids;
pub mod map_drawing;
pub mod world_map_file;
