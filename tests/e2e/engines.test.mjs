// The same checks in three browser engines (Chromium, Firefox ESR, WebKitGTK), from file://:
// every golden case through `KzResidence`; the widget as a visitor first meets it (no dated
// answer before the citizenship, a trip typed with real key presses, Russian); axe-core; the
// heights of issue 15 (three trips, an eligible permit) with the answer in view on a phone
// and screenshots at 375 and 1280 px (tests/e2e/screenshots/<engine>-*.png); the printout's
// trips; a thousand trips saved, reloaded and shared; a plan as the headline's subject and
// the exit a plan during a stay assumes, in en, ru and kk. In each, nothing may leave the page.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ENGINES, launch } from './engines.mjs';
import { cases, requests, runInPage, failures } from './golden-cases.mjs';
import { AXE, TODAY, assertClean, assertNoSidewaysScroll, axeInPage, shot } from './widget-helpers.mjs';
import { inWidget, waitHeadline } from './engine-pages.mjs';

const AXE_SOURCE = readFileSync(AXE, 'utf8');
// One trip of 71 days (10 January to 20 March): on 1 April 19 of the 90 days are left.
const TRIP = ['2024-01-10', '2024-03-20'];
const TIMEOUT = 120_000;
// Three trips, the last still going on (a German citizen, 1 April 2024).
const THREE = [{ entry: '2024-01-10', exit: '2024-02-08' }, { entry: '2024-02-20', exit: '2024-03-05' }, { entry: '2024-03-25' }];
// An eligible permit (employment, savings in tenge, a passport far off), as an embedder sets it.
const ELIGIBLE = {
  ground: 'employment', passportExpiry: '2034-06-30', applicationDate: '2026-11-26', savings: { amount: 6000000, currency: 'KZT' },
  criminalRecord: false, debts: false, officialIncome: true,
};

