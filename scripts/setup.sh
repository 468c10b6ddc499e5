#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing; installs nothing when all is
# present, and says so. Versions come from scripts/versions.env and Cargo.lock.
#
#   scripts/setup.sh           # build tools (make serve, make dist)
#   scripts/setup.sh --tests   # the same plus the browser-test tools (make test)
#   scripts/setup.sh --bench   # the browser-test tools plus the benchmark's peers (make bench)
#
# Where rustup has the wasm32-unknown-unknown target, it is used. Otherwise (machines where
# rustup cannot download it) Debian's rustc-web builds the standard library from source; see
# scripts/trunk.sh.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=versions.env
source "$root/scripts/versions.env"
tools="$root/.tools"
want_tests=false
want_bench=false
case "${1:-}" in
  --tests) want_tests=true ;;
  --bench) want_tests=true want_bench=true ;;
esac

installed=()
note() { printf 'setup: %s\n' "$*"; }

# --- Debian packages -------------------------------------------------------------------------
apt_packages=()
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  # No rustup wasm target: Debian's compiler, its std sources and the wasm linker.
  read -ra pkgs <<<"$DEBIAN_WASM_PACKAGES"
  apt_packages+=("${pkgs[@]}")
fi
if $want_tests; then
  read -ra pkgs <<<"$DEBIAN_TEST_PACKAGES"
  apt_packages+=("${pkgs[@]}")
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  read -ra pkgs <<<"$DEBIAN_NODE_PACKAGES"
  apt_packages+=("${pkgs[@]}")
fi

missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "setup: this system has no apt-get. Install these packages (Debian names) by hand, then rerun:" >&2
    printf '  %s\n' "${missing[@]}" >&2
    echo "  ($DEBIAN_WASM_PACKAGES are only needed without rustup's wasm32-unknown-unknown target)" >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  note "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  installed+=("${missing[@]}")
fi

# --- Cargo tools -----------------------------------------------------------------------------
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
has_version() { [ -x "$cargo_bin/$1" ] && "$cargo_bin/$1" --version 2>/dev/null | grep -q " $2\$\| $2 "; }

if ! has_version trunk "$TRUNK_VERSION"; then
  note "installing trunk $TRUNK_VERSION (a few minutes on first run)"
  cargo install trunk --version "=$TRUNK_VERSION" --locked --quiet
  installed+=("trunk $TRUNK_VERSION")
fi

# trunk refuses a wasm-bindgen CLI whose version differs from the crate's.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$root/Cargo.lock")
if [ -z "$bindgen_version" ]; then
  echo "setup: could not read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if ! has_version wasm-bindgen "$bindgen_version"; then
  note "installing wasm-bindgen-cli $bindgen_version (a few minutes on first run)"
  # Not --locked: its lock file pins a crate version the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "=$bindgen_version" --quiet
  installed+=("wasm-bindgen-cli $bindgen_version")
fi

# The wasm splitter (crate wasm_split_cli_support, binary wasm-split-cli), which prints no
# version: cargo's list of installed packages says which one is there.
if ! cargo install --list 2>/dev/null | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  note "installing wasm-split-cli $WASM_SPLIT_VERSION (a minute on first run)"
  cargo install wasm_split_cli_support --version "=$WASM_SPLIT_VERSION" --features build-binary --quiet
  installed+=("wasm-split-cli $WASM_SPLIT_VERSION")
fi

# --- npm tools, into .tools/ (ignored by git) ------------------------------------------------
npm_wanted=("binaryen@$BINARYEN_VERSION" "terser@$TERSER_VERSION")
$want_tests && npm_wanted+=("playwright-core@$PLAYWRIGHT_CORE_VERSION" "axe-core@$AXE_CORE_VERSION")
$want_bench && npm_wanted+=("minisearch@$MINISEARCH_VERSION" "flexsearch@$FLEXSEARCH_VERSION" "fuse.js@$FUSE_VERSION" "lighthouse@$LIGHTHOUSE_VERSION")
npm_missing=()
for spec in "${npm_wanted[@]}"; do
  name=${spec%@*}
  version=${spec##*@}
  manifest="$tools/node_modules/$name/package.json"
  if [ ! -f "$manifest" ] || [ "$(node -p "require('$manifest').version")" != "$version" ]; then
    npm_missing+=("$spec")
  fi
done
if [ ${#npm_missing[@]} -gt 0 ]; then
  note "installing npm packages: ${npm_missing[*]}"
  mkdir -p "$tools"
  [ -f "$tools/package.json" ] || echo '{ "private": true }' >"$tools/package.json"
  npm install --prefix "$tools" --no-audit --no-fund --silent --save-exact "${npm_missing[@]}"
  installed+=("${npm_missing[@]}")
fi

if [ ${#installed[@]} -eq 0 ]; then
  note "everything is already installed; nothing to do"
else
  note "installed: ${installed[*]}"
fi
