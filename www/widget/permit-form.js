// The permit form, in numbered steps: ground, dates, money, about you, housing, and
// optionally the trips from the stay tool. Amount and rate fields appear only when they
// matter (investment ground, a currency other than US dollars).

import { h, replaceContent } from './dom.js';
import { checkbox, dateInput, field, select } from './fields.js';
import { intl } from './i18n.js';
import { sourceNote } from './sources.js';

const CURRENCIES = ['USD', 'EUR', 'KZT', 'RUB', 'GBP', 'CNY', 'TRY', 'UZS', 'KGS', 'INR', 'AED'];

export function permitForm(tool) {
  const t = tool.host.t;
  const p = tool.p;
  const rules = tool.rules();
  const v = rules.version;
  const edit = (key, read = (e) => e.target.value) => (e) => {
    p[key] = read(e);
    tool.changed();
  };
  const step = (n, key, ...body) => h('fieldset', { class: 'kz-step', part: 'step' }, h('legend', {}, t('permit.step', { n, title: t(key) })), ...body);
  const ratesBox = h('div', { class: 'kz-grid' });
  const drawRates = () => replaceContent(ratesBox, tool.currenciesNeedingRates().map((c) => field({
    id: `permit-rate-${c}`, label: t('permit.rate', { currency: c }), hint: t('permit.rateHint'),
    input: h('input', { type: 'number', min: '0', step: 'any', inputmode: 'decimal', value: tool.rate(c), oninput: (e) => { p.rates[c] = e.target.value; tool.changed(); } }),
  })));
  const currencyChanged = (key) => (e) => {
    p[key] = e.target.value;
    drawRates();
    tool.changed();
  };
  const groundChanged = (e) => {
    p.ground = e.target.value;
    investmentBox.hidden = p.ground !== 'investment';
    drawRates();
    tool.changed();
  };
  const grounds = [['', t('permit.groundChoose')], ...v.grounds.value.map((g) => [g, t.label(`ground.${g}`, g)])];
  const money = (id, amountKey, currencyKey, label) => [
    field({ id, label, input: h('input', { type: 'number', min: '0', step: 'any', inputmode: 'decimal', value: p[amountKey], oninput: edit(amountKey) }) }),
    field({ id: `${id}-currency`, label: t('permit.currency'), input: select(currencyOptions(t), p[currencyKey], currencyChanged(currencyKey)) }),
  ];
  const investmentBox = h('div', { class: 'kz-investment', hidden: p.ground !== 'investment' },
    h('div', { class: 'kz-grid' }, money('permit-investment', 'investmentAmount', 'investmentCurrency', t('permit.investmentAmount'))),
    h('p', { class: 'kz-hint' }, t('permit.investmentHint', { amount: t.money(v.investmentThreshold.amount, v.investmentThreshold.currency) })),
    sourceNote(t, rules, v.investmentThreshold));
  const check = (key, label) => checkbox({ id: `permit-${key}`, label, checked: p[key], onchange: edit(key, (e) => e.target.checked) });
  const housing = ['rent', 'own', 'owner-confirms-in-person'];
  drawRates();

  return h('div', { class: 'kz-steps kz-form' },
    h('p', { class: 'kz-intro' }, t('permit.intro')),
    step(1, 'permit.stepGround',
      field({ id: 'permit-ground', label: t('permit.ground'), input: select(grounds, p.ground, groundChanged) }),
      sourceNote(t, rules, v.grounds)),
    step(2, 'permit.stepDates',
      h('div', { class: 'kz-grid' },
        field({ id: 'permit-application', label: t('permit.applicationDate'), hint: t('permit.applicationHint'), input: dateInput(p.applicationDate ?? tool.host.today, edit('applicationDate')) }),
        field({ id: 'permit-passport', label: t('permit.passportExpiry'), hint: t('permit.passportHint', { n: v.passportMarginDays.value }), input: dateInput(p.passportExpiry, edit('passportExpiry')) }),
        field({ id: 'permit-issue', label: t('permit.issueDate'), hint: t('permit.issueHint'), input: dateInput(p.issueDate, edit('issueDate')) })),
      sourceNote(t, rules, v.passportMarginDays)),
    step(3, 'permit.stepMoney',
      h('p', { class: 'kz-hint' }, t('permit.solvencyHint', { amount: t.money(v.solvency.amount, v.solvency.currency) })),
      h('div', { class: 'kz-grid' }, money('permit-savings', 'savingsAmount', 'savingsCurrency', t('permit.savingsAmount'))),
      investmentBox,
      ratesBox,
      sourceNote(t, rules, v.solvency)),
    step(4, 'permit.stepYou', check('criminalRecord', t('permit.criminalRecord')), check('debts', t('permit.debts')),
      check('officialIncome', t('permit.officialIncome')), check('kandas', t('permit.kandas'))),
    step(5, 'permit.stepHousing',
      h('div', { role: 'radiogroup', 'aria-labelledby': 'permit-housing-label', class: 'kz-radios' },
        h('p', { id: 'permit-housing-label', class: 'kz-label' }, t('permit.housing')),
        housing.map((value) => h('div', { class: 'kz-check' },
          h('input', { type: 'radio', name: 'permit-housing', id: `permit-housing-${value}`, value, checked: p.housing === value, onchange: edit('housing') }),
          h('label', { for: `permit-housing-${value}` }, t(`housing.${value}`)))))),
    step(6, 'permit.stepTrips',
      checkbox({ id: 'permit-use-trips', label: t('permit.useTrips'), checked: p.useTrips, onchange: edit('useTrips', (e) => e.target.checked) })));
}

/** Currency choices named in the visitor's language where Intl knows the name. */
function currencyOptions(t) {
  const names = intl(Intl.DisplayNames, t.lang, { type: 'currency', fallback: 'none' });
  const english = intl(Intl.DisplayNames, 'en', { type: 'currency', fallback: 'none' });
  return CURRENCIES.map((c) => {
    const name = names.of(c);
    // Without ICU data for the language Intl answers in English; then the code alone is clearer.
    const known = name && (t.lang === 'en' || name !== english.of(c));
    return [c, known ? `${c} — ${name}` : c];
  });
}
