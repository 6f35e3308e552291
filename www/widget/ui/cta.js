// The consultancy's call to action, only when `cta-href` is an accepted link: inside an answer
// card whose news is bad or close at hand, with a sentence that fits the situation, and as
// a link on the footer's line for everyone else.

import { h } from './dom.js';

/** The lines above the call to action inside an answer card, by the situation it answers. */
const LINES = {
  overstay: 'cta.line.overstay',
  pastOverstay: 'cta.line.pastOverstay',
  wait: 'cta.line.wait',
  plan: 'cta.line.plan',
  blocked: 'cta.line.blocked',
  applySoon: 'cta.line.applySoon',
};

/** The call to action's link for `tool` (`stay` or `permit`), or null without an accepted link. */
export function ctaLink(host, tool) {
  const href = host.ctaHref();
  return href && h('a', { class: 'kz-cta', part: 'cta', href, onclick: (e) => host.ctaClicked(e, tool) }, host.ctaLabel());
}

/** The call to action inside an answer card, with the sentence of the situation `line`. */
export function ctaBox(host, tool, line) {
  const link = ctaLink(host, tool);
  return link && h('div', { class: 'kz-cta-box kz-cta-now', 'data-cta': line }, h('p', {}, host.t(LINES[line])), link);
}
