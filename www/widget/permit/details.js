// Below the verdict: the key dates (with the citizenship tests beside the citizenship date),
// the steps in order (the 2026 pilot's first while it runs), the checklist to tick, and the
// reminders for everyone. Under a blocked verdict all of it is folded under "If you resolve
// this": it holds only once the blockers are gone.

import { h } from '../ui/dom.js';
import { intl } from '../i18n/index.js';
import { caveatList } from './verdict.js';
import { sourceList, sourceNote } from '../ui/sources.js';

/** The key dates as `{ key, date, params, rule, id }`: the sentence `key` holds `{date}`. */
export function permitDates(a, rules) {
  return [
    { id: 'apply-by', key: 'permit.applyBy', date: a.applyBy, params: { margin: rules.passportMarginDays.value }, rule: rules.passportMarginDays },
    { id: 'valid-until', key: 'permit.validUntil', date: a.validUntil, params: { years: rules.validityYears.value }, rule: rules.validityYears },
    { id: 'citizenship-from', key: 'permit.citizenshipFrom', date: a.citizenshipFrom, params: { years: rules.citizenshipYears.value }, rule: rules.citizenshipYears },
  ];
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
function noticeItem(t, rules, n) {
  const tests = n.tests && intl(Intl.ListFormat, t.lang, { type: 'conjunction' }).format(n.tests.map((x) => t.label(`exam.${x}`, x)));
  const text = t(`notice.${n.code}`, {
    date: n.date && t.date(n.date), from: n.from && t.date(n.from), to: n.to && t.date(n.to), tests,
    level: n.languageLevel, percent: n.minPercent, points: n.minPoints, portal: n.portal, n: n.maxDays,
  });
  const source = n.code !== 'PILOT_FUTURE_UNKNOWN' && n.code !== 'RULE_DATE_UNCONFIRMED' && sourceNote(t, rules, n);
  return h('li', { class: 'kz-info' }, text, source);
}

/** The notices of `codes` (and those unconfirmed dates that concern `rule`), as a list. */
function notices(t, rules, a, codes, rule) {
  const chosen = a.notices.filter((n) => codes.includes(n.code) || (n.code === 'RULE_DATE_UNCONFIRMED' && n.rule === rule));
  return chosen.length > 0 && h('ul', { class: 'kz-facts kz-notices' }, chosen.map((n) => noticeItem(t, rules, n)));
}

/** Everything below the verdict; folded under "If you resolve this" when blocked. */
export function permitDetails(tool, a, report) {
  const t = tool.host.t;
  const rules = tool.rules();
  const content = [
    a.verdict === 'BLOCKED' && caveatList(report.caveats),
    h('h4', {}, t('permit.datesHeading')),
    h('ul', { class: 'kz-facts kz-dates' }, permitDates(a, rules).map((d) => h('li', { class: 'kz-info' },
      emphasised(t, d), sourceNote(t, rules, d.rule),
      d.id === 'citizenship-from' && notices(t, rules, a, ['CITIZENSHIP_TESTS'], 'citizenshipTests')))),
    h('h4', {}, t('permit.stepsHeading')),
    notices(t, rules, a, ['PILOT', 'PILOT_FUTURE_UNKNOWN'], 'steps'),
    stepList(tool, a, rules),
    checklist(tool, a, rules),
    h('h4', {}, t('permit.remindersHeading')),
    h('ul', { class: 'kz-facts' }, a.risks.filter((r) => r.general).map((r) => h('li', { class: 'kz-info' }, t(`risk.${r.code}`), sourceNote(t, rules, r)))),
  ];
  if (a.verdict !== 'BLOCKED') return content;
  return h('details', { class: 'kz-fold', part: 'if-resolved' }, h('summary', {}, t('permit.ifResolved')), content);
}

function docName(t, id) {
  return t.label(`doc.${id}`, id);
}

function stepList(tool, a, rules) {
  const t = tool.host.t;
  return h('ol', { class: 'kz-proc' }, a.steps.map((s) => h('li', {},
    h('strong', {}, t.label(`step.${s.id}`, s.id)),
    h('p', {}, t.label(`authority.${s.authority}`, s.authority)),
    s.documents.length > 0 && h('p', {}, t('permit.bring', { documents: s.documents.map((id) => docName(t, id)).join('; ') })),
    s.until && h('p', { class: 'kz-hint' }, t('permit.stepUntil', { date: t.date(s.until) })),
    sourceNote(t, rules, s))));
}

function checklist(tool, a, rules) {
  const t = tool.host.t;
  const needed = a.documents.filter((d) => d.required);
  const notNeeded = a.documents.filter((d) => !d.required);
  const checked = new Set(tool.host.state.checked);
  return [
    h('h4', { id: 'checklist-heading' }, t('permit.checklistHeading')),
    h('p', { class: 'kz-hint' }, t('permit.checklistHint')),
    h('ul', { class: 'kz-checklist', part: 'checklist', 'aria-labelledby': 'checklist-heading' }, needed.map((d) => h('li', {},
      h('div', { class: 'kz-check' },
        h('input', { type: 'checkbox', id: `doc-${d.id}`, checked: checked.has(d.id), onchange: (e) => tool.toggleDocument(d.id, e.target.checked) }),
        h('label', { for: `doc-${d.id}` }, docName(t, d.id))),
      d.issuedFrom && h('p', { class: 'kz-hint' }, t('permit.issuedFrom', { date: t.date(d.issuedFrom), n: d.maxAgeDays })),
      d.circumstance && h('p', { class: 'kz-hint' }, t('permit.onlyIf', { circumstance: t(`circumstance.${d.circumstance}`) }))))),
    // Documents usually share one source: each source and date once, under the list.
    sourceList(t, rules, a.documents),
    notices(t, rules, a, [], 'documents'),
    notNeeded.length > 0 && h('p', { class: 'kz-hint' }, t('permit.notNeeded', { documents: notNeeded.map((d) => docName(t, d.id)).join('; ') })),
  ];
}
