//! Text helpers shared by every part of the core: the interface and data languages, folding
//! (case and accents), and edit distance.
//!
//! Depends on nothing else in the crate. Put a helper here when more than one folder needs it
//! and it knows nothing of programmes; search-only text analysis stays in
//! [`crate::search::analysis`].
//!
//! - [`lang`]: the languages of the interface and of the data.
//! - [`fold()`]: `Sénégal` → `senegal`, for every comparison of words.
//! - [`distance`]: bounded edit distance, for typo tolerance and "did you mean".

pub mod distance;
mod fold;
mod fold_table;
pub mod lang;

pub use fold::fold;
pub use lang::Lang;
