// The Russian and Kazakh widgets as a visitor reads them: every answer a rich story can give
// (past overstays under older rules, an unconfirmed rule, registration, a refused plan, a
// blocked and an eligible permit), every <details> opened, sources and footer included. No
// English word may show outside an element marked lang="en" (a source published only in
// English, WCAG 3.1.2), in text or in what a screen reader says (aria-label, title).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { openWidget, fillTrips, settle, typed, assertClean, chooseCitizenship } from './widget-helpers.mjs';
import { fillPermit, ELIGIBLE } from './permit-helpers.mjs';

const browser = {};
before(async () => Object.assign(browser, await launch()));
after(() => browser.close());

// Latin words a Russian or Kazakh page writes as they are: web addresses (dots inside), ISO
// codes of currencies, Roman numerals in the numbers of laws (№ 477-IV), and names written
// in Latin letters in Russian and Kazakh too (the QazETA system, Sputnik Казахстан, this
// calculator).
const KEPT_AS_WRITTEN = /^(?:[A-Z]{3}|[IVXLC]+|QazETA|Sputnik|kz-residence)$/;

/** Every piece of text in the widget (also in attributes read aloud) not inside lang="en", with where it is. */
function unmarkedText(el) {
  const found = [];
  const english = (node) => node?.closest('[lang]')?.getAttribute('lang') === 'en';
  const walk = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (english(node)) continue;
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
          if (node.hasAttribute(name)) found.push({ where: `${node.tagName.toLowerCase()}[${name}]`, text: node.getAttribute(name) });
        }
        if (node.shadowRoot) walk(node.shadowRoot);
      } else if (!node.parentElement?.closest('style, script') && !english(node.parentElement)) {
        found.push({ where: node.parentElement?.id || node.parentElement?.className || node.parentElement?.tagName, text: node.data });
      }
    }
  };
  walk(el.shadowRoot);
  return found;
}

/** Opens every disclosure (twice: some are drawn only when their parent opens) and returns the text. */
async function everything(w) {
  for (let i = 0; i < 2; i++) {
    await w.evaluate((el) => el.shadowRoot.querySelectorAll('details').forEach((d) => { d.open = true; }));
    await settle(w.page());
  }
  return w.evaluate(unmarkedText);
}

/** The Latin words of `found`, with where they were, web addresses and kept names aside. */
function englishWords(found) {
  const words = [];
  for (const { where, text } of found) {
    const tokens = text.split(/[\s()«»"',;:!?–—/]+/).filter((t) => /[A-Za-z]{2}/.test(t));
    for (const token of tokens) {
      const word = token.replace(/^[^A-Za-z]+|[^A-Za-z0-9]+$/g, '');
      if (/\.[a-z]{2,}/i.test(word) || /^https?:/.test(token) || KEPT_AS_WRITTEN.test(word)) continue;
      words.push(`${word} (in ${where}: "${text.trim().slice(0, 80)}")`);
    }
  }
  return [...new Set(words)];
}

for (const lang of ['ru', 'kk']) {
  test(`${lang}: the stay tool, every story and disclosure open, shows no English`, async () => {
    const opened = await openWidget(browser.context, { attrs: { lang, today: '2026-12-04', citizenship: 'TR' } });
    const { w, page } = opened;
    // 2024: 46 days under the then 30 per entry; now in the country since 1 November 2026
    // (registration under order No. 923), and a plan that does not fit.
    await fillTrips(w, [['2024-03-01', '2024-04-15'].map((d) => typed(d, lang)), [typed('2026-11-01', lang), null]]);
    await w.locator('#plan-entry').fill(typed('2027-01-10', lang));
    await w.locator('#plan-days').fill('95');
    const words = englishWords(await everything(w));
    assert.deepEqual(words, [], `${lang} stay: English outside lang="en"`);
    // A visitor who holds a residence permit: nothing is counted, said in words.
    await chooseCitizenship(w, 'exempt');
    await w.locator('#stay-holds-temporary-residence-permit').check();
    assert.deepEqual(englishWords(await everything(w)), [], `${lang} not counted: English outside lang="en"`);
    assertClean(assert, opened);
    await page.close();
  });

  test(`${lang}: the permit tool, blocked and eligible, every disclosure open, shows no English`, async () => {
    const opened = await openWidget(browser.context, { attrs: { lang, today: '2026-12-04', citizenship: 'DE' } });
    const { w, page } = opened;
    await w.locator('#tab-permit').click();
    await fillPermit(w, { ground: 'employment', passport: typed('2027-03-01', lang), currency: 'EUR', savings: '5000', record: true, debts: true, income: false });
    assert.deepEqual(englishWords(await everything(w)), [], `${lang} blocked permit: English outside lang="en"`);
    await fillPermit(w, { ...ELIGIBLE, passport: typed(ELIGIBLE.passport, lang), currency: 'KZT', record: false, debts: false, income: true });
    assert.deepEqual(englishWords(await everything(w)), [], `${lang} eligible permit: English outside lang="en"`);
    assertClean(assert, opened);
    await page.close();
  });
}

test('the check finds English where there is some: a Russian widget with an English sentence put in', async () => {
  const opened = await openWidget(browser.context, { attrs: { lang: 'ru', today: '2026-12-04', citizenship: 'TR' } });
  const { w, page } = opened;
  assert.deepEqual(englishWords(await everything(w)), []);
  await w.evaluate((el) => { el.shadowRoot.querySelector('#stay-headline').append(' Leave by then.'); });
  assert.deepEqual(englishWords(await everything(w)).map((x) => x.split(' ')[0]), ['Leave', 'by', 'then']);
  await page.close();
});
