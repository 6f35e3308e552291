// The visitor's situation, asked first, since it decides which rules count their days: their
// citizenship (searchable; the engine then judges each day under the rules in force for it),
// "my country is not listed" (then: how long may you stay at a time, in plain words, from the
// regimes' own numbers), or "I hold a visa or residence permit" (then: which; the rule does
// not count them). The question of the regime also appears when the engine answers
// VISA_REQUIRED or UNKNOWN_CITIZENSHIP, and when the embedder's `regime` attribute presets one.

import { intl } from '../i18n/index.js';
import { KK_REGIONS } from '../i18n/kk/regions.js';
import { RU_REGIONS } from '../i18n/ru/regions.js';
import { EXEMPT, HOLDERS, NOT_LISTED } from '../keep/state.js';
import { combobox } from '../ui/combobox.js';
import { h, replaceContent } from '../ui/dom.js';
import { errorSlot, markLeft } from '../ui/fields.js';

const CODE = /^[A-Z]{2}$/;

/**
 * What the request is made for: `choice` (a code, NOT_LISTED, EXEMPT or ''), `citizenship`
 * (a code to send, or ''), `regime` (an id to send, or ''), `holds` (a document, or '') and
 * `known`, whether the rules that count the visitor's days are known yet. The visitor's
 * choice wins over the element's `citizenship` and `regime` attributes.
 */
export function chosenSituation(host) {
  const s = host.state.stay;
  const attrCitizenship = (host.getAttribute('citizenship') || '').toUpperCase();
  const attrRegime = host.getAttribute('regime') || '';
  const choice = s.citizenship || (CODE.test(attrCitizenship) ? attrCitizenship : '') || (attrRegime ? NOT_LISTED : '');
  const regime = s.regime || (s.citizenship === '' || s.citizenship === NOT_LISTED ? attrRegime : '');
  const holds = choice === EXEMPT ? s.holds : '';
  const citizenship = CODE.test(choice) ? choice : '';
  return { choice, citizenship, regime, holds, known: Boolean(citizenship || regime || holds) };
}

/**
 * The situation's questions; `refresh(problem)` shows the note and the follow-up question the
 * current choice and the engine's `problem` (VISA_REQUIRED, UNKNOWN_CITIZENSHIP or null) call
 * for; `ready()` fills the list of states once the engine (which knows them) is ready.
 */
export function situationView(tool) {
  const host = tool.host;
  const t = host.t;
  const s = host.state.stay;
  const namer = regionNamer(t.lang);
  const chosen = () => chosenSituation(host).choice;
  let states = [];
  const options = () => [
    ...states,
    { value: NOT_LISTED, label: t('stay.notListed'), always: true },
    { value: EXEMPT, label: t('stay.exemptOption'), always: true },
  ];
  const combo = combobox({
    id: 'stay-citizenship', value: chosen(), options, placeholder: t('stay.citizenshipPlaceholder'), signal: host.signal,
    onchoose: (value) => {
      s.citizenship = value;
      s.regime = ''; // a new situation: a regime chosen for the previous one no longer applies
      tool.situationChanged();
    },
  });
  combo.input.id = 'stay-citizenship';
  combo.input.setAttribute('aria-describedby', 'stay-citizenship-note');
  const note = h('p', { class: 'kz-situation-note', id: 'stay-citizenship-note', hidden: true });
  const regimes = h('fieldset', { class: 'kz-choice', id: 'stay-regime', hidden: true, 'aria-describedby': 'stay-regime-error' },
    h('legend', {}, t('stay.regimeQuestion')), h('div', { class: 'kz-choice-options' }), errorSlot('stay-regime'));
  const holders = h('fieldset', { class: 'kz-choice', id: 'stay-holds', hidden: true },
    h('legend', {}, t('stay.holdsQuestion')),
    h('div', { class: 'kz-choice-options' }, HOLDERS.map((holder) => radio('stay-holds', holder, t(`holds.${holder}`), s.holds === holder, () => {
      s.holds = holder;
      tool.situationChanged();
    }))));
  // A choice is made in one step, not typed: its errors never need to wait.
  markLeft(host.shadowRoot, ['stay-citizenship', 'stay-regime']);
  const element = h('div', { class: 'kz-situation' },
    h('label', { for: 'stay-citizenship', class: 'kz-ask' }, t('stay.citizenship')),
    combo.element, note, regimes, holders);

  /** Fills the states the profile knows (named and sorted in the visitor's language) and the regimes. */
  function ready() {
    const compare = nameOrder(t.lang);
    states = host.rules.citizenship.map((c) => ({ value: c.id, label: namer(c.id) })).sort((a, b) => compare(a.label, b.label));
    const code = chosenSituation(host).citizenship;
    if (code && !states.some((o) => o.value === code)) states.push({ value: code, label: namer(code) });
    combo.setValue(chosen());
    replaceContent(regimes.querySelector('.kz-choice-options'), regimeChoices(t, host.rules.regimes).map(({ id, text }) => radio('stay-regime', id, text, false, () => {
      s.regime = id;
      if (!s.citizenship) s.citizenship = chosen() || NOT_LISTED; // the preset becomes the visitor's own choice
      tool.situationChanged();
    })));
  }

  function refresh(problem) {
    const now = chosenSituation(host);
    const listed = host.rules?.citizenship.find((c) => c.id === now.citizenship);
    const visa = problem === 'VISA_REQUIRED' || listed?.value === 'visa-required';
    const text = visa ? t('stay.visaRequired')
      : problem === 'UNKNOWN_CITIZENSHIP' ? t('stay.citizenshipUnknown')
        : now.choice === NOT_LISTED ? t('stay.notListedHint') : '';
    note.textContent = text;
    note.hidden = text === '';
    regimes.hidden = !(visa || problem || now.choice === NOT_LISTED || now.regime);
    holders.hidden = now.choice !== EXEMPT;
    for (const input of regimes.querySelectorAll('input')) input.checked = input.value === now.regime;
  }
  return { element, refresh, ready };
}

