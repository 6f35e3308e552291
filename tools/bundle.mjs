// Writes www/kz-residence.js, the one classic script a page embeds: esbuild bundles the ES
// modules from www/main.js (the public API, the element, the wasm-bindgen glue, the wasm
// bytes, the CSS and the rules profile) into one minified IIFE, so nothing but `KzResidence`
// and the custom element reaches the page. Also writes bundle-sizes.json (read by the bench)
// beside the wasm.
//
// With `esm` last, it writes the npm package's ES module instead: the same build from
// www/module.js, which exports `KzResidence` and the element's class (and writes no sizes).
//
// Usage: node tools/bundle.mjs <glue.js> <module.wasm> <out.js> [esm]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';
import zopfli from '@gfx/zopfli';
import { oldestVersions } from './policy.mjs';

const [glue, wasm, out, format = 'iife'] = process.argv.slice(2);
const ENTRY = { iife: 'www/main.js', esm: 'www/module.js' }[format];
const root = new URL('..', import.meta.url).pathname;
const crate = readFileSync(join(root, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];

// esbuild's target: the oldest version of each engine in package.json's browserslist policy.
const ENGINES = { chrome: 'chrome', and_chr: 'chrome', edge: 'edge', firefox: 'firefox', and_ff: 'firefox', safari: 'safari', ios_saf: 'ios', opera: 'opera' };
const target = Object.entries(oldestVersions(ENGINES, 'esbuild')).map(([engine, version]) => `${engine}${version}`);

// The wasm travels deflated (zopfli, the best deflate encoder there is: about 8 % smaller
// than zlib's best) and in base64, which gzip on the server then hardly grows: on our module
// the script's share of the wasm is about 1.0 times its zopfli size, where one character per
// raw byte cost 1.09 times its gzip size (docs/perf.md). The page inflates it with the
// browser's own DecompressionStream, compiling as the bytes come (`virtual:wasm-module`).
const deflated = (bytes) => new Promise((done, fail) => zopfli.deflate(bytes, { numiterations: 15 }, (e, out) => (e ? fail(e) : done(out))));
const wasmModule = (base64) => `const text = ${JSON.stringify(base64)};
/** The engine's compiled module (a promise): base64 to bytes, inflated, compiled as it streams. */
export default function wasmModule() {
  const bytes = typeof Uint8Array.fromBase64 === 'function' ? Uint8Array.fromBase64(text) : fromBase64(text);
  const wasm = new Response(bytes).body.pipeThrough(new DecompressionStream('deflate-raw'));
  return WebAssembly.compileStreaming(new Response(wasm, { headers: { 'content-type': 'application/wasm' } }));
}
function fromBase64(text) {
  const chars = atob(text);
  const bytes = new Uint8Array(chars.length);
  for (let i = 0; i < chars.length; i++) bytes[i] = chars.charCodeAt(i);
  return bytes;
}`;

/** `virtual:wasm-glue` is the wasm-bindgen glue; the other `virtual:` modules are made here. */
const virtualModules = (modules) => ({
  name: 'virtual-modules',
  setup(b) {
    b.onResolve({ filter: /^virtual:/ }, ({ path }) => {
      if (path === 'virtual:wasm-glue') return { path: resolve(glue) };
      if (path in modules) return { path, namespace: 'virtual' };
      return { errors: [{ text: `no module ${path}` }] };
    });
    b.onLoad({ filter: /.*/, namespace: 'virtual' }, ({ path }) => ({ contents: modules[path], loader: 'js' }));
  },
});

/** `import css from './x.css'` gives the style sheet's text, minified. */
const cssText = {
  name: 'css-text',
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async ({ path }) => {
      const { code } = await transform(readFileSync(path, 'utf8'), { loader: 'css', minify: true, target, legalComments: 'none', charset: 'utf8' });
      return { contents: code.trimEnd(), loader: 'text' };
    });
  },
};

