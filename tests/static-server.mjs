// A plain static file server for the built app, as any static host would serve it: no rewrite
// rules, correct MIME types (application/wasm among them), and the build's precompressed
// copies (`file.br`, `file.gz`) when the request accepts them, as nginx's `brotli_static` and
// `gzip_static` do. Used by the browser tests and the benchmark.
//
//   node tests/static-server.mjs dist 8080
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** The encodings an `Accept-Encoding` header allows (`q=0` excludes one). */
function acceptedEncodings(header = '') {
  const accepted = new Set();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

/**
 * Serves `root` on 127.0.0.1:`port` (0 = any free port); resolves to the server and its URL.
 * `mounts` serves other directories under URL prefixes: `{ '/fixtures/': 'tests/fixtures' }`.
 * Every response allows any origin (CORS), as the README asks hosts to do for the files a
 * `<diaspora-explorer>` element loads from partners' pages.
 */
export async function serve(root, port = 0, { mounts = {} } = {}) {
  const server = createServer(async (request, response) => {
    try {
      let path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      let base = resolve(root);
      for (const [prefix, directory] of Object.entries(mounts)) {
        if (path.startsWith(prefix)) {
          base = resolve(directory);
          path = path.slice(prefix.length - 1);
          break;
        }
      }
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        response.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const headers = {
        'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'Access-Control-Allow-Origin': '*',
        Vary: 'Accept-Encoding',
      };
      const accepted = acceptedEncodings(request.headers['accept-encoding']);
      let body = null;
      for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!accepted.has(encoding)) continue;
        body = await readFile(file + suffix).catch(() => null);
        if (body) {
          headers['Content-Encoding'] = encoding;
          break;
        }
      }
      body ??= await readFile(file);
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(root, Number(port));
  console.log(`serving ${root} on ${url}`);
}
