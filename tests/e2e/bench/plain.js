// The plain-JavaScript baseline of `make bench`: reads the one trip row, counts every day of
// presence in a calendar (naively, day by day), writes the headline and dispatches
// `kz-result` with `{ tool: 'stay', answer }`, as the widget does for its first answer.
(() => {
  const WINDOW = 180;
  const MAX = 90;
  const DAY = 86400000;
  const toDay = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
  const toIso = (day) => new Date(day * DAY).toISOString().slice(0, 10);
  const now = new Date();
  const today = toIso(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY);

  /** The stay engine's main figures for `trips` on `on`; `entryUntil` is what the widget adds. */
  function answer(trips, on) {
    const first = Math.min(toDay(on), ...trips.map((t) => toDay(t.entry))) - WINDOW;
    const last = toDay(on) + 2 * WINDOW;
    const present = new Uint8Array(last - first + 1);
    for (const t of trips) for (let d = toDay(t.entry); d <= toDay(t.exit || on); d++) present[d - first] = 1;
    /** The window count of every day of the calendar `days`, one running sum. */
    const counts = (days) => {
      const out = new Uint16Array(days.length);
      let n = 0;
      for (let i = 0; i < days.length; i++) {
        n += days[i] - (i >= WINDOW ? days[i - WINDOW] : 0);
        out[i] = n;
      }
      return out;
    };
    // Whether a day of presence from `from` on is over the limit (earlier overstays are history).
    const overFrom = (days, from) => counts(days).some((n, i) => i >= from && days[i] && n > MAX);
    const start = toDay(on) - first;
    const used = counts(present)[start];
    const inCountry = present[start] === 1;
    // Not in the country: the first day from `on` on which a one-day visit breaks no limit.
    let nextEntry = start;
    while (!inCountry && nextEntry < present.length) {
      const visit = present.slice();
      visit[nextEntry] = 1;
      if (!overFrom(visit, nextEntry)) break;
      nextEntry++;
    }
    // From that entry (or today, in the country) one more day at a time while no day of the
    // stay, nor any later one, goes over.
    const stay = present.slice();
    let until = null;
    for (let d = nextEntry; d < present.length; d++) {
      stay[d] = 1;
      if (overFrom(stay, nextEntry)) break;
      until = d;
    }
    const lastPresent = present.lastIndexOf(1);
    return {
      on,
      daysUsed: used,
      daysRemaining: Math.max(0, MAX - used),
      inCountry,
      latestExit: inCountry && until !== null ? toIso(first + until) : null,
      nextEntry: inCountry ? null : toIso(first + nextEntry),
      entryUntil: !inCountry && until !== null ? toIso(first + until) : null,
      fullAllowanceFrom: lastPresent < 0 ? null : toIso(first + lastPresent + WINDOW),
    };
  }

  const form = document.getElementById('plain');
  const field = (id) => document.getElementById(id).value;
  const long = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const say = (iso) => long.format(new Date(`${iso}T00:00:00Z`));

  function update() {
    const trips = field('trip-0-entry') ? [{ entry: field('trip-0-entry'), exit: field('trip-0-exit') || null }] : [];
    const a = answer(trips, today);
    document.getElementById('answer').textContent = a.inCountry
      ? `You may stay until ${say(a.latestExit)}.`
      : `You may enter on ${say(a.nextEntry)} and stay until ${say(a.entryUntil)}.`;
    form.dispatchEvent(new CustomEvent('kz-result', { detail: { tool: 'stay', answer: a }, bubbles: true, composed: true }));
  }

  form.addEventListener('input', update);
  update();
})();
