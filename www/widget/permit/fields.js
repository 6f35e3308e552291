// Fields only the permit tool has: yes/no questions that start unanswered, money typed as
// text (permit-number.js reads it), the rate as banks quote it ("1 EUR = … ₸"), and two
// quieter notes beside a field than an error: a prompt (something still to enter) and a
// warning (a value worth a second look). fields.js keeps labels, hints and errors.

import { h } from '../ui/dom.js';
import { field } from '../ui/fields.js';

/** The yes/no questions, by the request field they answer. */
export const QUESTIONS = { criminalRecord: 'permit.criminalRecord', debts: 'permit.debts', officialIncome: 'permit.officialIncome' };

/** A text field for an amount: a decimal comma or point, on phones the decimal keypad. */
export function decimalInput(value, oninput) {
  return h('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false', value, oninput });
}

/** `field` plus the prompt and warning slots, described by the input like its hint and error. */
export function noteField({ id, label, input, hint, before, after }) {
  const wrapped = field({ id, label, input, hint });
  input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby')} ${id}-prompt ${id}-warning`);
  // Text around the input (the "1 EUR =" and "₸" of a rate) is seen, not read: the label says it.
  if (before || after) {
    const affix = h('div', { class: 'kz-affix' });
    input.replaceWith(affix);
    affix.append(h('span', { 'aria-hidden': 'true' }, before), input, h('span', { 'aria-hidden': 'true' }, after));
  }
  wrapped.append(slot(id, 'prompt'), slot(id, 'warning'));
  return wrapped;
}

/** The rate of one currency, as Kazakh banks quote it: tenge for one unit. */
export function rateField(t, { id, currency, value, oninput }) {
  return noteField({
    id, label: t('permit.rate', { currency }), hint: t('permit.rateHint', { currency }),
    input: decimalInput(value, oninput), before: `1 ${currency} =`, after: '₸',
  });
}

/**
 * A yes/no question as two radio buttons in a fieldset, neither chosen while unanswered
 * (`value` null). `onchange` gets true or false.
 */
export function yesNo(t, { id, question, value, onchange }) {
  const option = (answer, key, label) => h('div', { class: 'kz-check' },
    h('input', { type: 'radio', name: id, id: `${id}-${key}`, checked: value === answer, 'aria-describedby': `${id}-prompt`, onchange: () => onchange(answer) }),
    h('label', { for: `${id}-${key}` }, label));
  return h('fieldset', { class: 'kz-question', id },
    h('legend', {}, question),
    h('div', { class: 'kz-yes-no' }, option(true, 'yes', t('permit.yes')), option(false, 'no', t('permit.no'))),
    slot(id, 'prompt'));
}

function slot(id, kind) {
  return h('p', { class: `kz-${kind}`, id: `${id}-${kind}`, hidden: true });
}

/** Shows `message` in a field's prompt or warning slot; false when the field is not on screen. */
export function showNote(root, id, kind, message) {
  const note = root.getElementById(`${id}-${kind}`);
  if (!note || note.parentElement.closest('[hidden]')) return false;
  note.textContent = message;
  note.hidden = false;
  return true;
}

export function clearNotes(container) {
  for (const note of container.querySelectorAll('.kz-prompt, .kz-warning')) {
    note.hidden = true;
    note.textContent = '';
  }
}
