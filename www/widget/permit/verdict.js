// The permit verdict, worded from the engine's codes: a headline whose tone follows the
// verdict (red BLOCKED, green ELIGIBLE, neutral INCOMPLETE), then what it rests on. Blocked:
// each blocker with what would resolve it, and the consultancy's help right under them.
// Incomplete: what to answer or enter, each a way to the field. Eligible: the caveats to act on.
// `report` is plain data, so the view and the summary (kz-cta, mailto body) say the same.

import { h } from '../ui/dom.js';
import { QUESTIONS } from './fields.js';
import { investmentSentence, shortfall, solvencySentence } from './money.js';
import { ctaBox } from '../shell.js';
import { sourceList, sourceNote } from '../ui/sources.js';

const TONES = { ELIGIBLE: 'ok', BLOCKED: 'bad', INCOMPLETE: 'info' };

/** The on-screen field a missing answer or rate is entered in. */
function missingField(m) {
  return m.code === 'RATE_MISSING' ? `permit-rate-${m.currency}` : `permit-${m.field}`;
}

/** The verdict and its grounds as sentences: `{ headline, blockers, missing, caveats, facts }`. */
export function permitReport(tool, a) {
  const t = tool.host.t;
  const rules = tool.rules();
  const money = { SOLVENCY_BELOW: solvencySentence(t, a), INVESTMENT_NOT_ABOVE_THRESHOLD: investmentSentence(t, a) };
  const n = { BLOCKED: a.blockers.length, INCOMPLETE: a.missing.length }[a.verdict] ?? 0;
  return {
    headline: { text: t(`verdict.${a.verdict}`, { n, ground: t.label(`ground.${tool.p.ground}`, tool.p.ground) }), tone: TONES[a.verdict], verdict: a.verdict },
    blockers: a.blockers.map((b) => blocker(t, rules, a, b, money)),
    missing: a.missing.map((m) => ({ text: missingText(t, m), field: missingField(m) })),
    caveats: a.caveats.map((c) => ({ code: c.code, text: caveatText(t, c) })),
    facts: [
      ...Object.values(money).filter((s) => s?.tone === 'ok').map((s) => ({ ...s, more: moneySources(t, rules, a) })),
      a.housingM2PerPerson !== null && { text: t('permit.housingFunds', { m2: a.housingM2PerPerson }), tone: 'info' },
      ...a.risks.filter((r) => !r.general).map((r) => ({ text: riskText(t, r), tone: 'warn', more: sourceNote(t, rules, r) })),
      ...a.notices.filter((x) => x.code === 'MCI_ASSUMED' || x.code === 'BEFORE_FIRST_VERSION')
        .map((x) => ({ text: t(`notice.${x.code}`, { date: x.date && t.date(x.date), year: String(x.year), mciYear: String(x.mciYear) }), tone: 'info' })),
    ].filter(Boolean),
  };
}

function blocker(t, rules, a, b, money) {
  const params = {
    SOLVENCY_BELOW: () => ({ short: shortfall(t, a) }),
    INVESTMENT_NOT_ABOVE_THRESHOLD: () => ({ threshold: t.money(b.thresholdUsd, 'USD') }),
    PASSPORT_TOO_SHORT: () => ({ expiry: t.date(b.passportExpiry), applyBy: t.date(b.applyBy), date: t.date(b.applicationDate), n: b.marginDays }),
  }[b.code]?.() ?? {};
  // A money blocker is its comparison sentence, with the converted amounts.
  const fromMoney = money[b.code];
  const sources = {
    SOLVENCY_BELOW: () => moneySources(t, rules, a),
    INVESTMENT_NOT_ABOVE_THRESHOLD: () => sourceNote(t, rules, a.investment),
    PASSPORT_TOO_SHORT: () => sourceNote(t, rules, rules.passportMarginDays),
  }[b.code];
  return { text: fromMoney ? fromMoney.text : t(`blocker.${b.code}`, params), fix: t(`resolve.${b.code}`, params), more: sources?.() };
}

/** The sources of the money comparisons: the solvency multiple and the MCI, the investment threshold. */
function moneySources(t, rules, a) {
  const s = rules.solvency;
  return sourceList(t, rules, [!a.solvency.exempt && s.multiple, !a.solvency.exempt && s.mci, a.investment]);
}

function missingText(t, m) {
  if (m.code === 'RATE_MISSING') return t('missing.RATE_MISSING', { currency: m.currency });
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
 * The verdict on screen. `jump(id)` takes the visitor to a field; `host` gives the call to
 * action, shown under a red verdict or an apply-by date close at hand.
 */
export function verdictView(host, report, jump) {
  const { headline, blockers, missing, caveats, facts } = report;
  const soon = headline.verdict !== 'BLOCKED' && caveats.some((c) => c.code === 'APPLY_BY_SOON');
  return [
    h('p', { class: `kz-headline kz-${headline.tone}`, part: 'headline', 'data-verdict': headline.verdict }, headline.text),
    blockers.length > 0 && h('ul', { class: 'kz-facts kz-blockers' }, blockers.map((b) => h('li', { class: 'kz-bad' },
      h('p', {}, b.text), h('p', { class: 'kz-fix' }, b.fix), b.more))),
    headline.verdict === 'BLOCKED' && ctaBox(host, 'permit', 'blocked'),
    missing.length > 0 && h('ul', { class: 'kz-facts kz-missing' }, missing.map((m) => h('li', { class: 'kz-info' },
      h('button', { type: 'button', class: 'kz-jump', onclick: () => jump(m.field) }, m.text)))),
    headline.verdict !== 'BLOCKED' && caveatList(caveats),
    soon && ctaBox(host, 'permit', 'applySoon'),
    facts.length > 0 && h('ul', { class: 'kz-facts' }, facts.map((f) => h('li', { class: `kz-${f.tone}` }, f.text, f.more))),
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
