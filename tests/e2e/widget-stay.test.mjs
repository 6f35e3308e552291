// The stay tool as a visitor uses it: trips in, the answer card right under them with the
// headline worded from the status and the two numbers that matter; a plan becomes the
// headline's subject and, made during a stay, names the exit it assumes; errors appear next
// to their field once it is left and vanish when fixed; a paste previews first and then moves
// the focus to the answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { openWidget, addTrip, fillTrips, answer, headline, settle, recordResults, assertClean, chooseCitizenship } from './widget-helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('three trips, the latest still going on: the card says until when, the days used and the date', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await recordResults(page);
  // 30 + 20 + 8 = 58 days by 1 April; with no per-entry cap each further day adds one
  // until the count reaches 90 on 3 May (no day leaves the window before July).
  await fillTrips(w, [['2024-01-10', '2024-02-08'], ['2024-03-01', '2024-03-20'], ['2024-03-25', null]]);
  const head = await headline(w);
  assert.equal(head.status, 'MAY_STAY');
  assert.equal(head.text.split('\n')[0], 'You may stay until 3 May 2024.');
  assert.match(head.text, /After that day you would have more than 90 days in 180\./);
  assert.deepEqual(await w.locator('.kz-number dd').allInnerTexts(), ['58 of 90 days', '3 May 2024']);
  const text = await answer(w);
  assert.match(text, /In the 180 days up to 1 April 2024 you were in Kazakhstan 58 days; at most 90 are allowed\./);
  // The full allowance follows the headline: counted from the last legal day, and says so.
  assert.match(text, /If you stay until 3 May 2024, a full 90 days are available again from 30 October 2024\./);
  const last = await page.evaluate(() => window.kzResults.at(-1));
  assert.equal(last.tool, 'stay');
  assert.deepEqual(last.answer.status, { code: 'MAY_STAY', from: null, to: '2024-05-03', days: 33, limit: 'WINDOW' });
  assert.deepEqual(await w.evaluate((el) => el.answer.status), last.answer.status);
  // The picture draws the three trips, the stay going on as far as the headline assumes it, and has a text alternative.
  assert.equal(await w.locator('svg.kz-tl rect.kz-tl-trip').count(), 4);
  assert.equal(await w.locator('svg.kz-tl rect.kz-tl-assumed').count(), 1);
  assert.equal(await w.locator('svg.kz-tl line.kz-tl-exit').count(), 1, 'the last allowed day is marked');
  assert.match(await w.locator('svg.kz-tl desc').textContent(), /The highest count is 90 days, on 3 May 2024\. Your last allowed day, 3 May 2024, is marked\./);
  // Sources in the why: the rule the limits come from.
  assert.match(await w.locator('#stay-why .kz-source[part="sources"] summary').last().innerText(), /^Sources? /);
  assertClean(assert, opened);
  await page.close();
});

test('no dated answer before the rules are known: the card asks for the citizenship and states the general rule', async () => {
  const opened = await openWidget(browser.context, { attrs: { regime: null } });
  const { w, page } = opened;
  await fillTrips(w, [['2024-03-01', '2024-03-20']]);
  const head = await headline(w);
  assert.equal(head.status, null, 'no status, so no dated answer');
  assert.match(head.text, /^Choose your citizenship to see until when you may stay\./);
  assert.match(head.text, /The general rule: at most 90 days in any 180-day period\./);
  assert.doesNotMatch(head.text, /\d{4}\.$/, 'no date in the headline');
  assert.deepEqual(await w.locator('.kz-number dd').allInnerTexts(), ['20 days']);
  // Germany: visa-free for 30 days per entry, 90 in 180.
  await chooseCitizenship(w, 'germ');
  const german = await headline(w);
  assert.equal(german.status, 'MAY_ENTER');
  assert.match(german.text, /^You may enter today and stay until 30 April 2024\./);
  assert.match(german.text, /A single stay may last at most 30 days\./);
  assertClean(assert, opened);
  await page.close();
});

test('a plan is the headline\'s subject: allowed with its exit, refused with the earliest entry', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  // 42 + 17 = 59 days. A 50-day stay ending on X also counts the first trip's days after
  // X - 179; at most 23 of them fit, so X >= 26 July and the entry >= 7 June.
  await fillTrips(w, [['2024-01-10', '2024-02-20'], ['2024-03-15', '2024-03-31']]);
  await w.locator('#plan-entry').fill('2024-06-01');
  await w.locator('#plan-days').fill('50');
  let head = await headline(w);
  assert.equal(head.tone, 'danger');
  assert.match(head.text, /^Your trip from 1 June 2024 for 50 days is not allowed\. You would have more than 90 days in 180\. The earliest entry for 50 days is 7 June 2024\./);
  assert.deepEqual(await w.locator('.kz-number dd').allInnerTexts(), ['59 of 90 days', '7 June 2024']);
  await answer(w);
  assert.equal(await w.locator('svg.kz-tl rect.kz-tl-plan.kz-tl-refused').count(), 1);
  await w.locator('#plan-days').fill('20');
  head = await headline(w);
  assert.equal(head.tone, 'fine');
  assert.match(head.text, /^Your trip from 1 June 2024 for 20 days is allowed: leave by 20 June 2024\./);
  // Set by the page: the plan property makes the plan the headline's subject too.
  await w.evaluate((el) => { el.plan = { entry: '2024-07-01', days: 10 }; });
  await settle(page);
  assert.match((await headline(w)).text, /^Your trip from 1 July 2024 for 10 days is allowed: leave by 10 July 2024\./);
  assert.deepEqual(await w.evaluate((el) => el.plan), { entry: '2024-07-01', days: 10 });
  assert.equal(await w.locator('#plan-entry').inputValue(), '01/07/2024', 'shown as the visitor types dates');
  assertClean(assert, opened);
  await page.close();
});

