// The permit form, in numbered steps: ground, dates, about you, money, housing, and
// optionally the trips from the stay tool. Money fields appear when they matter: savings
// unless the last answer found the visitor exempt, the investment on its ground, and a
// rate ("1 EUR = … ₸") for each currency other than tenge that an amount uses.

import { h, replaceContent } from '../ui/dom.js';
import { checkbox, dateField, field, select } from '../ui/fields.js';
import { intl } from '../i18n/index.js';
import { decimalInput, noteField, QUESTIONS, rateField, yesNo } from './fields.js';
import { sourceList, sourceNote } from '../ui/sources.js';

const CURRENCIES = ['KZT', 'USD', 'EUR', 'RUB', 'GBP', 'CNY', 'TRY', 'UZS', 'KGS', 'INR', 'AED'];

export function permitForm(tool) {
  const t = tool.host.t;
  const p = tool.p;
  const rules = tool.rules();
  /** Keeps answer `key` and recomputes; `edit` reads it from a control's event. */
  const set = (key) => (value) => {
    p[key] = value;
    tool.changed();
  };
  const edit = (key, read = (e) => e.target.value) => (e) => set(key)(read(e));
  const step = (n, key, ...body) => h('fieldset', { class: 'kz-step', part: 'step' }, h('legend', {}, t('permit.step', { n, title: t(key) })), ...body);
  const money = (id, amountKey, currencyKey, label) => h('div', { class: 'kz-grid' },
    noteField({ id, label, input: decimalInput(p[amountKey], edit(amountKey)) }),
    field({ id: `${id}-currency`, label: t('permit.currency'), input: select(currencyOptions(t), p[currencyKey], edit(currencyKey)) }));
  const date = (id, key, label, hint, value = p[key]) => dateField({ id, label, hint, t, value, onvalue: set(key) });
  const ask = (key) => yesNo(t, { id: `permit-${key}`, question: t(QUESTIONS[key]), value: p[key], onchange: set(key) });
  const check = (key, label) => checkbox({ id: `permit-${key}`, label, checked: p[key], onchange: edit(key, (e) => e.target.checked) });
  const grounds = [['', t('permit.groundChoose')], ...rules.grounds.value.map((g) => [g, t.label(`ground.${g}`, g)])];
  const housing = ['rent', 'own', 'owner-confirms-in-person'];

  const savings = h('div', { class: 'kz-savings' }, money('permit-savings', 'savingsAmount', 'savingsCurrency', t('permit.savingsAmount')));
  const exemptNote = h('p', { class: 'kz-hint' }, t('permit.solvencyExempt'));
  const investment = h('div', { class: 'kz-investment' },
    money('permit-investment', 'investmentAmount', 'investmentCurrency', t('permit.investmentAmount')),
    h('p', { class: 'kz-hint' }, t('permit.investmentHint', { amount: t.money(rules.investmentThresholdUsd.value, 'USD') })),
    sourceNote(t, rules, rules.investmentThresholdUsd));
  const rates = h('div', { class: 'kz-grid kz-rates' });
  const requirement = h('p', { class: 'kz-hint' });
  let drawn = '';
  /** Shows the fields the current answers need; rate fields are rebuilt only when their set changes (never under the visitor's typing). */
  const sync = () => {
    replaceContent(requirement, solvencyHint(t, tool.rules()));
    const exempt = Boolean(tool.answer?.solvency.exempt);
    savings.hidden = exempt;
    exemptNote.hidden = !exempt;
    investment.hidden = p.ground !== 'investment';
    const needed = tool.currenciesNeedingRates();
    if (needed.join() === drawn) return;
    drawn = needed.join();
    replaceContent(rates, needed.map((currency) => rateField(t, {
      id: `permit-rate-${currency}`, currency, value: tool.rateText(currency),
      oninput: (e) => { p.rates[currency] = e.target.value; tool.changed(); },
    })));
  };
  tool.syncForm = sync;
  sync();

  return h('div', { class: 'kz-steps kz-form' },
    h('p', { class: 'kz-intro' }, t('permit.intro')),
    step(1, 'permit.stepGround',
      field({ id: 'permit-ground', label: t('permit.ground'), input: select(grounds, p.ground, edit('ground')) }),
      sourceNote(t, rules, rules.grounds)),
    step(2, 'permit.stepDates',
      h('div', { class: 'kz-grid' },
        date('permit-application', 'applicationDate', t('permit.applicationDate'), t('permit.applicationHint'), p.applicationDate ?? tool.host.today),
        date('permit-passport', 'passportExpiry', t('permit.passportExpiry'), t('permit.passportHint', { n: rules.passportMarginDays.value })),
        date('permit-issue', 'issueDate', t('permit.issueDate'), t('permit.issueHint'))),
      sourceNote(t, rules, rules.passportMarginDays)),
    step(3, 'permit.stepYou',
      check('kandas', t('permit.kandas')), check('formerCompatriot', t('permit.formerCompatriot')),
      ask('criminalRecord'), ask('debts'), ask('officialIncome')),
    step(4, 'permit.stepMoney',
      requirement,
      field({ id: 'permit-applicants', label: t('permit.applicants'), hint: t('permit.applicantsHint'), input: h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off', value: p.applicants, oninput: edit('applicants') }) }),
      savings, exemptNote, investment, rates,
      sourceList(t, rules, [rules.solvency.multiple, rules.solvency.mci])),
    step(5, 'permit.stepHousing',
      h('div', { role: 'radiogroup', 'aria-labelledby': 'permit-housing-label', class: 'kz-radios' },
        h('p', { id: 'permit-housing-label', class: 'kz-label' }, t('permit.housing')),
        housing.map((value) => h('div', { class: 'kz-check' },
          h('input', { type: 'radio', name: 'permit-housing', id: `permit-housing-${value}`, value, checked: p.housing === value, onchange: edit('housing') }),
          h('label', { for: `permit-housing-${value}` }, t(`housing.${value}`))))),
      check('housingAgreement', t('permit.housingAgreement'))),
    step(6, 'permit.stepTrips',
      checkbox({ id: 'permit-use-trips', label: t('permit.useTrips'), checked: p.useTrips, onchange: edit('useTrips', (e) => e.target.checked) })));
}

/** The requirement of one applicant in the application's year, with how it is made (it changes with the date). */
function solvencyHint(t, rules) {
  const s = rules.solvency;
  const year = rules.on.slice(0, 4);
  return [
    t('permit.solvencyHint', { year, amount: t.money(s.requiredKzt, 'KZT'), multiple: s.multiple.value, mci: t.money(s.mci.value, 'KZT') }),
    s.mciAssumed && [' ', t('notice.MCI_ASSUMED', { year, mciYear: String(s.mciYear) })],
  ];
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
