// The stay answer in plain words, most important first: how long one may stay (or when one
// may come), days left, the planned trip, past overstays, when the whole allowance is back,
// then remarks about old dates. Each sentence carries a tone for its colour and icon.

import { h } from './dom.js';

/**
 * Sentences `{ text, tone }` for an engine answer. `entryUntil`: when not in the country,
 * the last day of a stay beginning on `answer.nextEntry`.
 */
export function staySentences(t, a, entryUntil) {
  const d = t.date;
  const r = a.rules;
  const limits = { max: r.maxDays, window: r.windowDays, perEntry: r.maxDaysPerEntry ?? r.maxDays };
  const out = [stayHeadline(t, a, entryUntil)];
  out.push({ text: t('stay.daysLeft', { n: a.daysRemaining, max: r.maxDays, date: d(a.on), used: a.daysUsed, window: r.windowDays }), tone: a.daysRemaining > 0 ? 'info' : 'warn' });
  if (r.maxDaysPerEntry !== null) out.push({ text: t('stay.perEntry', { n: r.maxDaysPerEntry }), tone: 'info' });
  if (a.plan) out.push(planSentence(t, a.plan, limits));
  for (const v of a.violations) {
    const when = t(v.from > a.on ? 'stay.violationAhead' : 'stay.violation', { from: d(v.from), to: d(v.to), n: v.days });
    const why = v.kinds.map((kind) => t(`violation.${kind}`, { ...limits, peak: v.peak }));
    out.push({ text: [when, ...why].join(' '), tone: 'bad' });
  }
  if (a.fullAllowanceFrom) out.push({ text: t('stay.fullAgain', { n: r.maxDays, date: d(a.fullAllowanceFrom), window: r.windowDays }), tone: 'info' });
  for (const notice of a.notices) out.push({ text: t(`notice.${notice.code}`, { date: d(notice.date) }), tone: 'note' });
  return out;
}

function stayHeadline(t, a, entryUntil) {
  const d = t.date;
  if (a.inCountry) {
    if (!a.latestExit) return { text: t('stay.mustLeave'), tone: 'bad' };
    if (a.latestExit === a.on) return { text: t('stay.lastDayToday', { date: d(a.on) }), tone: 'warn' };
    return { text: t('stay.until', { date: d(a.latestExit) }), tone: 'ok' };
  }
  if (!a.nextEntry) return { text: t('stay.noEntry'), tone: 'bad' };
  const until = d(entryUntil || a.nextEntry);
  if (a.nextEntry === a.on) return { text: t('stay.enterNow', { date: d(a.on), until }), tone: 'ok' };
  return { text: t('stay.enterFrom', { date: d(a.nextEntry), until }), tone: 'warn' };
}

function planSentence(t, p, limits) {
  const d = t.date;
  if (p.allowed) return { text: t('stay.planOk', { n: p.days, from: d(p.entry), to: d(p.exit), until: d(p.latestExit) }), tone: 'ok' };
  const parts = [t('stay.planRefused', { n: p.days, from: d(p.entry) }), t(`plan.${p.reason}`, limits)];
  parts.push(p.earliestEntry ? t('stay.planEarliest', { n: p.days, date: d(p.earliestEntry) }) : t('stay.planNever', { n: p.days }));
  return { text: parts.join(' '), tone: 'bad' };
}

/** The sentences as DOM: the first as the headline, the rest as a list; `more` (a source) follows its sentence. */
export function sentencesView(sentences) {
  const [first, ...rest] = sentences;
  return [
    h('p', { class: `kz-headline kz-${first.tone}`, part: 'headline' }, first.text),
    rest.length > 0 && h('ul', { class: 'kz-facts' }, rest.map((s) => h('li', { class: `kz-${s.tone}` }, s.text, s.more))),
  ];
}
