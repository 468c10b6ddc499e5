#!/usr/bin/env bash
# Builds the bench engine (crate bench/engine) of one source tree for wasm, size-optimised like
# the app, with its JS glue: bench/build-engine.sh <source tree> <out dir>. Used by
# bench/build.sh (our tree) and bench/baseline.sh (an earlier commit's).
set -euo pipefail
src=$(cd "$1" && pwd)
out=$2
mkdir -p "$out"
source "$src/scripts/wasm-env.sh"
cd "$src"
cargo build --release --target wasm32-unknown-unknown -p diaspora-search-js --quiet
wasm-bindgen --target web --out-dir "$out" "$wasm_target_dir/release/diaspora_search_js.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  -o "$out/diaspora_search_js_bg.wasm" "$out/diaspora_search_js_bg.wasm"
