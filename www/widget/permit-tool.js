// The permit tool: a short step-by-step form in, the engine's permit answer out (eligibility,
// blockers and risks in words, key dates, the two steps, a checklist to tick). Like the stay
// tool it keeps every typed value as typed and recomputes after a pause.

const KZ_CURRENCIES = ['USD', 'EUR', 'KZT', 'RUB', 'GBP', 'CNY', 'TRY', 'UZS', 'KGS', 'INR', 'AED'];

function kzDefaultPermitState() {
  return {
    ground: '', applicationDate: null, passportExpiry: '', issueDate: '',
    savingsAmount: '', savingsCurrency: 'USD', investmentAmount: '', investmentCurrency: 'USD', rates: {},
    criminalRecord: false, debts: false, officialIncome: false, kandas: false, housing: 'rent', useTrips: false,
  };
}

function kzPermitShape() {
  const amount = kzMatches(/^[\d.,eE+-]{0,24}$/);
  const currency = kzMatches(/^[A-Z]{3}$/);
  const rates = (v) => kzHasShape(v, Object.fromEntries(Object.keys(v || {}).slice(0, 20).map((k) => [k, (r) => currency(k) && amount(r)])));
  return {
    ground: kzMatches(/^[a-z-]{0,30}$/), applicationDate: (d) => d === null || kzIsDateOrEmpty(d),
    passportExpiry: kzIsDateOrEmpty, issueDate: kzIsDateOrEmpty,
    savingsAmount: amount, savingsCurrency: currency, investmentAmount: amount, investmentCurrency: currency, rates,
    criminalRecord: kzIsBool, debts: kzIsBool, officialIncome: kzIsBool, kandas: kzIsBool,
    housing: kzOneOf('rent', 'own', 'owner-confirms-in-person'), useTrips: kzIsBool,
  };
}

class KzPermitTool {
  constructor(host) {
    this.host = host;
    this.answer = null;
    this.sentences = [];
    this.recompute = kzLiveUpdate(this, 100);
  }

  get p() {
    return this.host.state.permit;
  }

  /** The rules profile version for the application date (the answer's numbers come from it). */
  rules() {
    const on = this.p.applicationDate ?? this.host.today;
    return KzResidence.rules({ on: kzIsIso(on) ? on : this.host.today });
  }

  render() {
    this.answerBox = h('div', { class: 'kz-answer', part: 'answer' });
    this.panel = h('div', { class: 'kz-tool' },
      kzPermitForm(this),
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
    if (p.useTrips && stay.regime !== KZ_EXEMPT) request.stay = { trips: stay.trips, regime: stay.regime };
    return request;
  }

  update() {
    const t = this.host.t;
    const p = this.p;
    kzClearErrors(this.panel);
    this.answer = null;
    if (!p.ground || !p.passportExpiry) {
      this.show([{ text: t('permit.needMore'), tone: 'info' }], null);
      return;
    }
    let answer;
    try {
      answer = KzResidence.permit(this.request());
    } catch (e) {
      const [id, value] = kzPermitField(e.field, p);
      let message = t(`error.${e.code}`);
      if (e.field.startsWith('stay')) message = t('permit.tripsError');
      else if (e.code === 'INVALID_DATE' && value === '') message = t('error.required');
      else if (e.code === 'INVALID_INPUT' && id === 'permit-issue') message = t('permit.issueBeforeApplication');
      const placed = id !== null && kzShowError(this.host.shadowRoot, id, message);
      this.show([{ text: placed ? t('stay.fixFirst', { message }) : message, tone: 'bad' }], null);
      return;
    }
    this.answer = answer;
    this.show(kzPermitSentences(this, answer), answer);
    this.host.emitResult('permit', answer);
  }

  show(sentences, answer) {
    this.sentences = sentences;
    kzReplace(this.answerBox, kzSentencesView(sentences), answer && kzPermitDetails(this, answer));
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
    if (a) lines.push(...kzPermitDates(this.host.t, a, this.rules().version).map(([label, date]) => `${label}: ${this.host.t.date(date)}`));
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
function kzPermitField(path, p) {
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
