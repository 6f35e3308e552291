// Message lookup: every sentence the widget shows comes from the en/ru/kk catalogues
// (i18n-*.js), keyed by a stable name; engine codes map to keys such as `error.INVALID_DATE`.
// Dates and numbers go through Intl in the widget's language.

const KZ_LANGS = ['en', 'ru', 'kk'];

function kzCatalog(lang) {
  return { en: KZ_I18N_EN, ru: KZ_I18N_RU, kk: KZ_I18N_KK }[lang];
}

/** The widget language: its `lang` attribute, then the page's, then the browser's, then English. */
function kzResolveLang(host) {
  const candidates = [host.getAttribute('lang'), host.parentElement?.closest('[lang]')?.lang, ...navigator.languages];
  for (const candidate of candidates) {
    const base = String(candidate || '').toLowerCase().split('-')[0];
    if (KZ_LANGS.includes(base)) return base;
  }
  return 'en';
}

/**
 * A translator for one language: `t(key, params)` returns the message with `{name}`
 * placeholders filled (numbers formatted); a message given as `{ one, few, many, other }`
 * is chosen by the plural category of `params.n`. `t.date`, `t.month`, `t.number`,
 * `t.money` format values.
 */
function kzTranslator(lang) {
  const catalog = kzCatalog(lang);
  const plural = kzIntl(Intl.PluralRules, lang, {});
  const numbers = kzIntl(Intl.NumberFormat, lang, { maximumFractionDigits: 2 });
  const t = (key, params = {}) => {
    let message = catalog[key];
    if (message === undefined) return key;
    if (typeof message === 'object') message = message[plural.select(params.n)] ?? message.other;
    return message.replace(/\{(\w+)\}/g, (whole, name) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : String(value);
    });
  };
  t.lang = lang;
  t.number = (n) => numbers.format(n);
  /** The message for `key`, or `fallback` for an id an embedder added to the profile without a translation. */
  t.label = (key, fallback) => (key in catalog ? t(key) : fallback);
  t.money = (amount, currency) => {
    try {
      return kzIntl(Intl.NumberFormat, lang, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
    } catch {
      return `${numbers.format(amount)} ${currency}`;
    }
  };
  t.date = (iso) => kzFormatDate(t, iso);
  t.month = (iso) => kzShortMonth(t, iso);
  return t;
}

// Building an Intl formatter costs far more than using one (a render formats hundreds of
// dates and amounts), so each kind, language and set of options is built once.
const kzIntlCache = new Map();

function kzIntl(Kind, lang, options) {
  const key = `${Kind.name}|${lang}|${JSON.stringify(options)}`;
  if (!kzIntlCache.has(key)) kzIntlCache.set(key, new Kind(lang, options));
  return kzIntlCache.get(key);
}

// Some Chromium builds ship ICU without Kazakh month names (Intl then prints "2024 M03 14"),
// so when Intl has no month words for the language, the catalogue's names and pattern are used.
const kzMonthWordsCache = new Map();

function kzIntlHasMonthWords(lang) {
  if (!kzMonthWordsCache.has(lang)) {
    const parts = kzIntl(Intl.DateTimeFormat, lang, { month: 'long', timeZone: 'UTC' }).formatToParts(new Date(0));
    const month = parts.find((p) => p.type === 'month');
    kzMonthWordsCache.set(lang, Boolean(month) && !/\d/.test(month.value));
  }
  return kzMonthWordsCache.get(lang);
}

function kzUtc(iso) {
  return new Date(kzDayOf(iso) * KZ_DAY_MS);
}

function kzFormatDate(t, iso) {
  if (!kzIsIso(iso)) return String(iso);
  if (kzIntlHasMonthWords(t.lang)) {
    return kzIntl(Intl.DateTimeFormat, t.lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(kzUtc(iso));
  }
  const [year, month, day] = iso.split('-').map(Number);
  return t('date.long', { year: String(year), month: t('date.months').split(' ')[month - 1], day: String(day) });
}

function kzShortMonth(t, iso) {
  if (kzIntlHasMonthWords(t.lang)) {
    return kzIntl(Intl.DateTimeFormat, t.lang, { month: 'short', timeZone: 'UTC' }).format(kzUtc(iso));
  }
  return t('date.monthsShort').split(' ')[Number(iso.slice(5, 7)) - 1];
}