/**
 * One choice per distinct set of numbers among the regimes in force (two regimes with the
 * same numbers count days alike), in plain words: "Up to 30 days at a time, 90 in any 180".
 */
function regimeChoices(t, regimes) {
  const seen = new Set();
  return regimes.flatMap((r) => {
    const v = r.value;
    const key = `${v.windowDays}/${v.maxDays}/${v.maxDaysPerEntry}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const text = v.maxDaysPerEntry === null
      ? t('regime.window', { max: v.maxDays, window: v.windowDays })
      : t('regime.perEntry', { n: v.maxDaysPerEntry, max: v.maxDays, window: v.windowDays });
    return [{ id: r.id, text }];
  });
}

function radio(name, value, text, checked, onpick) {
  const id = `${name}-${value}`;
  return h('div', { class: 'kz-check' },
    h('input', { type: 'radio', name, id, value, checked, onchange: onpick }),
    h('label', { for: id }, text));
}

// The Kazakh alphabet's order, for browsers whose Intl sorts Kazakh by the root order (і and
// the other Kazakh letters among the Russian ones) for want of Kazakh data.
const KAZAKH = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';

function nameOrder(lang) {
  const collator = intl(Intl.Collator, lang, {});
  if (lang !== 'kk' || collator.compare('ы', 'і') < 0) return collator.compare;
  const weight = (ch) => (ch === ' ' ? -1 : KAZAKH.includes(ch) ? KAZAKH.indexOf(ch) : 1000 + ch.codePointAt(0));
  return (a, b) => {
    const [x, y] = [[...a.toLowerCase()], [...b.toLowerCase()]];
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return weight(x[i]) - weight(y[i]);
    return x.length - y.length;
  };
}

/**
 * A state's name in the visitor's language: Intl's, except where the state's own official
 * name differs (Russian "Кыргызстан", not Intl's "Киргизия"), or, without Kazakh data in
 * Intl (it then answers in English), the widget's own Kazakh names.
 */
export function regionNamer(lang) {
  const names = intl(Intl.DisplayNames, lang, { type: 'region' });
  const missing = lang === 'kk' && names.of('DE') === intl(Intl.DisplayNames, 'en', { type: 'region' }).of('DE');
  const own = lang === 'ru' ? RU_REGIONS : missing ? KK_REGIONS : {};
  return (code) => own[code] || names.of(code) || code;
}
