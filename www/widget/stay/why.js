// Why the stay answer says what it says, behind one disclosure under the card: the days
// counted, the limits and under which rules each day was judged, the overstays and what they
// cost (the engine's notices, never computed here), when the whole allowance is back and on
// what assumption, the remarks, each with its source. Each sentence carries a tone.

import { h } from '../ui/dom.js';
import { sourceList, sourceNote } from '../ui/sources.js';

// The penalty band of an overstay (notice OVERSTAY_PENALTY) as a sentence.
const PENALTY_BANDS = { WARNING: 'stay.penaltyWarning', FINE: 'stay.penaltyFine', SEVERE: 'stay.penaltySevere' };
// Notices worded elsewhere: in the headline, as a consequence, or not at all here.
const NOT_REMARKS = new Set(['PAST_OVERSTAY', 'REGIME_ASSUMED', 'OVERSTAY_PENALTY', 'BORDER_REFUSAL', 'NOT_COUNTED']);

/**
 * Sentences `{ text, tone, more? }` explaining answer `a`. `index`: its sources by id;
 * `today`: the visitor's date, for "if you leave today".
 */
export function staySentences(t, a, index, today) {
  const d = t.date;
  const r = a.rules;
  const out = [];
  if (a.status.code === 'NOT_COUNTED') return remarks(t, a, index);
  out.push(a.daysOver > 0
    ? { text: t('stay.usedOver', { n: a.daysUsed, max: r.maxDays, window: r.windowDays, date: d(a.on) }), tone: 'bad' }
    : { text: t('stay.used', { n: a.daysUsed, max: r.maxDays, window: r.windowDays, date: d(a.on) }), tone: 'info' });
  if (r.maxDaysPerEntry !== null) out.push({ text: t('stay.perEntry', { n: r.maxDaysPerEntry }), tone: 'info', more: ruleSource(t, index, r) });
  if (a.periods.length > 1) out.push(...periodSentences(t, a, index));
  out.push(...a.violations.map((v) => violationSentence(t, a, v)).filter(Boolean));
  out.push(...consequences(t, a, index));
  const full = fullAllowanceSentence(t, a, today);
  if (full) out.push({ text: full, tone: 'info' });
  out.push(...remarks(t, a, index));
  return out;
}

/** The sources of the limits of a period: the citizenship's choice of the regime, and the regime's. */
function ruleSource(t, index, period) {
  return sourceList(t, index, [
    { source: period.citizenshipSource, effective: period.citizenshipEffective, unconfirmed: period.unconfirmed },
    { source: period.source, effective: period.effective },
  ]);
}

/** Each rule the history was judged under, with the days it was in force. */
function periodSentences(t, a, index) {
  const d = t.date;
  const rule = (p) => (p.visaRequired ? t('stay.periodVisa')
    : p.maxDaysPerEntry === null ? t('regime.window', { max: p.maxDays, window: p.windowDays })
      : t('regime.perEntry', { n: p.maxDaysPerEntry, max: p.maxDays, window: p.windowDays }));
  const span = (p) => (p.from && p.to ? t('stay.periodBetween', { from: d(p.from), to: d(p.to) })
    : p.from ? t('stay.periodFrom', { from: d(p.from) }) : t('stay.periodUntil', { to: d(p.to) }));
  return [
    { text: t('stay.periods'), tone: 'info' },
    ...a.periods.map((p) => ({ text: `${span(p)}: ${rule(p)}`, tone: 'info', more: ruleSource(t, index, p) })),
  ];
}

/**
 * A run of days over: ahead (trips entered for later), now, or past, with the limit it broke.
 * For the run going on now the headline gives the dates and the days sentence the count, so
 * only a broken per-entry cap is added.
 */
function violationSentence(t, a, v) {
  const d = t.date;
  const why = [];
  if (v.window !== null) {
    const p = a.periods[v.window];
    why.push(t('violation.WINDOW', { peak: v.peak, max: p.maxDays, window: p.windowDays }));
  }
  if (v.perEntry !== null) {
    const perEntry = a.periods[v.perEntry].maxDaysPerEntry;
    why.push(t('violation.PER_ENTRY', { n: perEntry, perEntry }));
  }
  if (v.when === 'NOW') return v.perEntry !== null ? { text: why.at(-1), tone: 'bad' } : null;
  const key = v.when === 'AHEAD' ? 'stay.violationAhead' : 'stay.violation';
  return { text: [t(key, { from: d(v.from), to: d(v.to), n: v.days }), ...why].join(' '), tone: 'bad' };
}

/** What an overstay leads to, as the notices give it (penalty band, refusal at the border), each with its source. */
function consequences(t, a, index) {
  const out = [];
  for (const n of a.notices) {
    if (n.code === 'OVERSTAY_PENALTY') {
      const params = { n: n.days, warn: n.warningUpToDays, fine: n.fineUpToDays, mci: n.fineMci, years: n.banYearsUpTo };
      out.push({ text: `${t('notice.OVERSTAY_PENALTY', params)} ${t(PENALTY_BANDS[n.band], params)}`, tone: 'bad', more: sourceNote(t, index, n) });
    } else if (n.code === 'BORDER_REFUSAL') {
      out.push({ text: t('notice.BORDER_REFUSAL'), tone: 'bad', more: sourceNote(t, index, n) });
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
  return t(a.fullAllowanceNow ? 'stay.fullAgainSince' : 'stay.fullAgain', params);
}

/** The remarks the answer carries (registration, QazETA, unconfirmed dates, old dates), each with its source. */
function remarks(t, a, index) {
  return a.notices.filter((n) => !NOT_REMARKS.has(n.code)).map((n) => {
    const d = t.date;
    const params = {
      date: n.date && d(n.date), days: n.freeDays, workdays: n.workingDays, hours: n.hoursBefore, valid: n.validDays,
      byDay: n.byDay, by: n.by && d(n.by), change: n.addressChangeWorkingDays, stayDays: n.days,
    };
    const key = n.code === 'QAZETA' && !n.voluntary ? 'stay.qazetaRequired'
      : n.code === 'REGISTRATION' ? (n.late ? 'registration.late' : `registration.${n.system}.${n.stay}`)
        : `notice.${n.code}`;
    const sentences = [t(key, params)];
    if (n.code === 'REGISTRATION' && !n.confirmed) sentences.push(t('registration.unconfirmed', { n: n.confirmedFromPerEntryDays, from: n.confirmedFromPerEntryDays }));
    const cited = n.code === 'RULE_DATE_UNCONFIRMED' ? { source: n.source, effective: n.date, unconfirmed: true } : n;
    return { text: sentences.join(' '), tone: 'remark', more: sourceNote(t, index, cited) };
  });
}

/** Sentences as a list; `more` (a source) follows its sentence. */
export function factsView(sentences) {
  return sentences.length > 0 && h('ul', { class: 'kz-facts' }, sentences.map((s) => h('li', { class: `kz-${s.tone}` }, s.text, s.more)));
}
