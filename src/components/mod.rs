//! UI components, one per file. Each reads the shared [`crate::explorer::Explorer`] from
//! context and only wires its signals to core functions; none holds domain logic.

pub mod about_page;
pub mod back_link;
pub mod charts;
pub mod compare;
pub mod export_buttons;
pub mod external_link;
pub mod facet_group;
pub mod facet_panel;
pub mod filter_chips;
pub mod highlighted_text;
pub mod language_switch;
pub mod no_results;
pub mod page_nav;
pub mod partial_match_notice;
pub mod partner_data_notice;
pub mod programme_card;
pub mod programme_page;
pub mod result_list;
pub mod results_bar;
pub mod search_box;
pub mod skip_link;
pub mod state_link;
pub mod update_prompt;
pub mod view_switch;
pub mod world_map;
pub mod year_range;