test('a plan made during a stay names the exit it assumes; a German\'s past overstay is named and warns', async () => {
  const opened = await openWidget(browser.context, { attrs: { citizenship: 'DE' } });
  const { w, page } = opened;
  await fillTrips(w, [['2024-03-20', null]]);
  await w.locator('#plan-entry').fill('2024-04-10');
  await w.locator('#plan-days').fill('10');
  let head = await headline(w);
  // In the country since 20 March (30 days per entry: until 18 April): the plan's entry comes first.
  assert.match(head.text, /^Your trip from 10 April 2024 for 10 days is allowed: leave by 19 April 2024\./);
  assert.match(head.text, /This assumes you leave Kazakhstan on 10 April 2024 and come back the same day\./);
  assert.match(head.text, /Today: You may stay until 18 April 2024\./);
  await w.locator('#plan-entry').fill('2024-05-01');
  head = await headline(w);
  assert.match(head.text, /This assumes your current stay ends on 18 April 2024, your last allowed day, and you come back on 1 May 2024\./);
  // A past overstay (12 days beyond 30 per entry) turns a fine headline into a warning.
  await w.evaluate((el) => { el.plan = null; el.trips = [{ entry: '2024-01-10', exit: '2024-02-20' }]; });
  await settle(page);
  head = await headline(w);
  assert.equal(head.status, 'MAY_ENTER');
  assert.equal(head.tone, 'warning');
  assert.match(head.text, /Earlier you stayed 12 days over the limit, from 9 February 2024 to 20 February 2024\./);
  assert.match(await answer(w), /You were over the limit from 9 February 2024 to 20 February 2024 \(12 days\)\. A single stay lasted longer than the 30 days allowed then\./);
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
  assert.match((await headline(w)).text, /fix the marked field in trip 1\. The exit is before the entry\./);
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
  assert.match((await headline(w)).text, /^Your trip from 1 May 2024 for 10 days/);
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
  assert.match(preview, /1 March 2024 – 5 March 2024/);
  assert.match(preview, /from 15 March 2024, still there/);
  assert.match(preview, /Lines not understood \(not used\): 3, 5\./);
  // Nothing replaced yet.
  assert.equal(await w.locator('#trip-0-entry').inputValue(), '01/05/2023');
  await w.locator('#paste-replace').click();
  assert.equal(await w.locator('li.kz-trip').count(), 4);
  assert.equal(await w.locator('#trip-1-entry').inputValue(), '01/02/2024');
  assert.equal(await w.locator('#trip-3-open').isChecked(), true);
  assert.equal(await w.evaluate((el) => el.shadowRoot.activeElement?.id), 'stay-headline', 'the answer has the focus');
  assert.match((await headline(w)).text, /^You may stay until/);
  assert.deepEqual(await w.evaluate((el) => el.trips.at(-1)), { entry: '2024-03-15' });
  assertClean(assert, opened);
  await page.close();
});

test('two widgets on one page work independently; holders of a residence permit are not counted', async () => {
  const opened = await openWidget(browser.context, { attrs: { regime: null } });
  const { w, page } = opened;
  const ru = page.locator('#calculator-ru');
  await fillTrips(w, [['2024-01-10', '2024-02-08']]);
  await settle(page);
  assert.equal(await ru.locator('#trip-0-entry').inputValue(), '');
  await w.locator('#stay-citizenship').fill('visa');
  await w.locator('#stay-citizenship-list [role="option"]', { hasText: 'I hold a visa or a residence permit' }).click();
  assert.match((await headline(w)).text, /^Choose the document you hold/);
  await w.locator('#stay-holds-permanent-residence-permit').check();
  const head = await headline(w);
  assert.equal(head.status, 'NOT_COUNTED');
  assert.match(head.text, /^The limits on visa-free days do not apply to you: the dates of your visa or residence permit decide how long you may stay\./);
  assert.equal(await w.evaluate((el) => el.answer.notices.find((n) => n.code === 'NOT_COUNTED').holder), 'permanent-residence-permit');
  assert.match(await ru.locator('.kz-headline').first().innerText(), /^Выберите гражданство/);
  assertClean(assert, opened);
  await page.close();
});
