// "Source" disclosures: every rule the widget states names where it comes from and since
// when, from the rules profile (`KzResidence.rules()`), so a visitor can check it. A
// source's title is a citation and is shown as the profile gives it (like a reference in a
// bibliography); the words around it are the visitor's language.

import { h } from './dom.js';

/** One source as a sentence: its title, the day the rule took effect, a link where known. */
function citation(t, rules, entry) {
  const source = rules.sources[entry.source];
  const date = entry.effective ?? entry.from;
  const text = t(entry.unconfirmed ? 'source.textUnconfirmed' : 'source.text', { title: source?.title ?? entry.source, date: t.date(date) });
  return [text, sourceLink(t, source)];
}

/** " Open the source", a link to `source`'s page in a new tab, when it has one. */
function sourceLink(t, source) {
  return source?.url && [' ', h('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank' }, t('source.open'))];
}

/** A small <details> naming a rule's source and date. `entry`: `{ source, effective | from, unconfirmed? }`. */
export function sourceNote(t, rules, entry) {
  return h('details', { class: 'kz-source' },
    h('summary', {}, t('source.summary')),
    h('p', {}, citation(t, rules, entry)));
}

/** Several rules' sources in one <details> (each source and date once), or nothing for none. */
export function sourceList(t, rules, entries) {
  const seen = new Map();
  for (const e of entries.filter((x) => x && x.source)) seen.set(`${e.source} ${e.effective ?? e.from}`, seen.get(`${e.source} ${e.effective ?? e.from}`) ?? e);
  if (seen.size === 0) return null;
  return h('details', { class: 'kz-source', part: 'sources' },
    h('summary', {}, t('source.sources', { n: seen.size })),
    h('ul', {}, [...seen.values()].map((e) => h('li', {}, citation(t, rules, e)))));
}

/** Every source of the profile, for the footer: "rules as of" and the whole bibliography. */
export function allSources(t, rules) {
  const keys = Object.keys(rules.sources);
  return h('details', { class: 'kz-source kz-all-sources', part: 'sources' },
    h('summary', {}, t('source.asOf', { date: t.date(rules.reviewed), n: keys.length })),
    h('ul', {}, keys.map((key) => {
      const source = rules.sources[key];
      return h('li', {}, source.title, sourceLink(t, source));
    })));
}
