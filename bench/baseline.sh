#!/usr/bin/env bash
# Builds an earlier commit's engine beside ours, so that `make bench` times both in the same
# browser run: latency targets written as "within 1.2x of commit X" then hold on any machine,
# however fast (a machine three times slower moves both alike). Usage:
#   bench/baseline.sh 713fcc2     (then bench/run.mjs also runs the engine "baseline")
# It writes bench/out/baseline/ (ignored by git): that commit's engine for wasm and every
# dataset compiled by that commit's own compile-catalogue (stored indexes are versioned).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
commit=$(git -C "$root" rev-parse --verify "${1:?usage: bench/baseline.sh <commit>}^{commit}")
out="$root/bench/out/baseline"
# Already built for this commit, for every dataset there is: nothing to do.
if [ "$(cat "$out/commit" 2>/dev/null)" = "$commit" ]; then
  fresh=1
  for data in "$root"/bench/out/data/*.json; do
    name=$(basename "$data" .json)
    case "$name" in *.*) continue ;; esac
    [ "$out/data/$name.catalogue.json" -nt "$data" ] || fresh=0
  done
  if [ "$fresh" = 1 ]; then echo "bench: baseline $commit already built"; exit 0; fi
fi
src="$root/bench/out/baseline-src"
rm -rf "$out" && mkdir -p "$out/engine" "$out/data"
git -C "$root" worktree remove --force "$src" 2>/dev/null || rm -rf "$src"
git -C "$root" worktree prune
git -C "$root" worktree add --detach --quiet "$src" "$commit"
trap 'git -C "$root" worktree remove --force "$src"' EXIT
# Its own target directory (so our build is not invalidated), and our tools.
ln -s "$root/.tools" "$src/.tools"
export CARGO_TARGET_DIR="$root/target/baseline"

echo "bench: baseline $commit: compiling the datasets with its code"
# The records' format has grown since (organisations by id, reading days on sources…), so
# the baseline reads datasets in its own format: its own generator for the synthetic ones (the
# same sizes), and its own catalogue for the real one. Each engine is then timed on the data
# it was written for.
for data in "$root"/bench/out/data/*.json; do
  name=$(basename "$data" .json)
  case "$name" in *.*) continue ;; esac # catalogues, indexes, MiniSearch's: not datasets
  size=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).length)' "$data")
  (cd "$src" && node bench/generate.mjs "$size" >"$out/data/$name.json" &&
    cargo run -q --release -p diaspora-core --bin compile-catalogue -- "$out/data/$name.json" \
      --index "$out/data/$name.index.bin" >"$out/data/$name.catalogue.json")
done
(cd "$src" && cargo run -q --release -p diaspora-core --bin compile-catalogue -- \
  "$src/data/programmes.json" --index "$out/data/real.index.bin" >"$out/data/real.catalogue.json")

echo "bench: baseline $commit: building its engine for wasm"
"$root/bench/build-engine.sh" "$src" "$out/engine"
echo "$commit" >"$out/commit"
