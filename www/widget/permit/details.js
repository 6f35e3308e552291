// Under the verdict card: the why (the caveats, the comparisons, the key dates with the
// citizenship tests beside the citizenship date, the state fees), then the steps in order (the
// 2026 pilot's first while it runs) and the checklist to tick, each folded under its heading
// and count, and the reminders for everyone. Under a blocked verdict the dates, steps and
// documents hold only once the blockers are gone, and their headings say so.

import { intl } from '../i18n/index.js';
import { h } from '../ui/dom.js';
import { sourceList, sourceNote } from '../ui/sources.js';
import { caveatList } from './verdict.js';

/** The key dates as `{ id, key, date, params, rule }`: the sentence `key` holds `{date}`. */
export function permitDates(a) {
  return [
    { id: 'apply-by', key: 'permit.applyBy', date: a.applyBy.date, params: { margin: a.applyBy.rule.value }, rule: a.applyBy.rule },
    { id: 'valid-until', key: 'permit.validUntil', date: a.validUntil.date, params: { years: a.validUntil.rule.value }, rule: a.validUntil.rule },
    { id: 'citizenship-from', key: 'permit.citizenshipFrom', date: a.citizenshipFrom.date, params: { years: a.citizenshipFrom.rule.value }, rule: a.citizenshipFrom.rule },
  ].filter((d) => d.date);
}

/** A date's sentence in plain text. */
export function dateSentence(t, d) {
  return t(d.key, { ...d.params, date: t.date(d.date) });
}

/** A date's sentence with the date in bold: the message is split where the date goes. */
function emphasised(t, d) {
  const mark = '\u0001';
  const [before, after] = t(d.key, { ...d.params, date: mark }).split(mark);
  return [before, h('strong', {}, t.date(d.date)), after];
}

/** A notice of the answer in words, with its source where it names one. */
function noticeItem(t, index, n) {
  const tests = n.tests && intl(Intl.ListFormat, t.lang, { type: 'conjunction' }).format(n.tests.map((x) => t.label(`exam.${x}`, x)));
  const text = t(`notice.${n.code}`, {
    date: n.date && t.date(n.date), from: n.from && t.date(n.from), to: n.to && t.date(n.to), tests,
    level: n.languageLevel, percent: n.minPercent, points: n.minPoints, portal: n.portal, n: n.maxDays ?? n.regions,
  });
  const cited = n.code === 'RULE_DATE_UNCONFIRMED' ? { source: n.source, effective: n.date, unconfirmed: true } : n;
  return h('li', { class: 'kz-info' }, text, sourceNote(t, index, cited));
}

/** The notices of `codes` (and those unconfirmed dates that concern `rule`), as a list. */
function notices(t, index, a, codes, rule) {
  const chosen = a.notices.filter((n) => codes.includes(n.code) || (n.code === 'RULE_DATE_UNCONFIRMED' && n.rule === rule));
  return chosen.length > 0 && h('ul', { class: 'kz-facts kz-notices' }, chosen.map((n) => noticeItem(t, index, n)));
}

/**
 * The why of the verdict: caveats and comparisons, key dates, fees. Its headings are h3, one
 * level under the widget's h2 title (as the stay tool's), so the outline has no gap.
 */
export function permitWhy(t, a, report, index) {
  return [
    caveatList(report.caveats),
    report.facts.length > 0 && h('ul', { class: 'kz-facts' }, report.facts.map((f) => h('li', { class: `kz-${f.tone}` }, f.text, f.more))),
    h('h3', {}, t('permit.datesHeading')),
    h('ul', { class: 'kz-facts kz-dates' }, permitDates(a).map((d) => h('li', { class: 'kz-info' },
      emphasised(t, d), sourceNote(t, index, d.rule),
      d.id === 'citizenship-from' && notices(t, index, a, ['CITIZENSHIP_TESTS'], 'citizenshipTests')))),
    a.fees.length > 0 && [
      h('h3', {}, t('permit.feesHeading')),
      h('ul', { class: 'kz-facts kz-fees' }, a.fees.map((f) => h('li', { class: 'kz-info' },
        t(f.unconfirmed ? 'permit.feeUnconfirmed' : 'permit.fee', { what: t.label(`fee.${f.id}`, f.id), amount: t.money(f.kzt, 'KZT'), mci: t.number(f.mciMultiple, { maximumFractionDigits: 2 }), year: String(f.mciYear) }),
        sourceNote(t, index, f)))),
    ],
  ];
}

