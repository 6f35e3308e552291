// What a visitor sees of the stay tool: screenshots at 375 and 1280 px in en, ru and kk of an
// overstay (story 1 of the truthful-answers issue) and of a long wait (story 6), saved to
// tests/e2e/screenshots/ for a human look; no sideways scrolling; axe-core clean in the states
// a visitor reaches (the regime picker, a visa, a field error, an overstay with its sources open);
// the heights of issue 15 with three trips, and the answer in view on a phone while typing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { openWidget, setTrips, settle, headline, assertClean, assertNoSidewaysScroll, axe, nextFrame, tabTo, typed, shootWhole, chooseCitizenship } from './widget-helpers.mjs';

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
// A plan made during a stay: in the country since 10 November on the 30-day regime, a trip from
// 20 December planned; the answer assumes leaving on 9 December, the last allowed day.
const PLAN = { today: '2026-11-26', regime: 'visa-free-30', trips: [{ entry: '2026-11-10' }], plan: { entry: '2026-12-20', days: 10 } };

/** Opens the widget for a story: its date, the regime chosen by hand ("not listed"), its trips. */
async function openStory(story, { width, lang }) {
  const opened = await openWidget(browser.context, { width, attrs: { today: story.today, lang, tool: 'stay' } });
  await chooseCitizenship(opened.w, 'other');
  await opened.w.locator(`#stay-regime-${story.regime}`).check();
  await setTrips(opened.w, story.trips);
  if (story.plan) await opened.w.evaluate((el, plan) => { el.plan = plan; }, story.plan);
  await settle(opened.page);
  return opened;
}

test('screenshots of an overstay, a long wait and a plan during a stay at 375 and 1280 px in en, ru and kk; nothing scrolls sideways', async () => {
  for (const [name, story, status] of [['overstay', OVERSTAY, 'OVER_LIMIT'], ['long-wait', LONG_WAIT, 'MUST_WAIT'], ['plan', PLAN, 'MAY_STAY']]) {
    for (const lang of ['en', 'ru', 'kk']) {
      for (const width of [375, 1280]) {
        const opened = await openStory(story, { width, lang });
        const { w, page } = opened;
        assert.equal((await headline(w)).status, status);
        // The timeline draws at the box's width on the next frame.
        await nextFrame(page);
        await assertNoSidewaysScroll(page, `${name} ${lang} at ${width}px`);
        await shootWhole(w, `stay-${name}-${lang}-${width}.png`);
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
  await chooseCitizenship(w, 'AF');
  assert.deepEqual(await axe(page), [], 'a visa required: the note and the picker');
  await w.locator('#trip-0-exit').fill('2026-05-01');
  await w.locator('#trip-0-exit').blur();
  await settle(page);
  assert.equal(await w.locator('#trip-0-exit').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await axe(page), [], 'a field error');
  await w.locator('#lang').selectOption('kk');
  await chooseCitizenship(w, 'exempt');
  assert.deepEqual(await axe(page), [], 'the rule not applying, in Kazakh');
  assertClean(assert, opened);
  await page.close();
});

// Three trips of a German visitor, the last still going on (the demo page's first widget, in
// its column of about 800 px).
const THREE = [['2024-01-10', '2024-02-08'], ['2024-02-20', '2024-03-05'], ['2024-03-25', null]];

/** Opens the widget at `width`, chooses Germany and types THREE with the keyboard, as a visitor does. */
async function typeThreeTrips(width, height = 900) {
  const opened = await openWidget(browser.context, { width, height, attrs: { regime: null } });
  const { w, page } = opened;
  await chooseCitizenship(w, 'DE');
  for (const [i, [entry, exit]] of THREE.entries()) {
    if (i > 0) {
      await tabTo(page, w, 'trip-add');
      await page.keyboard.press('Enter');
    }
    await tabTo(page, w, `trip-${i}-entry`);
    await page.keyboard.type(typed(entry));
    if (exit) {
      await tabTo(page, w, `trip-${i}-exit`);
      await page.keyboard.type(typed(exit));
    } else {
      await tabTo(page, w, `trip-${i}-open`);
      await page.keyboard.press('Space');
    }
  }
  await settle(page);
  return opened;
}

test('three trips keep the stay tool within issue 15\'s heights: 1,100 px at 1280, 1,500 px at 375', async (t) => {
  const heights = {};
  for (const width of [1280, 375]) {
    const opened = await typeThreeTrips(width);
    assert.equal((await headline(opened.w)).status, 'MAY_STAY');
    heights[width] = await opened.w.evaluate((el) => Math.round(el.getBoundingClientRect().height));
    assertClean(assert, opened);
    await opened.page.close();
  }
  t.diagnostic(`stay tool with three trips, widget height in px: ${JSON.stringify(heights)}`);
  assert.ok(heights[1280] <= 1100, `at 1280: ${heights[1280]} px`);
  assert.ok(heights[375] <= 1500, `at 375: ${heights[375]} px`);
});

test('on a 375 x 667 phone, after typing into the last of three trips, the answer is in view: the headline, or its summary', async () => {
  const opened = await typeThreeTrips(375, 667);
  const { w, page } = opened;
  const inView = (id) => w.evaluate((el, target) => {
    const node = el.shadowRoot.getElementById(target);
    const r = node.getBoundingClientRect();
    return !node.hidden && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  }, id);
  // Chosen by its code: Germany, not Denmark (whose name begins with the same letters).
  assert.equal(await w.locator('#stay-citizenship').inputValue(), 'Germany');
  // Every typed date is shown whole in its box (a caret's pixel aside).
  const clipped = await w.evaluate((el) => [...el.shadowRoot.querySelectorAll('.kz-trip .kz-date-text')]
    .filter((input) => input.scrollWidth > input.clientWidth + 1).map((input) => input.id));
  assert.deepEqual(clipped, [], 'dates cut off in their boxes');
  const [head, summary] = [await inView('stay-headline'), await inView('stay-summary')];
  assert.ok(head || summary, 'neither the headline nor its summary is on screen');
  if (summary) {
    assert.equal(await w.locator('#stay-summary').innerText(), (await headline(w)).text.split('\n')[0]);
    // A tap takes the visitor to the answer.
    await w.locator('#stay-summary').click();
    await page.waitForFunction(() => {
      const r = document.getElementById('calculator').shadowRoot.getElementById('stay-headline').getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
  }
  assertClean(assert, opened);
  await page.close();
});
