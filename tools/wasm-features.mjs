// Checks the WebAssembly features our build emits against the browser policy (Baseline
// widely available, via package.json's browserslist): each feature the module uses must have
// shipped, per MDN's browser-compat-data, in the oldest version of every engine the policy
// lists. Features are found in the module's text (binaryen's wasm-dis), by the instructions
// and types only they bring.
//
// Usage: node tools/wasm-features.mjs <module.wasm>   (exit 1 when a feature is too new)
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { compareVersions, oldestVersions } from './policy.mjs';

const require = createRequire(import.meta.url);
const bcd = require('@mdn/browser-compat-data');
const root = new URL('..', import.meta.url).pathname;
const [wasm] = process.argv.slice(2);

/** MDN's name of a feature, and what in the text shows the module uses it. */
const FEATURES = {
  'bulk-memory-operations': /\b(memory\.(copy|fill|init)|data\.drop)\b/,
  'sign-extension-operations': /\bi(32|64)\.extend(8|16|32)_s\b/,
  'non-trapping-float-to-int-conversions': /\btrunc_sat_/,
  'reference-types': /\b(externref|ref\.null|ref\.func|table\.(get|set|grow|size|fill))\b/,
  'multi-value': /\(result \w+ \w+/,
  'fixed-width-SIMD': /\bv128\b/,
  'tail-calls': /\breturn_call/,
  'exception-handling': /\b(try_table|throw|rethrow)\b/,
  'threads-and-atomics': /\batomic\./,
  'garbage-collection': /\b(struct\.new|array\.new)/,
  'extended-constant-expressions': /\(global [^\n]*\(i(32|64)\.(add|sub|mul) /,
};
// MDN's names for the browsers browserslist names.
const ENGINES = { chrome: 'chrome', edge: 'edge', firefox: 'firefox', safari: 'safari', ios_saf: 'safari_ios', and_chr: 'chrome_android', and_ff: 'firefox_android', opera: 'opera' };
const oldest = oldestVersions(ENGINES, "MDN's browser-compat-data");

const text = execFileSync(`${root}node_modules/.bin/wasm-dis`, [wasm], { maxBuffer: 1 << 28 }).toString();
const used = Object.entries(FEATURES).filter(([, re]) => re.test(text)).map(([name]) => name);
let failed = false;
for (const feature of used) {
  const support = bcd.webassembly[feature].__compat.support;
  // The version the feature shipped in; Infinity when MDN gives no version number ("preview",
  // true or false, or nothing), so a feature not known to have shipped is flagged.
  const since = (engine) => {
    const s = Array.isArray(support[engine]) ? support[engine][0] : support[engine];
    const added = String(s?.version_added).replace('≤', '');
    return /^\d+(\.\d+)*$/.test(added) ? added : Infinity;
  };
  const late = Object.entries(oldest).filter(([engine, version]) => {
    const shipped = since(engine);
    return shipped === Infinity || compareVersions(shipped, version) > 0;
  });
  failed ||= late.length > 0;
  const where = Object.entries(oldest).map(([engine]) => `${engine} ${since(engine)}`).join(', ');
  console.log(`wasm feature ${feature.padEnd(38)} since ${where}  ${late.length ? `TOO NEW for ${late.map(([e, v]) => `${e} ${v}`).join(', ')}` : 'ok'}`);
}
console.log(`policy's oldest versions: ${Object.entries(oldest).map(([e, v]) => `${e} ${v}`).join(', ')}`);
process.exit(failed ? 1 : 0);
