// Opt-in "remember on this device": only with storage="local" and the visitor's tick.
// The saved record is versioned; anything unreadable (damaged, older version, wrong shape)
// is reported and left as it is (the next save replaces it), and the widget starts clean.
// Storage that throws (blocked, full, private mode) never breaks the widget: a save that
// fails says so and the previous save stays. Nothing is ever deleted silently.

import { checkState } from './state.js';

const STORAGE_VERSION = 1;

/** `{ state }` when valid saved data exists, `{ problem: true }` when it exists but is unusable, else `{}`. */
export function loadSaved(key) {
  let raw;
  try {
    raw = localStorage.getItem(key);
  } catch {
    return {};
  }
  if (raw === null) return {};
  try {
    const record = JSON.parse(raw);
    const state = record && record.v === STORAGE_VERSION ? checkState(record.state) : null;
    if (state) return { state };
  } catch {
    // not JSON: reported below like any other unusable record
  }
  return { problem: true };
}

/** Saves `state`; false when the browser refused (full, blocked): the previous save is then still there. */
export function saveState(key, state) {
  try {
    localStorage.setItem(key, JSON.stringify({ v: STORAGE_VERSION, state }));
    return true;
  } catch {
    return false;
  }
}

export function forgetSaved(key) {
  try {
    localStorage.removeItem(key);
  } catch {
    // blocked storage holds nothing to forget
  }
}
