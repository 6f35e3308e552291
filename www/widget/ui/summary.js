// On a phone the answer stays in view: while a tool's headline is off screen (the visitor
// types trips above it, or reads the details below it), a compact summary of it sticks to the
// bottom of the screen; a tap takes the visitor to the answer card.

import { h } from './dom.js';

/**
 * The summary element for `headline` (the element it repeats), which `card` is scrolled to
 * and focused on a tap. `update(text, tone)` sets what it says. Stops watching on `signal`.
 */
export function stickySummary({ id, headline, card, signal }) {
  let inView = true;
  let text = '';
  const line = h('span', { class: 'kz-summary-text' });
  const button = h('button', {
    type: 'button', class: 'kz-summary', part: 'summary', id, hidden: true,
    onclick: () => {
      card.scrollIntoView({ block: 'start', behavior: 'smooth' });
      headline.focus({ preventScroll: true });
    },
  }, line);
  const show = () => {
    button.hidden = inView || text === '';
  };
  // Watching needs the headline in the document; the tool calls `watch()` once it is.
  let observer = null;
  return {
    // A dock of no height sticks to the screen's bottom while the tool is on screen; the
    // summary sits on it, so showing it takes no room in the page's flow.
    element: h('div', { class: 'kz-summary-dock' }, button),
    watch() {
      if (observer || typeof IntersectionObserver === 'undefined') return;
      // A headline showing only its top edge at the bottom of the screen is not read: the
      // summary stays until nearly all of it is in view.
      observer = new IntersectionObserver((entries) => {
        inView = entries.at(-1).intersectionRatio >= 0.9;
        show();
      }, { threshold: [0, 0.9, 1] });
      observer.observe(headline);
      signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    },
    update(words, tone) {
      text = words;
      line.textContent = words;
      button.dataset.tone = tone;
      show();
    },
  };
}
