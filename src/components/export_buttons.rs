//! Downloads of the whole current result set (every page) as CSV or JSON.

use diaspora_core::present::export::{to_csv, to_json};
use diaspora_core::request::SearchRequest;
use diaspora_core::Programme;
use leptos::prelude::*;

use crate::browser;
use crate::explorer::Explorer;
use crate::ids;

#[derive(Clone, Copy)]
enum Format {
    Csv,
    Json,
}

/// "Download these results: CSV · JSON".
#[component]
pub fn ExportButtons() -> impl IntoView {
    let explorer = expect_context::<Explorer>();
    let download = move |format: Format| {
        let request = explorer.request.get_untracked();
        let total = explorer.response.with_untracked(|r| r.total);
        let everything = SearchRequest {
            page: 0,
            page_size: total.max(1),
            ..request
        };
        let catalogue = explorer.data.catalogue;
        let programmes: Vec<&Programme> = explorer
            .data
            .engine
            .search(catalogue, &everything)
            .hits
            .iter()
            .map(|hit| &catalogue.programmes[hit.doc])
            .collect();
        let result = match format {
            Format::Csv => browser::download(
                "diaspora-programmes.csv",
                "text/csv;charset=utf-8",
                &to_csv(&programmes, catalogue, everything.lang),
            ),
            Format::Json => browser::download(
                "diaspora-programmes.json",
                "application/json",
                &to_json(&programmes, catalogue),
            ),
        };
        if let Err(error) = result {
            leptos::logging::error!("the download could not start: {error}");
        }
    };
    // Every format lists the programmes' sources, which come apart from the catalogue: the
    // download waits for them (at once, when they are in).
    let export = move |format: Format| {
        leptos::task::spawn_local(async move {
            if !explorer.data.sources_settled().await {
                leptos::logging::warn!("the download lists no sources: they could not be loaded");
            }
            download(format);
        });
    };
    view! {
        <div class="export" role="group" aria-labelledby=ids::EXPORT_LABEL>
            <span id=ids::EXPORT_LABEL class="export-label">
                {move || explorer.messages().export_label}
            </span>
            <button type="button" class="button" on:click=move |_| export(Format::Csv)>
                {move || explorer.messages().export_csv}
            </button>
            <button type="button" class="button" on:click=move |_| export(Format::Json)>
                {move || explorer.messages().export_json}
            </button>
        </div>
    }
}
