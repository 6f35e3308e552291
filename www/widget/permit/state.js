// The permit tool's part of the visitor's state (state.js holds the whole): what was typed,
// as typed; a date as the stay tool keeps one (an ISO date once understood, else the text). Yes/no questions start unanswered (`null`): the engine then asks for them
// instead of assuming an answer nobody gave.

export function defaultPermitState() {
  return {
    ground: '', applicationDate: null, passportExpiry: '', issueDate: '',
    applicants: '1', savingsAmount: '', savingsCurrency: 'KZT', investmentAmount: '', investmentCurrency: 'USD', rates: {},
    criminalRecord: null, debts: null, officialIncome: null, kandas: false, formerCompatriot: false,
    housing: 'rent', housingAgreement: false, useTrips: false,
  };
}

/** Checks of each key of the permit state, for `hasShape` in state.js. */
export function permitShape({ isDateText, isBool, matches, oneOf, hasShape }) {
  // Amounts and rates are kept as typed (a comma, spaces, a typo): any short text.
  const typed = (v) => typeof v === 'string' && v.length <= 40;
  const currency = matches(/^[A-Z]{3}$/);
  const rates = (v) => hasShape(v, Object.fromEntries(Object.keys(v || {}).slice(0, 20).map((k) => [k, (r) => currency(k) && typed(r)])));
  const answer = (v) => v === null || isBool(v);
  return {
    ground: matches(/^[a-z-]{0,30}$/), applicationDate: (d) => d === null || isDateText(d),
    passportExpiry: isDateText, issueDate: isDateText,
    applicants: matches(/^\d{0,3}$/), savingsAmount: typed, savingsCurrency: currency, investmentAmount: typed, investmentCurrency: currency, rates,
    criminalRecord: answer, debts: answer, officialIncome: answer, kandas: isBool, formerCompatriot: isBool,
    housing: oneOf('rent', 'own', 'owner-confirms-in-person'), housingAgreement: isBool, useTrips: isBool,
  };
}

/**
 * A permit state saved before the questions could stay unanswered and rates were in tenge:
 * new keys get their defaults, an unticked box (the old default, so no real answer) becomes
 * unanswered, and the rates (then US dollars per unit) are dropped rather than misread as
 * tenge. Anything else passes unchanged, to be checked by `permitShape`.
 */
export function upgradePermit(permit) {
  if (!permit || typeof permit !== 'object' || Object.hasOwn(permit, 'formerCompatriot')) return permit;
  const answered = (v) => (v === true ? true : null);
  return {
    ...defaultPermitState(), ...permit, rates: {},
    criminalRecord: answered(permit.criminalRecord), debts: answered(permit.debts), officialIncome: answered(permit.officialIncome),
  };
}
