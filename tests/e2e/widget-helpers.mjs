// Shared steps of the widget's browser tests: open the demo page with the first widget at
// a fixed date, fill trips, wait for the debounced answer, and drive the keyboard.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, openPage } from './browser.mjs';

/** axe-core's script, to load into a page. */
export const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const SHOTS = join(ROOT, 'tests/e2e/screenshots');

/** Where a screenshot named `name` goes (tests/e2e/screenshots/, git-ignored; made when missing). */
export function shot(name) {
  mkdirSync(SHOTS, { recursive: true });
  return join(SHOTS, name);
}

/**
 * Saves a screenshot of the whole widget `w` as a visitor scrolling through it sees each part:
 * the window is made taller than the widget for the shot (the answer's summary, which sticks
 * to the bottom of a window that hides the headline, then stays away), and sized back after.
 */
export async function shootWhole(w, name) {
  const page = w.page();
  const size = page.viewportSize();
  const tall = await w.evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, tall + 100) });
  try {
    await w.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await nextFrame(page);
    await w.screenshot({ path: shot(name) });
  } finally {
    await page.setViewportSize(size);
  }
}

/** The control date every widget test uses, so answers never depend on the real today. */
export const TODAY = '2024-04-01';
/** A little longer than the widget's 100 ms debounce. */
export const SETTLE_MS = 160;

/**
 * Opens www/index.html and returns the page, its request/error recorders and the first widget
 * `w`, set to the test date and, unless `attrs` says otherwise, to the general rule (90 days in
 * any 180 with no limit per entry), as an embedder presetting a regime would: the stories of
 * these tests are told in it. Give `citizenship` (or `regime: ''`) for others.
 */
export async function openWidget(context, { width = 1280, height = 900, id = 'calculator', attrs = {} } = {}) {
  const opened = await openPage(context, 'www/index.html', { width, height });
  const w = opened.page.locator(`#${id}`);
  await w.evaluate((el, a) => {
    for (const [k, v] of Object.entries(a)) {
      if (v === null) el.removeAttribute(k);
      else el.setAttribute(k, v);
    }
  }, { today: TODAY, regime: attrs.citizenship ? null : 'standard', ...attrs });
  await w.locator('.kz-headline').first().waitFor();
  await settle(opened.page);
  return { ...opened, w };
}

/**
 * Waits the debounce out, then until no widget's answer is still being recomputed
 * (`aria-busy`), so a slow machine never reads an answer half-way.
 */
export async function settle(page) {
  await page.waitForTimeout(SETTLE_MS);
  await page.waitForFunction(() => [...document.querySelectorAll('kz-residence-calculator')]
    .every((el) => !el.shadowRoot || !el.shadowRoot.querySelector('.kz-card[aria-busy]')));
}

/**
 * Presses "Add a trip" once the answer to what was typed is on screen: the headline above the
 * trips may grow when it comes, and a button moving between mouse down and up gets no click.
 */
export async function addTrip(w) {
  await settle(w.page());
  await w.locator('#trip-add').click();
}

/**
 * Chooses in the searchable citizenship list as a visitor does: `'other'` (my country is not
 * listed) or `'exempt'` (I hold a visa or residence permit), else the first state matching
 * `search` typed in (a code typed whole comes first, else the names it begins).
 */
export async function chooseCitizenship(w, search) {
  const list = w.locator('#stay-citizenship-list');
  const always = { other: 'first', exempt: 'last' }[search];
  await w.locator('#stay-citizenship').fill(always ? '' : search);
  await (always ? list.locator('.kz-combo-always')[always]() : list.locator('[role="option"]:not(.kz-combo-always)').first()).click();
  await settle(w.page());
}

/** Fills trips `[[entry, exit|null], ...]` (null: still in Kazakhstan) through the form. */
export async function fillTrips(w, trips) {
  for (const [i, [entry, exit]] of trips.entries()) {
    if (i > 0) await addTrip(w);
    await w.locator(`#trip-${i}-entry`).fill(entry);
    if (exit) await w.locator(`#trip-${i}-exit`).fill(exit);
    else await w.locator(`#trip-${i}-open`).check();
  }
}

