// What the visitor takes away, made in the browser with nothing sent: the printout repeats
// the questions (citizenship, check date, trips) with the answer card and its why; the
// calendar file has each event with its own text and reminders; the call to action fires its
// event with a summary and the visitor's inputs, and refuses unsafe links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch } from './browser.mjs';
import { openWidget, fillTrips, settle, headline, assertClean, recordCta, chooseCitizenship } from './widget-helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('printed, the page lists the citizenship, the check date and the trips, with the answer card and its why opened', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await chooseCitizenship(w, 'kyrg');
  await fillTrips(w, [['2024-01-10', '2024-02-08'], ['2024-03-25', null]]);
  await settle(page);
  const printed = w.locator('.kz-print-only');
  assert.equal(await printed.isVisible(), false, 'on screen the fields say it already');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.equal(await printed.isVisible(), true);
  const text = await printed.innerText();
  assert.match(text, /Your citizenship: Kyrgyzstan/);
  assert.match(text, /Check on date: 1 April 2024/);
  assert.match(text, /Your trips \(2\):\n*10 January 2024 – 8 February 2024\n*from 25 March 2024, still there/);
  assert.equal(await w.locator('.kz-trips').first().isVisible(), false, 'the editor itself is not printed');
  assert.equal(await w.locator('#stay-answer').isVisible(), true);
  assert.equal(await w.locator('#stay-why').evaluate((d) => d.open), true, 'the why is open on paper');
  assert.equal(await w.locator('#stay-why .kz-why-body').isVisible(), true);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await w.locator('#stay-why').evaluate((d) => d.open), false, 'closed again on screen');
  assertClean(assert, opened);
  await page.close();
});

/**
 * Reads an iCalendar file into events of `{ property: value, alarms: [{ property: value }] }`,
 * unfolding folded lines.
 */
