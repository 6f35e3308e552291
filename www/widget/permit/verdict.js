// The permit verdict card, worded from the engine's codes: a headline whose tone follows the
// verdict (red BLOCKED, green ELIGIBLE, neutral INCOMPLETE), the numbers that matter (what is
// short, or by when to apply and how long the permit lasts), the one next step, and the
// consultancy's help when it is needed. Blocked: each blocker with what would resolve it,
// shortfalls in tenge (and dollars for the investment) as the engine counts them.
// Incomplete: what to answer or enter, each a way to the field. `report` is plain data, so the
// card and the summary (kz-cta, a mailto body) say the same.

import { h } from '../ui/dom.js';
import { sourceList, sourceNote } from '../ui/sources.js';
import { QUESTIONS } from './fields.js';
import { investmentSentence, solvencySentence } from './money.js';

const TONES = { ELIGIBLE: 'ok', BLOCKED: 'bad', INCOMPLETE: 'info' };
/** Missing answers the form's first steps ask for, and their prompts: the headline then asks for them. */
const FIRST_QUESTIONS = { ground: 'missing.ground', passportExpiry: 'missing.passportExpiry' };
/** The headline while they are missing: both, or the one left. */
const NEED = { 'ground passportExpiry': 'permit.needMore', ground: 'permit.needGround', passportExpiry: 'permit.needPassport' };

/** The on-screen field a missing answer or rate is entered in. */
function missingField(m) {
  if (m.code === 'RATE_MISSING') return `permit-rate-${m.currency}`;
  return m.field === 'passportExpiry' ? 'permit-passport' : `permit-${m.field}`;
}

/** The verdict and its grounds as sentences: `{ headline, numbers, next, blockers, missing, caveats, facts, help }`. */
export function permitReport(t, a, index, ground) {
  const money = { SOLVENCY_BELOW: solvencySentence(t, a), INVESTMENT_NOT_ABOVE_THRESHOLD: investmentSentence(t, a) };
  const n = { BLOCKED: a.blockers.length, INCOMPLETE: a.missing.length }[a.verdict] ?? 0;
  // Until the ground and the passport's expiry are given, only they are asked for.
  const firstMissing = a.missing.filter((m) => m.field in FIRST_QUESTIONS).map((m) => m.field);
  const first = firstMissing.length > 0;
  const text = first ? t(NEED[firstMissing.join(' ')]) : t(`verdict.${a.verdict}`, { n, ground: t.label(`ground.${ground}`, ground) });
  const blockers = first ? [] : a.blockers.map((b) => blocker(t, a, b, money, index));
  const missing = a.missing.filter((m) => !first || m.field in FIRST_QUESTIONS).map((m) => ({ text: missingText(t, m), field: missingField(m) }));
  const caveats = a.caveats.map((c) => ({ code: c.code, text: caveatText(t, c) }));
  const soon = a.verdict === 'ELIGIBLE' && caveats.some((c) => c.code === 'APPLY_BY_SOON');
  return {
    headline: { text, tone: TONES[a.verdict], verdict: a.verdict },
    numbers: numbers(t, a, first),
    next: nextStep(t, a, blockers, missing),
    blockers,
    missing,
    caveats,
    facts: [
      ...Object.entries(money).filter(([, s]) => s?.tone === 'ok').map(([code, s]) => ({ ...s, more: moneySources(t, index, a, code) })),
      a.housingM2PerPerson && { text: t('permit.housingFunds', { m2: a.housingM2PerPerson.value }), tone: 'info', more: sourceNote(t, index, a.housingM2PerPerson) },
      ...a.risks.filter((r) => !r.general).map((r) => ({ text: riskText(t, r), tone: 'warn', more: sourceNote(t, index, r) })),
      ...a.notices.filter((x) => x.code === 'MCI_ASSUMED' || x.code === 'BEFORE_FIRST_VERSION')
        .map((x) => ({ text: t(`notice.${x.code}`, { date: x.date && t.date(x.date), year: String(x.year), mciYear: String(x.mciYear) }), tone: 'info' })),
    ].filter(Boolean),
    help: a.verdict === 'BLOCKED' ? 'blocked' : soon ? 'applySoon' : null,
  };
}

/** The numbers that matter: what is short, or by when to apply and until when the permit lasts. */
function numbers(t, a, first) {
  if (first) return [];
  const d = t.date;
  const out = [];
  for (const b of a.blockers) {
    if (b.code === 'SOLVENCY_BELOW') out.push({ label: t('permit.number.savingsShort'), value: t.money(b.shortfallKzt, 'KZT') });
    if (b.code === 'INVESTMENT_NOT_ABOVE_THRESHOLD') out.push({ label: t('permit.number.investmentShort'), value: t.money(b.shortfallUsd, 'USD', true) });
  }
  if (a.verdict === 'INCOMPLETE') out.push({ label: t('permit.number.toAnswer'), value: t.number(a.missing.length) });
  if (a.verdict !== 'BLOCKED' && a.applyBy.date) out.push({ label: t('permit.number.applyBy'), value: d(a.applyBy.date) });
  if (a.verdict === 'ELIGIBLE' && a.validUntil.date) out.push({ label: t('permit.number.validUntil'), value: d(a.validUntil.date) });
  return out.slice(0, 2);
}

