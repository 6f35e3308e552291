// Message lookup: every sentence the widget shows comes from the en/ru/kk catalogues
// (i18n-*.js), keyed by a stable name; engine codes map to keys such as `error.INVALID_DATE`.
// Long dates come from the catalogue (pattern and month names); numbers, short month names,
// country and currency names go through Intl in the widget's language.

import { DAY_MS, dateOrder, dayOf, isIso } from '../ui/dates.js';
import { en } from './en/index.js';
import { kk } from './kk/index.js';
import { ru } from './ru/index.js';

export const LANGS = ['en', 'ru', 'kk'];

function catalogOf(lang) {
  return { en, ru, kk }[lang];
}

/** The widget language: its `lang` attribute, then the page's, then the browser's, then English. */
export function resolveLang(host) {
  const candidates = [host.getAttribute('lang'), host.parentElement?.closest('[lang]')?.lang, ...navigator.languages];
  for (const candidate of candidates) {
    const base = String(candidate || '').toLowerCase().split('-')[0];
    if (LANGS.includes(base)) return base;
  }
  return 'en';
}

/**
 * A translator for one language: `t(key, params)` returns the message with `{name}`
 * placeholders filled (numbers formatted); a message given as `{ one, few, many, other }`
 * is chosen by the plural category of `params.n`, or by an exact `'=1'` form where the
 * sentence differs for that number alone (Russian "one" also covers 21, 31, ...). `t.date`, `t.month`, `t.number`,
 * `t.money` format values.
 */
export function translator(lang) {
  const catalog = catalogOf(lang);
  // Built when first needed: the first Intl.NumberFormat of a page costs 15-40 ms in Chromium
  // (measured), and most answers print only day counts (see `plainNumber`).
  const numbers = (options = { maximumFractionDigits: 2 }) => intl(Intl.NumberFormat, numberLocale(lang), options);
  const formatNumber = (n) => plainNumber(n) ?? numbers().format(n);
  const t = (key, params = {}) => {
    let message = catalog[key];
    if (message === undefined) return key;
    if (typeof message === 'object') message = message[`=${params.n}`] ?? message[intl(Intl.PluralRules, lang, {}).select(params.n)] ?? message.other;
    const filled = message.replace(/\{(\w+)\}/g, (whole, name) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(value) : String(value);
    });
    // A date ending in an abbreviation ("28 февраля 2027 г.") at the end of a sentence keeps one full stop.
    return filled.replace(/\.\.(?=\s|$)/g, '.');
  };
  t.lang = lang;
  /** `n` in the language's style; `options` for Intl.NumberFormat, such as more decimals. */
  t.number = (n, options) => (options ? numbers(options).format(n) : formatNumber(n));
  /** The message for `key`, or `fallback` for an id an embedder added to the profile without a translation. */
  t.label = (key, fallback) => (key in catalog ? t(key) : fallback);
  // The narrow symbol: "₸5,709,000" rather than "KZT 5,709,000" (a code stays a code: "UZS").
  // Whole units unless `cents` (then up to two decimals, for an amount that must be exceeded).
  t.money = (amount, currency, cents = false) => {
    try {
      return numbers({ style: 'currency', currency, currencyDisplay: 'narrowSymbol', minimumFractionDigits: 0, maximumFractionDigits: cents ? 2 : 0 }).format(amount);
    } catch {
      return `${formatNumber(amount)} ${currency}`;
    }
  };
  t.date = (iso) => formatDate(t, iso);
  t.month = (iso) => shortMonth(t, iso);
  /** How the visitor writes dates in forms: `dmy`, or `mdy` for an American English visitor. */
  t.order = dateOrder(lang);
  /**
   * A source's citation for this visitor: in their language where the source has one,
   * else as published (its first citation), with that language, which the page marks.
   */
  t.cite = (source) => source.citation.find((c) => c.lang === lang) ?? source.citation[0];
  return t;
}

/**
 * A whole number from 0 to 999 as digits: what Intl.NumberFormat gives for it in English,
 * Russian and Kazakh alike (no grouping below a thousand), without building one. Null for
 * any other number, which goes to Intl.
 */
function plainNumber(n) {
  return Number.isInteger(n) && n >= 0 && n < 1000 ? String(n) : null;
}

// Building an Intl formatter costs far more than using one (a render formats hundreds of
// dates and amounts), so each kind, language and set of options is built once.
const intlCache = new Map();

export function intl(Kind, lang, options) {
  const key = `${Kind.name}|${lang}|${JSON.stringify(options)}`;
  if (!intlCache.has(key)) intlCache.set(key, new Kind(lang, options));
  return intlCache.get(key);
}

// Some Chromium builds ship ICU without Kazakh number data: Intl then writes "$ 9,725" and
// "0.5", the root locale's style. Kazakh writes numbers as Russian does (space between
// thousands, decimal comma, symbol after: "9 725 $"), so such a build formats kk numbers as ru.
const NUMBER_FALLBACK = { kk: 'ru' };
const numberLocaleCache = new Map();

function numberLocale(lang) {
  if (!numberLocaleCache.has(lang)) {
    const sample = (l) => intl(Intl.NumberFormat, l, {}).format(1234.5);
    const fallback = NUMBER_FALLBACK[lang];
    numberLocaleCache.set(lang, fallback && sample(lang) === sample('und') ? fallback : lang);
  }
  return numberLocaleCache.get(lang);
}

// Some Chromium builds ship ICU without Kazakh month names (Intl then prints "2024 M03 14"),
// so when Intl has no month words for the language, the catalogue's names and pattern are used.
const monthWordsCache = new Map();

function intlHasMonthWords(lang) {
  if (!monthWordsCache.has(lang)) {
    const parts = intl(Intl.DateTimeFormat, lang, { month: 'short', timeZone: 'UTC' }).formatToParts(new Date(0));
    const month = parts.find((p) => p.type === 'month');
    monthWordsCache.set(lang, Boolean(month) && !/\d/.test(month.value));
  }
  return monthWordsCache.get(lang);
}

function utcDate(iso) {
  return new Date(dayOf(iso) * DAY_MS);
}

/**
 * A long date from the catalogue's pattern and month names ("19 November 2026" or, for month-first English, "November 19, 2026",
 * "19 ноября 2026 г.", "2026 ж. 19 қараша"): what Intl writes in each of the three languages,
 * without Intl. The page's first Intl date formatter costs about 20 ms in Chromium (its
 * locale data), which the first answer should not wait for; and no ICU build can lack it.
 */
function formatDate(t, iso) {
  if (!isIso(iso)) return String(iso);
  const [year, month, day] = iso.split('-').map(Number);
  // English readers outside month-first regions write the day first ("1 March 2024").
  const pattern = t.order === 'mdy' ? 'date.long.mdy' : 'date.long';
  return t(pattern, { year: String(year), month: t('date.months').split(' ')[month - 1], day: String(day) });
}

function shortMonth(t, iso) {
  if (intlHasMonthWords(t.lang)) {
    return intl(Intl.DateTimeFormat, t.lang, { month: 'short', timeZone: 'UTC' }).format(utcDate(iso));
  }
  return t('date.monthsShort').split(' ')[Number(iso.slice(5, 7)) - 1];
}
