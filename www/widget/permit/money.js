// Money in the permit answer. Every comparison shows the amount as the visitor gave it, what
// it is in tenge (and dollars, for the investment) at the rate used, and the requirement with
// the numbers behind it, so a wrong rate or a typo shows at a glance.

/** A rate in the visitor's style, with the decimals banks quote (520.35, 0.0412). */
export function rateText(t, rate) {
  return t.number(rate, { maximumFractionDigits: 4 });
}

/** "€10,200 ≈ ₸5,712,000 at 560 ₸ for 1 EUR", or "₸6,000,000" for tenge or without a rate. */
function convertedText(t, c) {
  const given = t.money(c.amount, c.currency);
  if (c.rate === null || c.amountKzt === null) return given;
  return t('permit.converted', { amount: given, converted: t.money(c.amountKzt, 'KZT'), rate: rateText(t, c.rate), currency: c.currency });
}

/** The investment as given, in tenge and in dollars: "€250,000 ≈ ₸140,000,000 at … ≈ $269,231 at …". */
function investmentText(t, inv) {
  const given = convertedText(t, inv.amount);
  if (inv.amount.currency === 'USD' || inv.amountUsd === null) return given;
  return t('permit.converted', { amount: given, converted: t.money(inv.amountUsd, 'USD'), rate: rateText(t, inv.usdRate), currency: 'USD' });
}

/** How the requirement is made: "1,320 MCI × ₸4,325, the MCI of 2026" (for each of n applicants). */
function mciRule(t, s) {
  const params = { multiple: s.mciMultiple, mci: t.money(s.mci, 'KZT'), year: String(s.mciYear), n: s.applicants, age: s.fromAge };
  return t(s.applicants > 1 ? 'permit.mciRuleEach' : 'permit.mciRule', params);
}

/** The solvency comparison as a sentence `{ text, tone }`, or null when it cannot be made yet. */
export function solvencySentence(t, a) {
  const s = a.solvency;
  if (s.exempt) return { text: t('permit.solvencyExempt'), tone: 'ok' };
  if (s.met === null) return null;
  const params = { amount: convertedText(t, s.amount), required: t.money(s.requiredKzt, 'KZT'), rule: mciRule(t, s) };
  return s.met ? { text: t('permit.solvencyMet', params), tone: 'ok' } : { text: t('blocker.SOLVENCY_BELOW', params), tone: 'bad' };
}

/** The investment comparison as a sentence, or null off the investment ground or without a rate. */
export function investmentSentence(t, a) {
  const inv = a.investment;
  if (!inv.applies || inv.met === null) return null;
  const params = { amount: investmentText(t, inv), threshold: t.money(inv.thresholdUsd, 'USD') };
  return inv.met ? { text: t('permit.investmentMet', params), tone: 'ok' } : { text: t('blocker.INVESTMENT_NOT_ABOVE_THRESHOLD', params), tone: 'bad' };
}
