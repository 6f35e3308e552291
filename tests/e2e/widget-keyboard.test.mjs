// Both tools completed with the keyboard alone (Tab, typing, Space, Enter, arrows), and the
// permit answer in words: verdict, blockers with their numbers, dates, steps, checklist.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { openWidget, fillTrips, answer, settle, tabTo, typed, assertClean } from './widget-helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** Types a date into a focused date field of the stay tool, as a visitor writes it (10/01/2024). */
async function typeDate(page, iso) {
  await page.keyboard.type(typed(iso));
}

/** Types a date into a focused <input type=date> (the permit tool's); headless Chromium (en-US) orders it mm/dd/yyyy. */
async function typeNativeDate(page, iso) {
  const [y, m, d] = iso.split('-');
  await page.keyboard.type(`${m}${d}${y}`);
}

test('keyboard only: trips, a planned trip, then the permit tool to its checklist', async () => {
  const opened = await openWidget(browser.context, { width: 375 });
  const { w, page } = opened;
  await tabTo(page, w, 'trip-0-entry');
  await typeDate(page, '2024-01-10');
  await tabTo(page, w, 'trip-0-exit');
  await typeDate(page, '2024-02-08');
  await tabTo(page, w, 'trip-add');
  await page.keyboard.press('Enter');
  // Adding a trip moves focus to its entry date.
  assert.equal(await w.evaluate((el) => el.shadowRoot.activeElement.id), 'trip-1-entry');
  await typeDate(page, '2024-03-25');
  await tabTo(page, w, 'trip-1-open');
  await page.keyboard.press('Space');
  await tabTo(page, w, 'plan-entry');
  await typeDate(page, '2024-08-01');
  await tabTo(page, w, 'plan-days');
  await page.keyboard.type('30');
  const stay = await answer(w);
  assert.match(stay.split('\n')[0], /^You may stay until May 23, 2024\.$/);
  assert.match(stay, /Your planned trip of 30 days from August 1, 2024 to August 30, 2024 is allowed/);
  // The answer was announced to screen readers.
  assert.match(await w.locator('[role="status"]').textContent(), /^You may stay until May 23, 2024\.$/);

  // Tabs follow the ARIA pattern: arrow keys switch and focus the other tab.
  await tabTo(page, w, 'tab-stay', { back: true });
  await page.keyboard.press('ArrowRight');
  assert.equal(await w.evaluate((el) => el.shadowRoot.activeElement.id), 'tab-permit');
  assert.equal(await w.locator('#panel-permit').isVisible(), true);
  assert.equal(await w.locator('#panel-stay').isVisible(), false);

  await tabTo(page, w, 'permit-ground');
  await page.keyboard.type('Official');
  await tabTo(page, w, 'permit-passport');
  await typeNativeDate(page, '2030-01-15');
  await tabTo(page, w, 'permit-savings');
  await page.keyboard.type('10000');
  await tabTo(page, w, 'permit-officialIncome');
  await page.keyboard.press('Space');
  await tabTo(page, w, 'permit-housing-rent');
  await page.keyboard.press('ArrowDown');
  assert.equal(await w.locator('#permit-housing-own').isChecked(), true);
  const permit = await answer(w, 'permit');
  assert.match(permit.split('\n')[0], /^On these answers you can apply for a residence permit \(Official employment\)\.$/);
  assert.match(permit, /Apply by\s+July 19, 2029/);
  assert.match(permit, /Proof that you own the home/);
  await tabTo(page, w, 'doc-passport');
  await page.keyboard.press('Space');
  assert.equal(await w.locator('#doc-passport').isChecked(), true);
  assertClean(assert, opened);
  await page.close();
});

test('permit blockers in words with the numbers behind them, and a source for each rule', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await fillTrips(w, [['2023-10-01', '2024-02-20']]);
  await w.locator('#tab-permit').click();
  assert.match(await answer(w, 'permit'), /^Choose a ground \(step 1\)/);
  await w.locator('#permit-ground').selectOption('investment');
  await w.locator('#permit-passport').fill('2024-08-01');
  await w.locator('#permit-savings').fill('5000');
  await w.locator('#permit-savings-currency').selectOption('EUR');
  await w.locator('#permit-investment').fill('300000');
  await w.locator('#permit-use-trips').check();
  let text = await answer(w, 'permit');
  assert.match(text, /Enter the exchange rate for EUR so the amounts can be compared\./);
  await w.locator('#permit-rate-EUR').fill('1.1');
  text = await answer(w, 'permit');
  assert.match(text.split('\n')[0], /cannot get a residence permit yet: 3 requirements are not met\./);
  assert.match(text, /Your savings \(\$5,500\) are below the required \$9,725\./);
  assert.match(text, /Your investment \(\$300,000\) must be more than \$300,000\./);
  assert.match(text, /Your passport expires on August 1, 2024; it must be valid 180 days after the application, so the last day to apply is February 3, 2024\./);
  assert.match(text, /Your trips show overstays \(December 30, 2023 – February 20, 2024\)/);
  assert.match(text, /Without an official source of income/);
  // Sources: open one and read the rule's origin and date.
  const source = w.locator('#panel-permit .kz-facts .kz-source').first();
  await source.locator('summary').click();
  assert.match(await source.innerText(), /Consultancy article .* In force from February 23, 2023\./);

  // Errors from the permit engine sit next to their field too.
  await w.locator('#permit-issue').fill('2024-03-01');
  await w.locator('#permit-issue').blur(); // errors show once their field is left (fields.js)
  await settle(page);
  assert.equal(await w.locator('#permit-issue-error').innerText(), 'The permit cannot be issued before the application date.');
  await w.locator('#permit-issue').fill('');
  await settle(page);
  assert.equal(await w.locator('#permit-issue-error').isVisible(), false);
  assertClean(assert, opened);
  await page.close();
});

test('exchange rates the site supplies fill the rate field; the visitor can still change them', async () => {
  const opened = await openWidget(browser.context, { attrs: { rates: 'EUR=1.1 not-a-rate' } });
  const { w, page } = opened;
  await w.locator('#tab-permit').click();
  await w.locator('#permit-ground').selectOption('employment');
  await w.locator('#permit-passport').fill('2034-01-01');
  await w.locator('#permit-savings').fill('5000');
  await w.locator('#permit-savings-currency').selectOption('EUR');
  assert.equal(await w.locator('#permit-rate-EUR').inputValue(), '1.1');
  assert.match(await answer(w, 'permit'), /Your savings \(\$5,500\) are below the required \$9,725\./);
  await w.locator('#permit-rate-EUR').fill('2');
  assert.match((await answer(w, 'permit')).split('\n')[0], /you can apply for a residence permit/);
  assertClean(assert, opened);
  await page.close();
});
