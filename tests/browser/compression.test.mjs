// The build ships precompressed copies and the test server sends them as a host would: the
// Brotli copy to a client that accepts it, else the gzip one, else the file itself; each copy
// decodes to exactly the file, and the browser gets the wasm compressed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { distDir, start } from './support.mjs';
import { serve } from '../static-server.mjs';

const wasmName = readdirSync(distDir).find((name) => /_bg\.wasm$/.test(name));

/** GET `path` with this Accept-Encoding; resolves to the status, headers and raw body. */
function get(url, path, acceptEncoding) {
  return new Promise((done, fail) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    request(new URL(path, url), { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

test('each text and wasm file is served Brotli, gzip or plain, as the client accepts', async () => {
  const { server, url } = await serve(distDir);
  try {
    for (const name of [wasmName, 'index.html', 'embed.js', 'sw.js']) {
      const original = readFileSync(`${distDir}/${name}`);
      const br = await get(url, name, 'gzip, deflate, br');
      assert.equal(br.headers['content-encoding'], 'br', name);
      assert.equal(br.headers.vary, 'Accept-Encoding', name);
      assert.ok(brotliDecompressSync(br.body).equals(original), `${name}: the .br copy is the file`);
      const gz = await get(url, name, 'gzip');
      assert.equal(gz.headers['content-encoding'], 'gzip', name);
      assert.ok(gunzipSync(gz.body).equals(original), `${name}: the .gz copy is the file`);
      const plain = await get(url, name, 'identity');
      assert.equal(plain.headers['content-encoding'], undefined, name);
      assert.ok(plain.body.equals(original), name);
      const refused = await get(url, name, 'br;q=0, gzip;q=0');
      assert.equal(refused.headers['content-encoding'], undefined, `${name}: q=0 refuses an encoding`);
    }
    const wasm = await get(url, wasmName, 'br');
    assert.equal(wasm.headers['content-type'], 'application/wasm');
    assert.ok(wasm.body.length < readFileSync(`${distDir}/${wasmName}`).length / 2, 'the wasm compresses to under half');
  } finally {
    await new Promise((done) => server.close(done));
  }
});

test('the browser downloads the wasm compressed and still runs it', async () => {
  const app = await start();
  try {
    const page = await app.browser.newPage();
    const wasmResponse = page.waitForResponse((response) => response.url().endsWith('_bg.wasm'));
    await page.goto(app.url);
    const response = await wasmResponse;
    const encoding = (await response.allHeaders())['content-encoding'];
    assert.ok(['br', 'gzip'].includes(encoding), `the wasm came as ${encoding ?? 'plain bytes'}`);
    await page.getByTestId('result').first().waitFor();
  } finally {
    await app.stop();
  }
});