function parseIcs(text) {
  assert.ok(text.includes('\r\n') && !/[^\r]\n/.test(text), 'lines end with CRLF');
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines.at(-1), 'END:VCALENDAR');
  const events = [];
  let target = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') events.push(target = { alarms: [] });
    else if (line === 'BEGIN:VALARM') events.at(-1).alarms.push(target = {});
    else if (line === 'END:VALARM') target = events.at(-1);
    else if (line === 'END:VEVENT') target = null;
    else if (target) {
      const at = line.indexOf(':');
      target[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return events;
}

const unescapeIcs = (text) => text.replace(/\\([\\;,])/g, '$1').replace(/\\n/g, '\n');

test('the calendar file: each event its own text, the latest exit the headline\'s sentence with reminders 7 days and 1 day before', async () => {
  const opened = await openWidget(browser.context, { attrs: { lang: 'ru', today: '2026-11-26', tool: 'stay' } });
  const { w, page } = opened;
  await w.evaluate((el) => { el.trips = [{ entry: '2026-11-01' }]; });
  await settle(page);
  const sentence = await w.locator('#stay-headline .kz-headline-text').innerText();
  assert.equal(sentence, 'Вы можете оставаться в Казахстане до 29 января 2027\u00a0г. включительно.');
  const [download] = await Promise.all([page.waitForEvent('download'), w.locator('#calendar').click()]);
  const events = parseIcs(readFileSync(await download.path(), 'utf8'));
  assert.equal(events.length, 2);
  const exit = events.find((e) => e['DTSTART;VALUE=DATE'] === '20270129');
  assert.equal(exit.SUMMARY, 'Последний день разрешённого пребывания в Казахстане');
  assert.equal(unescapeIcs(exit.DESCRIPTION), sentence);
  assert.deepEqual(exit.alarms.map((a) => [a.ACTION, a.TRIGGER, unescapeIcs(a.DESCRIPTION)]), [
    ['DISPLAY', '-P7D', 'Через 7 дней: Последний день разрешённого пребывания в Казахстане'],
    ['DISPLAY', '-P1D', 'Через 1 день: Последний день разрешённого пребывания в Казахстане'],
  ]);
  // The other event says its own thing: when the full 90 days are available again.
  const other = events.find((e) => e !== exit);
  assert.notEqual(other.SUMMARY, exit.SUMMARY);
  assert.notEqual(unescapeIcs(other.DESCRIPTION), sentence);
  assert.match(unescapeIcs(other.DESCRIPTION), /снова можете провести в Казахстане весь лимит: 90 дней/);
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
  assert.equal(byDate['20240622'].SUMMARY, 'Последний день разрешённого пребывания в Казахстане');
  assert.equal(byDate['20240622']['DTEND;VALUE=DATE'], '20240623');
  assert.ok(byDate['20290718'], 'apply by: passport expiry minus 181 days (valid more than 180 on the day)');
  assert.ok(byDate['20300115'], 'valid until: the passport expiry, before ten years');
  assert.ok(byDate['20290401'], 'citizenship from: five years after issue');
  assert.deepEqual(byDate['20290718'].alarms.map((a) => a.TRIGGER), ['-P7D', '-P1D'], 'reminded before the last day to apply');
  for (const e of events) assert.match(e.UID, /@kz-residence$/);
  assert.equal(new Set(events.map((e) => e.DESCRIPTION)).size, events.length, 'each event its own text');
  assertClean(assert, opened);
  await page.close();
});

test('the call to action fires kz-cta with a summary and the visitor\'s inputs; unsafe links are ignored with a warning', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await chooseCitizenship(w, 'germ');
  await fillTrips(w, [['2024-01-10', '2024-02-08']]);
  await w.evaluate((el) => { el.plan = { entry: '2024-05-01', days: 10 }; });
  await settle(page);
  await recordCta(page); // the page opens its own form instead of following the link
  // A fine answer has no help in its card: the call to action is the footer's link.
  assert.equal(await w.locator('#stay-answer .kz-cta').count(), 0);
  await w.locator('[part="footer"] .kz-cta').click();
  const detail = await page.evaluate(() => window.kzCta);
  assert.equal(detail.tool, 'stay');
  assert.equal(detail.summary.split('\n')[0], (await headline(w)).text.split('\n')[0]);
  assert.match(detail.summary, /^Your trip from 1 May 2024 for 10 days is allowed/);
  assert.equal(detail.answer.status.code, 'MAY_ENTER');
  assert.deepEqual(detail.inputs, {
    citizenship: 'DE', regime: null, holds: null, on: '2024-04-01',
    trips: [{ entry: '2024-01-10', exit: '2024-02-08' }], plan: { entry: '2024-05-01', days: 10 },
  });
  assert.equal(await page.evaluate(() => location.protocol), 'file:');
  // On the permit tab the footer's link speaks for the permit, though drawn while the stay tab was shown.
  await w.locator('#tab-permit').click();
  await settle(page);
  await w.locator('[part="footer"] .kz-cta').click();
  assert.equal(await page.evaluate(() => window.kzCta.tool), 'permit');
  // Blocked: the help is in the permit's card, the one call to action; its answers are the lead.
  await w.locator('#permit-ground').selectOption('employment');
  await w.locator('#permit-passport').fill('2034-06-30');
  await settle(page);
  assert.equal(await w.locator('#permit-headline').getAttribute('data-verdict'), 'BLOCKED');
  assert.equal(await w.locator('[part="footer"] .kz-cta').isVisible(), false, 'no second, identical button');
  await w.locator('#permit-answer [data-cta="blocked"] .kz-cta').click();
  const permit = await page.evaluate(() => window.kzCta);
  assert.equal(permit.tool, 'permit');
  assert.equal(permit.inputs.ground, 'employment');
  assert.equal(permit.inputs.passportExpiry, '2034-06-30');
  assert.equal(permit.answer.verdict, 'BLOCKED');
  assert.equal(permit.summary.split('\n')[0], (await w.locator('#permit-headline').innerText()).split('\n')[0]);

  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await w.evaluate((el) => el.setAttribute('cta-href', 'javascript:alert(1)'));
  assert.equal(await w.locator('.kz-cta').count(), 0);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /cta-href ignored/);
  await w.evaluate((el) => el.setAttribute('cta-href', 'tel:+77001234567'));
  assert.equal(await w.locator('[part="footer"] .kz-cta').getAttribute('href'), 'tel:+77001234567');
  assertClean(assert, opened);
  await page.close();
});
