# Sourced (not run) by the scripts that build WebAssembly: sets up the toolchain this machine has.
# - rustup's wasm32-unknown-unknown target when installed (an ordinary developer laptop);
# - otherwise Debian's rustc-web 1.96 building the standard library from source, the recipe
#   verified for machines where rustup cannot download the target.
# The fallback variables live only in the sourcing script's process: native `cargo test` is
# untouched.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# The pinned wasm-opt (npm binaryen) comes first, before any other on the system.
npm_bin="$root/.tools/node_modules/.bin"
export PATH="$npm_bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  # Debian's cargo and rustc (in /usr/bin) before rustup's.
  export PATH="$npm_bin:/usr/bin:$PATH"
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  # Keep these artefacts apart from rustup's, so switching toolchains never forces a rebuild;
  # under the caller's CARGO_TARGET_DIR when set, so that two builds can run side by side.
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}/debian-wasm"
fi
wasm_target_dir="${CARGO_TARGET_DIR:-$root/target}/wasm32-unknown-unknown"

# trunk runs cargo with --offline (Trunk.toml: offline = true, so it never downloads tools);
# fetch the crates first, including the standard library's own when it is built from source.
(cd "$root" && cargo fetch --target wasm32-unknown-unknown --quiet)
