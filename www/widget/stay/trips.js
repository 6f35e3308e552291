// The trip list of the stay tool: one line per trip (entry and exit date, a remove button),
// "still in Kazakhstan" on the latest trip. With many trips the older years are folded, each
// under its year and count, and their rows are built only when opened: a traveller with a
// thousand trips edits this year's without the page holding a thousand rows. Rows are
// rebuilt only when trips are added, removed or replaced, so typing never recreates the
// field under the cursor.

import { checkbox, dateField } from '../ui/fields.js';
import { h, replaceContent } from '../ui/dom.js';

/** From this many trips on, the years before the last two are folded. */
const FOLD_FROM = 12;

/** The ids of a trip row's fields, for errors and for counting them as filled in. */
export function tripFieldIds(i) {
  return [`trip-${i}-entry`, `trip-${i}-exit`, `trip-${i}-open`];
}

/** The year of a trip's entry, when it is a date (a trip still being typed has none). */
function yearOf(trip) {
  return /^\d{4}-\d{2}-\d{2}$/.test(trip.entry) ? Number(trip.entry.slice(0, 4)) : null;
}

/**
 * Consecutive rows of one entry year (a row without a date joins the group before it), each
 * `{ year, first, last }`, folded when there are many trips and the year is an old one.
 */
function groups(trips) {
  const out = [];
  trips.forEach((trip, i) => {
    const year = yearOf(trip);
    const current = out.at(-1);
    if (current && (year === null || year === current.year)) current.last = i;
    else out.push({ year, first: i, last: i });
  });
  const newest = Math.max(...trips.map(yearOf).filter((y) => y !== null));
  for (const g of out) g.folded = trips.length >= FOLD_FROM && g.year !== null && g.year < newest - 1;
  return out;
}

/** The trip list; `render()` rebuilds it, `reveal(i)` opens the year holding row `i`. */
export function tripList(tool) {
  const list = h('ol', { class: 'kz-trips', 'aria-label': tool.host.t('stay.tripsHeading') });
  const folds = new Map();

  function render() {
    folds.clear();
    const trips = tool.s.trips;
    replaceContent(list, groups(trips).flatMap((g) => {
      if (!g.folded) return rows(tool, g.first, g.last);
      const inner = h('ol', { class: 'kz-trips', start: String(g.first + 1) });
      const fold = h('details', { class: 'kz-year', part: 'year', ontoggle: () => fold.open && inner.childElementCount === 0 && inner.append(...rows(tool, g.first, g.last)) },
        h('summary', {}, tool.host.t('trip.year', { year: String(g.year), n: g.last - g.first + 1 })), inner);
      for (let i = g.first; i <= g.last; i++) folds.set(i, fold);
      return [h('li', { class: 'kz-year-row' }, fold)];
    }));
  }

  /** Makes row `i` present on screen: opens its folded year (its rows are built then). */
  function reveal(i) {
    const fold = folds.get(i);
    if (fold && !fold.open) {
      fold.open = true;
      fold.dispatchEvent(new Event('toggle'));
    }
  }

  return { element: list, render, reveal };
}

/** The rows `first..=last`. */
function rows(tool, first, last) {
  const out = [];
  for (let i = first; i <= last; i++) out.push(row(tool, i));
  return out;
}

function row(tool, i) {
  const t = tool.host.t;
  const trips = tool.s.trips;
  const trip = trips[i];
  const n = i + 1;
  const label = (key) => [t(key), h('span', { class: 'kz-sr' }, ` ${t('trip.ofTrip', { n })}`)];
  const date = (key) => dateField({
    id: `trip-${i}-${key}`, label: label(key === 'entry' ? 'trip.entry' : 'trip.exit'), t, value: trip[key],
    onvalue: (v) => tool.editTrip(i, key, v), range: () => tool.host.range,
  });
  const exit = date('exit');
  exit.hidden = trip.open;
  const onOpen = (e) => {
    exit.hidden = e.target.checked;
    tool.editTrip(i, 'open', e.target.checked);
  };
  // Only the latest trip may still be going on; an earlier one keeps its box so the error shows there.
  const open = (i === trips.length - 1 || trip.open) && checkbox({ id: `trip-${i}-open`, label: t('trip.open'), checked: trip.open, onchange: onOpen });
  return h('li', { class: 'kz-trip', part: 'trip', 'data-row': String(i) },
    h('span', { class: 'kz-trip-n', 'aria-hidden': 'true' }, String(n)),
    h('div', { class: 'kz-trip-dates' }, date('entry'), exit, open),
    h('button', {
      type: 'button', class: 'kz-button kz-quiet kz-trip-remove', id: `trip-${i}-remove`,
      'aria-label': t('trip.removeLabel', { n }), title: t('trip.removeLabel', { n }), onclick: () => tool.removeTrip(i),
    }, '×'));
}
