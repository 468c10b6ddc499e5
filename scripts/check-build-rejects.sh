#!/usr/bin/env bash
# `make test` proves that the build itself refuses a bad dataset: build.rs must stop the build
# of the app with the record and field of each problem. A native build of the app crate is
# enough (build.rs runs the same way for wasm), and reuses what `cargo test` compiled.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
fixture="$root/core/tests/fixtures/invalid/urls.json"
output=$(DIASPORA_DATA="$fixture" cargo build -q -p diaspora-explorer 2>&1)
status=$?
expect() {
  if ! grep -qF -- "$1" <<<"$output"; then
    echo "check-build-rejects: the build output does not say: $1" >&2
    echo "$output" >&2
    exit 1
  fi
}
if [ "$status" -eq 0 ]; then
  echo "check-build-rejects: the build accepted $fixture" >&2
  exit 1
fi
expect 'record 0 (medma-2): official_url: "javascript:alert(1)": the scheme "javascript" is not allowed'
expect 'record 0 (medma-2): sources[0].url: "data:text/html,<script>alert(1)</script>"'
expect 'the programme dataset has 5 problem(s)'
echo "check-build-rejects: the build refused $(basename "$fixture") and named each record and field"
