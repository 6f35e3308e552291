// What the keeping tests share: what a page stored on the device, the saved state, a reload
// at the tests' date, a shared link opened afresh, many trips, the share link's checksum.
import { TODAY, settle } from './widget-helpers.mjs';

/** Where the demo page's first widget keeps its state. */
export const KEY = 'kz-residence:calculator';

/** Everything a page could have written to the device. */
export function stored(page) {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage), session: Object.keys(sessionStorage), cookie: document.cookie,
    idb: (await indexedDB.databases()).map((d) => d.name),
  }));
}

/** The state saved under KEY, or null. */
export function saved(page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key))?.state ?? null, KEY);
}

export async function reload(page, w) {
  await page.reload();
  await page.evaluate(() => window.KzResidence.ready);
  await w.evaluate((el, today) => el.setAttribute('today', today), TODAY);
  await w.locator('.kz-headline').first().waitFor();
  await settle(page);
}

/** Opens `link` in a new page of `context` and returns it with its first widget, once a shared state (if any) is read. */
export async function openLink(context, link) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(link);
  await page.evaluate(() => window.KzResidence.ready);
  const w = page.locator('#calculator');
  await w.locator('.kz-headline').first().waitFor();
  await settle(page); // the link is read asynchronously (decompression), then the widget redraws
  return { page, w, errors };
}

/** `n` trips of two days, one a week, the first on 3 January 2005 (1,000 of them end in February 2024). */
export function weeklyTrips(n) {
  const day = (k) => new Date(Date.UTC(2005, 0, 3 + k)).toISOString().slice(0, 10);
  return Array.from({ length: n }, (_, i) => ({ entry: day(7 * i), exit: day(7 * i + 1) }));
}

/** FNV-1a in base 36, the share link's checksum (keep/share.js). */
export function checksum(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
