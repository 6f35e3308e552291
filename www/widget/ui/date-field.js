// A date field in the visitor's language: a text box taking the visitor's order (26.11.2026,
// 26/11/2026 in English, 11/26/2026 for an American visitor; also 26112026 and 2026-11-26),
// the date spelt out under it once understood ("26 November 2026"), and a calendar button
// opening the browser's own picker.
//
// Why not the browser's <input type=date> alone: it shows the browser's locale, not the
// widget's (mm/dd/yyyy beside Russian words), costs up to four Tab stops, and is hard to type
// into on phones. Here the text box and the button are the field's only two Tab stops; the
// native input is kept out of sight and out of the tab order, only to show its picker.

import { isIso, parseTypedDate, typedDate } from './dates.js';
import { h, s } from './dom.js';
import { field } from './fields.js';
import { MAX_DATE_TEXT } from '../keep/state.js';

const CAN_PICK = typeof HTMLInputElement !== 'undefined' && 'showPicker' in HTMLInputElement.prototype;

/**
 * A labelled date field. `value`: an ISO date, or text as the visitor typed it; `onvalue`
 * gets the ISO date once the text is a real day, else the text as typed (trimmed), so an
 * unreadable date is still passed on and the engine's error names it. `range()`: the days
 * the engine accepts (`{ from, to }`), for the browser's picker, once known.
 */
export function dateField({ id, label, hint, t, value, onvalue, range = () => null }) {
  const text = h('input', {
    type: 'text', class: 'kz-date-text', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', maxlength: MAX_DATE_TEXT,
    placeholder: t(t.order === 'mdy' ? 'date.placeholderMdy' : 'date.placeholder'),
    value: isIso(value) ? typedDate(value, t.lang, t.order) : value ?? '',
  });
  const echo = h('p', { class: 'kz-date-echo', id: `${id}-echo` });
  const spell = () => {
    const iso = parseTypedDate(text.value, t.order);
    echo.textContent = iso ? t.date(iso) : '';
    return iso;
  };
  text.addEventListener('input', () => onvalue(spell() ?? text.value.trim()));
  // Once understood, the text is rewritten in the visitor's order, which they then see.
  text.addEventListener('blur', () => {
    const iso = parseTypedDate(text.value, t.order);
    if (iso) text.value = typedDate(iso, t.lang, t.order);
  });
  spell();
  const input = h('div', { class: 'kz-date' }, text, CAN_PICK && picker(t, text, spell, onvalue, range));
  return field({ id, label, hint, control: text, after: echo, input });
}

/**
 * The calendar button, and the hidden native date input whose picker it opens. The native
 * input is made on the first press: creating one is Chromium's first use of its date
 * formatting (about 10 ms on a page that has done none), which no answer should wait for.
 */
function picker(t, text, spell, onvalue, range) {
  let native = null;
  const make = (button) => {
    const days = range();
    native = h('input', { type: 'date', class: 'kz-date-native', tabindex: '-1', 'aria-hidden': 'true', min: days?.from, max: days?.to });
    native.addEventListener('change', () => {
      if (!isIso(native.value)) return;
      text.value = typedDate(native.value, t.lang, t.order);
      spell();
      onvalue(native.value);
      // A date picked is a field completed: its error, if any, shows now.
      text.dispatchEvent(new Event('change', { bubbles: true }));
    });
    button.after(native);
  };
  const open = (event) => {
    if (!native) make(event.currentTarget);
    native.value = parseTypedDate(text.value, t.order) ?? '';
    try {
      native.showPicker();
    } catch {
      text.focus(); // no picker allowed here (e.g. inside a cross-origin frame): typing still works
    }
  };
  return h('button', { type: 'button', class: 'kz-date-pick', 'aria-label': t('date.pick'), title: t('date.pick'), onclick: open }, calendarIcon());
}

function calendarIcon() {
  return s('svg', { viewBox: '0 0 24 24', width: '22', height: '22', 'aria-hidden': 'true', focusable: 'false' },
    s('rect', { x: '3', y: '5', width: '18', height: '16', rx: '2', fill: 'none', stroke: 'currentColor', 'stroke-width': '2' }),
    s('path', { d: 'M3 10h18M8 3v4M16 3v4', fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round' }));
}
