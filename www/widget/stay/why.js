// The stay answer below the headline, in plain words: the days counted, the limits, the
// planned trip, overstays and what they cost (from the engine's notices, never computed
// here), when the whole allowance is back and on what assumption, the remarks, and the
// sources of every rule stated. Each sentence carries a tone for its colour.

import { h } from '../ui/dom.js';
import { sourceList, sourceNote } from '../ui/sources.js';

// The penalty band of an overstay (notice OVERSTAY_PENALTY) as a sentence.
const PENALTY_BANDS = { WARNING: 'stay.penaltyWarning', FINE: 'stay.penaltyFine', SEVERE: 'stay.penaltySevere' };
// Notices worded elsewhere: in the headline, or as a consequence.
const NOT_REMARKS = new Set(['PAST_OVERSTAY', 'REGIME_ASSUMED', 'OVERSTAY_PENALTY', 'BORDER_REFUSAL']);

/**
 * Sentences `{ text, tone, more? }` under the headline of answer `a`. `ctx`: `{ rules }` (the
 * rules view, for sources) and `today` (the visitor's date, for "if you leave today").
 */
export function staySentences(t, a, ctx) {
  const d = t.date;
  const r = a.rules;
  const limits = { max: r.maxDays, window: r.windowDays, perEntry: r.maxDaysPerEntry ?? r.maxDays };
  const out = [];
  const over = a.daysUsed - r.maxDays;
  out.push(over > 0
    ? { text: t('stay.usedOver', { n: a.daysUsed, over, max: r.maxDays, window: r.windowDays, date: d(a.on) }), tone: 'bad' }
    : { text: t('stay.used', { n: a.daysUsed, max: r.maxDays, window: r.windowDays, date: d(a.on) }), tone: 'info' });
  if (r.maxDaysPerEntry !== null) out.push({ text: t('stay.perEntry', { n: r.maxDaysPerEntry }), tone: 'info' });
  if (a.plan) out.push(planSentence(t, a.plan, limits));
  out.push(...a.violations.map((v) => violationSentence(t, a, v, limits)).filter(Boolean));
  out.push(...consequences(t, a, ctx.rules));
  const full = fullAllowanceSentence(t, a, ctx.today);
  if (full) out.push({ text: full, tone: 'info' });
  for (const notice of a.notices.filter((n) => !NOT_REMARKS.has(n.code))) out.push(remark(t, notice, ctx.rules));
  return out;
}

/**
 * A run of days over: ahead (trips entered for later), now, or past. For the run going on now
 * the headline gives the dates and the days sentence the count, so only a broken per-entry cap is added.
 */
function violationSentence(t, a, v, limits) {
  const why = (kinds) => kinds.map((kind) => t(`violation.${kind}`, { ...limits, peak: v.peak }));
  const d = t.date;
  if (v.from > a.on) return { text: [t('stay.violationAhead', { from: d(v.from), to: d(v.to), n: v.days }), ...why(v.kinds)].join(' '), tone: 'bad' };
  if (v.to >= a.on) return v.kinds.includes('PER_ENTRY') ? { text: why(['PER_ENTRY']).join(' '), tone: 'bad' } : null;
  return { text: [t('stay.violation', { from: d(v.from), to: d(v.to), n: v.days }), ...why(v.kinds)].join(' '), tone: 'bad' };
}

/** What an overstay leads to, as the notices give it (penalty band, refusal at the border), each with its source. */
function consequences(t, a, rules) {
  const out = [];
  for (const n of a.notices) {
    if (n.code === 'OVERSTAY_PENALTY') {
      const params = { n: n.days, warn: n.warningUpToDays, fine: n.fineUpToDays, mci: n.fineMci, years: n.banYearsUpTo };
      out.push({ text: `${t('notice.OVERSTAY_PENALTY', params)} ${t(PENALTY_BANDS[n.band], params)}`, tone: 'bad', more: sourceNote(t, rules, n) });
    } else if (n.code === 'BORDER_REFUSAL') {
      out.push({ text: t('notice.BORDER_REFUSAL'), tone: 'bad', more: sourceNote(t, rules, n) });
    }
  }
  if (out.length > 0) out.unshift({ text: t(a.status.code === 'OVER_LIMIT' ? 'stay.leaveNow' : 'stay.pastRisk'), tone: 'bad' });
  return out;
}

/** When the whole allowance is back, saying what it assumed about the trip covering the control date. */
function fullAllowanceSentence(t, a, today) {
  const date = a.fullAllowanceFrom;
  if (!date) return null;
  const params = { n: a.rules.maxDays, date: t.date(date), window: a.rules.windowDays, until: t.date(a.status.to), on: t.date(a.on) };
  if (a.fullAllowanceAssumes === 'STAY_TO_LATEST_EXIT') return t('stay.fullAgainIfStay', params);
  if (a.fullAllowanceAssumes === 'LEAVE_ON_CONTROL_DATE') return t(a.on === today ? 'stay.fullAgainIfLeaveToday' : 'stay.fullAgainIfLeaveOn', params);
  return t(date > a.on ? 'stay.fullAgain' : 'stay.fullAgainSince', params);
}

/** A remark the answer carries (registration, QazETA, an unconfirmed date, old dates), with its source. */
function remark(t, n, rules) {
  const d = t.date;
  const params = {
    date: d(n.date), days: n.freeDays, workdays: n.workingDays, hours: n.hoursBefore, valid: n.validDays,
  };
  const key = n.code === 'QAZETA' && !n.voluntary ? 'stay.qazetaRequired' : `notice.${n.code}`;
  const cited = n.code === 'RULE_DATE_UNCONFIRMED' ? { source: n.source, effective: n.date, unconfirmed: true } : n;
  return { text: t(key, params), tone: 'remark', more: cited.source ? sourceNote(t, rules, cited) : null };
}

/**
 * The sources of every rule the answer states: the limits (its regime), the entry that put
 * the citizenship under that regime, and each notice's rule.
 */
export function staySources(t, a, rules) {
  const r = a.rules;
  const entries = [{ source: r.source, effective: r.effective }, { source: r.citizenshipSource, effective: r.citizenshipEffective }];
  for (const n of a.notices) {
    if (n.code === 'RULE_DATE_UNCONFIRMED') entries.push({ source: n.source, effective: n.date, unconfirmed: true });
    else if (n.source) entries.push(n);
  }
  return sourceList(t, rules, entries);
}

function planSentence(t, p, limits) {
  const d = t.date;
  if (p.allowed) return { text: t('stay.planOk', { n: p.days, from: d(p.entry), to: d(p.exit), until: d(p.latestExit) }), tone: 'ok' };
  const parts = [t('stay.planRefused', { n: p.days, from: d(p.entry) }), t(`plan.${p.reason}`, limits)];
  parts.push(p.earliestEntry ? t('stay.planEarliest', { n: p.days, date: d(p.earliestEntry) }) : t('stay.planNever', { n: p.days }));
  return { text: parts.join(' '), tone: 'bad' };
}

/** Sentences as a list; `more` (a source) follows its sentence. */
export function factsView(sentences) {
  return sentences.length > 0 && h('ul', { class: 'kz-facts' }, sentences.map((s) => h('li', { class: `kz-${s.tone}` }, s.text, s.more)));
}
