// What the embedding tests (WordPress, npm) share: the version `make dist` names its files
// with, and the check of a widget on a page that is not the demo, that it answers a trip
// typed as a visitor types it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './browser.mjs';
import { chooseCitizenship, recordResults, typed } from './widget-helpers.mjs';

/** The crate version (Cargo.toml), in the names of dist/'s files. */
export const VERSION = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];

/** The trip typed: 30 days of presence (10 January to 8 February 2024). */
export const TRIP = { entry: '2024-01-10', exit: '2024-02-08', days: 30 };

/**
 * Chooses a German citizenship as a visitor does (its code typed into the searchable list,
 * the state clicked: no dated answer comes before), types TRIP into the widget `w` (a
 * Playwright locator) in `lang`'s date order, waits for the `kz-result` that counts its days,
 * and returns the stay headline's text (`[part=headline]` in the shadow root).
 */
export async function answerTypedTrip(w, lang) {
  const page = w.page();
  await recordResults(page);
  await chooseCitizenship(w, 'DE');
  await w.locator('#trip-0-entry').fill(typed(TRIP.entry, lang));
  await w.locator('#trip-0-exit').fill(typed(TRIP.exit, lang));
  await page.waitForFunction((days) => window.kzResults.some((r) => r.tool === 'stay' && r.answer.daysUsed === days), TRIP.days);
  return (await w.locator('[part=headline]').first().innerText()).trim();
}
