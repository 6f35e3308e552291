// Odd and hostile input in the page, as visitors and embedders produce it: other date
// formats, dates far in the past and future, 500 trips at once, emoji and right-to-left text.
// Each gives a clear message or a sensible result, and nothing reaches the console.
// (A tampered share link and saved data from an older version: tests/e2e/widget-keep.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { openWidget, fillTrips, answer, settle, assertClean } from './widget-helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/**
 * Pastes `text` into the paste box, as a paste does: the whole text at once and one input
 * event (typing it would take Playwright seconds for 500 lines), and returns the preview.
 */
async function paste(w, text) {
  await w.locator('#paste-toggle').click();
  await w.locator('#paste-text').evaluate((el, value) => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  return w.locator('#paste-preview').innerText();
}

test('pasted dates in other formats are understood; emoji and right-to-left lines are set aside', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  // Line 3: emoji and Arabic with Arabic-Indic digits; line 4: a date wrapped in invisible
  // right-to-left override marks, still read as the date it is.
  const preview = await paste(w, '2024/02/01 2024/02/10\n01.03.2024 05.03.2024\n🇰🇿 سفر ۲۰۲۴ 🙂\n\u202e2024-03-20\u202c');
  assert.match(preview, /Understood 3 trips:/);
  assert.match(preview, /1 February 2024 – 10 February 2024/);
  assert.match(preview, /from 20 March 2024, still there/);
  assert.match(preview, /Lines not understood \(not used\): 3\./);
  await w.locator('#paste-replace').click();
  assert.match(await answer(w), /In the 180 days up to 1 April 2024 you were in Kazakhstan 28 days; at most 90 are allowed\./);
  assertClean(assert, opened);
  await page.close();
});

test('dates before 1900 or after 2200 get a message next to the field; a far-future plan is answered', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await fillTrips(w, [['1899-12-31', '1900-01-05']]);
  await settle(page);
  assert.match(await w.locator('#trip-0-entry-error').innerText(), /1900|2200/);
  await w.locator('#trip-0-entry').fill('2201-01-01');
  await w.locator('#trip-0-entry').blur(); // an error shows once its field is left
  await settle(page);
  assert.match(await w.locator('#trip-0-entry-error').innerText(), /1900|2200/);
  await w.locator('#trip-0-entry').fill('1900-01-01');
  await w.locator('#trip-0-entry').blur();
  await settle(page);
  assert.equal(await w.locator('#trip-0-entry-error').isVisible(), false);
  await w.locator('#plan-entry').fill('2199-06-01');
  await w.locator('#plan-days').fill('30');
  assert.match(await answer(w), /^Your trip from 1 June 2199 for 30 days is allowed: leave by 30 June 2199\./);
  assertClean(assert, opened);
  await page.close();
});

test('500 trips: through the API in one call, and pasted into the widget', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  const lines = [];
  const trips = [];
  for (let i = 0; i < 500; i++) {
    const entry = new Date(Date.UTC(2000, 0, 1) + i * 9 * 86400000);
    const exit = new Date(entry.getTime() + 2 * 86400000);
    const iso = (d) => d.toISOString().slice(0, 10);
    trips.push({ entry: iso(entry), exit: iso(exit) });
    lines.push(`${iso(entry)}\t${iso(exit)}`);
  }
  // Trips of 3 days every 9 days: the 180 days up to the last exit hold 20 of them.
  const viaApi = await page.evaluate((t) => window.KzResidence.stay({ trips: t, on: t.at(-1).exit }), trips);
  assert.equal(viaApi.violations.length, 0);
  assert.equal(viaApi.daysUsed, 60);
  const preview = await paste(w, lines.join('\n'));
  assert.match(preview, /Understood 500 trips:/);
  await w.locator('#paste-replace').click();
  assert.equal((await w.evaluate((el) => el.trips)).length, 500);
  // The older years are folded under their counts; only the last two years' rows are built.
  const folded = await w.locator('details.kz-year > summary').allInnerTexts();
  const shown = await w.locator('li.kz-trip').count();
  assert.equal(folded.reduce((n, text) => n + Number(/: (\d+) trips?$/.exec(text)[1]), 0) + shown, 500, `${folded} and ${shown} rows`);
  assert.ok(shown > 0 && shown < 100, `${shown} rows built`);
  assert.match((await answer(w)).split('\n')[0], /\S/);
  assertClean(assert, opened);
  await page.close();
});
