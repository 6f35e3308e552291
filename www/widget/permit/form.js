// The permit form, in numbered steps: ground, dates, about you, money, housing, and
// optionally the trips from the stay tool. Money fields appear when they matter: savings
// unless the last answer found the visitor exempt, the investment on its ground, and a
// rate ("1 EUR = … ₸") for each currency the answer says its comparisons need.

import { h, replaceContent } from '../ui/dom.js';
import { checkbox, dateField, field, select } from '../ui/fields.js';
import { intl } from '../i18n/index.js';
import { decimalInput, noteField, QUESTIONS, rateField, yesNo } from './fields.js';
import { sourceIndex, sourceList, sourceNote } from '../ui/sources.js';

const CURRENCIES = ['KZT', 'USD', 'EUR', 'RUB', 'GBP', 'CNY', 'TRY', 'UZS', 'KGS', 'INR', 'AED'];

export function permitForm(tool) {
  const t = tool.host.t;
  const p = tool.p;
  const range = () => tool.host.range;
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
  const date = (id, key, label, hint, value = p[key]) => dateField({ id, label, hint, t, value, onvalue: set(key), range });
  const ask = (key) => yesNo(t, { id: `permit-${key}`, question: t(QUESTIONS[key]), value: p[key], onchange: set(key) });
  const check = (key, label) => checkbox({ id: `permit-${key}`, label, checked: p[key], onchange: edit(key, (e) => e.target.checked) });
  const housing = ['rent', 'own', 'owner-confirms-in-person'];

  // What the engine's answer tells (the grounds in force, the solvency amount, the passport's
  // margin, the investment threshold, the rates needed) fills these once it comes.
  const grounds = select([['', t('permit.groundChoose')]], p.ground, edit('ground'));
  const groundSource = h('div');
  const passportHint = h('p', { class: 'kz-hint', id: 'permit-passport-rule' });
  const savings = h('div', { class: 'kz-savings' }, money('permit-savings', 'savingsAmount', 'savingsCurrency', t('permit.savingsAmount')));
  const exemptNote = h('p', { class: 'kz-hint' }, t('permit.solvencyExempt'));
  const investmentHint = h('div');
  const investment = h('div', { class: 'kz-investment' }, money('permit-investment', 'investmentAmount', 'investmentCurrency', t('permit.investmentAmount')), investmentHint);
  const rates = h('div', { class: 'kz-grid kz-rates' });
  const requirement = h('div', { class: 'kz-hint' });
  let drawn = null;
  /** Shows the fields the current answers need; rate fields are rebuilt only when their set changes (never under the visitor's typing). */
  const sync = () => {
    const a = tool.answer;
    investment.hidden = p.ground !== 'investment';
    if (!a) return;
    const index = sourceIndex(a.sources);
    if (grounds.options.length === 1) {
      grounds.append(...a.grounds.value.map((g) => h('option', { value: g, selected: g === p.ground }, t.label(`ground.${g}`, g))));
      replaceContent(groundSource, sourceNote(t, index, a.grounds));
    }
    replaceContent(passportHint, t('permit.passportHint', { n: a.applyBy.rule.value }), sourceNote(t, index, a.applyBy.rule));
    replaceContent(requirement, solvencyHint(t, a), sourceList(t, index, [{ source: a.solvency.source, effective: a.solvency.effective }, { source: a.solvency.mciSource }]));
    replaceContent(investmentHint, h('p', { class: 'kz-hint' }, t('permit.investmentHint', { amount: t.money(a.investment.thresholdUsd, 'USD') })), sourceNote(t, index, a.investment));
    savings.hidden = a.solvency.exempt;
    exemptNote.hidden = !a.solvency.exempt;
    const needed = a.ratesNeeded.join();
    if (needed === drawn) return;
    drawn = needed;
    replaceContent(rates, a.ratesNeeded.map((currency) => rateField(t, {
      id: `permit-rate-${currency}`, currency, value: tool.rateText(currency),
      oninput: (e) => { p.rates[currency] = e.target.value; tool.changed(); },
    })));
  };
  tool.syncForm = sync;
  sync();

  return h('div', { class: 'kz-steps kz-form' },
    step(1, 'permit.stepGround', field({ id: 'permit-ground', label: t('permit.ground'), input: grounds }), groundSource),
    step(2, 'permit.stepDates',
      h('div', { class: 'kz-grid' },
        date('permit-passport', 'passportExpiry', t('permit.passportExpiry')),
        date('permit-application', 'applicationDate', t('permit.applicationDate'), null, p.applicationDate ?? tool.host.today),
        date('permit-issue', 'issueDate', t('permit.issueDate'))),
      passportHint),
    step(3, 'permit.stepYou',
      check('kandas', t('permit.kandas')), check('formerCompatriot', t('permit.formerCompatriot')),
      ask('criminalRecord'), ask('debts'), ask('officialIncome')),
    step(4, 'permit.stepMoney',
      requirement,
      field({ id: 'permit-applicants', label: t('permit.applicants'), input: h('input', { type: 'text', class: 'kz-short', inputmode: 'numeric', autocomplete: 'off', value: p.applicants, oninput: edit('applicants') }) }),
      savings, exemptNote, investment, rates),
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
function solvencyHint(t, a) {
  const s = a.solvency;
  const assumed = a.notices.find((n) => n.code === 'MCI_ASSUMED');
  return h('p', {},
    t('permit.solvencyHint', { year: String(a.applicationDate.slice(0, 4)), amount: t.money(s.requiredKzt, 'KZT'), multiple: s.mciMultiple, mci: t.money(s.mci, 'KZT'), age: s.fromAge, n: s.applicants }),
    assumed && [' ', t('notice.MCI_ASSUMED', { year: String(assumed.year), mciYear: String(assumed.mciYear) })]);
}

/** Currency choices named in the visitor's language where Intl knows the name. */
function currencyOptions(t) {
  const names = intl(Intl.DisplayNames, t.lang, { type: 'currency', fallback: 'none' });
  return CURRENCIES.map((c) => {
    const name = names.of(c);
    // Without ICU data for Kazakh, Intl answers in some English ("Russian Rouble"); a Russian
    // or Kazakh name is written in Cyrillic, so Latin letters mean the code alone is clearer.
    const known = name && (t.lang === 'en' || !/[A-Za-z]/.test(name));
    return [c, known ? `${c} — ${name}` : c];
  });
}
