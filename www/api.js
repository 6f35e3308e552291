// The public API, `window.KzResidence`: a small, stable wrapper over the wasm exports.
// Runs inside the bundle's function scope, after the wasm-bindgen glue (`wasm_bindgen`).

/** Today's date in the visitor's time zone, as YYYY-MM-DD. */
function kzToday() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The wasm bytes from the bundle's one-character-per-byte text (see tools/bundle.mjs). */
function kzWasmBytes(text) {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = (text.charCodeAt(i) - KZ_WASM_SHIFT) & 255;
  return bytes;
}

function kzIsPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Deep-merges plain objects; arrays and other values in `patch` replace those in `base`. */
function kzMerge(base, patch) {
  if (!kzIsPlainObject(base) || !kzIsPlainObject(patch)) return patch;
  const out = { ...base };
  for (const key of Object.keys(patch)) out[key] = kzMerge(base[key], patch[key]);
  return out;
}

const KZ_PROFILE_KEYS = new Set(['id', 'title', 'sources', 'versions']);

/** Applies an embedder's partial profile: profile-level keys to the profile, the rest to every version. */
function kzApplyOverride(base, override) {
  if (!kzIsPlainObject(override)) return override;
  const top = {};
  const perVersion = {};
  for (const key of Object.keys(override)) (KZ_PROFILE_KEYS.has(key) ? top : perVersion)[key] = override[key];
  const merged = kzMerge(base, top);
  if (Array.isArray(merged.versions)) merged.versions = merged.versions.map((v) => kzMerge(v, perVersion));
  return merged;
}

function kzError(code, field, message) {
  const e = new Error(message || `${code} at ${field || 'request'}`);
  e.code = code;
  e.field = field;
  e.related = null;
  return e;
}

const kzState = { ready: false, profile: KZ_PROFILE };

/** Reads a value whose getter or proxy trap may throw; a throw becomes INVALID_INPUT at `path`. */
function kzRead(read, path) {
  try {
    return read();
  } catch {
    throw kzError('INVALID_INPUT', path);
  }
}

/**
 * A request as JSON text. `JSON.stringify` runs every getter and proxy trap here in
 * JavaScript, never inside the wasm instance, and is far cheaper than reading objects from
 * wasm; a cycle, a BigInt or a throwing getter fails here and becomes INVALID_INPUT.
 */
function kzJson(request) {
  const text = JSON.stringify(request);
  if (typeof text !== 'string') throw kzError('INVALID_INPUT', '');
  return text;
}

/**
 * Calls a wasm export with the argument `makeArgument` builds; any non-coded failure
 * becomes INVALID_INPUT, so callers always get a code.
 */
function kzCall(fn, makeArgument) {
  if (!kzState.ready) throw kzError('NOT_READY', '', 'KzResidence is not ready yet: await KzResidence.ready');
  try {
    return fn(makeArgument());
  } catch (e) {
    if (e && typeof e.code === 'string') throw e;
    throw kzError('INVALID_INPUT', '', `INVALID_INPUT: ${e && e.message ? e.message : String(e)}`);
  }
}

function kzWithToday(request, key) {
  if (kzIsPlainObject(request) && request[key] === undefined) return { ...request, [key]: kzToday() };
  return request;
}

const KzResidence = Object.freeze({
  /** The crate version of this bundle. */
  version: KZ_VERSION,
  /** Resolves once the engine is ready; every other call is synchronous after it. */
  ready: wasm_bindgen({ module_or_path: kzWasmBytes(KZ_WASM_TEXT) }).then(() => {
    wasm_bindgen.setProfile(JSON.stringify(kzState.profile));
    kzState.ready = true;
    return KzResidence;
  }),
  /**
   * Days used and left in the window, the latest exit, violations and a planned stay.
   * `on` defaults to today. Throws an Error with `code` and `field` on bad input.
   */
  stay(request) {
    return JSON.parse(kzCall(wasm_bindgen.stay, () => kzJson(kzWithToday(request, 'on'))));
  },
  /**
   * Whether and how a residence permit can be had: blockers, risks, applyBy, validUntil,
   * citizenshipFrom, the documents and the steps. `applicationDate` defaults to today and
   * `stay.on` to the application date. Throws an Error with `code` and `field` on bad input.
   */
  permit(request) {
    return JSON.parse(kzCall(wasm_bindgen.permit, () => {
      const withDate = kzWithToday(request, 'applicationDate');
      // The stay history is judged on the application date unless the caller says otherwise.
      const stay = kzIsPlainObject(withDate) ? withDate.stay : undefined;
      const full = kzIsPlainObject(stay) && stay.on === undefined ? { ...withDate, stay: { ...stay, on: withDate.applicationDate } } : withDate;
      return kzJson(full);
    }));
  },
  /**
   * The rules profile version in force on `on` (default today), with every source.
   * Returns `{ id, title, sources, version, notices }`.
   */
  rules(options) {
    const on = String(kzRead(() => options && options.on, 'on') || kzToday());
    const index = kzCall(wasm_bindgen.versionIndex, () => String(on));
    const profile = kzState.profile;
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
    let merged = KZ_PROFILE;
    kzCall(wasm_bindgen.setProfile, () => kzJson((merged = override == null ? KZ_PROFILE : kzApplyOverride(KZ_PROFILE, override))));
    kzState.profile = merged;
  },
});

Object.defineProperty(window, 'KzResidence', { value: KzResidence, enumerable: true });
