// Where each tool the build and the tests run comes from, and whether `scripts/setup.sh` brings
// it on a fresh machine. A machine that already has a package (installed by hand, or pulled in
// as a Recommends without --no-install-recommends) hides a gap in setup.sh's lists: the build
// passes there and fails on a new machine. This module finds such gaps on any machine by asking
// dpkg who owns each file, and checking that owner against what a fresh machine is sure to get:
//
//   allowed = setup.sh's packages ∪ their Depends/Pre-Depends closure ∪ the base image's packages
//
// Recommends are left out on purpose: setup.sh installs with --no-install-recommends.
//
// Example:
//   const lists = readVersions(`${root}scripts/versions.env`);
//   const gaps = findGaps(requirements(), allowedPackages(setupPackages(lists)));
//   // → [{ what: 'rust-lld', path: '/usr/bin/rust-lld', problem: 'belongs to …' }, …]
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
/** The packages of the machine image this project's machines start from (see the file's head). */
export const baseImageFile = `${root}tests/setup/base-image-packages.txt`;

const run = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
};

/** `KEY=value` and `KEY="a b"` lines of a shell file such as scripts/versions.env. */
export function readVersions(file) {
  const values = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^([A-Z0-9_]+)=("?)(.*)\2\s*$/.exec(line);
    if (match) values[match[1]] = match[3];
  }
  return values;
}

const words = (value) => (value ?? '').split(/\s+/).filter(Boolean);

/** Every Debian package setup.sh may install, by the list it comes from. */
export function setupPackages(versions) {
  return {
    wasm: words(versions.DEBIAN_WASM_PACKAGES),
    tests: words(versions.DEBIAN_TEST_PACKAGES),
    node: words(versions.DEBIAN_NODE_PACKAGES),
  };
}

/** True when rustup has no wasm target, so the build uses Debian's toolchain (wasm-env.sh). */
export function usesDebianToolchain() {
  const targets = run('rustup', ['target', 'list', '--installed']) ?? '';
  return !targets.split('\n').includes('wasm32-unknown-unknown');
}

/** A package name out of one alternative of a Depends field: "libc6:any (>= 2.34)" → "libc6". */
const packageName = (alternative) => alternative.trim().split(/[\s(:]/)[0];

/** Installed packages with their hard dependencies (groups of alternatives) and what they provide. */
function installedPackages() {
  const out = run('dpkg-query', ['-W', '-f=${Package}\t${db:Status-Abbrev}\t${Pre-Depends}, ${Depends}\t${Provides}\n']) ?? '';
  const depends = new Map();
  const providers = new Map();
  for (const line of out.split('\n')) {
    const [name, status, deps, provides] = line.split('\t');
    if (!name || !status.startsWith('ii')) continue;
    const groups = deps
      .split(',')
      .map((group) => group.split('|').map(packageName).filter(Boolean))
      .filter((group) => group.length > 0);
    depends.set(name, groups);
    for (const virtual of (provides ?? '').split(',').map(packageName).filter(Boolean)) {
      if (!providers.has(virtual)) providers.set(virtual, []);
      providers.get(virtual).push(name);
    }
  }
  return { depends, providers };
}

/** The installed packages that installing `roots` always brings: Pre-Depends and Depends, transitively. */
export function dependencyClosure(roots) {
  const { depends, providers } = installedPackages();
  const rootSet = new Set(roots);
  const seen = new Set();
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.pop();
    if (seen.has(name)) continue;
    seen.add(name);
    for (const group of depends.get(name) ?? []) {
      // Of "a | b", whichever is installed satisfies it; a virtual name, whoever provides it.
      // A root that satisfies it is enough: another alternative installed by hand must not
      // count as brought by setup.sh.
      const candidates = group.flatMap((alt) => (depends.has(alt) ? [alt] : providers.get(alt) ?? []));
      const fromRoots = candidates.filter((candidate) => rootSet.has(candidate));
      for (const candidate of fromRoots.length > 0 ? fromRoots : candidates) queue.push(candidate);
    }
  }
  return seen;
}

/** The base image's package names (comments and blank lines skipped). */
export function baseImagePackages(file = baseImageFile) {
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#')),
  );
}

/** What a fresh machine is sure to have once setup.sh ran with these lists. */
export function allowedPackages(lists, base = baseImagePackages()) {
  const named = [...lists.wasm, ...lists.tests, ...lists.node];
  const allowed = dependencyClosure([...named, ...base]);
  for (const name of named) allowed.add(name);
  return allowed;
}

/** Packages owning `path` (dpkg -S), trying /usr-merged aliases: Debian 12 ships /bin/x as /usr/bin/x. */
export function ownersOf(path) {
  const aliases = [path];
  for (const dir of ['/bin/', '/sbin/', '/lib/', '/lib64/']) {
    if (path.startsWith(`/usr${dir}`)) aliases.push(path.slice(4));
    if (path.startsWith(dir)) aliases.push(`/usr${path}`);
  }
  for (const alias of aliases) {
    const out = run('dpkg-query', ['-S', alias]);
    if (!out) continue;
    const owners = out
      .split('\n')
      .filter((line) => line.endsWith(`: ${alias}`) && !line.startsWith('diversion by'))
      .flatMap((line) => line.slice(0, -(alias.length + 2)).split(', '))
      .map((name) => name.split(':')[0]);
    if (owners.length > 0) return owners;
  }
  return [];
}

