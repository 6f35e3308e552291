// The stay answer's headline, worded from the engine's `status` alone (domain.md §1, "The
// situation on the control date"): nothing here re-derives a rule, so a date before the
// control date can never be presented as "may stay until". Past overstays and an assumed
// regime are named right under it, since they change how far the sentence can be trusted.

import { daysBetween } from '../ui/dates.js';
import { h, replaceContent } from '../ui/dom.js';

// The headline's tone, by status code; a past overstay turns a fine one into a warning.
const TONES = { OVER_LIMIT: 'danger', MAY_STAY: 'fine', MAY_ENTER: 'fine', MUST_WAIT: 'warning' };
// The tones as the classes the facts and the permit verdicts use too.
const TONE_CLASS = { danger: 'kz-bad', warning: 'kz-warn', fine: 'kz-ok', info: 'kz-info' };

/**
 * `{ code, tone, text, more }` for an answer: `text` is the one sentence the calendar file and
 * the call to action's summary repeat, `more` the lines under it. `today`: the visitor's date.
 */
export function stayHeadline(t, a, today) {
  const { code, from, to } = a.status;
  const d = t.date;
  let text;
  let tone = TONES[code];
  if (code === 'OVER_LIMIT') text = t('status.OVER_LIMIT', { from: d(from), n: daysBetween(from, a.on) + 1 });
  else if (code === 'MAY_STAY' && to === a.on) {
    text = t(a.on === today ? 'stay.lastDayToday' : 'stay.lastDayOn', { date: d(to) });
    tone = 'warning'; // a green "leave today" would read as all clear
  } else if (code === 'MAY_STAY') text = t('status.MAY_STAY', { date: d(to) });
  else if (code === 'MAY_ENTER') text = t('status.MAY_ENTER', { date: d(a.on), until: d(to) });
  else text = from ? t('status.MUST_WAIT', { date: d(from), until: d(to ?? from) }) : t('stay.noEntry');
  const more = [];
  const past = a.notices.find((n) => n.code === 'PAST_OVERSTAY');
  if (past) {
    more.push(t('notice.PAST_OVERSTAY', { n: past.days, from: d(past.from), to: d(past.to) }));
    if (tone === 'fine') tone = 'warning';
  }
  if (a.notices.some((n) => n.code === 'REGIME_ASSUMED')) more.push(assumedSentence(t, a.rules));
  return { code, tone, text, more };
}

/** "Assumed: 90 days in any 180 with no limit per entry; choose your citizenship for your rules." */
function assumedSentence(t, rules) {
  const params = { max: rules.maxDays, window: rules.windowDays, n: rules.maxDaysPerEntry };
  return t(rules.maxDaysPerEntry === null ? 'notice.REGIME_ASSUMED' : 'stay.assumedPerEntry', params);
}

/** A headline that is not an answer: the rule does not apply, a visa governs, a field to fix or to complete. */
export function plainHeadline(text, tone = 'info') {
  return { code: null, tone, text, more: [] };
}

/**
 * Draws `head` into the headline element, which stays the same element from one answer to
 * the next (it may have focus: it is where a paste sends the visitor).
 */
export function drawHeadline(el, head) {
  if (head.code) el.dataset.status = head.code;
  else delete el.dataset.status;
  el.dataset.tone = head.tone;
  el.className = `kz-headline ${TONE_CLASS[head.tone]}`;
  replaceContent(el,
    h('p', { class: 'kz-headline-text' }, head.text),
    head.more.map((line) => h('p', { class: 'kz-headline-more' }, line)));
}