/**
 * Everything a panel's answer card says once typing has settled, its why opened: the
 * headline, the numbers, the help, the details (and, for the permit, the folded lists).
 */
export async function answer(w, panel = 'stay') {
  await settle(w.page());
  await w.locator(`#panel-${panel} details.kz-why, #panel-${panel} details.kz-fold`).evaluateAll((all) => all.forEach((d) => { d.open = true; }));
  await settle(w.page());
  const card = await w.locator(`#${panel}-answer`).innerText();
  const lists = panel === 'permit' ? await w.locator('#panel-permit .kz-lists').innerText() : '';
  return `${card}\n${lists}`.trim();
}

/** The stay headline once settled: its `data-status`, `data-tone` and text (first line: the sentence). */
export async function headline(w) {
  await settle(w.page());
  return w.locator('#stay-headline').evaluate((el) => ({ status: el.dataset.status ?? null, tone: el.dataset.tone, text: el.innerText.trim() }));
}

/** Sets the stay trips through the element's `trips` property, as an embedder would. */
export async function setTrips(w, trips) {
  await w.evaluate((el, list) => { el.trips = list; }, trips);
  await settle(w.page()); // as after typing: any recompute still pending has run
}

/** Records every `kz-result` detail of the page in `window.kzResults`. */
export async function recordResults(page) {
  await page.evaluate(() => {
    window.kzResults = [];
    document.addEventListener('kz-result', (e) => window.kzResults.push(e.detail));
  });
}

/**
 * Records the detail of every `kz-cta` event of the page in `window.kzCta` (the latest) and
 * cancels the event, as a page that opens its own contact form instead of following the link.
 */
export async function recordCta(page) {
  await page.evaluate(() => document.addEventListener('kz-cta', (e) => {
    window.kzCta = e.detail;
    e.preventDefault();
  }));
}

/**
 * How a date is written in the widget's date fields in `lang`: 26/11/2026 for the British
 * visitor of these tests, 11/26/2026 for an American (`order` 'mdy'), 26.11.2026 in ru and kk.
 */
export function typed(iso, lang = 'en', order = 'dmy') {
  const [y, m, d] = iso.split('-');
  if (lang !== 'en') return [d, m, y].join('.');
  return (order === 'mdy' ? [m, d, y] : [d, m, y]).join('/');
}

/** Presses Tab until the widget's element with `id` has focus (keyboard only, like a visitor). */
export async function tabTo(page, w, id, { max = 80, back = false } = {}) {
  for (let i = 0; i < max; i++) {
    if (await w.evaluate((el, target) => el.shadowRoot.activeElement?.id === target, id)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach #${id} with the Tab key`);
}

/**
 * Waits until the page has drawn a frame after now (two animation frames: the first runs
 * before the next paint). `page` is a Playwright page or anything with its `evaluate`.
 */
export function nextFrame(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Asserts the page does not scroll sideways: nothing is wider than the viewport. `page` is a
 * Playwright page or an engine of ./engines.mjs; `label` says where, in the failure.
 */
export async function assertNoSidewaysScroll(page, label) {
  const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(scroll <= inner, `${label} scrolls sideways (${scroll} > ${inner})`);
}

/** Asserts nothing left the page and nothing went wrong in it. */
export function assertClean(assert, { outside, problems }) {
  assert.deepEqual(outside, [], 'requests left the page');
  assert.deepEqual(problems, [], 'console errors or uncaught exceptions');
}

/**
 * Runs in a page where axe-core is loaded (pass it to any engine's `evaluate`): axe on the
 * whole document (it enters open shadow roots); the violations, one line each.
 */
export async function axeInPage() {
  // No preload: axe would fetch the page's stylesheets, which file:// pages may not do.
  const result = await window.axe.run(document, { resultTypes: ['violations'], preload: false });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Runs axe-core on the page (it enters open shadow roots) and returns the violations. */
export async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(axeInPage);
}
