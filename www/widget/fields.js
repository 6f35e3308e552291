// Form fields with a visible label, an optional hint and an error slot right after the
// input. Errors come from the engine's `code` + `field`; showing one never touches the value.

import { h } from './dom.js';

/** Wraps `input` with its label, hint and error slot; the input is described by both. */
export function field({ id, label, input, hint }) {
  input.id = id;
  input.setAttribute('aria-describedby', [hint && `${id}-hint`, `${id}-error`].filter(Boolean).join(' '));
  return h('div', { class: 'kz-field', part: 'field' },
    h('label', { for: id }, label),
    hint && h('p', { class: 'kz-hint', id: `${id}-hint` }, hint),
    input,
    errorSlot(id));
}

/** A checkbox with its label after it, and an error slot. */
export function checkbox({ id, label, checked, onchange }) {
  return h('div', { class: 'kz-check' },
    h('input', { type: 'checkbox', id, checked, onchange, 'aria-describedby': `${id}-error` }),
    h('label', { for: id }, label),
    errorSlot(id));
}

function errorSlot(id) {
  return h('p', { class: 'kz-error', id: `${id}-error`, hidden: true });
}

export function dateInput(value, oninput) {
  return h('input', { type: 'date', min: '1900-01-01', max: '2200-12-31', value, oninput });
}

/** A <select> of `[value, label]` pairs. */
export function select(options, value, onchange) {
  return h('select', { onchange }, options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
}

/** Marks a field invalid and shows `message` next to it; returns false when no such field is on screen. */
export function showError(root, id, message) {
  const input = root.getElementById(id);
  const slot = root.getElementById(`${id}-error`);
  if (!input || !slot || input.closest('[hidden]')) return false;
  input.setAttribute('aria-invalid', 'true');
  slot.textContent = message;
  slot.hidden = false;
  return true;
}

export function clearErrors(container) {
  for (const el of container.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const slot of container.querySelectorAll('.kz-error')) {
    slot.hidden = true;
    slot.textContent = '';
  }
}
