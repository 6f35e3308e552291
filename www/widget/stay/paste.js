// "Paste many trips": one trip per line from a spreadsheet or notes. The visitor sees what
// was understood (and which lines were not) before anything replaces or joins the list.

import { parsePastedTrips } from '../ui/dates.js';
import { h, replaceContent } from '../ui/dom.js';
import { field, select } from '../ui/fields.js';

export function pasteBox(tool) {
  const t = tool.host.t;
  let parsed = { trips: [], rejected: [] };
  const text = h('textarea', { rows: '5', class: 'kz-paste-text', placeholder: '01.02.2024 – 20.02.2024', oninput: () => preview() });
  const order = select([['dmy', t('paste.dmy')], ['mdy', t('paste.mdy')]], 'dmy', () => preview());
  const result = h('div', { class: 'kz-preview', id: 'paste-preview' });
  const replace = h('button', { type: 'button', class: 'kz-button', id: 'paste-replace', disabled: true, onclick: () => apply(true) }, t('paste.replace'));
  const add = h('button', { type: 'button', class: 'kz-button', id: 'paste-add', disabled: true, onclick: () => apply(false) }, t('paste.add'));
  const box = h('div', { class: 'kz-paste', id: 'paste-box', hidden: true },
    field({ id: 'paste-text', label: t('paste.label'), hint: t('paste.hint'), input: text }),
    field({ id: 'paste-order', label: t('paste.order'), input: order }),
    result,
    h('div', { class: 'kz-row' }, replace, add,
      h('button', { type: 'button', class: 'kz-button kz-quiet', id: 'paste-cancel', onclick: () => close() }, t('paste.cancel'))));
  const toggle = h('button', {
    type: 'button', class: 'kz-button kz-quiet kz-link', id: 'paste-toggle', 'aria-expanded': 'false', 'aria-controls': 'paste-box',
    onclick: () => (box.hidden ? open() : close()),
  }, t('paste.open'));

  function open() {
    box.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    text.focus();
  }

  function close() {
    box.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.focus();
  }

  function preview() {
    parsed = parsePastedTrips(text.value, order.value);
    replace.disabled = add.disabled = parsed.trips.length === 0;
    const lines = parsed.trips.map((trip) => h('li', {}, trip.open
      ? t('paste.openTrip', { from: t.date(trip.entry) })
      : t('paste.trip', { from: t.date(trip.entry), to: t.date(trip.exit) })));
    replaceContent(result,
      text.value.trim() && h('p', {}, t('paste.understood', { n: parsed.trips.length })),
      lines.length > 0 && h('ol', {}, lines),
      parsed.rejected.length > 0 && h('p', { class: 'kz-warn' }, t('paste.rejected', { lines: parsed.rejected.join(', ') })));
  }

  function apply(replaceAll) {
    if (!tool.addTrips(parsed.trips, replaceAll)) return; // too many: the paste stays to be trimmed
    text.value = '';
    preview();
    box.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
  }

  return { toggle, box };
}
