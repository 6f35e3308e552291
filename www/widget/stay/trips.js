// The trip list of the stay tool: one fieldset per trip with entry and exit dates, "still in
// Kazakhstan" on the latest trip, and a remove button. Rows are rebuilt only when trips are
// added or removed, so typing never recreates the input under the cursor.

import { h } from '../ui/dom.js';
import { checkbox, dateField } from '../ui/fields.js';

const LABELS = { entry: 'trip.entry', exit: 'trip.exit' };

/** The ids of a trip row's fields, for errors and for counting them as filled in. */
export function tripFieldIds(i) {
  return [`trip-${i}-entry`, `trip-${i}-exit`, `trip-${i}-open`];
}

export function tripRows(tool) {
  const t = tool.host.t;
  const trips = tool.host.state.stay.trips;
  return trips.map((trip, i) => {
    const date = (key) => dateField({ id: `trip-${i}-${key}`, label: t(LABELS[key]), t, value: trip[key], onvalue: (v) => tool.editTrip(i, key, v) });
    const exit = date('exit');
    exit.hidden = trip.open;
    const onOpen = (e) => {
      exit.hidden = e.target.checked;
      tool.editTrip(i, 'open', e.target.checked);
    };
    // Only the latest trip may still be going on; an earlier one keeps its box so the error shows there.
    const open = (i === trips.length - 1 || trip.open) && checkbox({ id: `trip-${i}-open`, label: t('trip.open'), checked: trip.open, onchange: onOpen });
    return h('fieldset', { class: 'kz-trip', part: 'trip' },
      h('legend', {}, t('trip.legend', { n: i + 1 })),
      h('div', { class: 'kz-trip-dates' }, date('entry'), exit),
      h('div', { class: 'kz-trip-foot' },
        open,
        h('button', {
          type: 'button', class: 'kz-button kz-quiet', id: `trip-${i}-remove`,
          'aria-label': t('trip.removeLabel', { n: i + 1 }), onclick: () => tool.removeTrip(i),
        }, t('trip.remove'))));
  });
}
