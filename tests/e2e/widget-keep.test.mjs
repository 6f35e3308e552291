// Keeping and sharing without anything leaving the device: opt-in storage survives a
// reload only when ticked; a save the browser refuses says so and keeps the previous one;
// damaged saved data and changed links are reported and ignored, never deleted; a thousand
// trips go through the `trips` property, the saved state and a (compressed) link without
// loss; the editor refuses a trip beyond the limit with a message. (What the visitor takes
// away, printout, calendar file and call to action: widget-output.test.mjs.)
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { inflateRawSync } from 'node:zlib';
import { launch, fileUrl } from './browser.mjs';
import { openWidget, fillTrips, settle, headline, assertClean, typed, chooseCitizenship } from './widget-helpers.mjs';
import { KEY, stored, saved, reload, openLink, weeklyTrips, checksum } from './keep-helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });
// Every file: page shares one localStorage: a test that fails half-way must not leave its
// saved state (or its pages) to the next one.
afterEach(async () => {
  for (const open of browser.context.pages()) await open.close();
  const page = await browser.context.newPage();
  await page.goto(fileUrl('www/index.html'));
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test('nothing is kept without opting in; opted-in entries survive a reload; unticking forgets them', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await fillTrips(w, [['2024-01-10', '2024-02-08']]);
  await settle(page);
  await page.waitForTimeout(400);
  assert.deepEqual(await stored(page), { local: [], session: [], cookie: '', idb: [] });
  await reload(page, w);
  assert.equal(await w.locator('#trip-0-entry').inputValue(), '');

  await chooseCitizenship(w, 'kyrg');
  await fillTrips(w, [['2024-01-10', '2024-02-08']]);
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
  assert.equal(await w.locator('#stay-citizenship').inputValue(), 'Kyrgyzstan', 'the citizenship is kept with the trips');
  assert.equal(await w.locator('#plan-days').inputValue(), '12');
  assert.deepEqual(await w.evaluate((el) => el.plan), { entry: '', days: 12 });
  assert.equal(await w.locator('#remember').isChecked(), true);

  await w.locator('#remember').uncheck();
  assert.deepEqual((await stored(page)).local, []);
  await reload(page, w);
  assert.equal(await w.locator('#remember').isChecked(), false);
  assert.equal(await w.locator('#trip-0-entry').inputValue(), '');
  assertClean(assert, opened);
  await page.close();
});

test('a save the browser refuses says so and keeps the previous save; the next save that works clears the note', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await fillTrips(w, [['2024-01-10', '2024-02-08']]);
  await w.locator('#remember').check();
  await page.waitForTimeout(400);
  const before = await saved(page);
  assert.equal(before.stay.trips[0].exit, '2024-02-08');
  // The device's storage is full from now on: every write throws, as a full quota does.
  await page.evaluate(() => {
    window.kzSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await w.locator('#trip-0-exit').fill(typed('2024-02-20'));
  await page.waitForTimeout(400);
  const note = w.locator('[data-note="storage.failed"]');
  assert.match(await note.innerText(), /could not be saved on this device .* What was saved before is still there\./);
  assert.equal(await note.isVisible(), true);
  assert.deepEqual(await saved(page), before, 'the previous save is untouched');
  assert.equal(await w.locator('#trip-0-exit').inputValue(), '20/02/2024', 'what was typed stays on screen');
  // Room again: the next change is saved and the note goes.
  await page.evaluate(() => { Storage.prototype.setItem = window.kzSetItem; });
  await w.locator('#trip-0-exit').fill(typed('2024-02-21'));
  await page.waitForTimeout(400);
  assert.equal((await saved(page)).stay.trips[0].exit, '2024-02-21');
  assert.equal(await note.count(), 0);
  assertClean(assert, opened);
  await page.close();
});

test('damaged or old saved data: the visitor is told, the widget starts clean, the record is kept until the next save', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  for (const bad of ['{not json', JSON.stringify({ v: 0, state: {} }), JSON.stringify({ v: 1, state: { tool: 'stay', stay: 'x' } })]) {
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, bad]);
    await reload(page, w);
    assert.match(await w.locator('[data-note="storage.corrupt"]').innerText(), /could not be read .* the saved data stays until you save again\./);
    assert.equal(await w.locator('#trip-0-entry').inputValue(), '');
    assert.equal(await w.locator('#remember').isChecked(), false);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), bad, 'nothing is deleted silently');
    await w.locator('[data-note="storage.corrupt"] button').click();
    assert.equal(await w.locator('[data-note]').count(), 0);
  }
  // Saving again (the visitor's choice) replaces the unreadable record.
  await fillTrips(w, [['2024-01-10', '2024-02-08']]);
  await w.locator('#remember').check();
  await page.waitForTimeout(400);
  assert.equal((await saved(page)).stay.trips[0].entry, '2024-01-10');
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
  // The checklist is folded under the card: opened, the ticked document is still ticked.
  await w.locator('#permit-documents > summary').click();
  assert.equal(await w.locator('#doc-passport').isChecked(), true);
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
  assert.equal(await w.locator('#stay-citizenship').inputValue(), 'My country is not in the list');
  assert.equal(await w.locator('#stay-regime-short-14').isChecked(), true);
  assert.equal(await w.evaluate((el) => el.answer.rules.regime), 'short-14');
  // "exempt" was a holder of a visa or permit: still that choice, now asked which document.
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, before('exempt')]);
  await reload(page, w);
  assert.equal(await w.locator('#stay-citizenship').inputValue(), 'I hold a visa or a residence permit');
  const head = await headline(w);
  assert.equal(head.status, null);
  assert.match(head.text, /^Choose the document you hold/);
  await w.locator('#stay-holds-permanent-residence-permit').check();
  const holder = await headline(w);
  assert.equal(holder.status, 'NOT_COUNTED');
  assert.match(holder.text, /^The limits on visa-free days do not apply to you/);
  assertClean(assert, opened);
  await page.close();
});

