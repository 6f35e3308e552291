// The permit tool: a short step-by-step form in, the engine's permit answer out (eligibility,
// blockers and risks in words, key dates, the two steps, a checklist to tick). Like the stay
// tool it keeps every typed value as typed and recomputes after a pause.

import { KzResidence } from '../api.js';
import { isIso } from './dates.js';
import { h, liveUpdate, replaceContent } from './dom.js';
import { clearErrors, showError } from './fields.js';
import { permitDates, permitDetails, permitSentences } from './permit-answer.js';
import { permitForm } from './permit-form.js';
import { sentencesView } from './stay-answer.js';
import { EXEMPT } from './stay-tool.js';

export class PermitTool {
  constructor(host) {
    this.host = host;
    this.answer = null;
    this.sentences = [];
    this.recompute = liveUpdate(this, 100);
  }

  get p() {
    return this.host.state.permit;
  }

  /** The rules profile version for the application date (the answer's numbers come from it). */
  rules() {
    const on = this.p.applicationDate ?? this.host.today;
    return KzResidence.rules({ on: isIso(on) ? on : this.host.today });
  }

  render() {
    this.answerBox = h('div', { class: 'kz-answer', part: 'answer' });
    this.panel = h('div', { class: 'kz-tool' },
      permitForm(this),
      h('h3', {}, this.host.t('permit.answerHeading')),
      this.answerBox);
    this.update();
    return this.panel;
  }

  changed() {
    this.recompute();
    this.host.save();
  }

  /** The rate for `currency`: the visitor's own, else the embedding site's, else ''. */
  rate(currency) {
    const typed = this.p.rates[currency] ?? '';
    return typed !== '' ? typed : this.host.embedderRates()[currency] ?? '';
  }

  /** The currencies needing a rate: those of the amounts the visitor uses, other than US dollars. */
  currenciesNeedingRates() {
    const p = this.p;
    const used = [p.savingsCurrency, p.ground === 'investment' ? p.investmentCurrency : 'USD'];
    return [...new Set(used)].filter((c) => c !== 'USD');
  }

  request() {
    const p = this.p;
    const number = (text) => Number(String(text).replace(',', '.'));
    const request = {
      ground: p.ground, applicationDate: p.applicationDate ?? this.host.today, passportExpiry: p.passportExpiry,
      criminalRecord: p.criminalRecord, debts: p.debts, officialIncome: p.officialIncome, kandas: p.kandas, housing: p.housing,
    };
    if (p.issueDate) request.issueDate = p.issueDate;
    if (p.savingsAmount !== '') request.savings = { amount: number(p.savingsAmount), currency: p.savingsCurrency };
    if (p.ground === 'investment' && p.investmentAmount !== '') request.investment = { amount: number(p.investmentAmount), currency: p.investmentCurrency };
    const rates = this.currenciesNeedingRates().filter((c) => this.rate(c) !== '');
    if (rates.length) request.rates = Object.fromEntries(rates.map((c) => [c, number(this.rate(c))]));
    const stay = this.host.stayTool.request().request;
    if (p.useTrips && stay.regime !== EXEMPT) request.stay = { trips: stay.trips, regime: stay.regime };
    return request;
  }

  update() {
    const t = this.host.t;
    const p = this.p;
    clearErrors(this.panel);
    this.answer = null;
    if (!p.ground || !p.passportExpiry) {
      this.show([{ text: t('permit.needMore'), tone: 'info' }], null);
      return;
    }
    let answer;
    try {
      answer = KzResidence.permit(this.request());
    } catch (e) {
      const [id, value] = permitField(e.field, p);
      let message = t(`error.${e.code}`);
      if (e.field.startsWith('stay')) message = t('permit.tripsError');
      else if (e.code === 'INVALID_DATE' && value === '') message = t('error.required');
      else if (e.code === 'INVALID_INPUT' && id === 'permit-issue') message = t('permit.issueBeforeApplication');
      const placed = id !== null && showError(this.host.shadowRoot, id, message);
      this.show([{ text: placed ? t('stay.fixFirst', { message }) : message, tone: 'bad' }], null);
      return;
    }
    this.answer = answer;
    this.show(permitSentences(this, answer), answer);
    this.host.emitResult('permit', answer);
  }

  show(sentences, answer) {
    this.sentences = sentences;
    replaceContent(this.answerBox, sentencesView(sentences), answer && permitDetails(this, answer));
    this.host.announce(sentences[0].text);
  }

  toggleDocument(id, on) {
    const checked = new Set(this.host.state.checked);
    if (on) checked.add(id);
    else checked.delete(id);
    this.host.state.checked = [...checked];
    this.host.save();
  }

  summary() {
    const a = this.answer;
    const lines = this.sentences.map((s) => s.text);
    if (a) lines.push(...permitDates(this.host.t, a, this.rules().version).map(([label, date]) => `${label}: ${this.host.t.date(date)}`));
    return lines.join('\n');
  }

  calendarEvents() {
    const a = this.answer;
    if (!a) return [];
    const t = this.host.t;
    return [
      { id: 'apply-by', date: a.applyBy, summary: t('ics.applyBy'), description: t('permit.applyByText', { margin: this.rules().version.passportMarginDays.value }) },
      { id: 'valid-until', date: a.validUntil, summary: t('ics.validUntil'), description: t('app.title') },
      { id: 'citizenship-from', date: a.citizenshipFrom, summary: t('ics.citizenshipFrom'), description: t('app.title') },
    ];
  }
}

/** The on-screen field of a permit error path, and the value the visitor typed there. */
function permitField(path, p) {
  const rate = /^rates\.([A-Z]{3})$/.exec(path);
  if (rate) return [`permit-rate-${rate[1]}`, p.rates[rate[1]]];
  if (path.startsWith('stay')) return ['permit-use-trips', null];
  const fields = {
    ground: ['permit-ground', p.ground], applicationDate: ['permit-application', p.applicationDate ?? ''],
    passportExpiry: ['permit-passport', p.passportExpiry], issueDate: ['permit-issue', p.issueDate],
    'savings.amount': ['permit-savings', p.savingsAmount], 'savings.currency': ['permit-savings-currency', p.savingsCurrency],
    'investment.amount': ['permit-investment', p.investmentAmount], 'investment.currency': ['permit-investment-currency', p.investmentCurrency],
  };
  return fields[path] || [null, null];
}
