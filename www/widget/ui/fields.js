// Form fields with a visible label, an optional hint and an error slot right after the
// input. Errors come from the engine's `code` + `field`; showing one never touches the value.
//
// An error waits until the visitor has left its field (or changed a select or box, or pressed
// a submit button): nobody is told "Enter this date" about the exit while still typing the
// entry. A field the page filled itself (saved entries, a shared link, `element.trips`) counts
// as left. While a field has focus an error already shown on it stays, but a new or changed
// one waits too (it shows as the field is left), and one the visitor fixes goes at once.

import { hasDateShape } from './dates.js';
import { h } from './dom.js';

export { dateField } from './date-field.js';

/** Ids of the fields left at least once, per shadow root (ids survive a re-render). */
const leftFields = new WeakMap();

function left(root) {
  if (!leftFields.has(root)) leftFields.set(root, new Set());
  return leftFields.get(root);
}

/** Counts fields as left, so their errors show from now on (fields the page filled in). */
export function markLeft(root, ids) {
  for (const id of ids) left(root).add(id);
}

/** Shows every waiting error in `container` and counts its fields as left: what a submit button does. */
export function revealErrors(root, container) {
  for (const slot of container.querySelectorAll('.kz-error')) {
    const id = slot.id.replace(/-error$/, '');
    left(root).add(id);
    if (slot.dataset.waiting) display(root, id, slot.dataset.waiting);
  }
}

/** The listeners of a field's wrapper: leaving its control (for its calendar button too) or changing it reveals its error. */
function leaveListeners(id) {
  const leave = (e) => {
    const root = e.currentTarget.getRootNode();
    left(root).add(id);
    const waiting = root.getElementById(`${id}-error`)?.dataset.waiting;
    if (waiting) display(root, id, waiting);
  };
  return { onfocusout: leave, onchange: leave };
}

/**
 * Wraps `input` with its label, hint and error slot; `control` (the input itself unless
 * `input` is a group) gets the id and is described by the hint, `after` and the error.
 */
export function field({ id, label, input, hint, control = input, after = null }) {
  control.id = id;
  control.setAttribute('aria-describedby', [hint && `${id}-hint`, after?.id, `${id}-error`].filter(Boolean).join(' '));
  return h('div', { class: 'kz-field', part: 'field', ...leaveListeners(id) },
    h('label', { for: id }, label),
    hint && h('p', { class: 'kz-hint', id: `${id}-hint` }, hint),
    input,
    after,
    errorSlot(id));
}

/** A checkbox with its label after it, and an error slot. */
export function checkbox({ id, label, checked, onchange }) {
  return h('div', { class: 'kz-check', ...leaveListeners(id) },
    h('input', { type: 'checkbox', id, checked, onchange, 'aria-describedby': `${id}-error` }),
    h('label', { for: id }, label),
    errorSlot(id));
}

export function errorSlot(id) {
  return h('p', { class: 'kz-error', id: `${id}-error`, hidden: true });
}

/**
 * The sentence for engine error `code` on a field the visitor filled with `value` (as typed):
 * a date left empty or not written as a date says how to write one; else the code's own.
 */
export function errorMessage(t, code, value) {
  if (code === 'INVALID_DATE' && (value ?? '') === '') return t('error.required');
  if (code === 'INVALID_DATE' && !hasDateShape(value)) return t(t.order === 'mdy' ? 'error.dateFormatMdy' : 'error.dateFormat');
  return t(`error.${code}`);
}

/** A <select> of `[value, label]` pairs. */
export function select(options, value, onchange) {
  return h('select', { onchange }, options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
}

/**
 * Gives field `id` the error `message`: shown at once when the visitor has left the field
 * and is not in it, else kept waiting until they leave it. Returns whether it is shown now
 * (false also when no such field is on screen: see `errorWaits`).
 */
export function showError(root, id, message) {
  const input = root.getElementById(id);
  const slot = root.getElementById(`${id}-error`);
  if (!input || !slot || input.closest('[hidden]')) return false;
  slot.dataset.waiting = message;
  const typing = root.activeElement === input && slot.dataset.shown !== message;
  if (!left(root).has(id) || typing) return false;
  display(root, id, message);
  return true;
}

/** Whether field `id` has an error waiting for the visitor to leave it. */
export function errorWaits(root, id) {
  const slot = root.getElementById(`${id}-error`);
  return Boolean(slot?.dataset.waiting) && slot.hidden;
}

function display(root, id, message) {
  const slot = root.getElementById(`${id}-error`);
  root.getElementById(id)?.setAttribute('aria-invalid', 'true');
  slot.textContent = message;
  slot.hidden = false;
}

export function clearErrors(container) {
  for (const el of container.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const slot of container.querySelectorAll('.kz-error')) {
    slot.dataset.shown = slot.hidden ? '' : slot.textContent; // what the visitor saw: it may stay (showError)
    slot.hidden = true;
    slot.textContent = '';
    delete slot.dataset.waiting;
  }
}
