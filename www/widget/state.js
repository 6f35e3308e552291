// The visitor's state: what they typed in both tools, as strings exactly as typed (so an
// error never loses input). Saved data and shared links are checked against this shape
// before use, never trusted: an unknown key, a wrong type or a bad date rejects the whole.

const KZ_MAX_TRIPS = 500;

function kzDefaultState() {
  return {
    tool: 'stay',
    stay: { trips: [kzEmptyTrip()], on: null, regime: '', planEntry: '', planDays: '' },
    permit: kzDefaultPermitState(),
    checked: [],
  };
}

function kzEmptyTrip() {
  return { entry: '', exit: '', open: false };
}

// Field checks: each returns whether a value is acceptable.
const kzIsDateOrEmpty = (v) => v === '' || kzIsIso(v);
const kzIsBool = (v) => typeof v === 'boolean';
const kzMatches = (re) => (v) => typeof v === 'string' && re.test(v);
const kzOneOf = (...values) => (v) => values.includes(v);

/** Whether `value` is a plain object with exactly the keys of `shape`, each passing its check. */
function kzHasShape(value, shape) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(shape);
  if (Object.keys(value).length !== keys.length) return false;
  return keys.every((k) => Object.hasOwn(value, k) && shape[k](value[k]));
}

function kzStateShape() {
  const trip = (v) => kzHasShape(v, { entry: kzIsDateOrEmpty, exit: kzIsDateOrEmpty, open: kzIsBool });
  return {
    tool: kzOneOf('stay', 'permit'),
    stay: (v) => kzHasShape(v, {
      trips: (list) => Array.isArray(list) && list.length >= 1 && list.length <= KZ_MAX_TRIPS && list.every(trip),
      on: (d) => d === null || kzIsDateOrEmpty(d),
      regime: kzMatches(/^[a-z0-9-]{0,40}$/),
      planEntry: kzIsDateOrEmpty,
      planDays: kzMatches(/^\d{0,5}$/),
    }),
    permit: (v) => kzHasShape(v, kzPermitShape()),
    checked: (list) => Array.isArray(list) && list.length <= 100 && list.every(kzMatches(/^[a-z0-9-]{1,60}$/)),
  };
}

/** The state if `value` has exactly the right shape, else null. */
function kzCheckState(value) {
  return kzHasShape(value, kzStateShape()) ? structuredClone(value) : null;
}