/**
 * Every symbolic link on the way to `path`, in its directories too, and the file it lands on:
 * /usr/bin/rust-lld → /usr/bin/lld-22 → /usr/lib/llvm-22/bin/lld, or
 * /usr/lib/rustlib/src/rust (a link) → /usr/src/rustc-1.96.0/library/std/src/lib.rs;
 * so that each hop's package is checked.
 */
export function linkChain(path) {
  const hops = [];
  let pending = resolve(path);
  for (let step = 0; step < 40; step++) {
    const parts = pending.split('/').slice(1);
    const link = parts
      .map((_, i) => `/${parts.slice(0, i + 1).join('/')}`)
      .find((prefix) => lstatSync(prefix).isSymbolicLink());
    if (!link) break;
    hops.push(link);
    pending = resolve(dirname(link), readlinkSync(link)) + pending.slice(link.length);
  }
  hops.push(pending);
  return hops;
}

/** A link made by update-alternatives (/usr/bin/cc → /etc/alternatives/cc): no package owns it. */
const isAlternativesLink = (hop) =>
  hop.startsWith('/etc/alternatives/') ||
  (lstatSync(hop).isSymbolicLink() && resolve(dirname(hop), readlinkSync(hop)).startsWith('/etc/alternatives/'));

const which = (command) => run('bash', ['-c', `command -v ${command}`])?.trim() || null;

/**
 * Every program and directory the fallback build and the tests use, with the list whose packages
 * must bring it (`when`): 'wasm' only on the Debian-toolchain path, 'tests' and 'always' always.
 */
export function requirements({ debianToolchain = usesDebianToolchain() } = {}) {
  const list = [
    { what: 'node', path: which('node') ?? '/usr/bin/node', when: 'always' },
    { what: 'npm', path: which('npm') ?? '/usr/bin/npm', when: 'always' },
    { what: 'make', path: '/usr/bin/make', when: 'always' },
    { what: 'bash', path: '/usr/bin/bash', when: 'always' },
    // The linker of build scripts and proc macros, and of the native tests.
    { what: 'cc', path: '/usr/bin/cc', when: 'always' },
    { what: 'ld', path: '/usr/bin/ld', when: 'always' },
    { what: 'chromium', path: '/usr/bin/chromium', when: 'tests' },
    { what: 'chromium (browser binary)', path: '/usr/lib/chromium/chromium', when: 'tests' },
    { what: 'chromedriver', path: '/usr/bin/chromedriver', when: 'tests' },
  ];
  if (debianToolchain) {
    const sysroot = run('/usr/bin/rustc', ['--print', 'sysroot'])?.trim() || '/usr';
    const src = `${sysroot}/lib/rustlib/src/rust`;
    list.push(
      { what: 'cargo (Debian)', path: '/usr/bin/cargo', when: 'wasm' },
      { what: 'rustc (Debian)', path: '/usr/bin/rustc', when: 'wasm' },
      { what: 'rust-lld (the wasm linker)', path: '/usr/bin/rust-lld', when: 'wasm' },
      { what: 'standard library sources', path: `${src}/library/std/src/lib.rs`, when: 'wasm' },
      { what: 'standard library lock file (cargo fetch)', path: `${src}/library/Cargo.lock`, when: 'wasm' },
    );
  }
  return list;
}

/** Each requirement that a fresh machine would not have: missing, from no package, or from a package setup.sh does not bring. */
export function findGaps(reqs, allowed) {
  const gaps = [];
  for (const { what, path } of reqs) {
    if (!existsSync(path)) {
      gaps.push({ what, path, problem: 'is missing on this machine: does scripts/setup.sh install it?' });
      continue;
    }
    for (const hop of linkChain(path)) {
      // update-alternatives' links belong to no package; the file they choose does.
      const owners = ownersOf(hop);
      if (owners.length === 0 && isAlternativesLink(hop)) continue;
      if (owners.length === 0) {
        gaps.push({ what, path: hop, problem: 'belongs to no Debian package (installed by hand?)' });
      } else if (!owners.some((owner) => allowed.has(owner))) {
        gaps.push({
          what,
          path: hop,
          problem:
            `belongs to the Debian package ${owners.join(', ')}, which scripts/setup.sh does not install ` +
            '(scripts/versions.env DEBIAN_*_PACKAGES), which none of those depends on, and which the base image lacks',
        });
      }
    }
  }
  return gaps;
}

/** One line per gap, naming the program, the path and the package. */
export const describe = (gaps) => gaps.map(({ what, path, problem }) => `${what}: ${path} ${problem}`).join('\n');

/** The version a cargo tool prints (`trunk 0.21.14` → `0.21.14`), or null when it is absent. */
export function cargoToolVersion(name) {
  const bin = `${process.env.CARGO_HOME ?? `${process.env.HOME}/.cargo`}/bin/${name}`;
  const out = run(bin, ['--version']);
  return out ? out.trim().split(/\s+/)[1] : null;
}

/** The version of an npm package in .tools/, or null when it is absent. */
export function npmToolVersion(name) {
  const manifest = `${root}.tools/node_modules/${name}/package.json`;
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : null;
}

/** The wasm-bindgen version Cargo.lock pins (the CLI must match it exactly). */
export function lockedWasmBindgen() {
  const lock = readFileSync(`${root}Cargo.lock`, 'utf8');
  return /\nname = "wasm-bindgen"\nversion = "([^"]+)"/.exec(lock)?.[1] ?? null;
}

/** What `.tools/node_modules/.bin/wasm-opt --version` prints (trunk finds it first on PATH). */
export const wasmOptVersion = () => run(`${root}.tools/node_modules/.bin/wasm-opt`, ['--version'])?.trim() ?? null;
