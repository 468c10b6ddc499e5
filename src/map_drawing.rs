//! Draws the world map's countries into its `<svg>` with DOM calls, and repaints them when
//! the counts, the selection or the language change.
//!
//! A deviation from the components' `view!` markup, for a measured size reason: the map as
//! ~330 Leptos elements with six reactive attributes and four handlers each compiled to
//! ~75 KB of wasm (twiggy, `components::world_map`), five times this module and its callers;
//! and a repaint here touches only attributes. Clicks, keys and pointing are handled once,
//! on the `<svg>`, by the country's `data-country` (see [`country_of`]).

use diaspora_core::present::world_map::WorldMap;
use wasm_bindgen::JsCast;

const SVG: &str = "http://www.w3.org/2000/svg";
/// The marker's radius, in map units (the view box is 2,000 wide): a ~9 CSS px target on a
/// desktop-width map.
const MARKER_RADIUS: i32 = 9;

/// How one country is shown.
pub struct Paint {
    /// `map-c0`…`map-c4`, or `map-none`.
    pub class: String,
    /// The accessible name, for countries with programmes (which are then buttons); `None`
    /// leaves the country out of the tab order and of the accessibility tree.
    pub label: Option<String>,
    pub selected: bool,
}

/// Adds a `<path>` per country outline, then one per marker (drawn as a circle), to `svg`.
pub fn draw(svg: &web_sys::Element, map: &WorldMap) {
    let Some(document) = svg.owner_document() else {
        return;
    };
    let add = |code: &str, d: &str, kind: &str| {
        if let Ok(path) = document.create_element_ns(Some(SVG), "path") {
            let _ = path.set_attribute("d", d);
            let _ = path.set_attribute("data-country", code);
            let _ = path.set_attribute("data-kind", kind);
            let _ = svg.append_child(&path);
        }
    };
    for (code, d) in &map.shapes {
        add(code, d, "map-country");
    }
    let r = MARKER_RADIUS;
    for (code, x, y) in &map.markers {
        let circle = format!(
            "M{} {y}a{r} {r} 0 1 0 {} 0a{r} {r} 0 1 0 -{} 0z",
            x - r,
            2 * r,
            2 * r
        );
        add(code, &circle, "map-marker");
    }
}

/// Repaints every country of `svg` as `paint` says; markers of countries with no programme
/// are hidden (they only mark what would otherwise be out of reach).
pub fn repaint(svg: &web_sys::Element, paint: impl Fn(&str) -> Paint) {
    let Ok(nodes) = svg.query_selector_all("[data-country]") else {
        return;
    };
    for i in 0..nodes.length() {
        let Some(element) = nodes
            .item(i)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let (Some(code), Some(kind)) = (
            element.get_attribute("data-country"),
            element.get_attribute("data-kind"),
        ) else {
            continue;
        };
        let Paint {
            class,
            label,
            selected,
        } = paint(&code);
        let chosen = if selected { " map-selected" } else { "" };
        let _ = element.set_attribute("class", &format!("{kind} {class}{chosen}"));
        match label {
            Some(label) => {
                let _ = element.set_attribute("tabindex", "0");
                let _ = element.set_attribute("role", "button");
                let _ = element.set_attribute("aria-label", &label);
                let _ =
                    element.set_attribute("aria-pressed", if selected { "true" } else { "false" });
                let _ = element.remove_attribute("aria-hidden");
                let _ = element.remove_attribute("display");
            }
            None => {
                for name in ["tabindex", "role", "aria-label", "aria-pressed"] {
                    let _ = element.remove_attribute(name);
                }
                let _ = element.set_attribute("aria-hidden", "true");
                if kind == "map-marker" {
                    let _ = element.set_attribute("display", "none");
                }
            }
        }
    }
}

/// The country an event happened on: the `data-country` of its target or the target's
/// nearest ancestor with one.
pub fn country_of(event: &web_sys::Event) -> Option<String> {
    event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("[data-country]")
        .ok()??
        .get_attribute("data-country")
}
