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
import { oldestVersions } from './policy.mjs';

const [glue, wasm, out, format = 'iife'] = process.argv.slice(2);
const ENTRY = { iife: 'www/main.js', esm: 'www/module.js' }[format];
const root = new URL('..', import.meta.url).pathname;
const crate = readFileSync(join(root, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];

// esbuild's target: the oldest version of each engine in package.json's browserslist policy.
const ENGINES = { chrome: 'chrome', and_chr: 'chrome', edge: 'edge', firefox: 'firefox', and_ff: 'firefox', safari: 'safari', ios_saf: 'ios', opera: 'opera' };
const target = Object.entries(oldestVersions(ENGINES, 'esbuild')).map(([engine, version]) => `${engine}${version}`);

// The wasm bytes travel as a string of one character per byte (shifted by WASM_SHIFT so the
// frequent small bytes land on printable characters). Unlike base64 this keeps the byte
// patterns gzip finds: measured on our module, gzip of the bundle grows by about 6 % over
// the raw wasm instead of about 30 %. `virtual:wasm-bytes` decodes it.
const WASM_SHIFT = 64;
const wasmText = (bytes) => {
  let text = '';
  for (const b of bytes) text += String.fromCharCode((b + WASM_SHIFT) & 255);
  return JSON.stringify(text);
};
const wasmBytesModule = (literal) => `const text = ${literal};
export default function wasmBytes() {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = (text.charCodeAt(i) - ${WASM_SHIFT}) & 255;
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

async function bundle(wasmLiteral) {
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
    plugins: [virtualModules({ 'virtual:wasm-bytes': wasmBytesModule(wasmLiteral), 'virtual:version': `export default ${JSON.stringify(crate)};` }), cssText],
    write: false,
    logLevel: 'warning',
    // wasm-bindgen's glue names the inline-JS snippet module once per function it imports
    // from it, as repeated keys of one object literal (harmless: all are the same module).
    logOverride: { 'duplicate-object-key': 'silent' },
  });
  return `\uFEFF${result.outputFiles[0].text}`; // esbuild drops a byte-order mark given in `banner`
}

const script = await bundle(wasmText(readFileSync(wasm)));
writeFileSync(out, script);
// What the bench reports: the size of everything but the wasm.
const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
if (format === 'iife') {
  const withoutWasm = await bundle('""');
  writeFileSync(join(dirname(wasm), 'bundle-sizes.json'), JSON.stringify({ withoutWasmGzip: gzip(withoutWasm), withoutWasmRaw: Buffer.byteLength(withoutWasm) }));
}
console.log(`bundle: ${out} (${(Buffer.byteLength(script) / 1024).toFixed(1)} KiB raw, ${(gzip(script) / 1024).toFixed(1)} KiB gzip; target ${target.join(' ')})`);
