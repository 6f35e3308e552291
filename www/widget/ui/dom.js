// DOM building without HTML strings: the widget must run under Trusted Types
// (`require-trusted-types-for 'script'`), so every node is created and text is set as text.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Creates an HTML element. `attrs`: `onclick`-style keys add listeners, `value`/`checked`/
 * `selected` are set as properties (so they stay right after user edits), `true` sets an
 * empty attribute, `false`/`null`/`undefined` leave it out. Children: nodes, strings,
 * arrays of them; `null`/`false` are skipped so views can write `cond && h(...)`.
 */
export function h(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** Creates an SVG element, same conventions as `h`. */
export function s(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

const PROPS = new Set(['value', 'checked', 'selected']);

function fill(el, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (PROPS.has(key)) el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
}

/** Replaces an element's children. */
export function replaceContent(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/**
 * `tool.update()` once typing pauses for `ms`, or at once with `now` (a value complete as
 * typed, such as a whole date: its answer is painted in the same frame); meanwhile the tool's
 * answer box is marked `aria-busy`, so screen readers wait for the new answer (and so do the
 * browser tests).
 */
export function liveUpdate(tool, ms) {
  let timer = 0;
  const run = () => {
    clearTimeout(timer);
    tool.answerBox?.removeAttribute('aria-busy');
    tool.update();
  };
  return (now = false) => {
    if (now === true) return run();
    clearTimeout(timer);
    tool.answerBox?.setAttribute('aria-busy', 'true');
    timer = setTimeout(run, ms);
  };
}

/** Calls `fn` once typing pauses for `ms`, so answers follow the visitor without blocking keys. */
export function debounce(fn, ms) {
  let timer = 0;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
