// Calendar-day arithmetic on `YYYY-MM-DD` strings (the engine's boundary format). Dates are
// handled as UTC midnights so no time zone or daylight-saving change can shift a day.

export const DAY_MS = 86400000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number (days since 1970-01-01) of a valid ISO date, or NaN. */
export function dayOf(iso) {
  const m = ISO_DATE.exec(iso || '');
  if (!m) return NaN;
  return dayFromParts(+m[1], +m[2], +m[3]);
}

/** The day number of year/month/day, or NaN when that day does not exist (31 April). */
export function dayFromParts(year, month, day) {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return NaN;
  return t / DAY_MS;
}

export function isoOf(dayNumber) {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso, days) {
  return isoOf(dayOf(iso) + days);
}

export function isIso(value) {
  return typeof value === 'string' && !Number.isNaN(dayOf(value));
}

// Dates people paste: ISO (also with slashes), day.month.year, and n/n/yyyy whose order the
// visitor chooses (`dmy` or `mdy`), since 1/2/2024 means different days in different countries.
const PASTED_DATE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{1,2})\/(\d{1,2})\/(\d{4})/g;

/** The valid ISO dates found in a line, in order; `bad` counts date-like tokens that are not real days. */
function datesInLine(line, slashOrder) {
  const found = [];
  let bad = 0;
  for (const m of line.matchAll(PASTED_DATE)) {
    let parts;
    if (m[1]) parts = [+m[1], +m[2], +m[3]];
    else if (m[4]) parts = [+m[6], +m[5], +m[4]];
    else parts = slashOrder === 'mdy' ? [+m[9], +m[7], +m[8]] : [+m[9], +m[8], +m[7]];
    const day = dayFromParts(...parts);
    if (Number.isNaN(day)) bad++;
    else found.push(isoOf(day));
  }
  return { found, bad };
}

/**
 * Reads pasted trips, one a line: two dates make a trip, one date on the last line is a
 * trip still going on. Returns the trips and the 1-based numbers of lines not understood.
 */
export function parsePastedTrips(text, slashOrder) {
  const trips = [];
  const rejected = [];
  const lines = text.split(/\r?\n/);
  const lastFilled = lines.findLastIndex((l) => l.trim() !== '');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const { found, bad } = datesInLine(line, slashOrder);
    if (bad === 0 && found.length === 2) trips.push({ entry: found[0], exit: found[1], open: false });
    else if (bad === 0 && found.length === 1 && i === lastFilled) trips.push({ entry: found[0], exit: '', open: true });
    else rejected.push(i + 1);
  });
  return { trips, rejected };
}

// Dates typed into the widget's date fields: day, month and a four-digit year in the
// visitor's order with any of . / - or a space between them (26.11.2026, 26/11/2026, or
// 11/26/2026 for an American visitor), eight digits with none (26112026: phone number pads
// have no separators), or ISO (2026-11-26). A two-digit year is refused rather than guessed.
const TYPED_PARTS = /^(\d{1,2})[./\-\s]+(\d{1,2})[./\-\s]+(\d{4})$/;
const TYPED_DIGITS = /^(\d{2})(\d{2})(\d{4})$/;
const TYPED_ISO = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/;

// Regions whose people write the month first (11/26/2026): the United States and the lands
// that follow its usage. Everyone else writing English puts the day first.
const MONTH_FIRST = new Set(['US', 'PH', 'FM', 'MH', 'PW', 'AS', 'GU', 'MP', 'PR', 'UM', 'VI']);

/**
 * How the visitor writes a date in `lang`: `mdy` (month first) for an English widget whose
 * visitor's browser names a month-first region first among its English languages (or plain
 * `en`, which browsers mean as American English), else `dmy` (Russian and Kazakh always).
 */
export function dateOrder(lang, languages = navigator.languages) {
  if (lang !== 'en') return 'dmy';
  const english = languages.find((l) => /^en(-|$)/i.test(l));
  if (!english) return 'dmy';
  const region = english.split('-')[1]?.toUpperCase();
  return !region || MONTH_FIRST.has(region) ? 'mdy' : 'dmy';
}

/** `[year, month, day]` as typed in one of the forms above in `order`, or null; the day may not exist (31.02.2026). */
function typedParts(text, order) {
  const value = String(text ?? '').trim();
  const iso = TYPED_ISO.exec(value);
  if (iso) return [+iso[1], +iso[2], +iso[3]];
  const m = TYPED_PARTS.exec(value) || TYPED_DIGITS.exec(value);
  if (!m) return null;
  return order === 'mdy' ? [+m[3], +m[1], +m[2]] : [+m[3], +m[2], +m[1]];
}

/** Whether text is written as a date (a day that may not exist), as against text that is no date at all. */
export function hasDateShape(text) {
  return typedParts(text, 'dmy') !== null;
}

/** The ISO date a visitor typed in `order`, or null when the text is not a real day in a known form. */
export function parseTypedDate(text, order = 'dmy') {
  const parts = typedParts(text, order);
  if (!parts) return null;
  const day = dayFromParts(...parts);
  return Number.isNaN(day) ? null : isoOf(day);
}

/** An ISO date as the visitor writes it in a form: 26.11.2026 in ru and kk, 26/11/2026 or 11/26/2026 in English. */
export function typedDate(iso, lang, order = 'dmy') {
  if (!isIso(iso)) return iso;
  const [year, month, day] = iso.split('-');
  if (lang !== 'en') return [day, month, year].join('.');
  return (order === 'mdy' ? [month, day, year] : [day, month, year]).join('/');
}
