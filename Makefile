# The two commands: `make serve` and `make test`. See README.md.
#
#   make serve [PORT=8080]        install what is missing, build, serve on http://127.0.0.1:PORT
#   make test                     install, then native tests and browser tests on the release build
#   make dist [DATA=file.json] [DIST=dir]   release build into dist/ (or DIST), optionally with
#                                 another dataset
#   make bench                    our search engine against MiniSearch, FlexSearch and Fuse.js
#   make setup                    only install what is missing

PORT ?= 8080
# Another dataset of the same schema, e.g. `make dist DATA=bench/out/data/10k.json`.
DATA ?=
export DIASPORA_DATA := $(if $(DATA),$(abspath $(DATA)),)
DIST ?= dist
# The build of the hostile-data fixture the browser tests check (tests/fixtures/README.md).
HOSTILE_DIST := tests/out/dist-hostile

.PHONY: serve test dist dist-hostile bench setup setup-tests test-native test-build-rejects test-browser clean

serve: setup
	scripts/trunk.sh serve --release --address 127.0.0.1 --port $(PORT)

test: setup-tests test-native test-build-rejects dist-hostile dist test-browser

dist: setup
	scripts/trunk.sh build --release --dist $(DIST)

# Built before dist/ in `make test`, so that the real build is the last one the target holds.
# Same target directory as dist/: switching datasets recompiles only the app crate (~35 s),
# where a directory of its own would cost a second full wasm build, std included, on a fresh
# machine.
dist-hostile: setup
	$(MAKE) dist DATA=tests/fixtures/hostile/programmes.json DIST=$(HOSTILE_DIST)

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

test-build-rejects:
	scripts/check-build-rejects.sh

test-browser:
	node --test tests/browser/

clean:
	rm -rf dist tests/out target .tools