/** The one next step: the first blocker's fix, the first question to answer, or the first step to take. */
function nextStep(t, a, blockers, missing) {
  if (blockers.length > 0) return { text: blockers[0].fix };
  if (missing.length > 0) return { text: missing[0].text, field: missing[0].field };
  const step = a.steps.find((s) => !s.optional);
  return step && { text: t('permit.next', { step: t.label(`step.${step.id}`, step.id), where: t.label(`authority.${step.authority}`, step.authority) }) };
}

function blocker(t, a, b, money, index) {
  const params = {
    SOLVENCY_BELOW: () => ({ short: t.money(b.shortfallKzt, 'KZT') }),
    INVESTMENT_NOT_ABOVE_THRESHOLD: () => ({ threshold: t.money(b.thresholdUsd, 'USD'), short: t.money(b.shortfallUsd, 'USD', true) }),
    PASSPORT_TOO_SHORT: () => ({ expiry: t.date(b.passportExpiry), applyBy: t.date(b.applyBy), date: t.date(b.applicationDate), n: b.marginDays }),
  }[b.code]?.() ?? {};
  // A money blocker is its comparison sentence, with the converted amounts.
  const fromMoney = money[b.code];
  const sources = {
    SOLVENCY_BELOW: () => moneySources(t, index, a, b.code),
    INVESTMENT_NOT_ABOVE_THRESHOLD: () => moneySources(t, index, a, b.code),
    PASSPORT_TOO_SHORT: () => sourceNote(t, index, a.applyBy.rule),
  }[b.code];
  return { text: fromMoney ? fromMoney.text : t(`blocker.${b.code}`, params), fix: t(`resolve.${b.code}`, params), more: sources?.() };
}

/**
 * The sources of one money comparison (`code` as in `money`): the solvency multiple and the
 * MCI for the savings, the threshold for the investment; each cites its own, not the other's.
 */
function moneySources(t, index, a, code) {
  const s = a.solvency;
  if (code === 'INVESTMENT_NOT_ABOVE_THRESHOLD') return sourceNote(t, index, a.investment);
  return !s.exempt && sourceList(t, index, [{ source: s.source, effective: s.effective }, { source: s.mciSource }]);
}

function missingText(t, m) {
  if (m.code === 'RATE_MISSING') return t('missing.RATE_MISSING', { currency: m.currency });
  if (m.field in FIRST_QUESTIONS) return t(FIRST_QUESTIONS[m.field]);
  return t('missing.ANSWER_MISSING', { question: t(QUESTIONS[m.field]) });
}

function caveatText(t, c) {
  return t(`caveat.${c.code}`, {
    expiry: t.date(c.passportExpiry), full: t.date(c.fullValidityUntil),
    date: t.date(c.applyBy), n: c.days,
  });
}

function riskText(t, r) {
  const ranges = (r.violations || []).map((v) => t('permit.range', { from: t.date(v.from), to: t.date(v.to) })).join('; ');
  return t(`risk.${r.code}`, { ranges });
}

/**
 * The blockers with their fixes, and what is still to answer, each a way to its field. The
 * first blocker's fix is the card's one next step: it carries the `nextLabel` ("Next:") in
 * place, under its blocker, instead of a line of its own above that would say it twice.
 */
export function findingsView(report, jump, nextLabel) {
  const { blockers, missing } = report;
  const fix = (b, i) => (i === 0 && nextLabel
    ? h('p', { class: 'kz-fix kz-next-step' }, h('strong', {}, nextLabel), ' ', b.fix)
    : h('p', { class: 'kz-fix' }, b.fix));
  return [
    blockers.length > 0 && h('ul', { class: 'kz-facts kz-blockers' }, blockers.map((b, i) => h('li', { class: 'kz-bad' },
      h('p', {}, b.text), fix(b, i), b.more))),
    missing.length > 0 && h('ul', { class: 'kz-facts kz-missing' }, missing.map((m) => h('li', { class: 'kz-info' },
      h('button', { type: 'button', class: 'kz-jump', onclick: () => jump(m.field) }, m.text)))),
  ];
}

/** The caveats, each a warning to act on. */
export function caveatList(caveats) {
  return caveats.length > 0 && h('ul', { class: 'kz-facts kz-caveats' }, caveats.map((c) => h('li', { class: 'kz-warn' }, c.text)));
}

/** The report as plain sentences, for the call to action's summary. */
export function reportLines(report) {
  const { headline, blockers, missing, caveats, facts } = report;
  return [headline.text, ...blockers.flatMap((b) => [b.text, b.fix]), ...missing.map((m) => m.text), ...caveats.map((c) => c.text), ...facts.map((f) => f.text)];
}
