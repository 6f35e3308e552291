// How the stay tool takes input: dates typed in each language's order and spelt out, at most
// two Tab stops per date field, the calendar's native picker feeding the text box, errors only
// once a field is left, the citizenship first (names in the visitor's language, a visa, an
// unknown one), the `trips` property with bad items, and the headline in view on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { openWidget, addTrip, fillTrips, headline, settle, setTrips, tabTo, typed, assertClean, chooseCitizenship } from './widget-helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const focusedId = (w) => w.evaluate((el) => el.shadowRoot.activeElement?.id ?? null);

// The year and its abbreviation never part at a line's end (a no-break space).
const SPELT = { en: '26 November 2026', ru: '26 ноября 2026\u00a0г.', kk: '2026\u00a0ж. 26 қараша' };
const PATTERN = { en: 'DD/MM/YYYY', ru: 'ДД.ММ.ГГГГ', kk: 'КК.АА.ЖЖЖЖ' };

test('dates typed in each language: the language\'s order, eight digits or ISO; spelt out; rewritten on leaving', async () => {
  for (const lang of ['en', 'ru', 'kk']) {
    const opened = await openWidget(browser.context, { attrs: { lang } });
    const { w, page } = opened;
    const entry = w.locator('#trip-0-entry');
    assert.equal(await entry.getAttribute('placeholder'), PATTERN[lang]);
    for (const keys of [typed('2026-11-26', lang), '26112026', '2026-11-26']) {
      await entry.fill('');
      await entry.focus();
      await page.keyboard.type(keys);
      assert.equal(await w.locator('#trip-0-entry-echo').innerText(), SPELT[lang], `${lang}: ${keys}`);
      assert.deepEqual(await w.evaluate((el) => el.trips[0].entry), '2026-11-26');
      await page.keyboard.press('Tab');
      assert.equal(await entry.inputValue(), typed('2026-11-26', lang), 'rewritten in the language\'s order');
    }
    // A day that does not exist is named once the field is left; nothing is spelt out for it.
    await entry.fill('');
    await entry.focus();
    await page.keyboard.type(lang === 'en' ? '31/02/2026' : '31.02.2026');
    assert.equal(await w.locator('#trip-0-entry-echo').innerText(), '');
    await page.keyboard.press('Tab');
    await settle(page);
    assert.equal(await w.locator('#trip-0-entry').getAttribute('aria-invalid'), 'true');
    assertClean(assert, opened);
    await page.close();
  }
});

test('an American visitor types and reads dates month first: 10/01/2026 is 1 October', async () => {
  const american = await launch({ locale: 'en-US' });
  try {
    const opened = await openWidget(american.context, { attrs: { lang: 'en', today: '2026-11-26' } });
    const { w, page } = opened;
    const entry = w.locator('#trip-0-entry');
    assert.equal(await entry.getAttribute('placeholder'), 'MM/DD/YYYY');
    await entry.focus();
    await page.keyboard.type('10/01/2026');
    assert.equal(await w.locator('#trip-0-entry-echo').innerText(), 'October 1, 2026');
    assert.equal(await w.evaluate((el) => el.trips[0].entry), '2026-10-01');
    await page.keyboard.press('Tab');
    assert.equal(await entry.inputValue(), typed('2026-10-01', 'en', 'mdy'));
    await w.locator('#trip-0-exit').fill('10/20/2026');
    assert.match((await headline(w)).text, /^You may enter today and stay until February 3, 2027\./);
    assertClean(assert, opened);
    await page.close();
  } finally {
    await american.close();
  }
});

test('a date field costs two Tab stops; the calendar button feeds its picked date into the text box', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await tabTo(page, w, 'trip-0-entry');
  await page.keyboard.press('Tab');
  const button = await w.evaluate((el) => el.shadowRoot.activeElement?.className);
  assert.equal(button, 'kz-date-pick');
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(w), 'trip-0-exit');
  // The native input is made on the first press of the button (no cost before), out of the
  // tab order and hidden from assistive technology.
  const native = w.locator('#trip-0-entry').locator('xpath=..').locator('input[type="date"]');
  assert.equal(await native.count(), 0);
  await w.locator('#trip-0-entry').locator('xpath=..').locator('.kz-date-pick').click();
  await page.keyboard.press('Escape'); // closes the browser's picker the press opened
  assert.equal(await native.count(), 1);
  assert.equal(await native.getAttribute('tabindex'), '-1');
  assert.equal(await native.getAttribute('aria-hidden'), 'true');
  // What the browser's picker does when a day is chosen.
  await native.evaluate((el) => {
    el.value = '2026-03-05';
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  assert.equal(await w.locator('#trip-0-entry').inputValue(), '05/03/2026');
  assert.equal(await w.locator('#trip-0-entry-echo').innerText(), '5 March 2026');
  assert.deepEqual(await w.evaluate((el) => el.trips), [{ entry: '2026-03-05', exit: '' }]);
  // The focus ring on the calendar button is 2 px.
  await tabTo(page, w, 'trip-0-entry');
  await page.keyboard.press('Tab');
  const ring = await w.evaluate((el) => getComputedStyle(el.shadowRoot.activeElement).outlineWidth);
  assert.equal(ring, '2px');
  assertClean(assert, opened);
  await page.close();
});

