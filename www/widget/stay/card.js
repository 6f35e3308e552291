// The stay answer's card, right under the questions: one headline worded from the engine's
// `status` (or, with a plan, from the plan's answer, saying which exit it assumes), the two
// numbers that matter, and, when the news is bad, the consultancy's help. Nothing here
// re-derives a rule: every date, count and limit is the answer's own. Before the rules of the
// visitor are known (no citizenship yet) there is no dated answer at all: the card asks.

import { h, replaceContent } from '../ui/dom.js';

/** The tone of a status code; a past overstay turns a fine one into a warning. */
const TONES = { OVER_LIMIT: 'danger', MAY_STAY: 'fine', MAY_ENTER: 'fine', MUST_WAIT: 'warning', NOT_COUNTED: 'info' };
/** The tones as the classes the facts and the permit verdicts use too. */
export const TONE_CLASS = { danger: 'kz-bad', warning: 'kz-warn', fine: 'kz-ok', info: 'kz-info' };

/** The sentence of a status on its own: what the visitor may do now. */
function statusSentence(t, a, today) {
  const { code, from, to, days } = a.status;
  const d = t.date;
  switch (code) {
    case 'OVER_LIMIT': return t('status.OVER_LIMIT', { from: d(from), n: days });
    case 'MAY_STAY':
      if (to === a.on) return t(a.on === today ? 'stay.lastDayToday' : 'stay.lastDayOn', { date: d(to) });
      return t('status.MAY_STAY', { date: d(to) });
    case 'MAY_ENTER': return t(a.on === today ? 'status.MAY_ENTER_TODAY' : 'status.MAY_ENTER', { date: d(a.on), until: d(to) });
    case 'NOT_COUNTED': return t('status.NOT_COUNTED');
    default: return from ? t('status.MUST_WAIT', { date: d(from), until: d(to) }) : t('stay.noEntry');
  }
}

/** What ends the stay on `status.to`, in words: the per-entry cap or the window. */
function limitSentence(t, a) {
  const r = a.rules;
  if (!['MAY_STAY', 'MAY_ENTER', 'MUST_WAIT'].includes(a.status.code)) return null;
  if (a.status.limit === 'PER_ENTRY') return t('stay.limitPerEntry', { n: r.maxDaysPerEntry });
  if (a.status.limit === 'WINDOW') return t('stay.limitWindow', { max: r.maxDays, window: r.windowDays });
  return null;
}

/** The plan's sentence: allowed and until when, or why not and the earliest entry. */
function planSentence(t, a) {
  const p = a.plan;
  const d = t.date;
  const params = { from: d(p.entry), n: p.days, exit: d(p.exit) };
  if (p.allowed) return t('plan.allowed', params);
  const period = a.periods[p.period];
  const why = t(`plan.${p.reason}`, { n: p.longest, longest: p.longest, max: period.maxDays, window: period.windowDays });
  const next = p.earliestEntry ? t('plan.earliest', { n: p.days, date: d(p.earliestEntry) }) : t('plan.never', { n: p.days });
  return [t('plan.refused', params), why, next].join(' ');
}

/** What a plan made during a stay assumes about leaving: the answer rests on it. */
function assumption(t, a, today) {
  const p = a.plan;
  if (!p?.assumedExit) return null;
  const d = t.date;
  if (a.status.code === 'OVER_LIMIT') return t(a.on === today ? 'plan.assumesLeavingToday' : 'plan.assumesLeavingOn', { date: d(p.assumedExit) });
  if (p.assumedExit === p.entry) return t('plan.assumesReentry', { date: d(p.entry) });
  return t('plan.assumesLatestExit', { exit: d(p.assumedExit), from: d(p.entry) });
}

/**
 * The card's content for answer `a`: `{ code, tone, text, more, numbers, help }`, where `text`
 * is the one sentence the summary, the calendar file and the call to action repeat, `more` the
 * lines under it, `numbers` `[{ label, value }]` and `help` the call to action's situation.
 */
export function stayHeadline(t, a, today) {
  const past = a.notices.find((n) => n.code === 'PAST_OVERSTAY');
  const status = statusSentence(t, a, today);
  let tone = TONES[a.status.code];
  if (a.status.code === 'MAY_STAY' && a.status.to === a.on) tone = 'warning'; // a green "leave today" would read as all clear
  if (past && tone === 'fine') tone = 'warning';
  const more = [];
  let text = status;
  if (a.plan) {
    text = planSentence(t, a);
    if (!a.plan.allowed) tone = 'danger';
    else if (tone !== 'danger') tone = past ? 'warning' : 'fine';
    more.push(assumption(t, a, today), t('card.now', { status }));
  } else {
    more.push(limitSentence(t, a));
  }
  if (past) more.push(t('notice.PAST_OVERSTAY', { n: past.days, from: t.date(past.from), to: t.date(past.to) }));
  const help = a.plan && !a.plan.allowed ? 'plan'
    : a.status.code === 'OVER_LIMIT' ? 'overstay'
      : past ? 'pastOverstay'
        : a.status.code === 'MUST_WAIT' ? 'wait' : null;
  return { code: a.status.code, tone, text, more: more.filter(Boolean), numbers: numbers(t, a), help };
}

/** The two numbers that matter: the days counted against the limit, and the date. */
function numbers(t, a) {
  if (a.status.code === 'NOT_COUNTED') return [];
  const d = t.date;
  const usedKey = a.daysOver > 0 ? 'card.usedOverValue' : 'card.usedValue';
  const used = { label: t('card.usedLabel', { window: a.rules.windowDays, date: d(a.on) }), value: t(usedKey, { n: a.daysUsed, max: a.rules.maxDays }) };
  const p = a.plan;
  if (p) {
    const date = p.allowed ? { label: t('card.planExit'), value: d(p.exit) }
      : p.earliestEntry && { label: t('card.earliestEntry', { n: p.days }), value: d(p.earliestEntry) };
    return [used, date].filter(Boolean);
  }
  const { code, from, to } = a.status;
  const date = {
    OVER_LIMIT: from && { label: t('card.overSince'), value: d(from) },
    MAY_STAY: to && { label: t('card.leaveBy'), value: d(to) },
    MAY_ENTER: to && { label: t('card.stayUntil'), value: d(to) },
    MUST_WAIT: from && { label: t('card.enterFrom'), value: d(from) },
  }[code];
  return [used, date].filter(Boolean);
}

/** A card that is not an answer: the rule does not apply yet, a field to fix, the engine starting. */
export function plainHeadline(text, tone = 'info', more = []) {
  return { code: null, tone, text, more, numbers: [], help: null };
}

/**
 * Draws `head` into the card's headline element (which stays the same element from one answer
 * to the next: it may have focus) and its numbers.
 */
export function drawHeadline(el, numbersBox, head) {
  if (head.code) el.dataset.status = head.code;
  else delete el.dataset.status;
  el.dataset.tone = head.tone;
  el.className = `kz-headline ${TONE_CLASS[head.tone]}`;
  replaceContent(el,
    h('p', { class: 'kz-headline-text' }, head.text),
    head.more.map((line) => h('p', { class: 'kz-headline-more' }, line)));
  numbersBox.hidden = head.numbers.length === 0;
  replaceContent(numbersBox, head.numbers.map((n) => h('div', { class: 'kz-number' },
    h('dt', {}, n.label), h('dd', {}, n.value))));
}
