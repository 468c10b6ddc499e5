//! Fuzzing the query parser, the analysis pipeline and the whole search with arbitrary text.
//!
//! `make test` runs proptest's default 256 cases per property. Before a release, run a million:
//!
//! ```sh
//! PROPTEST_CASES=1000000 cargo test --release -p diaspora-core --test fuzz
//! ```

mod common;

use diaspora_core::request::SearchRequest;
use diaspora_core::search::analysis::{Analyzer, Elision, Fold, Stem, StopWords};
use diaspora_core::search::query::{Clause, Query, MAX_CLAUSES};
use diaspora_core::Lang;
use proptest::prelude::*;

/// Text that looks like what people type, and text that does not: words in several scripts,
/// quotes, dashes, apostrophes, plus signs, control and bidi characters, emoji.
fn query_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(vec![
            "diaspora", "Sénégal", "MIDA", "remittances", "3x1", "1+3", "d'appui", "Côte d’Ivoire",
            "OIM", "investissements", "œuvre", "STRAẞE", "ﬁnance",
        ]).prop_map(str::to_owned),
        2 => prop::sample::select(vec![" ", "\"", "-", "'", "’", "+", "  ", "\t", "\n"]).prop_map(str::to_owned),
        1 => prop::sample::select(vec!["\u{0}", "\u{7}", "\u{1b}[0m", "\u{202E}", "\u{200D}", "🙂", "🇬🇭", "مرحبا", "中国", "\u{FFFD}"]).prop_map(str::to_owned),
        2 => any::<String>(),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

proptest! {
    #[test]
    fn query_parser_is_total_and_bounded(text in query_text()) {
        let query = Query::parse(&text);
        prop_assert!(query.clauses.len() <= MAX_CLAUSES);
        for clause in &query.clauses {
            match clause {
                Clause::Word { text, .. } => prop_assert!(!text.is_empty()),
                Clause::Phrase(words) | Clause::Exclude(words) => {
                    prop_assert!(!words.is_empty());
                    prop_assert!(words.iter().all(|w| !w.is_empty()));
                }
            }
        }
    }

    #[test]
    fn analysis_keeps_offsets_on_the_original_text(text in query_text()) {
        let stemmed = |lang| Analyzer::new(vec![
            Box::new(Fold),
            Box::new(Elision),
            Box::new(StopWords::for_language(lang)),
            Box::new(Stem::for_language(lang)),
        ]);
        for analyzer in [Analyzer::plain(), stemmed(Lang::En), stemmed(Lang::Fr)] {
            for token in analyzer.tokens(&text) {
                prop_assert!(token.start < token.end && token.end <= text.len());
                prop_assert!(text.is_char_boundary(token.start) && text.is_char_boundary(token.end));
                prop_assert!(!token.text.is_empty());
            }
        }
    }

    #[test]
    fn search_answers_any_query(text in query_text()) {
        let (catalogue, engine) = common::engine();
        let response = engine.search(catalogue, &SearchRequest { query: text, lang: Lang::Fr, ..SearchRequest::default() });
        prop_assert!(response.total <= catalogue.programmes.len());
        prop_assert!(response.hits.len() <= 20);
        for hit in &response.hits {
            for range in hit.title.ranges.iter().chain(&hit.snippet.ranges) {
                prop_assert!(range.end <= hit.title.text.len().max(hit.snippet.text.len()));
            }
        }
    }
}

/// Query strings and embed attributes as a hostile page could write them: real keys with
/// arbitrary values, percent-escapes, separators, huge repeats.
fn page_query_string() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "q", "origin", "theme", "org", "from", "to", "sort", "lang", "p", "id", "embed", "lock",
        "parent", "data", "accent", "font", "radius", "unknown", "",
    ]);
    let value = prop_oneof![
        query_text(),
        prop::sample::select(vec![
            "%",
            "%zz",
            "%E9",
            "%C3%A9",
            "+",
            "=",
            "&",
            "#",
            "javascript:alert(1)",
            "https://x.example",
            "#fff",
            "1"
        ])
        .prop_map(str::to_owned),
    ];
    prop::collection::vec((key, value), 0..40).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(key, value)| format!("{key}={value}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

proptest! {
    #[test]
    fn page_options_parser_is_total(text in page_query_string()) {
        let (catalogue, _) = common::engine();
        let options = diaspora_core::explorer::embed::PageOptions::from_query_string(&text, catalogue);
        // Whatever was read writes back to a string that reads back the same state.
        let again = diaspora_core::explorer::embed::PageOptions::from_query_string(
            &options.state.to_query_string(),
            catalogue,
        );
        prop_assert_eq!(again.state, options.state);
        prop_assert!(again.warnings.is_empty());
    }
}