test('errors only on leaving a field: nothing red about the exit while the entry is typed', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await w.locator('#trip-0-entry').focus();
  await page.keyboard.type('26.11.20');
  await settle(page);
  // Half a date typed: no error on it, none on the exit, and no red headline.
  assert.equal(await w.locator('.kz-error:not([hidden])').count(), 0);
  assert.equal(await w.locator('[aria-invalid="true"]').count(), 0);
  assert.deepEqual(await headline(w), { status: null, tone: 'info', text: 'Complete trip 1 to see your answer.' });
  await page.keyboard.type('24');
  await settle(page);
  assert.equal(await w.locator('.kz-error:not([hidden])').count(), 0, 'a whole entry date, the exit still untouched');
  // Into the exit and out again, empty: now it says so.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(w), 'trip-0-exit');
  await settle(page);
  assert.equal(await w.locator('#trip-0-exit-error').isVisible(), false, 'not while the visitor is in it');
  await page.keyboard.press('Tab');
  await settle(page);
  assert.equal(await w.locator('#trip-0-exit-error').innerText(), 'Enter this date.');
  assert.equal((await headline(w)).tone, 'danger');
  // Typing into it again: the error stays until the date is right, then goes at once.
  await w.locator('#trip-0-exit').focus();
  await page.keyboard.type('01.12.2024');
  await settle(page);
  assert.equal(await w.locator('#trip-0-exit-error').isVisible(), false);
  assert.equal((await headline(w)).status, 'MAY_ENTER');
  assertClean(assert, opened);
  await page.close();
});

test('citizenship first: names in the visitor\'s language, a visa, an unknown one, and the regime picker', async () => {
  const opened = await openWidget(browser.context, { attrs: { lang: 'kk', today: '2026-11-26', regime: null } });
  const { w, page } = opened;
  await w.locator('#stay-citizenship').click();
  const names = await w.locator('#stay-citizenship-list [role="option"]:not(.kz-combo-always)').allInnerTexts();
  assert.ok(names.includes('Германия') && names.includes('Қытай') && names.includes('Ұлыбритания'), names.join(', '));
  assert.deepEqual(names, [...names].sort(new Intl.Collator('kk').compare), 'sorted by name');
  assert.equal((await w.locator('#stay-citizenship-list .kz-combo-always').allInnerTexts()).length, 2, 'not listed, and a visa or permit, at the end');
  // Typing filters by any word of a name, in any case, without accents.
  await w.locator('#stay-citizenship').fill('герм');
  assert.deepEqual(await w.locator('#stay-citizenship-list [role="option"]:not(.kz-combo-always)').allInnerTexts(), ['Германия']);
  assert.equal(await w.locator('#stay-regime').isVisible(), false, 'no regime picker before it is needed');
  // Afghanistan: a visa is needed; the regime can still be chosen by hand.
  await chooseCitizenship(w, 'AF');
  let head = await headline(w);
  assert.equal(head.status, null);
  assert.match(head.text, /визаңыз/);
  assert.equal(await w.locator('#stay-citizenship-note').isVisible(), true);
  assert.equal(await w.locator('#stay-regime').isVisible(), true);
  await w.locator('#stay-regime-visa-free-30').check();
  head = await headline(w);
  assert.equal(head.status, 'MAY_ENTER');
  assert.deepEqual(await w.evaluate((el) => [el.answer.rules.regime, el.answer.rules.citizenship]), ['visa-free-30', 'AF']);
  // Not listed: the picker, with the regimes' numbers.
  await chooseCitizenship(w, 'other');
  assert.equal(await w.locator('#stay-regime').isVisible(), true);
  assert.match(await w.locator('label[for="stay-regime-short-14"]').innerText(), /Бір жолы ең көбі 14 күн, кез келген 180 күнде ең көбі 42 күн/);
  await page.close();

  // A citizenship attribute the rules do not know: the picker asks for the regime.
  const unknown = await openWidget(browser.context, { attrs: { citizenship: 'XK', today: '2026-11-26' } });
  assert.equal((await headline(unknown.w)).text, 'Say how long you may stay without a visa (below) to see until when you may stay.');
  assert.equal(await unknown.w.locator('#stay-regime').isVisible(), true);
  // The EAEU's 90 days at a time, 90 in any 180, offered once, as the 90-day agreements' numbers.
  await unknown.w.locator('#stay-regime-visa-free-90').check();
  assert.equal((await headline(unknown.w)).status, 'MAY_ENTER');
  assertClean(assert, unknown);
  await unknown.page.close();
});

