// A list to choose from by typing (the WAI-ARIA combobox pattern, list autocomplete): a
// text box filters the options as the visitor types (any word of a name, or the code, in
// any case and without accents), the arrow keys move through what is shown, Enter or a
// click chooses, Escape puts back the last choice. Options marked `always` (such as "my
// country is not listed") stay at the end of every filtered list.

import { h, replaceContent } from './dom.js';

/** Folds a name for matching: lower case, no accents ("Türkiye" matches "turk"). */
function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A combobox with the id `id`. `options()`: `[{ value, label, always? }]` (asked afresh each
 * time the list opens, so it may grow once the engine is ready); `value`: the chosen value;
 * `onchoose(value)`: called when the visitor chooses. Returns `{ input, element, setValue }`.
 */
export function combobox({ id, value, options, onchoose, placeholder = '', signal }) {
  let chosen = value;
  let shown = [];
  let active = -1;
  const labelOf = (v) => options().find((o) => o.value === v)?.label ?? '';
  const list = h('ul', { id: `${id}-list`, role: 'listbox', class: 'kz-combo-list', hidden: true });
  const input = h('input', {
    type: 'text', role: 'combobox', autocomplete: 'off', spellcheck: 'false', placeholder,
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${id}-list`, value: labelOf(chosen),
  });

  function open(filter) {
    const words = fold(filter).split(/\s+/).filter(Boolean);
    const all = options();
    const match = (o) => words.every((w) => fold(o.label).split(/[\s,()-]+/).some((part) => part.startsWith(w)) || fold(o.value) === w);
    // A code typed whole ("DE") puts its state first, before the names it begins ("Denmark").
    const exact = all.filter((o) => !o.always && words.length === 1 && fold(o.value) === words[0]);
    shown = [...exact, ...all.filter((o) => !o.always && !exact.includes(o) && match(o)), ...all.filter((o) => o.always)];
    active = Math.max(0, shown.findIndex((o) => o.value === chosen && words.length === 0));
    replaceContent(list, shown.map((o, i) => h('li', {
      id: `${id}-option-${i}`, role: 'option', class: o.always ? 'kz-combo-option kz-combo-always' : 'kz-combo-option',
      'aria-selected': String(o.value === chosen),
      // Chosen on press, before the text box's blur closes the list.
      onpointerdown: (e) => {
        e.preventDefault();
        choose(o);
      },
    }, o.label)));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight();
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function highlight() {
    [...list.children].forEach((li, i) => li.classList.toggle('kz-combo-active', i === active));
    const current = list.children[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function choose(option) {
    chosen = option.value;
    input.value = option.label;
    close();
    onchoose(option.value);
  }

  input.addEventListener('input', () => open(input.value), { signal });
  input.addEventListener('focus', () => input.select(), { signal });
  input.addEventListener('click', () => (list.hidden ? open('') : close()), { signal });
  input.addEventListener('blur', () => {
    close();
    input.value = labelOf(chosen); // what was typed but not chosen is not a choice
  }, { signal });
  input.addEventListener('keydown', (e) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[e.key];
    if (step) {
      e.preventDefault();
      if (list.hidden) open('');
      else {
        active = Math.min(shown.length - 1, Math.max(0, active + step));
        highlight();
      }
    } else if (e.key === 'Enter' && !list.hidden && shown[active]) {
      e.preventDefault();
      choose(shown[active]);
    } else if (e.key === 'Escape' && !list.hidden) {
      e.preventDefault();
      close();
      input.value = labelOf(chosen);
    }
  }, { signal });

  return {
    input,
    element: h('div', { class: 'kz-combo' }, input, list),
    /** Shows `v` as chosen (after the options grew, or the page set it). */
    setValue(v) {
      chosen = v;
      if (input.ownerDocument && input.getRootNode().activeElement !== input) input.value = labelOf(v);
    },
  };
}
