# The two commands: `make serve` and `make test`. See README.md.
#
#   make serve [PORT=8080]        install what is missing, build, serve on http://127.0.0.1:PORT
#   make test                     install, then native tests and browser tests on the release build
#   make dist [DATA=file.json]    release build into dist/, optionally with another dataset
#   make bench                    our search engine against MiniSearch, FlexSearch and Fuse.js
#   make setup                    only install what is missing

PORT ?= 8080
# Another dataset of the same schema, e.g. `make dist DATA=bench/out/data/10k.json`.
DATA ?=
export DIASPORA_DATA := $(if $(DATA),$(abspath $(DATA)),)

.PHONY: serve test dist bench setup setup-tests test-native test-browser clean

serve: setup
	scripts/trunk.sh serve --release --address 127.0.0.1 --port $(PORT)

test: setup-tests test-native dist test-browser

dist: setup
	scripts/trunk.sh build --release

bench:
	scripts/setup.sh --bench
	bench/build.sh
	node bench/run.mjs

setup:
	scripts/setup.sh

setup-tests:
	scripts/setup.sh --tests

test-native:
	cargo test --workspace

test-browser:
	node --test tests/browser/

clean:
	rm -rf dist target .tools
