// "Source" disclosures: every rule the widget states names where it comes from and since
// when, so a visitor can check it. Each answer carries the sources it cites; a citation is
// shown in the visitor's language where the source has one (laws and orders have official
// Russian and Kazakh titles), else as published, marked with its language (WCAG 3.1.2).

import { h } from './dom.js';

/** The sources of an answer (`answer.sources`), by id. */
export function sourceIndex(sources) {
  return new Map((sources ?? []).map((s) => [s.id, s]));
}

/** A source's citation as an element in its own language. */
function citationText(t, source) {
  const c = t.cite(source);
  return h('cite', { lang: c.lang === t.lang ? null : c.lang }, c.text);
}

/** " Open the source", a link to `source`'s page in a new tab, when it has one. */
function sourceLink(t, source) {
  return source.url && [' ', h('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank' }, t('source.open'))];
}

/** One rule's source as a sentence: the citation, the day the rule took effect, a link. */
function citation(t, index, entry) {
  const source = index.get(entry.source);
  if (!source) return [];
  const date = entry.effective ?? entry.from;
  const when = date && t(entry.unconfirmed ? 'source.sinceUnconfirmed' : 'source.since', { date: t.date(date) });
  // A title ends without a full stop ("... Article 6"): the date's sentence needs one before it.
  const stop = /[.!?]$/.test(t.cite(source).text) ? ' ' : '. ';
  return [citationText(t, source), when && `${stop}${when}`, sourceLink(t, source)];
}

/** A small <details> naming a rule's source and date. `entry`: `{ source, effective | from, unconfirmed? }`. */
export function sourceNote(t, index, entry) {
  if (!entry?.source || !index.has(entry.source)) return null;
  return h('details', { class: 'kz-source' },
    h('summary', {}, t('source.summary')),
    h('p', {}, citation(t, index, entry)));
}

/** Several rules' sources in one <details> (each source and date once), or nothing for none. */
export function sourceList(t, index, entries) {
  const seen = new Map();
  for (const e of entries.filter((x) => x?.source && index.has(x.source))) {
    const key = `${e.source} ${e.effective ?? e.from}`;
    if (!seen.has(key)) seen.set(key, e);
  }
  if (seen.size === 0) return null;
  return h('details', { class: 'kz-source', part: 'sources' },
    h('summary', {}, t('source.sources', { n: seen.size })),
    h('ul', {}, [...seen.values()].map((e) => h('li', {}, citation(t, index, e)))));
}

/** The sources of the answers shown, each once, for the footer: "rules as of" and the bibliography. */
export function shownSources(t, reviewed, sources) {
  const unique = [...sourceIndex(sources).values()];
  return h('details', { class: 'kz-source kz-all-sources', part: 'sources', id: 'all-sources' },
    h('summary', {}, reviewed ? t('source.asOf', { date: t.date(reviewed), n: unique.length }) : t('source.all', { n: unique.length })),
    h('ul', {}, unique.map((source) => h('li', {}, citationText(t, source), sourceLink(t, source)))));
}
