// The call to action at the right moment: under a red answer with a line that fits it, its
// label in the language it was written in, a mailto: link carrying the answer as the mail's
// body, and the demo page filling its own contact form from kz-cta.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { openWidget, setTrips, headline, assertClean } from './widget-helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// 100 days into one stay on 1 April 2024 under the 90/180 rule: over the limit.
const OVERSTAY = [{ entry: '2023-12-24' }];

test('an overstay gets help right under its answer; a mailto: link carries the answer as the body', async () => {
  const opened = await openWidget(browser.context, { id: 'calculator-ru', attrs: { lang: 'en', 'cta-href': 'mailto:hello@example.com?subject=Stay', 'cta-label': '' } });
  const { w, page } = opened;
  await setTrips(w, OVERSTAY);
  assert.equal((await headline(w)).status, 'OVER_LIMIT');
  const now = w.locator('#panel-stay [data-cta="overstay"]');
  assert.match(await now.innerText(), /You are over the limit: a consultant can tell you how to leave/);
  // The page does not cancel kz-cta here; navigation itself is stopped after the widget's handler ran.
  await page.evaluate(() => window.addEventListener('click', (e) => e.preventDefault()));
  await now.locator('.kz-cta').click();
  const href = await now.locator('.kz-cta').getAttribute('href');
  const url = new URL(href);
  assert.equal(url.protocol, 'mailto:');
  assert.equal(url.searchParams.get('subject'), 'Stay');
  assert.equal(url.searchParams.get('body').split('\n')[0], (await headline(w)).text.split('\n')[0]);
  assert.doesNotMatch(href, /\+/, 'spaces as %20, not +');
  assertClean(assert, opened);
  await page.close();
});

test('cta-label is shown in the language it was written in; after a switch, the catalogue\'s words', async () => {
  const opened = await openWidget(browser.context, { id: 'calculator-ru' });
  const { w, page } = opened;
  const label = () => w.locator('#panel-stay [data-cta="foot"] .kz-cta').textContent(); // the page's theme writes it in capitals
  assert.equal(await label(), 'Записаться на консультацию');
  await w.locator('#lang').selectOption('en');
  await page.waitForFunction(() => document.getElementById('calculator-ru').shadowRoot.querySelector('.kz').lang === 'en');
  assert.equal(await label(), 'Get a personal offer');
  await w.locator('#lang').selectOption('ru');
  await page.waitForFunction(() => document.getElementById('calculator-ru').shadowRoot.querySelector('.kz').lang === 'ru');
  assert.equal(await label(), 'Записаться на консультацию');
  assertClean(assert, opened);
  await page.close();
});

test('the demo page fills its own contact form from kz-cta instead of following the link', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await setTrips(w, OVERSTAY);
  await w.locator('#panel-stay [data-cta="overstay"] .kz-cta').click();
  const message = await page.locator('#contact-message').inputValue();
  assert.equal(message.split('\n')[0], (await headline(w)).text.split('\n')[0]);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'contact-name');
  assert.equal(await page.evaluate(() => location.protocol), 'file:', 'the mailto: link was not followed');
  await page.locator('#contact-form button').click();
  assert.equal(await page.locator('#contact-note').innerText(), 'This is a demo page: nothing was sent.');
  assertClean(assert, opened);
  await page.close();
});
