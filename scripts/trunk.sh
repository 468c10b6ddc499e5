#!/usr/bin/env bash
# Runs trunk with the toolchain this machine has:
# - rustup's wasm32-unknown-unknown target when installed (an ordinary developer laptop);
# - otherwise Debian's rustc-web 1.96 building the standard library from source, the recipe
#   verified for machines where rustup cannot download the target.
# The fallback variables are set for this command only: native `cargo test` is untouched.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# The pinned wasm-opt (npm binaryen) comes first, before any other on the system.
npm_bin="$root/.tools/node_modules/.bin"
export PATH="$npm_bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  # Debian's cargo and rustc (in /usr/bin) before rustup's.
  export PATH="$npm_bin:/usr/bin:$PATH"
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  # Keep these artefacts apart from rustup's, so switching toolchains never forces a rebuild.
  export CARGO_TARGET_DIR="$root/target/debian-wasm"
fi

cd "$root"
# trunk runs cargo with --offline (Trunk.toml: offline = true, so it never downloads tools);
# fetch the crates first, including the standard library's own when it is built from source.
cargo fetch --target wasm32-unknown-unknown --quiet
exec "${CARGO_HOME:-$HOME/.cargo}/bin/trunk" "$@"