test('a copied link restores the entries and confirms visibly; old links still open; a changed link is rejected with a message', async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await chooseCitizenship(w, 'india');
  await fillTrips(w, [['2024-01-10', '2024-02-08'], ['2024-03-01', null]]);
  await settle(page);
  await w.locator('#share').click();
  const said = w.locator('#share-said');
  await said.getByText('Link copied.').waitFor(); // seen, not only heard by screen readers
  assert.equal(await said.isVisible(), true);
  const link = await w.locator('#share-link').inputValue();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.match(link, /^file:\/\/.*index\.html#kz-calculator=2\.[A-Za-z0-9_-]+\.[a-z0-9]+$/);
  const [, payload] = link.split('=')[1].split('.');
  // Version 2 is the state's JSON, deflated (raw) and in base64url.
  const json = inflateRawSync(Buffer.from(payload, 'base64url')).toString('utf8');
  assert.equal(JSON.parse(json).stay.citizenship, 'IN');

  const shown = async (rw) => {
    assert.equal(await rw.locator('#trip-1-entry').inputValue(), '01/03/2024');
    assert.equal(await rw.locator('#trip-1-open').isChecked(), true);
    assert.equal(await rw.locator('#stay-citizenship').inputValue(), 'India');
    assert.equal(await rw.locator('[data-note]').count(), 0);
  };
  const restored = await openLink(browser.context, link);
  await shown(restored.w);
  assert.deepEqual(restored.errors, []);
  await restored.page.close();
  // A link of version 1 (the JSON itself in base64url) made before compression still opens.
  const v1 = Buffer.from(json, 'utf8').toString('base64url');
  const old = await openLink(browser.context, `${link.split('#')[0]}#kz-calculator=1.${v1}.${checksum(v1)}`);
  await shown(old.w);
  assert.deepEqual(old.errors, []);
  await old.page.close();

  const flipped = payload.slice(0, 10) + (payload[10] === 'A' ? 'B' : 'A') + payload.slice(11);
  for (const bad of [link.replace(payload, flipped), link.replace(/\.[a-z0-9]+$/, '.zz'), `${link.split('#')[0]}#kz-calculator=garbage`]) {
    const tampered = await openLink(browser.context, bad);
    const tw = tampered.w;
    await tw.locator('[data-note="share.tampered"]').waitFor();
    assert.match(await tw.locator('[data-note="share.tampered"]').innerText(), /changed or damaged/);
    assert.equal(await tw.locator('#trip-0-entry').inputValue(), '');
    assert.deepEqual(tampered.errors, []);
    await tampered.page.close();
  }
  assertClean(assert, opened);
  await page.close();
});

