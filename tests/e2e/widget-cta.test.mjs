// The call to action at the right moment: inside a red answer's card with a line that fits
// it, its label in the language it was written in (cta-label) or the one the embedder wrote
// for each language (cta-label-en, -ru, -kk), a mailto: link carrying the answer as the
// mail's body, and the demo page filling its own contact form from kz-cta.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { openWidget, setTrips, headline, settle, assertClean } from './widget-helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// 100 days into one stay on 1 April 2024 under the 90/180 rule: over the limit.
const OVERSTAY = [{ entry: '2023-12-24' }];

/** The footer's call to action's words (the themed widget's CSS writes them in capitals: its text, not what is rendered). */
function footLabel(w) {
  return w.locator('[part="footer"] .kz-cta').textContent();
}

/** Switches the widget's language with its own switcher and waits for the new render. */
async function switchTo(w, lang) {
  await w.locator('#lang').selectOption(lang);
  await w.page().waitForFunction(([id, l]) => document.getElementById(id).shadowRoot.querySelector('.kz').lang === l, [await w.evaluate((el) => el.id), lang]);
  await settle(w.page());
}

test('an overstay gets help inside its answer card; a mailto: link carries the answer as the body', async () => {
  const opened = await openWidget(browser.context, { id: 'calculator-ru', attrs: { lang: 'en', 'cta-href': 'mailto:hello@example.com?subject=Stay', 'cta-label': '' } });
  const { w, page } = opened;
  await setTrips(w, OVERSTAY);
  assert.equal((await headline(w)).status, 'OVER_LIMIT');
  const now = w.locator('#stay-answer [data-cta="overstay"]'); // inside the answer card
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
  assert.equal(await footLabel(w), 'Записаться на консультацию');
  await switchTo(w, 'en');
  assert.equal(await footLabel(w), 'Book a consultation');
  await switchTo(w, 'ru');
  assert.equal(await footLabel(w), 'Записаться на консультацию');
  assertClean(assert, opened);
  await page.close();
});

test('cta-label-en, -ru and -kk keep the embedder\'s label in each language, in the footer and in the card, across switches', async () => {
  const opened = await openWidget(browser.context, { id: 'calculator-ru' });
  const { w, page } = opened;
  const labels = { en: 'Talk to our lawyer', ru: 'Поговорить с юристом', kk: 'Заңгермен сөйлесу' };
  await w.evaluate((el, all) => {
    for (const [lang, label] of Object.entries(all)) el.setAttribute(`cta-label-${lang}`, label);
  }, labels);
  await setTrips(w, OVERSTAY);
  const cardLabel = () => w.locator('#stay-answer [data-cta="overstay"] .kz-cta').textContent();
  for (const lang of ['ru', 'en', 'kk', 'ru', 'en']) {
    await switchTo(w, lang);
    assert.equal(await footLabel(w), labels[lang], `footer in ${lang}`);
    assert.equal(await cardLabel(), labels[lang], `card in ${lang}`);
  }
  // Without one for a language, that language's words are the catalogue's.
  await w.evaluate((el) => el.removeAttribute('cta-label-kk'));
  await switchTo(w, 'kk');
  assert.equal(await footLabel(w), 'Кеңес алуға жазылу');
  assertClean(assert, opened);
  await page.close();
});

test('the demo page fills its own contact form from kz-cta instead of following the link', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await setTrips(w, OVERSTAY);
  await w.locator('#stay-answer [data-cta="overstay"] .kz-cta').click();
  const message = await page.locator('#contact-message').inputValue();
  assert.equal(message.split('\n')[0], (await headline(w)).text.split('\n')[0]);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'contact-name');
  assert.equal(await page.evaluate(() => location.protocol), 'file:', 'the mailto: link was not followed');
  await page.locator('#contact-form button').click();
  assert.equal(await page.locator('#contact-note').innerText(), 'This is a demo page: nothing was sent.');
  assertClean(assert, opened);
  await page.close();
});
