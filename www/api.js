// The public API, `window.KzResidence` (main.js puts it there): a small, stable wrapper over
// the wasm-bindgen exports (`virtual:` modules are made by tools/bundle.mjs).

import initEngine, * as wasm from 'virtual:wasm-glue';
import wasmBytes from 'virtual:wasm-bytes';
import version from 'virtual:version';
import SHIPPED_PROFILE from '../src/rules/kz-2023.json' with { type: 'json' };

/** Today's date in the visitor's time zone, as YYYY-MM-DD. */
export function todayIso() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Deep-merges plain objects; arrays and other values in `patch` replace those in `base`. */
function merge(base, patch) {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const out = { ...base };
  for (const key of Object.keys(patch)) out[key] = merge(base[key], patch[key]);
  return out;
}

const PROFILE_KEYS = new Set(['id', 'title', 'sources', 'versions']);

/** Applies an embedder's partial profile: profile-level keys to the profile, the rest to every version. */
function applyOverride(base, override) {
  if (!isPlainObject(override)) return override;
  const top = {};
  const perVersion = {};
  for (const key of Object.keys(override)) (PROFILE_KEYS.has(key) ? top : perVersion)[key] = override[key];
  const merged = merge(base, top);
  if (Array.isArray(merged.versions)) merged.versions = merged.versions.map((v) => merge(v, perVersion));
  return merged;
}

function codedError(code, field, message) {
  const e = new Error(message || `${code} at ${field || 'request'}`);
  e.code = code;
  e.field = field;
  e.related = null;
  return e;
}

const engine = { ready: false, profile: SHIPPED_PROFILE };

/** Reads a value whose getter or proxy trap may throw; a throw becomes INVALID_INPUT at `path`. */
function readGuarded(read, path) {
  try {
    return read();
  } catch {
    throw codedError('INVALID_INPUT', path);
  }
}

/**
 * A request as JSON text. `JSON.stringify` runs every getter and proxy trap here in
 * JavaScript, never inside the wasm instance, and is far cheaper than reading objects from
 * wasm; a cycle, a BigInt or a throwing getter fails here and becomes INVALID_INPUT.
 */
function requestJson(request) {
  const text = JSON.stringify(request);
  if (typeof text !== 'string') throw codedError('INVALID_INPUT', '');
  return text;
}

/**
 * Calls a wasm export with the argument `makeArgument` builds; any non-coded failure
 * becomes INVALID_INPUT, so callers always get a code.
 */
function callEngine(fn, makeArgument) {
  if (!engine.ready) throw codedError('NOT_READY', '', 'KzResidence is not ready yet: await KzResidence.ready');
  try {
    return fn(makeArgument());
  } catch (e) {
    if (e && typeof e.code === 'string') throw e;
    throw codedError('INVALID_INPUT', '', `INVALID_INPUT: ${e && e.message ? e.message : String(e)}`);
  }
}

function withToday(request, key) {
  if (isPlainObject(request) && request[key] === undefined) return { ...request, [key]: todayIso() };
  return request;
}

// The engine starts compiling here, while the script runs and before any element connects:
// WebAssembly.compile begins at once (off the main thread), whereas the glue, handed the
// bytes, would begin only after its first `await`, once the whole script had run.
const ready = initEngine({ module_or_path: WebAssembly.compile(wasmBytes()) }).then(() => {
  wasm.setProfile(JSON.stringify(engine.profile));
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
    return JSON.parse(callEngine(wasm.stay, () => requestJson(withToday(request, 'on'))));
  },
  /**
   * Whether and how a residence permit can be had: blockers, risks, applyBy, validUntil,
   * citizenshipFrom, the documents and the steps. `applicationDate` defaults to today and
   * `stay.on` to the application date. Throws an Error with `code` and `field` on bad input.
   */
  permit(request) {
    return JSON.parse(callEngine(wasm.permit, () => {
      const withDate = withToday(request, 'applicationDate');
      // The stay history is judged on the application date unless the caller says otherwise.
      const stay = isPlainObject(withDate) ? withDate.stay : undefined;
      const full = isPlainObject(stay) && stay.on === undefined ? { ...withDate, stay: { ...stay, on: withDate.applicationDate } } : withDate;
      return requestJson(full);
    }));
  },
  /**
   * The rules profile version in force on `on` (default today), with every source.
   * Returns `{ id, title, sources, version, notices }`.
   */
  rules(options) {
    const on = String(readGuarded(() => options && options.on, 'on') || todayIso());
    const index = callEngine(wasm.versionIndex, () => String(on));
    const profile = engine.profile;
    const first = profile.versions[0].start;
    return {
      id: profile.id,
      title: profile.title,
      sources: profile.sources,
      version: profile.versions[index],
      notices: on < first ? [{ code: 'BEFORE_FIRST_VERSION', date: first }] : [],
    };
  },
  /**
   * Overrides part of the rules profile (e.g. `{ solvency: { amount: 12000 } }`), checked
   * first: a bad override throws INVALID_PROFILE naming the field and changes nothing.
   * `null` restores the shipped profile.
   */
  setProfile(override) {
    let merged = SHIPPED_PROFILE;
    callEngine(wasm.setProfile, () => requestJson((merged = override == null ? SHIPPED_PROFILE : applyOverride(SHIPPED_PROFILE, override))));
    engine.profile = merged;
  },
});

