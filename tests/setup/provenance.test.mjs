// `make test` proves that scripts/setup.sh alone equips a fresh machine, even on a machine that
// already has more (where a missing package hides): every program and directory the build and
// the tests use must come from a Debian package that setup.sh installs, that one of those
// depends on, or that the base image has; and every cargo and npm tool must be the pinned
// version. See provenance.mjs for the rule.
//
// VERSIONS_ENV=path checks another copy of scripts/versions.env (to see what a shorter list
// would miss).
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allowedPackages,
  cargoToolVersion,
  describe,
  findGaps,
  lockedWasmBindgen,
  npmToolVersion,
  readVersions,
  requirements,
  root,
  setupPackages,
  usesDebianToolchain,
  wasmOptVersion,
} from './provenance.mjs';

const versionsFile = process.env.VERSIONS_ENV ?? `${root}scripts/versions.env`;
const versions = readVersions(versionsFile);
const lists = setupPackages(versions);
const debianToolchain = usesDebianToolchain();

test('every program and directory the build and the tests use comes from a package setup.sh brings', () => {
  const gaps = findGaps(requirements({ debianToolchain }), allowedPackages(lists));
  assert.equal(gaps.length, 0, `a fresh machine would lack these (lists read from ${versionsFile}):\n${describe(gaps)}`);
});

test('the check catches a package named nowhere: without rust-web-llvm, rust-lld is reported', (t) => {
  if (!debianToolchain) return t.skip("rustup's wasm target is installed: the Debian toolchain is not used here");
  const shorter = { ...lists, wasm: lists.wasm.filter((name) => name !== 'rust-web-llvm') };
  const gaps = findGaps(requirements({ debianToolchain }), allowedPackages(shorter));
  const lld = gaps.find((gap) => gap.what.startsWith('rust-lld'));
  assert.ok(lld, `rust-lld was not reported; gaps:\n${describe(gaps)}`);
  assert.equal(lld.path, '/usr/bin/rust-lld');
  assert.match(lld.problem, /the Debian package rust-web-llvm, which scripts\/setup\.sh does not install/);
});

test('the check catches a package nothing else brings: without chromium-driver, chromedriver is reported', () => {
  // chromium-driver depends on chromium, not the other way round: it must be named itself.
  const shorter = { ...lists, tests: lists.tests.filter((name) => name !== 'chromium-driver') };
  const gaps = findGaps(requirements({ debianToolchain }), allowedPackages(shorter));
  assert.ok(
    gaps.some((gap) => gap.what === 'chromedriver' && /chromium-driver/.test(gap.problem)),
    `chromedriver was not reported; gaps:\n${describe(gaps)}`,
  );
});

test('trunk is the pinned version', () => {
  assert.equal(cargoToolVersion('trunk'), versions.TRUNK_VERSION);
});

test('the wasm splitter is the pinned version', () => {
  // wasm-split-cli prints no version; cargo lists the package it came from.
  const listed = spawnSync('cargo', ['install', '--list'], { encoding: 'utf8' }).stdout ?? '';
  const entry = listed.split('\n').findIndex((line) => line === `wasm_split_cli_support v${versions.WASM_SPLIT_VERSION}:`);
  assert.ok(entry >= 0, `wasm_split_cli_support ${versions.WASM_SPLIT_VERSION} is not installed:\n${listed}`);
  assert.equal(listed.split('\n')[entry + 1].trim(), 'wasm-split-cli');
});

test("the wasm-bindgen CLI is exactly the crate's version in Cargo.lock", () => {
  const locked = lockedWasmBindgen();
  assert.ok(locked, 'Cargo.lock names no wasm-bindgen');
  assert.equal(cargoToolVersion('wasm-bindgen'), locked);
});

test('the npm tools in .tools/ are the pinned versions', () => {
  const pinned = {
    binaryen: versions.BINARYEN_VERSION,
    terser: versions.TERSER_VERSION,
    'playwright-core': versions.PLAYWRIGHT_CORE_VERSION,
    'axe-core': versions.AXE_CORE_VERSION,
  };
  for (const [name, version] of Object.entries(pinned)) {
    assert.ok(version, `scripts/versions.env pins no version of ${name}`);
    assert.equal(npmToolVersion(name), version, `.tools/node_modules/${name}`);
  }
  // The benchmark's peers are installed by `make bench` only; when present they must match too.
  const peers = {
    minisearch: versions.MINISEARCH_VERSION, flexsearch: versions.FLEXSEARCH_VERSION, 'fuse.js': versions.FUSE_VERSION,
    lighthouse: versions.LIGHTHOUSE_VERSION,
  };
  for (const [name, version] of Object.entries(peers)) {
    const installed = npmToolVersion(name);
    if (installed !== null) assert.equal(installed, version, `.tools/node_modules/${name}`);
  }
});

test('the wasm-opt trunk runs is binaryen 132, the one Trunk.toml names', () => {
  const major = versions.BINARYEN_VERSION.split('.')[0];
  assert.match(wasmOptVersion() ?? 'absent', new RegExp(`^wasm-opt version ${major}\\b`));
});
