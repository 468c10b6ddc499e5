#!/usr/bin/env bash
# Prepares everything `make bench` measures, into bench/out/ (ignored by git):
# - our engine compiled to wasm (crate bench/engine, bench/build-engine.sh) with its JS glue;
# - the datasets: the real one and synthetic 1k / 10k / 100k records (bench/generate.mjs),
#   each validated and compiled into a catalogue by the same code as build.rs;
# - MiniSearch's own prebuilt index for each dataset (it loads it instead of indexing);
# - the app itself, release build, with the real and the 10k dataset embedded, for keystroke →
#   paint (served under /bench/out/app-<name>/, which also checks that a sub-path works).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/bench/out"
mkdir -p "$out/engine" "$out/data"

compile() { # name, dataset file: validated and compiled by the same code as build.rs,
  # with the search index stored beside it
  cargo run -q --release -p diaspora-core --bin compile-catalogue -- "$2" --index "$out/data/$1.index.bin" \
    >"$out/data/$1.catalogue.json"
}
echo "bench: compiling the datasets"
compile real "$root/data/programmes.json"
for size in ${BENCH_SIZES:-1000 10000 100000}; do
  name="${size%000}k"
  # Records name organisations by id, listed in the file beside them (both made together).
  [ -f "$out/data/$name.json" ] && [ -f "$out/data/$name.organisations.json" ] ||
    node "$root/bench/generate.mjs" "$size" --organisations "$out/data/$name.organisations.json" >"$out/data/$name.json"
  compile "$name" "$out/data/$name.json"
done

echo "bench: prebuilding MiniSearch indexes"
# MiniSearch holds a 100k-record index in memory while serialising it: give Node room.
node --max-old-space-size=12000 "$root/bench/prebuild-minisearch.mjs" "$out/data"

echo "bench: building the engine for wasm"
"$root/bench/build-engine.sh" "$root" "$out/engine"

echo "bench: building the app with each dataset"
app_datasets=${BENCH_APP_DATASETS-real,10k}
for name in ${app_datasets//,/ }; do
  data="$root/data/programmes.json"
  [ "$name" = real ] || data="$out/data/$name.json"
  DIASPORA_DATA="$data" "$root/scripts/trunk.sh" build --release \
    --dist "$out/app-$name" --public-url "/bench/out/app-$name/"
done
