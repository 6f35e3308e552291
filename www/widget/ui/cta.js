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

/** The link itself; `toolOf()` names the tool whose answer and inputs a click carries. */
function link(host, toolOf) {
  const href = host.ctaHref();
  return href && h('a', { class: 'kz-cta', part: 'cta', href, onclick: (e) => host.ctaClicked(e, toolOf()) }, host.ctaLabel());
}

/**
 * The footer's call to action, or null without an accepted link. The footer is drawn once for
 * both tabs, so a click speaks for the tab shown at that moment (not the one shown when the
 * footer was drawn): on the permit tab, kz-cta carries the permit's answer and inputs.
 */
export function ctaLink(host) {
  return link(host, () => host.state.tool);
}

/** The call to action inside `tool`'s answer card, with the sentence of the situation `line`. */
export function ctaBox(host, tool, line) {
  const a = link(host, () => tool);
  return a && h('div', { class: 'kz-cta-box kz-cta-now', 'data-cta': line }, h('p', {}, host.t(LINES[line])), a);
}