/**
 * A folded section under the card: its heading says what it holds and how many. Each answer
 * redraws the lists, so a section stays as the visitor left it (`tool.opened`): ticking
 * documents, then changing an answer, must not close the checklist.
 */
function fold(tool, id, summary, content) {
  return h('details', { class: 'kz-fold', part: 'fold', id, open: tool.opened.has(id), ontoggle: (e) => tool.toggled(id, e.target.open) },
    h('summary', {}, summary), content);
}

/** The steps, the checklist and the reminders, each folded with its count. */
export function permitLists(tool, a, index) {
  const t = tool.host.t;
  const blocked = a.verdict === 'BLOCKED';
  const needed = a.documents.filter((d) => d.required);
  const general = a.risks.filter((r) => r.general);
  return [
    fold(tool, 'permit-steps', t(blocked ? 'permit.stepsIfResolved' : 'permit.stepsHeading', { n: a.steps.length }), [
      notices(t, index, a, ['PILOT', 'PILOT_REPORT', 'PILOT_FUTURE_UNKNOWN'], 'steps'),
      stepList(t, a, index),
    ]),
    fold(tool, 'permit-documents', t(blocked ? 'permit.checklistIfResolved' : 'permit.checklistHeading', { n: needed.length }), checklist(tool, a, index)),
    fold(tool, 'permit-reminders', t('permit.remindersHeading', { n: general.length }),
      h('ul', { class: 'kz-facts' }, general.map((r) => h('li', { class: 'kz-info' }, t(`risk.${r.code}`), sourceNote(t, index, r))))),
  ];
}

function docName(t, id) {
  return t.label(`doc.${id}`, id);
}

function stepList(t, a, index) {
  return h('ol', { class: 'kz-proc', part: 'steps' }, a.steps.map((s) => h('li', { class: s.optional ? 'kz-optional' : null, part: 'step' },
    h('strong', {}, t.label(`step.${s.id}`, s.id)),
    h('p', {}, t.label(`authority.${s.authority}`, s.authority)),
    s.optional && h('p', { class: 'kz-hint' }, t(`step.${s.id}.optional`, { n: s.maxDays })),
    s.documents.length > 0 && h('p', {}, t('permit.bring', { documents: s.documents.map((id) => docName(t, id)).join('; ') })),
    s.until && h('p', { class: 'kz-hint' }, t('permit.stepUntil', { date: t.date(s.until) })),
    sourceNote(t, index, s))));
}

function checklist(tool, a, index) {
  const t = tool.host.t;
  const needed = a.documents.filter((d) => d.required);
  const notNeeded = a.documents.filter((d) => !d.required);
  const checked = new Set(tool.host.state.checked);
  return [
    h('p', { class: 'kz-hint' }, t('permit.checklistHint')),
    h('ul', { class: 'kz-checklist', part: 'checklist', 'aria-label': t('permit.checklist') }, needed.map((d) => h('li', {},
      h('div', { class: 'kz-check' },
        h('input', { type: 'checkbox', id: `doc-${d.id}`, checked: checked.has(d.id), onchange: (e) => tool.toggleDocument(d.id, e.target.checked) }),
        h('label', { for: `doc-${d.id}` }, docName(t, d.id))),
      d.issuedFrom && h('p', { class: 'kz-hint' }, t('permit.issuedFrom', { date: t.date(d.issuedFrom), n: d.maxAgeDays })),
      d.validDays && h('p', { class: 'kz-hint' }, t('permit.validDays', { n: d.validDays })),
      d.circumstance && h('p', { class: 'kz-hint' }, t('permit.onlyIf', { circumstance: t(`circumstance.${d.circumstance}`) }))))),
    // Documents usually share one source: each source and date once, under the list.
    sourceList(t, index, a.documents),
    notices(t, index, a, [], 'documents'),
    // A list, not a sentence: the documents' names begin with capitals.
    notNeeded.length > 0 && h('div', { class: 'kz-hint' }, h('p', {}, t('permit.notNeeded')), h('ul', {}, notNeeded.map((d) => h('li', {}, docName(t, d.id))))),
  ];
}
