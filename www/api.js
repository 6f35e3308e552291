// The public API, `window.KzResidence` (main.js puts it there): a small, stable wrapper over
// the wasm-bindgen exports (`virtual:` modules are made by tools/bundle.mjs).

import initEngine, * as wasm from 'virtual:wasm-glue';
import wasmModule from 'virtual:wasm-module';
import version from 'virtual:version';

/** Today's date in the visitor's time zone, as YYYY-MM-DD. */
export function todayIso() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function codedError(code, field, message) {
  const e = new Error(message || `${code} at ${field || 'request'}`);
  e.code = code;
  e.field = field;
  e.related = null;
  return e;
}

const engine = { ready: false };

// The rules in force on a day, by day, as the engine gave them: they never change (the
// profile is compiled in), and every widget on the page asks for them at each render (two
// widgets, a language switch), each answer a few hundred objects to build.
const rulesByDay = new Map();

/**
 * Calls a wasm export with the caller's own values (never copied: the engine reads only
 * the fields its request types declare, own data properties only, and refuses a getter
 * or a throwing proxy trap as INVALID_INPUT at that field). The engine answers with JSON
 * text, parsed here into fresh plain objects. Any failure without a code becomes
 * INVALID_INPUT, so callers always get one.
 */
function callEngine(fn, ...args) {
  if (!engine.ready) throw codedError('NOT_READY', '', 'KzResidence is not ready yet: await KzResidence.ready');
  let text;
  try {
    text = fn(...args);
  } catch (e) {
    if (e && typeof e.code === 'string') throw e;
    throw codedError('INVALID_INPUT', '', `INVALID_INPUT: ${e && e.message ? e.message : String(e)}`);
  }
  return JSON.parse(text);
}

/**
 * `options.on` as plain data: an own data property of an object (a getter is refused
 * without being run, as the engine refuses one); anything else, or nothing, is undefined.
 */
function dayOption(options) {
  if (options === null || typeof options !== 'object') return undefined;
  let d;
  try {
    d = Object.getOwnPropertyDescriptor(options, 'on');
  } catch {
    throw codedError('INVALID_INPUT', 'on');
  }
  if (d !== undefined && !('value' in d)) throw codedError('INVALID_INPUT', 'on');
  return d?.value;
}

// The engine starts compiling here, while the script runs and before any element connects:
// its bytes are inflated and compiled as they stream (off the main thread), whereas the glue,
// handed the bytes, would begin only after its first `await`, once the whole script had run.
const ready = initEngine({ module_or_path: wasmModule() }).then(() => {
  engine.ready = true;
  return KzResidence;
});

export const KzResidence = Object.freeze({
  /** The crate version of this bundle. */
  version,
  /** Resolves once the engine is ready; every other call is synchronous after it. */
  ready,
  /**
   * Days used and left in the window, the latest exit, violations and a planned stay.
   * `on` defaults to today. Throws an Error with `code` and `field` on bad input.
   */
  stay(request) {
    return callEngine(wasm.stay, request, todayIso());
  },
  /**
   * Whether and how a residence permit can be had: the verdict, blockers, what is missing,
   * risks, caveats, the money compared in tenge, applyBy, validUntil, citizenshipFrom, the
   * documents and the steps. `applicationDate` defaults to today (and the stay history is
   * judged on it). Throws an Error with `code` and `field` on bad input.
   */
  permit(request) {
    return callEngine(wasm.permit, request, todayIso());
  },
  /**
   * The rules in force on `on` (default today), each with its source and dates, and the
   * sources they cite: `{ id, reviewed, on, regimes, citizenship, notCounted, registration, sources }`.
   * The same (frozen) object for the same day: read it, don't change it.
   */
  rules(options) {
    const on = dayOption(options) ?? todayIso();
    let answer = rulesByDay.get(on);
    if (!answer) {
      answer = Object.freeze(callEngine(wasm.rules, on)); // only a real day gets here: any other `on` throws
      rulesByDay.set(on, answer);
    }
    return answer;
  },
});