// The byte-order mark makes browsers read the script as UTF-8 whatever the charset of the
// page that embeds it (the wasm text and the ru/kk catalogues are not ASCII). "use strict"
// keeps the modules' strict semantics in the classic script (esbuild does not add it).
const banner = `/*! kz-residence ${crate}: 90/180 stay and residence-permit calculator for Kazakhstan. Runs entirely in the browser; sends nothing anywhere. */\n"use strict";`;

async function bundle(wasmBase64) {
  const result = await build({
    entryPoints: [join(root, ENTRY)],
    bundle: true,
    format,
    target,
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    // The glue only reads import.meta.url to find a .wasm file when given nothing; it is given the bytes.
    define: { 'import.meta.url': 'undefined' },
    banner: { js: banner },
    plugins: [virtualModules({ 'virtual:wasm-module': wasmModule(wasmBase64), 'virtual:version': `export default ${JSON.stringify(crate)};` }), cssText],
    write: false,
    metafile: true,
    logLevel: 'warning',
    // wasm-bindgen's glue names the inline-JS snippet module once per function it imports
    // from it, as repeated keys of one object literal (harmless: all are the same module).
    logOverride: { 'duplicate-object-key': 'silent' },
  });
  // esbuild drops a byte-order mark given in `banner`
  return { text: `\uFEFF${result.outputFiles[0].text}`, inputs: Object.values(result.metafile.outputs)[0].inputs };
}

/** The part of the script each input belongs to, for the bench's breakdown. */
const PARTS = [
  ['engine: the wasm (zopfli, base64)', (path) => path.startsWith('virtual:wasm-module')],
  ['engine: its JavaScript (api.js, glue)', (path) => path.startsWith('virtual:') || path.startsWith('target/') || /^www\/(api|main|module)\.js$/.test(path) || !path.startsWith('www/')],
  ['widget: catalogues (www/widget/i18n/)', (path) => path.startsWith('www/widget/i18n/')],
  ['widget: styles (*.css)', (path) => path.endsWith('.css')],
  ['widget: code', () => true],
];

/**
 * Raw bytes of each part in the script (esbuild's count) and its gzip -9 on its own (its
 * files minified one by one and gzipped together: an estimate of its share).
 */
async function parts(inputs) {
  const out = PARTS.map(([name]) => ({ name, raw: 0, text: '' }));
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const i = PARTS.findIndex(([, test]) => test(path.replace(/^[a-z-]+:(?=virtual:)/, '')));
    out[i].raw += bytesInOutput;
    if (path.startsWith('virtual:') || !bytesInOutput) continue;
    const loader = path.endsWith('.css') ? 'css' : 'js';
    out[i].text += (await transform(readFileSync(join(root, path), 'utf8'), { loader, minify: true, target, legalComments: 'none', charset: 'utf8' })).code;
  }
  return out.map(({ name, raw, text }) => ({ name, raw, gzip: name.includes('wasm') ? null : gzip(text) }));
}

const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const deflatedWasm = await deflated(readFileSync(wasm));
const { text: script, inputs } = await bundle(Buffer.from(deflatedWasm).toString('base64'));
writeFileSync(out, script);
// What the bench reports: the size of everything but the wasm, and of each part.
if (format === 'iife') {
  const { text: withoutWasm } = await bundle('');
  writeFileSync(join(dirname(wasm), 'bundle-sizes.json'), JSON.stringify({
    withoutWasmGzip: gzip(withoutWasm),
    withoutWasmRaw: Buffer.byteLength(withoutWasm),
    wasmDeflated: deflatedWasm.length,
    parts: await parts(inputs),
  }, null, 1));
}
console.log(`bundle: ${out} (${(Buffer.byteLength(script) / 1024).toFixed(1)} KiB raw, ${(gzip(script) / 1024).toFixed(1)} KiB gzip; target ${target.join(' ')})`);
