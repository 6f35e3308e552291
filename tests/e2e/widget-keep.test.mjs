// Keeping and sharing without anything leaving the device: opt-in storage survives a
// reload only when ticked; damaged saved data and changed links are reported and ignored;
// the calendar file is made in the browser and holds the right dates; the call to action
// fires its event and refuses unsafe links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch } from './browser.mjs';
import { openWidget, fillTrips, settle, assertClean, recordCta } from './widget-helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const KEY = 'kz-residence:calculator';

/** Everything a page could have written to the device. */
function stored(page) {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage), session: Object.keys(sessionStorage), cookie: document.cookie,
    idb: (await indexedDB.databases()).map((d) => d.name),
  }));
}

async function reload(page, w) {
  await page.reload();
  await page.evaluate(() => window.KzResidence.ready);
  await w.evaluate((el) => el.setAttribute('today', '2024-04-01'));
  await w.locator('.kz-headline').first().waitFor();
}

test('nothing is kept without opting in; opted-in entries survive a reload; forget removes them', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await fillTrips(w, [['2024-01-10', '2024-02-08']]);
  await settle(page);
  await page.waitForTimeout(400);
  assert.deepEqual(await stored(page), { local: [], session: [], cookie: '', idb: [] });
  await reload(page, w);
  assert.equal(await w.locator('#trip-0-entry').inputValue(), '');

  await fillTrips(w, [['2024-01-10', '2024-02-08']]);
  await w.locator('#stay-citizenship').selectOption('KG');
  await w.locator('#remember').check();
  await w.locator('#plan-days').fill('12');
  // A date still being typed is kept as typed, in the permit tool too.
  await w.locator('#tab-permit').click();
  await w.locator('#permit-passport').fill('30.06');
  await page.waitForTimeout(400);
  assert.deepEqual((await stored(page)).local, [KEY]);
  await reload(page, w);
  assert.equal(await w.locator('[data-note]').count(), 0, 'the saved entries were read');
  assert.equal(await w.locator('#permit-passport').inputValue(), '30.06');
  await w.locator('#tab-stay').click();
  assert.equal(await w.locator('#trip-0-entry').inputValue(), '10/01/2024');
  assert.equal(await w.locator('#stay-citizenship').inputValue(), 'KG', 'the citizenship is kept with the trips');
  assert.equal(await w.locator('#plan-days').inputValue(), '12');
  assert.equal(await w.locator('#remember').isChecked(), true);

  await w.locator('#forget').click();
  assert.deepEqual((await stored(page)).local, []);
  assert.equal(await w.locator('#remember').isChecked(), false);
  await reload(page, w);
  assert.equal(await w.locator('#trip-0-entry').inputValue(), '');
  assertClean(assert, opened);
  await page.close();
});

test('damaged or old saved data: the visitor is told, the widget starts clean, nothing throws', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  for (const bad of ['{not json', JSON.stringify({ v: 0, state: {} }), JSON.stringify({ v: 1, state: { tool: 'stay', stay: 'x' } })]) {
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, bad]);
    await reload(page, w);
    assert.match(await w.locator('[data-note="storage.corrupt"]').innerText(), /could not be read/);
    assert.equal(await w.locator('#trip-0-entry').inputValue(), '');
    assert.equal(await w.locator('#remember').isChecked(), false);
    assert.deepEqual((await stored(page)).local, [], 'the unusable record is removed');
    await w.locator('[data-note="storage.corrupt"] button').click();
    assert.equal(await w.locator('[data-note]').count(), 0);
  }
  assertClean(assert, opened);
  await page.close();
});

test('entries saved before the permit questions could stay unanswered are kept, and the permit part upgraded', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  const permit = {
    ground: 'employment', applicationDate: null, passportExpiry: '2030-01-15', issueDate: '',
    savingsAmount: '5000', savingsCurrency: 'EUR', investmentAmount: '', investmentCurrency: 'USD', rates: { EUR: '1.1' },
    criminalRecord: false, debts: false, officialIncome: true, kandas: false, housing: 'own', useTrips: false,
  };
  const state = { tool: 'stay', stay: { trips: [{ entry: '2024-01-10', exit: '2024-02-08', open: false }], on: null, regime: '', planEntry: '', planDays: '' }, permit, checked: ['passport'] };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify({ v: 1, state })]);
  await reload(page, w);
  assert.equal(await w.locator('[data-note]').count(), 0);
  assert.equal(await w.locator('#trip-0-entry').inputValue(), '10/01/2024');
  await w.locator('#tab-permit').click();
  assert.equal(await w.locator('#permit-passport').inputValue(), '15/01/2030');
  assert.equal(await w.locator('#permit-housing-own').isChecked(), true);
  // An unticked box was no answer; a ticked one was. The rate was dollars per euro: dropped, so asked again.
  assert.equal(await w.locator('#permit-criminalRecord-no').isChecked(), false);
  assert.equal(await w.locator('#permit-officialIncome-yes').isChecked(), true);
  assert.equal(await w.locator('#permit-rate-EUR').inputValue(), '');
  assert.equal(await w.locator('#doc-passport').isChecked(), true);
  await w.locator('#forget').click(); // the next tests start with nothing saved
  assertClean(assert, opened);
  await page.close();
});

