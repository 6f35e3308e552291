// The visitor's state: what they typed in both tools, as strings exactly as typed (so an
// error never loses input). Saved data and shared links are checked against this shape
// before use, never trusted: an unknown key or a wrong type rejects the whole. A stay date
// is an ISO date once understood, else the text as typed (at most 40 characters), which the
// engine then names as an error; it is only ever set as a field's value, never as markup.
// The permit tool's dates are kept the same way.

import { defaultPermitState, permitShape, upgradePermit } from '../permit/state.js';

/** Far more trips than a traveller records in a lifetime; the editor renders only the open years. */
export const MAX_TRIPS = 5000;
export const MAX_DATE_TEXT = 40;
/** The stay tool's situations besides a citizenship code: not listed, and not counted (a visa or residence permit). */
export const NOT_LISTED = 'other';
export const EXEMPT = 'exempt';
/** The documents whose holders the rule does not count (`holds` of the stay request). */
export const HOLDERS = ['visa', 'temporary-residence-permit', 'permanent-residence-permit'];

export function defaultState() {
  return {
    tool: 'stay',
    stay: { trips: [emptyTrip()], on: null, citizenship: '', regime: '', holds: '', planEntry: '', planDays: '' },
    permit: defaultPermitState(),
    checked: [],
  };
}

export function emptyTrip() {
  return { entry: '', exit: '', open: false };
}

/** Whether a trip row is untouched: no date, not "still there" (it is left out of the answer, not an error). */
export function isBlankTrip(trip) {
  return !trip.entry && !trip.exit && !trip.open;
}

/** Trips as the element's `trips` property gives them: `{ entry, exit }`, `{ entry }` while still there; blank rows left out. */
export function tripsForApi(trips) {
  return trips.filter((trip) => !isBlankTrip(trip))
    .map((trip) => (trip.open ? { entry: trip.entry } : { entry: trip.entry, exit: trip.exit }));
}

/**
 * The state's trips for `element.trips = list`: a date is kept as given (a string, or a
 * number written out), so a bad one is shown and named as an error, never dropped; an item
 * that is not an object becomes a trip with no dates, which asks for them.
 */
export function tripsFromApi(list) {
  if (!Array.isArray(list)) throw new TypeError('trips must be an array of { entry, exit? }');
  if (list.length > MAX_TRIPS) throw new RangeError(`at most ${MAX_TRIPS} trips`);
  const text = (v) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim().slice(0, MAX_DATE_TEXT) : '');
  return list.map((item) => {
    if (!item || typeof item !== 'object') return { ...emptyTrip(), open: true };
    const open = item.exit === undefined || item.exit === null;
    return { entry: text(item.entry), exit: open ? '' : text(item.exit), open };
  });
}

// Field checks: each returns whether a value is acceptable.
const isDateText = (v) => typeof v === 'string' && v.length <= MAX_DATE_TEXT;
const isBool = (v) => typeof v === 'boolean';
const matches = (re) => (v) => typeof v === 'string' && re.test(v);
const oneOf = (...values) => (v) => values.includes(v);

/** Whether `value` is a plain object with exactly the keys of `shape`, each passing its check. */
function hasShape(value, shape) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(shape);
  if (Object.keys(value).length !== keys.length) return false;
  return keys.every((k) => Object.hasOwn(value, k) && shape[k](value[k]));
}

function stateShape() {
  const trip = (v) => hasShape(v, { entry: isDateText, exit: isDateText, open: isBool });
  return {
    tool: oneOf('stay', 'permit'),
    stay: (v) => hasShape(v, {
      trips: (list) => Array.isArray(list) && list.length >= 1 && list.length <= MAX_TRIPS && list.every(trip),
      on: (d) => d === null || isDateText(d),
      citizenship: matches(/^([A-Z]{2}|other|exempt|)$/),
      regime: matches(/^[a-z0-9-]{0,40}$/),
      holds: oneOf('', ...HOLDERS),
      planEntry: isDateText,
      planDays: matches(/^\d{0,5}$/),
    }),
    permit: (v) => hasShape(v, permitShape({ isDateText, isBool, matches, oneOf, hasShape })),
    checked: (list) => Array.isArray(list) && list.length <= 100 && list.every(matches(/^[a-z0-9-]{1,60}$/)),
  };
}

/** The state if `value` has exactly the right shape (after `upgrade`), else null. */
export function checkState(value) {
  const state = upgrade(value);
  return hasShape(state, stateShape()) ? state : null;
}

/**
 * A copy of saved data or a link from before the stay tool asked for citizenship: it had no
 * `citizenship`, and `regime` held the visitor's choice, `exempt` included. A regime chosen
 * then is kept as the choice of someone whose country is not listed. Data from before the
 * document a visitor holds was asked gets none (the tool asks). The permit part is upgraded
 * by permit/state.js.
 */
function upgrade(value) {
  const state = structuredClone(value);
  const stay = state?.stay;
  if (stay && typeof stay === 'object' && !Object.hasOwn(stay, 'citizenship') && typeof stay.regime === 'string') {
    stay.citizenship = stay.regime === EXEMPT ? EXEMPT : stay.regime ? NOT_LISTED : '';
    if (stay.regime === EXEMPT) stay.regime = '';
  }
  if (stay && typeof stay === 'object' && !Object.hasOwn(stay, 'holds')) stay.holds = '';
  if (state && typeof state === 'object' && state.permit) state.permit = upgradePermit(state.permit);
  return state;
}
