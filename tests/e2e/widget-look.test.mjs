// What a person sees: every visible string changes with the language, axe-core finds no
// violations in the states reached, nothing scrolls sideways from 320 px, and screenshots
// at 375 and 1280 px in each language are saved to tests/e2e/screenshots/ for a human look.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { openWidget, fillTrips, settle, assertClean, assertNoSidewaysScroll, axe, nextFrame, shot, shootWhole } from './widget-helpers.mjs';


let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** Fills both tools so answers, timeline, plan, violations, blockers and the checklist all show. */
async function fillBoth(w) {
  await fillTrips(w, [['2023-10-01', '2024-01-05'], ['2024-02-01', '2024-02-20'], ['2024-03-25', null]]);
  await w.locator('#plan-entry').fill('2024-06-01');
  await w.locator('#plan-days').fill('40');
  await w.locator('#tab-permit').click();
  await w.locator('#permit-ground').selectOption('employment');
  await w.locator('#permit-passport').fill('2024-09-01');
  await w.locator('#permit-savings').fill('12000');
  await w.locator('#permit-use-trips').check();
  await w.locator('#tab-stay').click();
  await settle(w.page());
}

/** Every piece of text a sighted visitor can see or a screen reader hears, in both panels. */
function visibleStrings(w) {
  return w.evaluate((host) => {
    const out = [];
    const shown = (el) => el.checkVisibility ? el.checkVisibility() : true;
    const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const parent = node.parentElement;
      if (text && parent && !parent.closest('option') && (shown(parent) || parent.closest('svg'))) out.push(text);
    }
    for (const el of host.shadowRoot.querySelectorAll('[aria-label], [placeholder], option')) {
      out.push(el.getAttribute('aria-label') || el.getAttribute('placeholder') || el.textContent);
    }
    return out.filter(Boolean);
  });
}

/** Latin words in a Russian or Kazakh widget: only language names, currency codes, rule numbers and QazETA's name may remain. */
function latinWords(strings) {
  const allowed = /^(English|[A-Z]{3}|EU|UK|US|UAE|USD|QazETA)$/;
  return [...new Set(strings.flatMap((s) => s.match(/[A-Za-z]{2,}/g) || []))].filter((word) => !allowed.test(word));
}

test('switching language changes every visible string, in both tools', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  await fillBoth(w);
  const english = await visibleStrings(w);
  for (const lang of ['ru', 'kk']) {
    await w.locator('#lang').focus();
    await w.locator('#lang').selectOption(lang);
    assert.equal(await w.evaluate((el) => el.shadowRoot.activeElement?.id), 'lang', 'focus stays on the switcher');
    for (const tool of ['stay', 'permit']) {
      // A language switch re-renders and recomputes at once: no debounce to wait for.
      await w.locator(`#tab-${tool}`).click();
      const strings = await visibleStrings(w);
      assert.deepEqual(latinWords(strings), [], `${lang} ${tool}: untranslated words`);
      const leftovers = strings.filter((s) => english.includes(s) && /[A-Za-z]{3}/.test(s) && !/^(English|USD.*|[A-Z]{3}.*)$/.test(s));
      assert.deepEqual(leftovers, [], `${lang} ${tool}: English strings still shown`);
    }
    // Entries survive the switch, written in the new language's order.
    assert.equal(await w.locator('#trip-2-entry').inputValue(), '25.03.2024');
    await w.locator('#tab-stay').click();
  }
  assertClean(assert, opened);
  await page.close();
});

test('axe-core finds no violations in the states a visitor reaches', async () => {
  const opened = await openWidget(browser.context);
  const { w, page } = opened;
  assert.deepEqual(await axe(page), [], 'empty form');
  await fillBoth(w);
  await w.locator('#paste-toggle').click();
  await w.locator('#paste-text').fill('01.02.2024 10.02.2024\nnonsense');
  await w.locator('#trip-0-exit').fill('2023-09-01');
  await settle(page);
  assert.deepEqual(await axe(page), [], 'paste preview and a field error');
  await w.locator('#trip-0-exit').fill('2024-01-05');
  await settle(page);
  assert.deepEqual(await axe(page), [], 'stay answer with plan, overstays and timeline');
  await w.locator('#tab-permit').click();
  for (const details of await w.locator('#panel-permit details').all()) await details.evaluate((d) => { d.open = true; });
  await w.locator('#share').click();
  await w.locator('#lang').selectOption('kk');
  assert.deepEqual(await axe(page), [], 'permit answer in Kazakh, open sources, share link');
  assertClean(assert, opened);
  await page.close();
});

test('no sideways scrolling from 320 px; screenshots at 375 and 1280 px in each language', async () => {
  const opened = await openWidget(browser.context, { width: 320 });
  const { w, page } = opened;
  await fillBoth(w);
  for (const width of [320, 375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const lang of ['en', 'ru', 'kk']) {
      await w.locator('#lang').selectOption(lang);
      for (const tool of ['stay', 'permit']) {
        await w.locator(`#tab-${tool}`).click();
        // The timeline redraws at the new width on the next frame.
        await nextFrame(page);
        await assertNoSidewaysScroll(page, `${lang} ${tool} at ${width}px`);
        if (width !== 320) await shootWhole(w, `${lang}-${tool}-${width}.png`);
      }
    }
  }
  // Print: the answer and the checklist without the controls.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await w.locator('.kz-tabs').isVisible(), false);
  assert.equal(await w.locator('#panel-permit .kz-form').isVisible(), false);
  assert.equal(await w.locator('.kz-checklist').isVisible(), true);
  await w.screenshot({ path: shot('kk-permit-print.png') });
  assertClean(assert, opened);
  await page.close();
});