test('saved data from before the citizenship question is still read: a chosen regime, or a permit holder', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  const before = (regime) => JSON.stringify({ v: 1, state: {
    tool: 'stay', stay: { trips: [{ entry: '2024-01-10', exit: '2024-02-08', open: false }], on: null, regime, planEntry: '', planDays: '' },
    permit: { ground: '', applicationDate: null, passportExpiry: '', issueDate: '', savingsAmount: '', savingsCurrency: 'USD', investmentAmount: '', investmentCurrency: 'USD', rates: {}, criminalRecord: false, debts: false, officialIncome: false, kandas: false, housing: 'rent', useTrips: false },
    checked: [],
  } });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, before('short-14')]);
  await reload(page, w);
  assert.equal(await w.locator('[data-note]').count(), 0, 'read, not reported as damaged');
  assert.equal(await w.locator('#trip-0-entry').inputValue(), '10/01/2024');
  assert.equal(await w.locator('#stay-citizenship').inputValue(), 'other');
  assert.equal(await w.locator('#stay-regime-short-14').isChecked(), true);
  assert.equal(await w.evaluate((el) => el.answer.rules.regime), 'short-14');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, before('exempt')]);
  await reload(page, w);
  assert.equal(await w.locator('#stay-citizenship').inputValue(), 'exempt');
  assert.match(await w.locator('#stay-headline').innerText(), /does not apply to you/);
  await page.evaluate((key) => localStorage.removeItem(key), KEY); // the next tests start with nothing saved
  assertClean(assert, opened);
  await page.close();
});

test('a copied link restores the entries; a changed link is rejected with a message', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await fillTrips(w, [['2024-01-10', '2024-02-08'], ['2024-03-01', null]]);
  await w.locator('#stay-citizenship').selectOption('IN');
  await w.locator('#share').click();
  const link = await w.locator('#share-link').inputValue();
  assert.match(link, /^file:\/\/.*index\.html#kz-calculator=1\.[A-Za-z0-9_-]+\.[a-z0-9]+$/);
  const [, payload] = link.split('=')[1].split('.');

  const restored = await browser.context.newPage();
  await restored.goto(link);
  await restored.evaluate(() => window.KzResidence.ready);
  const rw = restored.locator('#calculator');
  await rw.locator('.kz-headline').first().waitFor();
  assert.equal(await rw.locator('#trip-1-entry').inputValue(), '01/03/2024');
  assert.equal(await rw.locator('#trip-1-open').isChecked(), true);
  assert.equal(await rw.locator('#stay-citizenship').inputValue(), 'IN');
  assert.equal(await rw.locator('[data-note]').count(), 0);
  await restored.close();

  const flipped = payload.slice(0, 10) + (payload[10] === 'A' ? 'B' : 'A') + payload.slice(11);
  for (const bad of [link.replace(payload, flipped), link.replace(/\.[a-z0-9]+$/, '.zz'), `${link.split('#')[0]}#kz-calculator=garbage`]) {
    const tampered = await browser.context.newPage();
    const errors = [];
    tampered.on('pageerror', (e) => errors.push(e.message));
    tampered.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tampered.goto(bad);
    await tampered.evaluate(() => window.KzResidence.ready);
    const tw = tampered.locator('#calculator');
    await tw.locator('.kz-headline').first().waitFor();
    assert.match(await tw.locator('[data-note="share.tampered"]').innerText(), /changed or damaged/);
    assert.equal(await tw.locator('#trip-0-entry').inputValue(), '');
    assert.deepEqual(errors, []);
    await tampered.close();
  }
  assertClean(assert, opened);
  await page.close();
});

