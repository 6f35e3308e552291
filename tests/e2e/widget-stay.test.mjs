// The stay tool as a visitor uses it: trips in, the right answer in words out; a refused
// plan names the earliest entry; errors appear next to their field once it is left and vanish
// when fixed; a paste previews first and then moves the focus to the answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { openWidget, addTrip, fillTrips, answer, headline, settle, recordResults, assertClean } from './widget-helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('three trips, the latest still going on: latest exit, days used, the rule assumed', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await recordResults(page);
  // 30 + 20 + 8 = 58 days by 1 April; with no per-entry cap each further day adds one
  // until the count reaches 90 on 3 May (no day leaves the window before July).
  await fillTrips(w, [['2024-01-10', '2024-02-08'], ['2024-03-01', '2024-03-20'], ['2024-03-25', null]]);
  const text = await answer(w);
  const lines = text.split('\n').filter(Boolean);
  assert.equal(lines[0], 'You may stay until May 3, 2024.');
  assert.equal(lines[1], 'Assumed: the general rule of 90 days in any 180, with no limit per entry. Choose your citizenship for your own rules.');
  assert.match(text, /In the 180 days up to April 1, 2024 you were in Kazakhstan 58 days; at most 90 are allowed\./);
  // The full allowance follows the headline: counted from the last legal day, and says so.
  assert.match(text, /If you stay until May 3, 2024, a full 90 days are available again from October 30, 2024\./);
  const last = await page.evaluate(() => window.kzResults.at(-1));
  assert.equal(last.tool, 'stay');
  assert.deepEqual(last.answer.status, { code: 'MAY_STAY', from: null, to: '2024-05-03' });
  assert.deepEqual(await w.evaluate((el) => el.answer.status), last.answer.status);
  // The timeline draws the three trips and has a text alternative.
  assert.equal(await w.locator('svg.kz-tl rect.kz-tl-trip').count(), 3);
  assert.match(await w.locator('svg.kz-tl desc').textContent(), /The highest count is 58 days, on April 1, 2024/);
  // Sources under the answer: the rule the limits come from.
  assert.match(await w.locator('#stay-answer > .kz-source summary').innerText(), /^Sources? /);
  assertClean(assert, opened);
  await page.close();
});

test('a refused planned trip shows the earliest entry; a citizenship brings its per-entry cap', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  // 42 + 17 = 59 days. A 50-day stay ending on X also counts the first trip's days after
  // X - 179; at most 23 of them fit, so X >= 26 July and the entry >= 7 June.
  await fillTrips(w, [['2024-01-10', '2024-02-20'], ['2024-03-15', '2024-03-31']]);
  await w.locator('#plan-entry').fill('2024-06-01');
  await w.locator('#plan-days').fill('50');
  let text = await answer(w);
  assert.match(text, /Your planned trip of 50 days from June 1, 2024 is not allowed\. You would have more than 90 days in 180\. The earliest entry for 50 days is June 7, 2024\./);
  assert.equal(await w.locator('svg.kz-tl rect.kz-tl-plan.kz-tl-refused').count(), 1);
  // Germany: visa-free for 30 days per entry, 90 in 180.
  await w.locator('#stay-citizenship').selectOption('DE');
  text = await answer(w);
  assert.doesNotMatch(text, /Assumed:/);
  assert.match(text, /A single stay may last at most 30 days\./);
  assert.match(text, /No single stay may be longer than 30 days\. No entry date allows a stay of 50 days\./);
  assert.match(text, /You were over the limit from February 9, 2024 to February 20, 2024 \(12 days\)\. A single stay lasted longer than 30 days\./);
  // That past overstay is named under the headline, which turns from fine to warning.
  const head = await headline(w);
  assert.equal(head.status, 'MAY_ENTER');
  assert.equal(head.tone, 'warning');
  assert.match(head.text, /Earlier you stayed 12 days over the limit, from February 9, 2024 to February 20, 2024\./);
  assert.equal(await w.evaluate((el) => el.answer.rules.citizenship), 'DE');
  await w.locator('#plan-days').fill('20');
  text = await answer(w);
  assert.match(text, /Your planned trip of 20 days from June 1, 2024 to June 20, 2024 is allowed/);
  assertClean(assert, opened);
  await page.close();
});

