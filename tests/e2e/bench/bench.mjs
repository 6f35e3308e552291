// `make bench` (browser part): size of the bundle, time to the first answer from file://,
// and KzResidence.stay on 10 000 trips over a century beside a naive per-day JavaScript
// implementation run in the same page. Prints figures with their budgets; asserts nothing.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ROOT, launch, openPage, fileUrl } from '../browser.mjs';

const KB = 1024;
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function sizes() {
  const bundle = readFileSync(join(ROOT, 'www/kz-residence.js'));
  const wasm = readFileSync(join(ROOT, 'target/bindgen/opt.wasm'));
  const gz = (b) => gzipSync(b, { level: 9 }).length;
  const parts = JSON.parse(readFileSync(join(ROOT, 'target/bindgen/bundle-sizes.json'), 'utf8'));
  console.log('Size (gzip -9):');
  console.log(`  wasm after wasm-opt          ${(wasm.length / KB).toFixed(1)} KiB raw, ${(gz(wasm) / KB).toFixed(1)} KiB gzip`);
  console.log(`  JS + CSS (without the wasm)  ${(parts.withoutWasmRaw / KB).toFixed(1)} KiB raw, ${(parts.withoutWasmGzip / KB).toFixed(1)} KiB gzip`);
  const total = gz(bundle);
  console.log(`  whole widget (one script)    ${(bundle.length / KB).toFixed(1)} KiB raw, ${(total / KB).toFixed(1)} KiB gzip   budget < 60 KiB  ${verdict(total < 60 * KB)}`);
}

/** Navigation to the first answer the widget shows, median of 10 fresh loads. */
async function firstAnswer(context) {
  const times = [];
  for (let i = 0; i < 10; i++) {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__kzFirst = new Promise((resolve) => {
        document.addEventListener('kz-result', () => resolve(performance.now()), { once: true, capture: true });
      });
    });
    await page.goto(fileUrl('www/index.html'));
    times.push(await page.evaluate(() => window.__kzFirst));
    await page.close();
  }
  const t = median(times);
  console.log(`First answer after navigation (www/index.html, file://, median of 10): ${t.toFixed(1)} ms   budget < 100 ms  ${verdict(t < 100)}`);
}

/** A naive per-day implementation: a calendar of days, the window count of each day. */
function naiveInPage(request) {
  const day = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 86400000;
  const trips = request.trips.map((t) => [day(t.entry), day(t.exit)]);
  const first = trips[0][0] - 180;
  const on = day(request.on);
  const present = new Uint8Array(on - first + 1);
  for (const [a, b] of trips) for (let d = a; d <= b; d++) present[d - first] = 1;
  let count = 0;
  const over = [];
  for (let i = 0; i < present.length; i++) {
    count += present[i] - (i >= 180 ? present[i - 180] : 0);
    if (present[i] && count > 90) over.push(i + first);
  }
  return { daysUsed: count, violationDays: over.length };
}

async function engineSpeed(page, name) {
  const path = join(ROOT, 'target/bench', `${name}.json`);
  if (!existsSync(path)) return console.log(`  (${name}: run the native benchmark first)`);
  const request = JSON.parse(readFileSync(path, 'utf8'));
  await page.addScriptTag({ content: `window.kzNaive = ${naiveInPage.toString()};` });
  const r = await page.evaluate((req) => {
    const naive = window.kzNaive;
    const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const timeIt = (runs, f) => med(Array.from({ length: runs }, () => { const t = performance.now(); f(); return performance.now() - t; }));
    const answer = window.KzResidence.stay(req);
    const reference = naive(req);
    const days = answer.violations.reduce((n, v) => n + v.days, 0);
    return {
      agree: answer.daysUsed === reference.daysUsed && days === reference.violationDays,
      runs: answer.violations.length,
      engine: timeIt(15, () => window.KzResidence.stay(req)),
      naive: timeIt(15, () => naive(req)),
    };
  }, request);
  console.log(`  ${name}: ${request.trips.length} trips ${request.trips[0].entry} .. ${request.on}, ${r.runs} violation runs, engine and naive agree: ${r.agree}`);
  console.log(`    KzResidence.stay       ${r.engine.toFixed(2)} ms (median of 15)   budget < 5 ms  ${verdict(r.engine < 5)}`);
  console.log(`    naive per-day JS       ${r.naive.toFixed(2)} ms (median of 15)`);
  console.log(`    ratio naive / engine   ${(r.naive / r.engine).toFixed(2)} x`);
}

sizes();
const browser = await launch();
try {
  await firstAnswer(browser.context);
  const { page } = await openPage(browser.context);
  console.log('KzResidence.stay in headless Chromium, same page as the naive implementation:');
  for (const name of ['legal', 'overstays']) await engineSpeed(page, name);
} finally {
  await browser.close();
}