/** Reads an iCalendar file into events of `{ property: value }`, unfolding folded lines. */
function parseIcs(text) {
  assert.ok(text.includes('\r\n') && !/[^\r]\n/.test(text), 'lines end with CRLF');
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines.at(-1), 'END:VCALENDAR');
  const events = [];
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') events.push({});
    else if (events.length && line !== 'END:VEVENT') {
      const at = line.indexOf(':');
      events.at(-1)[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return events;
}

test('the calendar file and the call to action\'s summary repeat the headline\'s sentence', async () => {
  const opened = await openWidget(browser.context, { attrs: { lang: 'ru', today: '2026-11-26', tool: 'stay' } });
  const { w, page } = opened;
  await w.evaluate((el) => { el.trips = [{ entry: '2026-11-01' }]; });
  await settle(page);
  const sentence = await w.locator('#stay-headline .kz-headline-text').innerText();
  assert.equal(sentence, 'Вы можете оставаться в Казахстане по 29 января 2027 г. включительно.');
  const [download] = await Promise.all([page.waitForEvent('download'), w.locator('#calendar').click()]);
  const events = parseIcs(readFileSync(await download.path(), 'utf8'));
  const unescape = (text) => text.replace(/\\([\\;,])/g, '$1').replace(/\\n/g, '\n');
  const exit = events.find((e) => e['DTSTART;VALUE=DATE'] === '20270129');
  assert.equal(exit.SUMMARY, 'Последний разрешённый день пребывания в Казахстане');
  for (const e of events) assert.equal(unescape(e.DESCRIPTION), sentence);
  await recordCta(page);
  await w.locator('#panel-stay .kz-cta').first().click();
  const detail = await page.evaluate(() => window.kzCta);
  assert.equal(detail.summary.split('\n')[0], sentence);
  assert.equal(detail.answer.status.code, 'MAY_STAY');
  assertClean(assert, opened);
  await page.close();
});

test('the calendar file is made in the browser and holds the latest exit and the permit dates', async () => {
  const opened = await openWidget(browser.context, { attrs: { lang: 'ru' } });
  const { w, page } = opened;
  await fillTrips(w, [['2024-03-25', null]]);
  await settle(page);
  await w.locator('#tab-permit').click();
  await w.locator('#permit-ground').selectOption('employment');
  await w.locator('#permit-passport').fill('2030-01-15');
  await settle(page);
  const [download] = await Promise.all([page.waitForEvent('download'), w.locator('#calendar').click()]);
  assert.equal(download.suggestedFilename(), 'kz-residence.ics');
  assert.match(download.url(), /^blob:/);
  const events = parseIcs(readFileSync(await download.path(), 'utf8'));
  const byDate = Object.fromEntries(events.map((e) => [e['DTSTART;VALUE=DATE'], e]));
  // Entered 25 March, 90 days with no per-entry cap: the 90th day is 22 June.
  assert.equal(byDate['20240622'].SUMMARY, 'Последний разрешённый день пребывания в Казахстане');
  assert.equal(byDate['20240622']['DTEND;VALUE=DATE'], '20240623');
  assert.ok(byDate['20290718'], 'apply by: passport expiry minus 181 days (valid more than 180 on the day)');
  assert.ok(byDate['20300115'], 'valid until: the passport expiry, before ten years');
  assert.ok(byDate['20290401'], 'citizenship from: five years after issue');
  for (const e of events) assert.match(e.UID, /@kz-residence$/);
  assertClean(assert, opened);
  await page.close();
});

test('the call to action fires kz-cta with a summary; unsafe links are ignored with a warning', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await fillTrips(w, [['2024-01-10', '2024-02-08']]);
  await settle(page);
  await recordCta(page); // the page opens its own form instead of following the link
  await w.locator('#panel-stay .kz-cta').click();
  const detail = await page.evaluate(() => window.kzCta);
  assert.equal(detail.tool, 'stay');
  assert.match(detail.summary, /^You may enter on April 1, 2024/);
  assert.equal(await page.evaluate(() => location.protocol), 'file:');

  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await w.evaluate((el) => el.setAttribute('cta-href', 'javascript:alert(1)'));
  assert.equal(await w.locator('.kz-cta').count(), 0);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /cta-href ignored/);
  await w.evaluate((el) => el.setAttribute('cta-href', 'tel:+77001234567'));
  assert.equal(await w.locator('#panel-stay .kz-cta').getAttribute('href'), 'tel:+77001234567');
  assertClean(assert, opened);
  await page.close();
});