test('errors appear next to their field once it is left, keep what was typed, and vanish when fixed', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await fillTrips(w, [['2024-01-10', '2024-01-02']]);
  await settle(page);
  const exitError = w.locator('#trip-0-exit-error');
  // Still in the exit field: the error waits, the headline says what is missing.
  assert.equal(await exitError.isVisible(), false);
  assert.equal((await headline(w)).text, 'Complete trip 1 to see your answer.');
  await w.locator('#trip-0-exit').blur();
  await settle(page);
  assert.equal(await exitError.innerText(), 'The exit is before the entry.');
  assert.equal(await w.locator('#trip-0-exit').getAttribute('aria-invalid'), 'true');
  assert.equal(await w.locator('#trip-0-exit').inputValue(), '02/01/2024');
  assert.match(await answer(w), /fix the marked field in trip 1\. The exit is before the entry\./);
  await w.locator('#trip-0-exit').fill('2024-01-20');
  await settle(page);
  assert.equal(await exitError.isVisible(), false);
  assert.equal(await w.locator('#trip-0-exit').getAttribute('aria-invalid'), null);

  // An overlap is shown on the later trip (its entry, left for the exit) and names the other one.
  await addTrip(w);
  await w.locator('#trip-1-entry').fill('2024-01-15');
  await w.locator('#trip-1-exit').fill('2024-01-25');
  await settle(page);
  assert.equal(await w.locator('#trip-1-entry-error').innerText(), 'This trip overlaps trip 1. Check both.');
  await w.locator('#trip-1-entry').fill('2024-01-21');
  await settle(page);
  assert.equal(await w.locator('#trip-1-entry-error').isVisible(), false);

  // A plan with an entry but no days: the days field, never visited, says nothing until "Check".
  await w.locator('#plan-entry').fill('2024-05-01');
  await settle(page);
  assert.equal(await w.locator('#plan-days-error').isVisible(), false);
  await w.locator('#stay-check').click();
  await settle(page);
  assert.equal(await w.locator('#plan-days-error').innerText(), 'Enter a whole number of days.');
  assert.equal(await w.evaluate((el) => el.shadowRoot.activeElement?.id), 'plan-days', 'the first field to fix has the focus');
  await w.locator('#plan-days').fill('10');
  await settle(page);
  assert.equal(await w.locator('#plan-days-error').isVisible(), false);
  assert.match(await answer(w), /Your planned trip of 10 days/);
  assertClean(assert, opened);
  await page.close();
});

test('pasting many trips shows a preview before replacing anything, then focuses the answer', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await fillTrips(w, [['2023-05-01', '2023-05-10']]);
  await w.locator('#paste-toggle').click();
  await w.locator('#paste-text').fill('2024-01-10 - 2024-01-20\n01.02.2024\t10.02.2024\nnot a date\n3/1/2024 3/5/2024\n31.02.2024 01.03.2024\n15.03.2024');
  await w.locator('#paste-order').selectOption('mdy');
  const preview = await w.locator('#paste-preview').innerText();
  assert.match(preview, /Understood 4 trips:/);
  assert.match(preview, /March 1, 2024 – March 5, 2024/);
  assert.match(preview, /from March 15, 2024, still there/);
  assert.match(preview, /Lines not understood \(not used\): 3, 5\./);
  // Nothing replaced yet.
  assert.equal(await w.locator('#trip-0-entry').inputValue(), '01/05/2023');
  await w.locator('#paste-replace').click();
  assert.equal(await w.locator('fieldset.kz-trip').count(), 4);
  assert.equal(await w.locator('#trip-1-entry').inputValue(), '01/02/2024');
  assert.equal(await w.locator('#trip-3-open').isChecked(), true);
  assert.equal(await w.evaluate((el) => el.shadowRoot.activeElement?.id), 'stay-headline', 'the answer has the focus');
  assert.match((await answer(w)).split('\n')[0], /^You may stay until/);
  assert.deepEqual(await w.evaluate((el) => el.trips.at(-1)), { entry: '2024-03-15' });
  assertClean(assert, opened);
  await page.close();
});

test('two widgets on one page work independently; holders of a permit are told the rule does not apply', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  const ru = page.locator('#calculator-ru');
  await fillTrips(w, [['2024-01-10', '2024-02-08']]);
  await settle(page);
  assert.equal(await ru.locator('#trip-0-entry').inputValue(), '');
  await w.locator('#stay-citizenship').selectOption('exempt');
  assert.match(await answer(w), /^The 90-in-180 rule does not apply to you/);
  assert.equal((await headline(w)).status, null, 'no status: the rule is not applied');
  assert.match(await ru.locator('.kz-headline').first().innerText(), /^Вы можете въехать/);
  assertClean(assert, opened);
  await page.close();
});
