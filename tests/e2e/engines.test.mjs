// The same checks in three browser engines (Chromium, Firefox ESR, WebKitGTK), from file://:
// every golden case through `KzResidence`; the widget as a visitor first meets it (type a
// trip with real key presses, read the answer, switch to Russian); axe-core; screenshots at 375 and 1280 px in
// tests/e2e/screenshots/<engine>-stay-<width>.png. In each, nothing may leave the page.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ENGINES, launch } from './engines.mjs';
import { cases, requests, runInPage, failures } from './golden-cases.mjs';
import { AXE, TODAY, assertClean, assertNoSidewaysScroll, axeInPage, shot } from './widget-helpers.mjs';

const AXE_SOURCE = readFileSync(AXE, 'utf8');
const HOST = '#calculator';
// One trip of 71 days (10 January to 20 March): on 1 April 19 of the 90 days are left.
const TRIP = ['2024-01-10', '2024-03-20'];
const STAY_UNTIL = { en: '19 April 2024', ru: '19 апреля 2024' };
const TIMEOUT = 90_000;

/**
 * Runs in the page: waits until the widget's answer is no longer being recomputed and its
 * headline says something that contains `includes` and is not `differentFrom`; returns it.
 */
function headlineInPage({ host, includes = '', differentFrom = null }) {
  const deadline = performance.now() + 10_000;
  return new Promise((resolve, reject) => {
    const look = () => {
      const root = document.querySelector(host)?.shadowRoot;
      const text = root?.querySelector('.kz-headline')?.textContent.trim();
      const busy = root?.querySelector('.kz-answer[aria-busy]');
      if (text && !busy && text.includes(includes) && text !== differentFrom) return resolve(text);
      if (performance.now() > deadline) return reject(new Error(`headline still "${text}" (busy: ${!!busy})`));
      setTimeout(look, 25);
    };
    look();
  });
}

/** Opens the demo page at `size`, the first widget at the tests' fixed date; its first headline. */
async function openWidget(engine, size) {
  await engine.open('www/index.html', size);
  await engine.evaluate(async ({ host, today }) => {
    await window.KzResidence.ready;
    await customElements.whenDefined('kz-residence-calculator');
    document.querySelector(host).setAttribute('today', today);
  }, { host: HOST, today: TODAY });
  return engine.evaluate(headlineInPage, { host: HOST, includes: '1 April 2024' });
}

/** Types the one trip; the headline once the answer has settled. */
async function typeTrip(engine, before) {
  await engine.typeDate('trip-0-entry', TRIP[0]);
  await engine.typeDate('trip-0-exit', TRIP[1]);
  return engine.evaluate(headlineInPage, { host: HOST, includes: STAY_UNTIL.en, differentFrom: before });
}

/** Nothing left the page and (where the engine reports them) no console errors or exceptions. */
async function assertEngineClean(engine) {
  assertClean(assert, { outside: await engine.outside(), problems: await engine.problems() });
}

/** axe-core on the whole page (it enters open shadow roots); the violations found. */
async function axe(engine) {
  await engine.evaluate((source) => {
    if (window.axe) return;
    const script = document.createElement('script');
    script.textContent = source;
    document.head.append(script);
  }, AXE_SOURCE);
  return engine.evaluate(axeInPage);
}

for (const name of ENGINES) {
  describe(name, { timeout: 4 * TIMEOUT }, () => {
    let engine;
    before(async () => { engine = await launch(name); }, { timeout: TIMEOUT });
    after(async () => { await engine?.close(); }, { timeout: TIMEOUT });

    test(`every golden case (${cases.length}) gives the same answer as in Rust`, { timeout: TIMEOUT }, async () => {
      await engine.open('www/index.html');
      await engine.evaluate(() => window.KzResidence.ready);
      assert.deepEqual(failures(await engine.evaluate(runInPage, requests)), []);
      await assertEngineClean(engine);
    });

    test('the widget answers a typed trip and switches to Russian', { timeout: TIMEOUT }, async () => {
      const empty = await openWidget(engine, { width: 1280, height: 900 });
      const english = await typeTrip(engine, empty);
      assert.match(english, /^You may enter on 1 April 2024 and stay until 19 April 2024\./);
      // The keys typed stay in the text box in the language's order, the date spelt out below it.
      const field = await engine.evaluate((host) => {
        const root = document.querySelector(host).shadowRoot;
        return [root.getElementById('trip-0-entry').value, root.getElementById('trip-0-entry-echo').textContent];
      }, HOST);
      assert.deepEqual(field, ['10/01/2024', '10 January 2024']);
      await engine.choose('lang', 'ru');
      const russian = await engine.evaluate(headlineInPage, { host: HOST, includes: STAY_UNTIL.ru, differentFrom: english });
      assert.match(russian, /^[\p{Script=Cyrillic}\d\s.,:;–-]+$/u, 'the Russian headline has only Cyrillic words');
      await assertEngineClean(engine);
    });

    test('axe-core finds no violations, before and after typing a trip', { timeout: TIMEOUT }, async () => {
      const empty = await openWidget(engine, { width: 1280, height: 900 });
      assert.deepEqual(await axe(engine), [], 'empty form');
      await typeTrip(engine, empty);
      assert.deepEqual(await axe(engine), [], 'answer with a trip');
      await assertEngineClean(engine);
    });

    test('screenshots at 375 and 1280 px', { timeout: TIMEOUT }, async () => {
      for (const width of [375, 1280]) {
        await typeTrip(engine, await openWidget(engine, { width, height: 900 }));
        await assertNoSidewaysScroll(engine, `at ${width} px`);
        await engine.screenshot(shot(`${name}-stay-${width}.png`), { selector: HOST });
      }
      await assertEngineClean(engine);
    });
  });
}
