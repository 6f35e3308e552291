// The golden cases of tests/cases/ run through the built page's public API in Chromium,
// from file://, exactly as they run through the engine in Rust (tests/golden.rs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';
import { cases, requests, runInPage, failures } from './golden-cases.mjs';

let browser;
let opened;
before(async () => {
  browser = await launch();
  opened = await openPage(browser.context);
});
after(async () => browser.close());

test(`every golden case (${cases.length}) gives the same answer in Chromium as in Rust`, async () => {
  const results = await opened.page.evaluate(runInPage, requests);
  assert.deepEqual(failures(results), []);
});

test('hostile input gives a coded error and the next call still works', async () => {
  const outcome = await opened.page.evaluate(() => {
    const K = window.KzResidence;
    const cyclic = { trips: [], on: '2024-01-01' };
    cyclic.trips.push({ entry: '2024-01-01', exit: '2024-01-02', self: cyclic });
    const hostile = [
      undefined, null, 42, 'text', [], Symbol('s'), () => 1, 10n,
      { trips: 'nope', on: '2024-01-01' },
      { get trips() { throw new Error('getter'); }, on: '2024-01-01' },
      new Proxy({}, { ownKeys() { throw new Error('trap'); } }),
      { trips: [{ entry: { toString() { return '2024-01-01'; } } }], on: '2024-01-01' },
      { trips: [{ entry: '2024-01-01', exit: Symbol('x') }], on: '2024-01-01' },
      { trips: new Array(200001), on: '2024-01-01' },
      { trips: [], on: '2024-01-01', plan: { entry: '2024-01-01', days: Number.NaN } },
      { trips: [], on: '2024-01-01', plan: { entry: '2024-01-01', days: Infinity } },
      { trips: [], on: '2024-01-01', plan: { entry: '2024-01-01', days: 1e300 } },
      { trips: [], on: '2024-01-01', rules: { windowDays: 4294967296 } },
      { trips: [], on: '2024-01-01\u0000' },
      cyclic,
    ];
    const codes = [];
    for (const input of hostile) {
      for (const call of [K.stay, K.permit]) {
        try {
          call(input);
          codes.push('answered');
        } catch (e) {
          codes.push(typeof e.code === 'string' ? e.code : `UNCODED ${e}`);
        }
      }
    }
    const after = K.stay({ trips: [{ entry: '2024-01-01', exit: '2024-01-10' }], on: '2024-01-20' });
    return { codes, daysUsed: after.daysUsed };
  });
  assert.equal(outcome.codes.filter((c) => c.startsWith('UNCODED')).length, 0, outcome.codes.join(' '));
  assert.equal(outcome.daysUsed, 10);
});

test('no request left the page and nothing was logged as an error', () => {
  assert.deepEqual(opened.outside, []);
  assert.deepEqual(opened.problems, []);
});