test('the trips property: ISO in and out, bad items get the errors typing them would', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await setTrips(w, [{ entry: '2024-01-10', exit: '2024-01-20' }, { entry: '2024-03-25' }]);
  assert.deepEqual(await w.evaluate((el) => el.trips), [{ entry: '2024-01-10', exit: '2024-01-20' }, { entry: '2024-03-25' }]);
  assert.equal(await w.locator('#trip-1-open').isChecked(), true);
  assert.equal((await headline(w)).status, 'MAY_STAY');
  await setTrips(w, [{ entry: '2024-02-30', exit: '2024-03-02' }]);
  assert.equal(await w.locator('#trip-0-entry-error').innerText(), 'This is not a valid date.');
  assert.equal(await w.locator('#trip-0-entry').inputValue(), '2024-02-30', 'kept as given');
  await setTrips(w, [{ entry: 'soon', exit: '2024-03-02' }]);
  assert.equal(await w.locator('#trip-0-entry-error').innerText(), 'Write the date as day, month and year, for example 26/11/2026.');
  await setTrips(w, [{ entry: '2024-03-05', exit: '2024-03-01' }]);
  assert.equal(await w.locator('#trip-0-exit-error').innerText(), 'The exit is before the entry.');
  await setTrips(w, []);
  assert.deepEqual(await w.evaluate((el) => el.trips), []);
  assert.equal(await w.evaluate((el) => { try { el.trips = 'x'; return 'accepted'; } catch (e) { return e.name; } }), 'TypeError');
  assertClean(assert, opened);
  await page.close();
});

test('trips set before the element is defined are taken up when it is', async () => {
  const opened = await openWidget(browser.context);
  const { page } = opened;
  await page.evaluate(() => {
    // A document without a window does not upgrade custom elements: like a page whose script comes later.
    const el = document.implementation.createHTMLDocument('').createElement('kz-residence-calculator');
    el.setAttribute('today', '2024-04-01');
    el.setAttribute('citizenship', 'DE');
    el.trips = [{ entry: '2024-03-25' }];
    el.id = 'late';
    document.body.append(document.adoptNode(el));
  });
  await page.waitForFunction(() => document.getElementById('late').answer);
  const status = await page.evaluate(() => {
    const el = document.getElementById('late');
    return [el.answer.status.code, el.shadowRoot.getElementById('trip-0-entry').value];
  });
  assert.deepEqual(status, ['MAY_STAY', '25/03/2024']);
  assertClean(assert, opened);
  await page.close();
});

test('on a 375 x 667 phone the headline is in view once the first trip is typed', async () => {
  const opened = await openWidget(browser.context, { width: 375, height: 667 });
  const { w, page } = opened;
  await tabTo(page, w, 'trip-0-entry');
  await page.keyboard.type('10.01.2024');
  await tabTo(page, w, 'trip-0-exit');
  await page.keyboard.type('20.03.2024');
  await settle(page);
  const [head, exit] = await w.evaluate((el) => ['stay-headline', 'trip-0-exit'].map((id) => {
    const r = el.shadowRoot.getElementById(id).getBoundingClientRect();
    return { top: Math.round(r.top), bottom: Math.round(r.bottom) };
  }));
  console.log(`375 x 667: headline ${head.top}-${head.bottom} px, exit field ${exit.top}-${exit.bottom} px`);
  assert.ok(head.top >= 0 && head.bottom <= 667, `headline out of view: ${JSON.stringify(head)}`);
  assert.match((await headline(w)).text, /^You may enter today and stay until 19 April 2024\./);
  assertClean(assert, opened);
  await page.close();
});

test('"Add a trip" gives an empty trip that is left out of the answer, not an error', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await fillTrips(w, [['2024-01-10', '2024-01-20']]);
  await addTrip(w);
  assert.equal(await focusedId(w), 'trip-1-entry');
  await settle(page);
  // The new, empty trip is skipped, not an error.
  assert.equal(await w.locator('.kz-error:not([hidden])').count(), 0);
  assert.equal((await headline(w)).status, 'MAY_ENTER');
  assertClean(assert, opened);
  await page.close();
});
