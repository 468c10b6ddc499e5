//! Text with the words that matched the search wrapped in `<mark>`.

use diaspora_core::present::display::highlight_segments;
use diaspora_core::search::engine::Highlighted;
use leptos::prelude::*;

/// Renders `text`, marking its highlighted ranges, and follows it as it changes. The text is
/// always inserted as text, never as HTML.
///
/// ```ignore
/// view! { <HighlightedText text=Signal::derive(move || hit.get().title) /> }
/// ```
#[component]
pub fn HighlightedText(#[prop(into)] text: Signal<Highlighted>) -> impl IntoView {
    move || {
        text.with(|text| {
            highlight_segments(text)
                .into_iter()
                .map(|(piece, marked)| {
                    let piece = piece.to_owned();
                    if marked {
                        view! { <mark>{piece}</mark> }.into_any()
                    } else {
                        piece.into_any()
                    }
                })
                .collect_view()
        })
    }
}