/** Opens the demo page at `size`, the first widget at the tests' date with `attrs`; its first headline. */
async function openWidget(engine, size, attrs = {}) {
  await engine.open('www/index.html', size);
  await engine.evaluate(async (a) => {
    await window.KzResidence.ready;
    await customElements.whenDefined('kz-residence-calculator');
    for (const [k, v] of Object.entries(a)) document.getElementById('calculator').setAttribute(k, v);
  }, { today: TODAY, ...attrs });
  return engine.evaluate(waitHeadline, {});
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

/** Chooses Germany as a visitor does: its code typed into the searchable list, then Enter. */
async function chooseGermany(engine) {
  await engine.evaluate(inWidget, { focus: 'stay-citizenship' });
  await engine.type('DE');
  await engine.press('Enter');
}

for (const name of ENGINES) {
  describe(name, { timeout: 8 * TIMEOUT }, () => {
    let engine;
    before(async () => { engine = await launch(name); }, { timeout: TIMEOUT });
    after(async () => { await engine?.close(); }, { timeout: TIMEOUT });

    test(`every golden case (${cases.length}) gives the same answer as in Rust`, { timeout: TIMEOUT }, async () => {
      await engine.open('www/index.html');
      await engine.evaluate(() => window.KzResidence.ready);
      assert.deepEqual(failures(await engine.evaluate(runInPage, requests)), []);
      await assertEngineClean(engine);
    });

    test('no dated answer before the citizenship; then a typed trip is answered, and in Russian', { timeout: TIMEOUT }, async () => {
      await openWidget(engine, { width: 1280, height: 900 });
      await engine.typeDate('trip-0-entry', TRIP[0]);
      await engine.typeDate('trip-0-exit', TRIP[1]);
      // The days are counted; the headline asks for the citizenship and gives no date.
      await engine.evaluate(waitHeadline, { includes: '71 days', card: true });
      const asking = await engine.evaluate(waitHeadline, { includes: 'Choose your citizenship' });
      assert.doesNotMatch(asking, /\d{4}/, 'no date before the rules are known');
      assert.equal(await engine.evaluate(inWidget, { attribute: ['stay-headline', 'data-status'] }), null);
      await chooseGermany(engine);
      const english = await engine.evaluate(waitHeadline, { includes: '19 April 2024' });
      assert.match(english, /^You may enter today and stay until 19 April 2024\./);
      // The keys typed stay in the text box in the language's order, the date spelt out below it.
      assert.deepEqual(await engine.evaluate(inWidget, { value: 'trip-0-entry', text: 'trip-0-entry-echo' }), ['10/01/2024', '10 January 2024']);
      await engine.choose('lang', 'ru');
      const russian = await engine.evaluate(waitHeadline, { includes: '19 апреля 2024', differentFrom: english });
      assert.match(russian, /^[\p{Script=Cyrillic}\d\s.,:;–«»()-]+$/u, 'the Russian headline has only Cyrillic words');
      await assertEngineClean(engine);
    });

    test('axe-core finds no violations, before and after an answer', { timeout: TIMEOUT }, async () => {
      await openWidget(engine, { width: 1280, height: 900 });
      assert.deepEqual(await axe(engine), [], 'empty form');
      await engine.evaluate(inWidget, { set: { trips: THREE }, attributes: { citizenship: 'DE' } });
      await engine.evaluate(waitHeadline, { includes: 'You may stay until' });
      assert.deepEqual(await axe(engine), [], 'an answer with three trips');
      await assertEngineClean(engine);
    });

    test('three trips and an eligible permit within issue 15\'s heights; on a phone the answer in view after the last trip; screenshots', { timeout: 2 * TIMEOUT }, async (t) => {
      const heights = {};
      for (const width of [1280, 375]) {
        await openWidget(engine, { width, height: 667 }, { citizenship: 'DE' });
        // Two trips set, the third typed as a visitor does: "Add a trip", its entry, "still there".
        await engine.evaluate(inWidget, { set: { trips: THREE.slice(0, 2) } });
        await engine.evaluate(inWidget, { click: 'trip-add' });
        await engine.typeDate('trip-2-entry', THREE[2].entry);
        await engine.evaluate(inWidget, { click: 'trip-2-open' });
        await engine.evaluate(waitHeadline, { includes: 'You may stay until 23 April 2024' });
        const seen = await engine.evaluate(inWidget, { inView: ['stay-headline', 'stay-summary'] });
        assert.ok(seen.some(Boolean), `at ${width} px neither the headline nor its summary is on screen`);
        heights[`stay ${width}`] = await engine.evaluate(inWidget, { height: true });
        await assertNoSidewaysScroll(engine, `stay at ${width} px`);
        await engine.screenshot(shot(`${name}-stay-${width}.png`), { selector: '#calculator' });
        await engine.evaluate(inWidget, { click: 'tab-permit', set: { permit: ELIGIBLE } });
        await engine.evaluate(waitHeadline, { id: 'permit-headline', includes: 'you can apply' });
        heights[`permit ${width}`] = await engine.evaluate(inWidget, { height: true });
        await engine.screenshot(shot(`${name}-permit-${width}.png`), { selector: '#calculator' });
      }
      t.diagnostic(`${name}: widget heights in px ${JSON.stringify(heights)}`);
      assert.ok(heights['stay 1280'] <= 1100 && heights['stay 375'] <= 1500, `stay: ${JSON.stringify(heights)}`);
      assert.ok(heights['permit 1280'] <= 2000 && heights['permit 375'] <= 3400, `permit: ${JSON.stringify(heights)}`);
      await assertEngineClean(engine);
    });

    test('printed, the page lists the trips; a thousand trips survive saving, a reload and a shared link', { timeout: 2 * TIMEOUT }, async () => {
      await openWidget(engine, { width: 1280, height: 900 }, { citizenship: 'DE' });
      const trips = await engine.evaluate(() => Array.from({ length: 1000 }, (_, i) => {
        const iso = (n) => new Date(Date.UTC(2000, 0, 3) + n * 86400000).toISOString().slice(0, 10);
        return { entry: iso(i * 7), exit: iso(i * 7 + 1) };
      }));
      await engine.evaluate(inWidget, { set: { trips }, click: 'remember' });
      await engine.evaluate(waitHeadline, {});
      const printed = await engine.evaluate(inWidget, { print: true });
      assert.match(printed, /Your trips \(1,000\):/);
      assert.match(printed, /3 January 2000 – 4 January 2000[\s\S]*25 February 2019 – 26 February 2019/);
      await engine.evaluate(() => new Promise((done) => setTimeout(done, 600))); // the save's pause
      await engine.open('www/index.html');
      await engine.evaluate(waitHeadline, {});
      assert.deepEqual(await engine.evaluate(inWidget, { get: 'trips' }), trips, 'reloaded from the saved state');
      await engine.evaluate(inWidget, { click: 'share' });
      const link = await engine.evaluate(inWidget, { waitValue: 'share-link' });
      await engine.evaluate(() => localStorage.clear());
      await engine.open(`www/index.html${new URL(link).hash}`);
      await engine.evaluate(waitHeadline, {});
      assert.deepEqual(await engine.evaluate(inWidget, { waitTrips: trips.length }), trips, 'opened from the shared link');
      await engine.evaluate(() => localStorage.clear());
      await assertEngineClean(engine);
    });

    test('a plan set as el.plan is the headline\'s subject; a plan during a stay names the exit it assumes, in en, ru and kk', { timeout: TIMEOUT }, async () => {
      await openWidget(engine, { width: 1280, height: 900 }, { citizenship: 'DE' });
      await engine.evaluate(inWidget, { set: { trips: [{ entry: '2024-03-25' }], plan: { entry: '2024-04-10', days: 10 } } });
      const assumed = { en: '10 April 2024', ru: '10 апреля 2024', kk: '2024\u00a0ж. 10 сәуір' };
      for (const lang of ['en', 'ru', 'kk']) {
        await engine.choose('lang', lang);
        const card = await engine.evaluate(waitHeadline, { includes: assumed[lang], card: true });
        const first = card.split('\n')[0];
        if (lang === 'en') assert.match(first, /^Your trip from 10 April 2024 for 10 days is allowed: leave by 19 April 2024\./);
        assert.ok(card.includes(assumed[lang]), `${lang}: the assumed exit in the card: ${card}`);
      }
      assert.equal((await engine.evaluate(inWidget, { get: 'answer' })).plan.assumedExit, '2024-04-10');
      await assertEngineClean(engine);
    });
  });
}
