// Writes www/kz-residence.js: one classic script holding the wasm-bindgen glue, the wasm
// bytes (base64), the rules profile, the public API and the widget, inside one function
// scope so nothing but `KzResidence` and the custom element reaches the page.
//
// Usage: node tools/bundle.mjs <glue.js> <module.wasm> <out.js>
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [glue, wasm, out] = process.argv.slice(2);
const root = new URL('..', import.meta.url).pathname;
const read = (p) => readFileSync(p, 'utf8');
const crate = read(join(root, 'Cargo.toml')).match(/^version = "([^"]+)"/m)[1];
const widgetDir = join(root, 'www/widget');
const widgetFiles = (ext) => (existsSync(widgetDir) ? readdirSync(widgetDir) : []).filter((f) => f.endsWith(ext)).sort();

const parts = [
  `/*! kz-residence ${crate}: 90/180 stay and residence-permit calculator for Kazakhstan. Runs entirely in the browser; sends nothing anywhere. */`,
  '(function () {',
  '"use strict";',
  read(glue),
  `const KZ_VERSION = ${JSON.stringify(crate)};`,
  `const KZ_WASM_BASE64 = ${JSON.stringify(readFileSync(wasm).toString('base64'))};`,
  `const KZ_PROFILE = ${JSON.stringify(JSON.parse(read(join(root, 'src/rules/kz-2023.json'))))};`,
  `const KZ_WIDGET_CSS = ${JSON.stringify(widgetFiles('.css').map((f) => read(join(widgetDir, f))).join('\n'))};`,
  read(join(root, 'www/api.js')),
  ...widgetFiles('.js').map((f) => `// ---- widget/${f}\n${read(join(widgetDir, f))}`),
  // Widget files only declare; the element is registered once every declaration exists.
  "if (typeof kzRegisterElements === 'function') kzRegisterElements();",
  '})();',
  '',
];
writeFileSync(out, parts.join('\n'));
console.log(`bundle: ${out} (${(Buffer.byteLength(parts.join('\n')) / 1024).toFixed(1)} KiB raw)`);