test('a thousand trips set through `trips` are folded by year, saved, reloaded and shared without loss', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  const trips = weeklyTrips(1000);
  await w.evaluate((el, list) => { el.trips = list; }, trips);
  await settle(page);
  assert.deepEqual(await w.evaluate((el) => el.trips), trips);
  assert.equal((await headline(w)).status, 'MAY_ENTER');
  // Older years folded under their year and count; only what is open is rendered.
  assert.equal(await w.locator('details.kz-year').count(), 18, 'one fold a year, 2005 to 2022');
  assert.match(await w.locator('details.kz-year summary').first().innerText(), /2005/);
  assert.ok(await w.locator('li.kz-trip').count() < 100, 'the folded years\' rows are not built');

  await w.locator('#remember').check();
  await page.waitForTimeout(400);
  assert.equal((await saved(page)).stay.trips.length, 1000);
  await reload(page, w);
  assert.equal(await w.locator('[data-note]').count(), 0);
  assert.deepEqual(await w.evaluate((el) => el.trips), trips);

  await w.locator('#share').click();
  const link = await w.locator('#share-link').inputValue();
  const payload = link.split('=')[1].split('.')[1];
  const json = inflateRawSync(Buffer.from(payload, 'base64url')).toString('utf8');
  assert.ok(payload.length < json.length / 4, `compressed: ${payload.length} characters for ${json.length} of JSON`);
  const shared = await openLink(browser.context, link);
  assert.deepEqual(await shared.w.evaluate((el) => el.trips), trips);
  assert.equal(await shared.w.locator('[data-note]').count(), 0);
  assert.deepEqual(shared.errors, []);
  await shared.page.close();

  // A 5,001st trip is refused with a message; nothing shown or saved is lost.
  const refused = await w.evaluate((el) => {
    try {
      el.trips = Array.from({ length: 5001 }, () => ({ entry: '2024-03-01', exit: '2024-03-02' }));
      return null;
    } catch (e) {
      return `${e.name}: ${e.message}`;
    }
  });
  assert.equal(refused, 'RangeError: at most 5000 trips');
  await settle(page);
  assert.deepEqual(await w.evaluate((el) => el.trips), trips);
  assert.equal((await saved(page)).stay.trips.length, 1000);
  assertClean(assert, opened);
  await page.close();
});

test('"Add a trip" after 5,000 trips is refused with a message, and all 5,000 survive a reload', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  const trips = weeklyTrips(5000);
  await w.evaluate((el, list) => { el.trips = list; }, trips);
  await w.locator('#remember').check();
  await settle(page);
  // Refused either way: a button that no longer adds, or one that says why it did not.
  const add = w.locator('#trip-add');
  if (await add.isEnabled()) await add.click();
  await settle(page);
  assert.equal(await w.locator('#trip-5000-entry').count(), 0, 'no 5,001st row');
  assert.match(await w.locator('[role="alert"], [data-note]').allInnerTexts().then((t) => t.join(' ')), /5[,\u00a0\u202f ]?000/, 'a message names the limit');
  await page.waitForTimeout(400);
  await reload(page, w);
  assert.equal(await w.locator('[data-note]').count(), 0);
  assert.equal(await w.evaluate((el) => el.trips.length), 5000);
  assertClean(assert, opened);
  await page.close();
});
