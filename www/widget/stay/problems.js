// What the stay tool says when the engine refuses a request: the error next to its field
// (once the visitor has left it: fields.js), and a headline that says what to do. A visa or
// an unknown citizenship is not a mistake: the headline explains, the regime picker appears.

import { errorMessage, errorWaits, showError } from '../ui/fields.js';
import { plainHeadline } from './card.js';

/** Shows engine error `e` where it belongs; returns the headline (see card.js) to show. */
export function showStayError(tool, e, rows, request) {
  const t = tool.host.t;
  if (e.code === 'VISA_REQUIRED') return plainHeadline(t('stay.visaHeadline'));
  if (e.code === 'UNKNOWN_CITIZENSHIP') return plainHeadline(t('stay.chooseRegime'));
  const root = tool.host.shadowRoot;
  const s = tool.s;
  const { id, value, row } = stayField(e.field, rows, request, s);
  if (row !== null) tool.revealRow(row); // a row in a folded year is built now, to carry its error
  const message = stayErrorMessage(t, e, value, () => stayField(e.related, rows, request, s).row);
  if (id !== null && showError(root, id, message)) {
    return plainHeadline(row === null ? t('stay.fixFirst', { message }) : t('stay.fixTrip', { n: row + 1, message }), 'danger');
  }
  if (id !== null && errorWaits(root, id)) {
    tool.waiting = true;
    return plainHeadline(row === null ? t('stay.waiting') : t('stay.waitingTrip', { n: row + 1 }));
  }
  return plainHeadline(message, 'danger');
}

/** The sentence for an engine error, as the visitor typed the value. */
function stayErrorMessage(t, e, value, relatedRow) {
  if (e.code === 'INVALID_INPUT' && /days$/.test(e.field)) return t('error.wholeDays');
  if (e.code === 'OVERLAPPING_TRIPS') return t('error.overlapsTrip', { n: (relatedRow() ?? 0) + 1 });
  return errorMessage(t, e.code, value);
}

/** The on-screen field of an engine error path (`trips[2].exit`, `plan.days`), with its value and trip row. */
function stayField(path, rows, request, s) {
  const trip = /^trips\[(\d+)\](?:\.(entry|exit))?$/.exec(path || '');
  if (trip) {
    const row = rows[Number(trip[1])];
    const key = trip[2] || 'entry';
    // An open trip has no exit field on screen: its error belongs to the "still there" box.
    const id = key === 'exit' && s.trips[row].open ? `trip-${row}-open` : `trip-${row}-${key}`;
    return { id, value: s.trips[row][key], row };
  }
  const fields = {
    on: ['stay-on', request.on], regime: ['stay-regime', request.regime], rules: ['stay-regime', null],
    'plan.entry': ['plan-entry', s.planEntry], 'plan.days': ['plan-days', s.planDays],
  };
  const [id, value] = fields[path] || [null, null];
  return { id, value, row: null };
}
