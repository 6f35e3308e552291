// The stay answer's dates for the calendar file (ui/ics.js writes it): each event described
// by its own sentence, with reminders 7 days and 1 day before the latest exit.

/** Events of answer `a` whose headline reads `headline`. */
export function stayEvents(t, a, headline) {
  const { code, from, to } = a.status;
  const events = [];
  if (code === 'MAY_STAY') events.push({ id: 'latest-exit', date: to, summary: t('ics.latestExit'), description: headline, reminders: [7, 1] });
  if (code === 'MUST_WAIT' && from) events.push({ id: 'next-entry', date: from, summary: t('ics.nextEntry'), description: t('ics.nextEntryText', { date: t.date(from), until: t.date(to) }) });
  if (a.fullAllowanceFrom && !a.fullAllowanceNow) {
    const n = a.rules.maxDays;
    events.push({ id: 'full-allowance', date: a.fullAllowanceFrom, summary: t('ics.fullAgain', { n }), description: t('ics.fullAgainText', { n, window: a.rules.windowDays, date: t.date(a.fullAllowanceFrom) }) });
  }
  return events;
}
