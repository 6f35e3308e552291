// Opt-in "remember on this device": only with storage="local" and the visitor's tick.
// The saved record is versioned; anything unreadable (damaged, older version, wrong shape)
// is removed and reported, and the widget starts clean. Storage that throws (blocked,
// full, private mode) never breaks the widget.

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
  forgetSaved(key);
  return { problem: true };
}

export function saveState(key, state) {
  try {
    localStorage.setItem(key, JSON.stringify({ v: STORAGE_VERSION, state }));
  } catch {
    // full or blocked: the visitor keeps working, only the copy on the device is missing
  }
}

export function forgetSaved(key) {
  try {
    localStorage.removeItem(key);
  } catch {
    // blocked storage holds nothing to forget
  }
}
