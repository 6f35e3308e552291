// What one element keeps on the device, and the notes it owes the visitor about it: the
// saved state (only with storage="local" and the visitor's tick), the share link's key, and
// the one-off notes (damaged saved data, a changed link, a save the browser refused).

import { forgetSaved, loadSaved, saveState } from './storage.js';

export class Keeper {
  /** Keys of the one-off notes shown. */
  notes = [];
  /** Whether the visitor ticked "remember on this device". */
  remember = false;
  #el;
  #notesChanged;

  /** `el`: the element (its `storage` attribute and id); `notesChanged()`: redraws the notes. */
  constructor(el, notesChanged) {
    this.#el = el;
    this.#notesChanged = notesChanged;
  }

  get allowed() {
    return this.#el.getAttribute('storage') === 'local';
  }

  get #key() {
    return `kz-residence:${this.#el.id || 'default'}`;
  }

  /** The share link's parameter: one per element id, so two widgets on a page keep theirs apart. */
  get shareKey() {
    return this.#el.id ? `kz-${this.#el.id}` : 'kz';
  }

  /** The saved state, or null; saved data that cannot be read is noted and left until the next save. */
  load() {
    const saved = this.allowed ? loadSaved(this.#key) : {};
    this.remember = Boolean(saved.state);
    if (saved.problem) this.notes.push('storage.corrupt');
    return saved.state ?? null;
  }

  /** Saves `state` when the visitor asked to; a save the browser refuses says so (the previous one stays). */
  save(state) {
    if (!this.remember || !this.allowed) return;
    const failed = !saveState(this.#key, state);
    if (failed === this.notes.includes('storage.failed')) return;
    this.notes = failed ? [...this.notes, 'storage.failed'] : this.notes.filter((n) => n !== 'storage.failed');
    this.#notesChanged();
  }

  /** The visitor's tick: saves at once, or forgets what was saved (they asked). */
  setRemember(on, state) {
    this.remember = on;
    if (on) this.save(state);
    else forgetSaved(this.#key);
  }

  /** The visitor closed the note `key`. */
  dismiss(key) {
    this.notes = this.notes.filter((n) => n !== key);
    this.#notesChanged();
  }
}
