// The permit answer: eligible or not, each blocker and refusal risk in words with the numbers
// behind it and its source, the key dates, the two steps in order, and the checklist.

import { h } from './dom.js';
import { sourceNote } from './sources.js';

/** Sentences `{ text, tone, more }`: the verdict, then blockers, then the risks found for this applicant. */
export function permitSentences(tool, a) {
  const t = tool.host.t;
  const rules = tool.rules();
  const v = rules.version;
  const ground = t.label(`ground.${tool.p.ground}`, tool.p.ground);
  const out = [a.eligible
    ? { text: t('permit.eligible', { ground }), tone: 'ok' }
    : { text: t('permit.notEligible', { n: a.blockers.length }), tone: 'bad' }];
  const ruleOf = { SOLVENCY_BELOW: v.solvency, INVESTMENT_NOT_ABOVE_THRESHOLD: v.investmentThreshold, PASSPORT_TOO_SHORT: v.passportMarginDays };
  for (const b of a.blockers) {
    const rule = ruleOf[b.code];
    out.push({ text: blockerText(t, b), tone: 'bad', more: rule && sourceNote(t, rules, rule) });
  }
  for (const r of a.risks.filter((risk) => !risk.general)) out.push({ text: riskText(t, r), tone: 'warn', more: sourceNote(t, rules, r) });
  for (const n of a.notices) out.push({ text: t(`notice.${n.code}`, { date: t.date(n.date) }), tone: 'note' });
  return out;
}

function blockerText(t, b) {
  const usd = (n) => t.money(n, 'USD');
  const params = {
    SOLVENCY_BELOW: () => ({ amount: usd(b.amountUsd), required: usd(b.requiredUsd) }),
    INVESTMENT_NOT_ABOVE_THRESHOLD: () => ({ amount: usd(b.amountUsd), threshold: usd(b.thresholdUsd) }),
    PASSPORT_TOO_SHORT: () => ({ expiry: t.date(b.passportExpiry), applyBy: t.date(b.applyBy), date: t.date(b.applicationDate), n: b.marginDays }),
    RATE_MISSING: () => ({ currency: b.currency }),
  }[b.code];
  return t(`blocker.${b.code}`, params ? params() : {});
}

function riskText(t, r) {
  const ranges = (r.violations || []).map((v) => `${t.date(v.from)} – ${t.date(v.to)}`).join('; ');
  return t(`risk.${r.code}`, { ranges });
}

/** `[label, date, explanation, rule]` for the key dates of an answer. */
export function permitDates(t, a, v) {
  return [
    [t('permit.applyBy'), a.applyBy, t('permit.applyByText', { margin: v.passportMarginDays.value }), v.passportMarginDays],
    [t('permit.validUntil'), a.validUntil, t('permit.validUntilText', { years: v.validityYears.value }), v.validityYears],
    [t('permit.citizenshipFrom'), a.citizenshipFrom, t('permit.citizenshipText', { years: v.citizenshipYears.value }), v.citizenshipYears],
  ];
}

/** Everything below the verdict: key dates, steps, checklist, general reminders. */
export function permitDetails(tool, a) {
  const t = tool.host.t;
  const rules = tool.rules();
  const needed = a.documents.filter((d) => d.required);
  const notNeeded = a.documents.filter((d) => !d.required);
  const docName = (id) => t.label(`doc.${id}`, id);
  const checked = new Set(tool.host.state.checked);
  return [
    h('h4', {}, t('permit.datesHeading')),
    h('dl', { class: 'kz-dates' }, permitDates(t, a, rules.version).map(([label, date, text, rule]) => [
      h('dt', {}, label),
      h('dd', {}, h('strong', {}, t.date(date)), ' ', text, sourceNote(t, rules, rule))])),
    h('h4', {}, t('permit.stepsHeading')),
    h('ol', { class: 'kz-proc' }, a.steps.map((s) => h('li', {},
      h('strong', {}, t(`step.${s.id}`)),
      h('p', {}, t('permit.where', { authority: t(`authority.${s.authority}`) })),
      h('p', {}, t('permit.bring', { documents: s.documents.map(docName).join('; ') })),
      sourceNote(t, rules, s)))),
    h('h4', { id: 'checklist-heading' }, t('permit.checklistHeading')),
    h('p', { class: 'kz-hint' }, t('permit.checklistHint')),
    h('ul', { class: 'kz-checklist', part: 'checklist', 'aria-labelledby': 'checklist-heading' }, needed.map((d) => h('li', {},
      h('div', { class: 'kz-check' },
        h('input', { type: 'checkbox', id: `doc-${d.id}`, checked: checked.has(d.id), onchange: (e) => tool.toggleDocument(d.id, e.target.checked) }),
        h('label', { for: `doc-${d.id}` }, docName(d.id))),
      d.issuedFrom && h('p', { class: 'kz-hint' }, t('permit.issuedFrom', { date: t.date(d.issuedFrom), n: d.maxAgeDays })),
      d.circumstance && h('p', { class: 'kz-hint' }, t('permit.onlyIf', { circumstance: t(`circumstance.${d.circumstance}`) }))))),
    // Documents usually share one source; each distinct source and date is shown once under the list.
    distinct(a.documents).map((d) => sourceNote(t, rules, d)),
    notNeeded.length > 0 && h('p', { class: 'kz-hint' }, t('permit.notNeeded', { documents: notNeeded.map((d) => docName(d.id)).join('; ') })),
    h('h4', {}, t('permit.remindersHeading')),
    h('ul', { class: 'kz-facts' }, a.risks.filter((r) => r.general).map((r) => h('li', { class: 'kz-info' }, riskText(t, r), sourceNote(t, rules, r)))),
  ];
}

/** Rules with distinct source and effective date, in order of first appearance. */
function distinct(rules) {
  const seen = new Map();
  for (const r of rules) seen.set(`${r.source} ${r.effective}`, seen.get(`${r.source} ${r.effective}`) ?? r);
  return [...seen.values()];
}
