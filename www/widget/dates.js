// Calendar-day arithmetic on `YYYY-MM-DD` strings (the engine's boundary format). Dates are
// handled as UTC midnights so no time zone or daylight-saving change can shift a day.

const KZ_DAY_MS = 86400000;
const KZ_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number (days since 1970-01-01) of a valid ISO date, or NaN. */
function kzDayOf(iso) {
  const m = KZ_ISO.exec(iso || '');
  if (!m) return NaN;
  return kzDayFromParts(+m[1], +m[2], +m[3]);
}

/** The day number of year/month/day, or NaN when that day does not exist (31 April). */
function kzDayFromParts(year, month, day) {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return NaN;
  return t / KZ_DAY_MS;
}

function kzIsoOf(dayNumber) {
  return new Date(dayNumber * KZ_DAY_MS).toISOString().slice(0, 10);
}

function kzAddDays(iso, days) {
  return kzIsoOf(kzDayOf(iso) + days);
}

function kzIsIso(value) {
  return typeof value === 'string' && !Number.isNaN(kzDayOf(value));
}

// Dates people paste: ISO (also with slashes), day.month.year, and n/n/yyyy whose order the
// visitor chooses (`dmy` or `mdy`), since 1/2/2024 means different days in different countries.
const KZ_PASTED_DATE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{1,2})\/(\d{1,2})\/(\d{4})/g;

/** The valid ISO dates found in a line, in order; `bad` counts date-like tokens that are not real days. */
function kzDatesInLine(line, slashOrder) {
  const found = [];
  let bad = 0;
  for (const m of line.matchAll(KZ_PASTED_DATE)) {
    let parts;
    if (m[1]) parts = [+m[1], +m[2], +m[3]];
    else if (m[4]) parts = [+m[6], +m[5], +m[4]];
    else parts = slashOrder === 'mdy' ? [+m[9], +m[7], +m[8]] : [+m[9], +m[8], +m[7]];
    const day = kzDayFromParts(...parts);
    if (Number.isNaN(day)) bad++;
    else found.push(kzIsoOf(day));
  }
  return { found, bad };
}

/**
 * Reads pasted trips, one a line: two dates make a trip, one date on the last line is a
 * trip still going on. Returns the trips and the 1-based numbers of lines not understood.
 */
function kzParsePastedTrips(text, slashOrder) {
  const trips = [];
  const rejected = [];
  const lines = text.split(/\r?\n/);
  const lastFilled = lines.findLastIndex((l) => l.trim() !== '');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const { found, bad } = kzDatesInLine(line, slashOrder);
    if (bad === 0 && found.length === 2) trips.push({ entry: found[0], exit: found[1], open: false });
    else if (bad === 0 && found.length === 1 && i === lastFilled) trips.push({ entry: found[0], exit: '', open: true });
    else rejected.push(i + 1);
  });
  return { trips, rejected };
}
