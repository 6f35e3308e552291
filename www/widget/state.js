// The visitor's state: what they typed in both tools, as strings exactly as typed (so an
// error never loses input). Saved data and shared links are checked against this shape
// before use, never trusted: an unknown key, a wrong type or a bad date rejects the whole.

import { isIso } from './dates.js';
import { defaultPermitState, permitShape, upgradePermit } from './permit-state.js';

const MAX_TRIPS = 500;

export function defaultState() {
  return {
    tool: 'stay',
    stay: { trips: [emptyTrip()], on: null, regime: '', planEntry: '', planDays: '' },
    permit: defaultPermitState(),
    checked: [],
  };
}

export function emptyTrip() {
  return { entry: '', exit: '', open: false };
}

// Field checks: each returns whether a value is acceptable.
const isDateOrEmpty = (v) => v === '' || isIso(v);
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
  const trip = (v) => hasShape(v, { entry: isDateOrEmpty, exit: isDateOrEmpty, open: isBool });
  return {
    tool: oneOf('stay', 'permit'),
    stay: (v) => hasShape(v, {
      trips: (list) => Array.isArray(list) && list.length >= 1 && list.length <= MAX_TRIPS && list.every(trip),
      on: (d) => d === null || isDateOrEmpty(d),
      regime: matches(/^[a-z0-9-]{0,40}$/),
      planEntry: isDateOrEmpty,
      planDays: matches(/^\d{0,5}$/),
    }),
    permit: (v) => hasShape(v, permitShape({ isDateOrEmpty, isBool, matches, oneOf, hasShape })),
    checked: (list) => Array.isArray(list) && list.length <= 100 && list.every(matches(/^[a-z0-9-]{1,60}$/)),
  };
}

/** The state if `value` has exactly the right shape, else null. */
export function checkState(value) {
  const upgraded = value && typeof value === 'object' && value.permit ? { ...value, permit: upgradePermit(value.permit) } : value;
  return hasShape(upgraded, stateShape()) ? structuredClone(upgraded) : null;
}
