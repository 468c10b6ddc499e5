#!/usr/bin/env bash
# Runs trunk with the wasm toolchain this machine has (see wasm-env.sh).
set -euo pipefail
source "$(dirname "$0")/wasm-env.sh"
cd "$root"
exec "${CARGO_HOME:-$HOME/.cargo}/bin/trunk" "$@"
