//! UI components. Each only wires signals to the core; none holds domain logic.

pub mod programme_card;
pub mod programme_list;
