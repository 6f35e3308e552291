// Shared steps of the permit tool's browser tests: open the widget on the permit tab at a
// fixed date (26 Nov 2026, the date of the stories), fill the form as a visitor
// would, and read the verdict with the spaces Intl puts in numbers made plain.
import { openWidget, settle } from './widget-helpers.mjs';

/** The control date of the permit stories (2026 rules: MCI 4,325, the pilot running). */
const PERMIT_TODAY = '2026-11-26';

/** Opens the demo page's first widget on the permit tab. */
export async function openPermit(context, { width = 1280, attrs = {} } = {}) {
  const opened = await openWidget(context, { width, attrs: { today: PERMIT_TODAY, ...attrs } });
  await opened.w.locator('#tab-permit').click();
  return opened;
}

/**
 * Fills what is given: `ground`, `passport`, `savings` and `currency`, `rates` ({ EUR: '560' }),
 * the yes/no answers `record`, `debts`, `income` (true/false), `applicants`.
 */
export async function fillPermit(w, f) {
  if (f.ground) await w.locator('#permit-ground').selectOption(f.ground);
  if (f.passport) await w.locator('#permit-passport').fill(f.passport);
  if (f.currency) await w.locator('#permit-savings-currency').selectOption(f.currency);
  if (f.savings !== undefined) await w.locator('#permit-savings').fill(f.savings);
  if (f.applicants !== undefined) await w.locator('#permit-applicants').fill(f.applicants);
  for (const [currency, rate] of Object.entries(f.rates || {})) await w.locator(`#permit-rate-${currency}`).fill(rate);
  for (const [key, field] of [['record', 'criminalRecord'], ['debts', 'debts'], ['income', 'officialIncome']]) {
    if (f[key] !== undefined) await w.locator(`#permit-${field}-${f[key] ? 'yes' : 'no'}`).check();
  }
  await settle(w.page());
}

/** A story's form: employment, answers given, passport far off, ₸6,000,000 (eligible in 2026). */
export const ELIGIBLE = { ground: 'employment', passport: '2034-06-30', savings: '6000000', record: false, debts: false, income: true };

/** Text with Intl's no-break and narrow no-break spaces as plain spaces. */
export function plain(text) {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/** The permit answer's text, once settled. */
export async function permitText(w) {
  await settle(w.page());
  return plain(await w.locator('#panel-permit .kz-answer').innerText());
}

/** The headline's verdict code and text. */
export async function verdict(w) {
  await settle(w.page());
  const headline = w.locator('#panel-permit [part="headline"]');
  return { code: await headline.getAttribute('data-verdict'), text: plain(await headline.innerText()), tone: await headline.getAttribute('class') };
}
