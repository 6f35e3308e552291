// Shared steps of the permit tool's browser tests: open the widget on the permit tab at a
// fixed date (26 Nov 2026, the date of the stories), fill the form as a visitor
// would, and read the verdict card (headline, numbers, next step) with the spaces Intl puts
// in numbers made plain.
import { answer, openWidget, settle } from './widget-helpers.mjs';

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

/**
 * Everything the permit answer says once settled: the verdict card with its why opened, then
 * the folded steps, checklist and reminders, opened (widget-helpers' `answer`). Opening is
 * what a visitor does to read them; a test of what is folded looks before calling this.
 */
export async function permitText(w) {
  return plain(await answer(w, 'permit'));
}

/** The headline's verdict code, text and classes (its tone: kz-ok, kz-bad, kz-info). */
export async function verdict(w) {
  await settle(w.page());
  const headline = w.locator('#permit-headline');
  return { code: await headline.getAttribute('data-verdict'), text: plain(await headline.innerText()), tone: await headline.getAttribute('class') };
}

/** The card's numbers that matter, as `[label, value]` pairs (none while hidden). */
export async function cardNumbers(w) {
  await settle(w.page());
  return w.locator('#permit-answer [part="numbers"]:not([hidden]) .kz-number').evaluateAll((all) => all.map((n) => [
    n.querySelector('dt').textContent, n.querySelector('dd').textContent.replace(/[\u00a0\u202f]/g, ' '),
  ]));
}

/** The card's one next step as worded after its label ("Next:"); null when there is none. */
export async function nextStep(w) {
  await settle(w.page());
  const next = w.locator('#permit-answer .kz-next-step');
  if (await next.count() === 0) return null;
  return plain(await next.evaluate((p) => [...p.childNodes].filter((n) => n.nodeName !== 'STRONG').map((n) => n.textContent).join('').trim()));
}

/** The folded lists under the card: `{ id, summary, open }` of each, in order. */
export async function folds(w) {
  await settle(w.page());
  return w.locator('#panel-permit .kz-lists > details.kz-fold').evaluateAll((all) => all.map((d) => ({
    id: d.id, summary: d.querySelector(':scope > summary').textContent, open: d.open,
  })));
}
