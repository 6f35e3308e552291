// "Source" disclosures: every rule the widget states names where it comes from and since
// when, from the rules profile (`KzResidence.rules()`), so a visitor can check it.

import { h } from './dom.js';

/** A small <details> naming a rule's source and effective date. `rule`: `{ source, effective }`. */
export function sourceNote(t, rules, rule) {
  const source = rules.sources[rule.source];
  // Shipped sources have translated titles; one an embedder added shows its own title.
  const title = t.label(`source.${rule.source}`, source?.title ?? rule.source);
  return h('details', { class: 'kz-source' },
    h('summary', {}, t('source.summary')),
    h('p', {}, t('source.text', { title, date: t.date(rule.effective) }),
      source?.url && [' ', h('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank' }, t('source.open'))]));
}
