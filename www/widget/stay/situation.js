// The visitor's situation, asked before the trips, since it decides which limits apply: their
// citizenship (the engine then uses the regime in force for it on the control date), "my
// country is not listed" (the regime is chosen by hand), or a residence permit or long-term
// visa (the 90/180 rule does not apply). The regime picker also appears when the engine
// answers VISA_REQUIRED (the visa's own dates govern; a regime can still be chosen) or
// UNKNOWN_CITIZENSHIP, and when the embedder's `regime` attribute preselects one.

import { h } from '../ui/dom.js';
import { errorSlot, field, markLeft } from '../ui/fields.js';
import { intl } from '../i18n/index.js';
import { KK_REGIONS } from '../i18n/kk/regions.js';
import { EXEMPT, NOT_LISTED } from '../keep/state.js';

const CODE = /^[A-Z]{2}$/;
const VISA_REQUIRED = 'visa-required';

/**
 * What the request is made for: `choice` (a code, NOT_LISTED, EXEMPT or ''), `citizenship`
 * (a code to send, or ''), `regime` (an id to send, or ''). The visitor's choice wins over the
 * element's `citizenship` and `regime` attributes.
 */
export function chosenSituation(host) {
  const s = host.state.stay;
  const attrCitizenship = (host.getAttribute('citizenship') || '').toUpperCase();
  const attrRegime = host.getAttribute('regime') || '';
  const preset = host.rules.regimes.some((r) => r.id === attrRegime) ? attrRegime : '';
  const choice = s.citizenship || (CODE.test(attrCitizenship) ? attrCitizenship : '') || (preset ? NOT_LISTED : '');
  const regime = s.regime || (s.citizenship === '' || s.citizenship === NOT_LISTED ? preset : '');
  return { choice, citizenship: CODE.test(choice) ? choice : '', regime, exempt: choice === EXEMPT };
}

/** The rules view's entry for a citizenship (its regime or `visa-required`, source and dates), if listed. */
function citizenshipEntry(host, code) {
  return host.rules.citizenship.find((c) => c.code === code) ?? null;
}

/**
 * The situation's fields; `refresh(problem)` shows the note and the regime picker the
 * current choice and the engine's `problem` (VISA_REQUIRED, UNKNOWN_CITIZENSHIP or null) call for.
 */
export function situationView(tool) {
  const host = tool.host;
  const t = host.t;
  const s = host.state.stay;
  const sit = chosenSituation(host);
  const codes = host.rules.citizenship.map((c) => c.code);
  if (sit.citizenship && !codes.includes(sit.citizenship)) codes.push(sit.citizenship);
  const select = h('select', {
    onchange: (e) => {
      s.citizenship = e.target.value;
      s.regime = ''; // a new situation: a regime chosen for the previous one no longer applies
      tool.situationChanged();
    },
  },
  h('option', { value: '', selected: sit.choice === '' }, t('stay.citizenshipNone')),
  h('option', { value: EXEMPT, selected: sit.exempt }, t('stay.exemptOption')),
  h('option', { value: NOT_LISTED, selected: sit.choice === NOT_LISTED }, t('stay.notListed')),
  sit.citizenship ? h('option', { value: sit.citizenship, selected: true }, regionNamer(t.lang)(sit.citizenship)) : null);
  // The list of states is built right after the first answer (a task later), or at once when
  // the visitor reaches for it sooner (focus, a press, a touch): naming and sorting them is the
  // page's first use of Intl.DisplayNames and Intl.Collator, about 20 ms in Chromium, which
  // should not hold the answer back.
  let filled = false;
  const fillCountries = () => {
    if (filled) return;
    filled = true;
    for (const type of ['focus', 'pointerdown', 'mousedown', 'touchstart']) select.removeEventListener(type, fillCountries);
    const chosen = select.value;
    select.replaceChildren(...[...select.options].slice(0, 3), ...countryOptions(t, codes).map(([code, name]) => h('option', { value: code }, name)));
    select.value = chosen; // moving options resets which one is selected
  };
  for (const type of ['focus', 'pointerdown', 'mousedown', 'touchstart']) select.addEventListener(type, fillCountries, { passive: true });
  setTimeout(fillCountries, 0);
  const note = h('p', { class: 'kz-situation-note', id: 'stay-citizenship-note', hidden: true });
  const radios = host.rules.regimes.map((r) => regimeRadio(t, r, (id) => {
    s.regime = id;
    if (!s.citizenship) s.citizenship = chosenSituation(host).choice || NOT_LISTED; // the preset becomes the visitor's own choice
    tool.situationChanged();
  }));
  const picker = h('fieldset', { class: 'kz-regimes', id: 'stay-regime', hidden: true, 'aria-describedby': 'stay-regime-error' },
    h('legend', {}, t('stay.regime')), radios, errorSlot('stay-regime'));
  // A choice is made in one step, not typed: its errors never need to wait.
  markLeft(host.shadowRoot, ['stay-citizenship', 'stay-regime']);
  const element = h('div', { class: 'kz-situation' },
    field({ id: 'stay-citizenship', label: t('stay.citizenship'), hint: t('stay.citizenshipHint'), input: select, after: note }),
    picker);

  function refresh(problem) {
    const now = chosenSituation(host);
    const visa = problem === 'VISA_REQUIRED' || citizenshipEntry(host, now.citizenship)?.value === VISA_REQUIRED;
    const text = visa ? t('stay.visaRequired')
      : problem === 'UNKNOWN_CITIZENSHIP' ? t('stay.citizenshipUnknown')
        : now.choice === NOT_LISTED ? t('stay.notListedHint') : '';
    note.textContent = text;
    note.hidden = text === '';
    picker.hidden = !(visa || problem || now.choice === NOT_LISTED || now.regime);
    for (const radio of picker.querySelectorAll('input')) radio.checked = radio.value === now.regime;
  }
  return { element, refresh };
}

/** A radio with the regime's full name and its numbers from the profile, on lines of their own. */
function regimeRadio(t, regime, onpick) {
  const v = regime.value;
  const numbers = v.maxDaysPerEntry === null
    ? t('regime.window', { max: v.maxDays, window: v.windowDays })
    : t('regime.perEntry', { n: v.maxDaysPerEntry, max: v.maxDays, window: v.windowDays });
  const id = `stay-regime-${regime.id}`;
  return h('div', { class: 'kz-check kz-radio' },
    h('input', { type: 'radio', name: 'stay-regime', id, value: regime.id, onchange: () => onpick(regime.id) }),
    h('label', { for: id },
      h('span', { class: 'kz-regime-name' }, t.label(`regime.${regime.id}`, regime.id)),
      h('span', { class: 'kz-regime-numbers' }, numbers)));
}

/** `[code, name]` of each state, named in the visitor's language and sorted the way it sorts. */
function countryOptions(t, codes) {
  const name = regionNamer(t.lang);
  const compare = nameOrder(t.lang);
  return codes.map((code) => [code, name(code)]).sort((a, b) => compare(a[1], b[1]));
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

function regionNamer(lang) {
  const names = intl(Intl.DisplayNames, lang, { type: 'region' });
  // Without Kazakh data Intl answers in English: the widget's own Kazakh names are used then.
  const missing = lang === 'kk' && names.of('DE') === intl(Intl.DisplayNames, 'en', { type: 'region' }).of('DE');
  return (code) => (missing && KK_REGIONS[code]) || names.of(code) || code;
}
