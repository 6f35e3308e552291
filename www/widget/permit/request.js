// From what the visitor typed to `KzResidence.permit`'s request. Amounts and rates are read
// by number.js; one that cannot be read, or could be read two ways, is a problem at its field
// and nothing is sent. Every rate the visitor or the site gives is sent: the engine uses those
// its comparisons need and names the ones still missing. A rate far from the one the
// embedding site supplies is sent, with a warning beside it: it may be a typo, or the rate of
// a different day.

import { rateText } from './money.js';
import { numberProblem, parseDecimal } from './number.js';

/** Beyond this share off the embedder's rate, a typed rate is worth a second look. */
const FAR_FROM_EMBEDDER = 0.25;

/** `{ request, problems, warnings }`; problems and warnings are `[fieldId, message]`. */
export function permitRequest(tool) {
  const t = tool.host.t;
  const p = tool.p;
  const problems = [];
  const warnings = [];
  // `id` null: a field not on screen, whose unreadable text is left out rather than reported.
  const number = (text, id) => {
    const read = parseDecimal(text);
    if (read.problem && id) problems.push([id, numberProblem(t, text, read)]);
    return read.value;
  };
  const request = {
    applicationDate: p.applicationDate ?? tool.host.today,
    criminalRecord: p.criminalRecord, debts: p.debts, officialIncome: p.officialIncome,
    kandas: p.kandas, formerCompatriot: p.formerCompatriot, housing: p.housing, housingAgreement: p.housingAgreement,
  };
  // Not chosen or typed yet: left out, and the answer asks for them.
  if (p.ground) request.ground = p.ground;
  if (p.passportExpiry) request.passportExpiry = p.passportExpiry;
  if (p.issueDate) request.issueDate = p.issueDate;
  if (p.applicants.trim() !== '') {
    if (/^\d+$/.test(p.applicants.trim())) request.applicants = Number(p.applicants);
    else problems.push(['permit-applicants', t('permit.wholePeople')]);
  }
  const savings = number(p.savingsAmount, tool.answer?.solvency.exempt ? null : 'permit-savings');
  if (savings !== undefined) request.savings = { amount: savings, currency: p.savingsCurrency };
  const investment = p.ground === 'investment' ? number(p.investmentAmount, 'permit-investment') : undefined;
  if (investment !== undefined) request.investment = { amount: investment, currency: p.investmentCurrency };
  const embedder = tool.host.embedderRates();
  const rates = {};
  // Every rate given is sent, its field shown or not: the verdict that follows a change
  // (kandas unticked) must not ask for a rate the visitor already typed.
  const shown = new Set(tool.answer?.ratesNeeded ?? []);
  for (const currency of new Set([...Object.keys(embedder), ...Object.keys(p.rates)])) {
    const id = shown.has(currency) ? `permit-rate-${currency}` : null;
    const typed = p.rates[currency] ?? '';
    // The embedder's rates are machine-written ("560.5"), never ambiguous.
    const rate = typed.trim() === '' ? Number(embedder[currency] ?? NaN) : number(typed, id);
    if (!(rate > 0)) continue;
    rates[currency] = rate;
    const site = Number(embedder[currency]);
    if (id && typed.trim() !== '' && site > 0 && Math.abs(rate / site - 1) > FAR_FROM_EMBEDDER) {
      warnings.push([id, t('permit.rateFar', { currency, rate: rateText(t, site) })]);
    }
  }
  if (Object.keys(rates).length) request.rates = rates;
  // The stay history as the stay tool asks about it (citizenship, regime or document held),
  // judged on the application date, each day under its own rule; left out while the stay tool,
  // once shown, has no answer (its entries have an error, or its rules are not known yet).
  const stayTool = tool.host.stayTool;
  const { request: stay, situation } = stayTool.request();
  if (p.useTrips && situation.known && (stayTool.answer || !stayTool.panel)) {
    const { trips, citizenship, regime, holds } = stay;
    request.stay = { trips, on: request.applicationDate, citizenship, regime, holds };
  }
  return { request, problems, warnings };
}

/** The on-screen field of an engine error's path, and the value the visitor typed there. */
export function permitField(path, p) {
  const rate = /^rates\.([A-Z]{3})$/.exec(path);
  if (rate) return [`permit-rate-${rate[1]}`, p.rates[rate[1]]];
  if (path.startsWith('stay')) return ['permit-use-trips', null];
  const fields = {
    ground: ['permit-ground', p.ground], applicationDate: ['permit-application', p.applicationDate ?? ''],
    passportExpiry: ['permit-passport', p.passportExpiry], issueDate: ['permit-issue', p.issueDate], applicants: ['permit-applicants', p.applicants],
    'savings.amount': ['permit-savings', p.savingsAmount], 'savings.currency': ['permit-savings-currency', p.savingsCurrency],
    'investment.amount': ['permit-investment', p.investmentAmount], 'investment.currency': ['permit-investment-currency', p.investmentCurrency],
  };
  return fields[path] || [null, null];
}
