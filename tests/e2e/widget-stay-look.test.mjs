// What a visitor sees of the stay tool: screenshots at 375 and 1280 px in en, ru and kk of an
// overstay (story 1 of the truthful-answers issue) and of a long wait (story 6), saved to
// tests/e2e/screenshots/ for a human look; no sideways scrolling; axe-core clean in the states
// a visitor reaches (the regime picker, a visa, a field error, an overstay with its sources open).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { openWidget, setTrips, settle, headline, assertClean, assertNoSidewaysScroll, axe, nextFrame, shot } from './widget-helpers.mjs';


let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// Story 1: a freelancer on the 30-day regime, in the country since 10 November.
const OVERSTAY = {
  today: '2026-11-26', regime: 'visa-free-30',
  trips: [{ entry: '2026-06-01', exit: '2026-06-28' }, { entry: '2026-07-15', exit: '2026-08-10' }, { entry: '2026-09-20', exit: '2026-10-15' }, { entry: '2026-11-10' }],
};
// Story 6 (tests/cases/stay/story-06-long-wait.json): the allowance used up on 1 December.
const LONG_WAIT = { today: '2026-12-01', regime: 'standard', trips: [{ entry: '2026-09-01', exit: '2026-11-29' }] };

/** Opens the widget for a story: its date, the regime chosen by hand ("not listed"), its trips. */
async function openStory(story, { width, lang }) {
  const opened = await openWidget(browser.context, { width, attrs: { today: story.today, lang, tool: 'stay' } });
  await opened.w.locator('#stay-citizenship').selectOption('other');
  await opened.w.locator(`#stay-regime-${story.regime}`).check();
  await setTrips(opened.w, story.trips);
  await settle(opened.page);
  return opened;
}

test('screenshots of an overstay and a long wait at 375 and 1280 px in en, ru and kk; nothing scrolls sideways', async () => {
  for (const [name, story, status] of [['overstay', OVERSTAY, 'OVER_LIMIT'], ['long-wait', LONG_WAIT, 'MUST_WAIT']]) {
    for (const lang of ['en', 'ru', 'kk']) {
      for (const width of [375, 1280]) {
        const opened = await openStory(story, { width, lang });
        const { w, page } = opened;
        assert.equal((await headline(w)).status, status);
        // The timeline draws at the box's width on the next frame.
        await nextFrame(page);
        await assertNoSidewaysScroll(page, `${name} ${lang} at ${width}px`);
        await w.screenshot({ path: shot(`stay-${name}-${lang}-${width}.png`) });
        assertClean(assert, opened);
        await page.close();
      }
    }
  }
});

test('axe-core finds no violations in the stay tool\'s states', async () => {
  const opened = await openStory(OVERSTAY, { width: 1280, lang: 'en' });
  const { w, page } = opened;
  for (const details of await w.locator('#panel-stay details').all()) await details.evaluate((d) => { d.open = true; });
  assert.deepEqual(await axe(page), [], 'an overstay, the regime picker, every source open');
  await w.locator('#stay-citizenship').selectOption('AF');
  assert.deepEqual(await axe(page), [], 'a visa required: the note and the picker');
  await w.locator('#trip-0-exit').fill('2026-05-01');
  await w.locator('#trip-0-exit').blur();
  await settle(page);
  assert.equal(await w.locator('#trip-0-exit').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await axe(page), [], 'a field error');
  await w.locator('#lang').selectOption('kk');
  await w.locator('#stay-citizenship').selectOption('exempt');
  assert.deepEqual(await axe(page), [], 'the rule not applying, in Kazakh');
  assertClean(assert, opened);
  await page.close();
});
