// A visitor's steps, shared by the browser tests: choosing a citizenship in the searchable
// list, and a whole session with both tools (used by the strict-page and privacy tests):
// citizenship first, trips with a trip in progress, a planned trip, the why with its
// picture, a language switch, then the permit tool to its checklist with the stay history reused.
import { fillTrips, answer, settle, chooseCitizenship } from './widget-helpers.mjs';

/** Drives the stay tool, the language switch and the permit tool; returns the answers' text. */
export async function useBothTools(w) {
  // Kyrgyzstan (EAEU): 90 days in any 180, up to 90 at a time.
  await chooseCitizenship(w, 'kyrg');
  await fillTrips(w, [['2024-01-10', '2024-02-08'], ['2024-03-01', '2024-03-20'], ['2024-03-25', null]]);
  await w.locator('#plan-entry').fill('2024-06-01');
  await w.locator('#plan-days').fill('30');
  const stay = await answer(w);
  const bars = await w.locator('svg.kz-tl rect.kz-tl-trip').count();
  await w.locator('#tab-permit').click();
  await w.locator('#permit-ground').selectOption('employment');
  await w.locator('#permit-passport').fill('2034-01-01');
  await w.locator('#permit-savings').fill('12000');
  await w.locator('#permit-use-trips').check();
  const permit = await answer(w, 'permit');
  await w.locator('#tab-stay').click();
  await switchLanguage(w, 'ru');
  const russian = await answer(w);
  await settle(w.page());
  return { stay, bars, permit, russian };
}

/** Picks a language with the widget's own switcher. */
async function switchLanguage(w, lang) {
  await w.locator('#lang').selectOption(lang);
}
