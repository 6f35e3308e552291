// Every sentence the widget can show exists in English, Russian and Kazakh, and every
// catalogue key is used: keys written in the widget's code, plus one key per code the engine
// can hand it (target/types/codes.json, which `make dist` writes from the Rust types: error
// codes, plan refusals, notices, registration rules, verdicts, blockers, risks, ...) and per
// id the rules profile gives (documents, steps, their authorities, fees, exams). Runs in Node
// alone: no browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const read = (p) => readFileSync(join(ROOT, p), 'utf8');
const LANGS = ['en', 'ru', 'kk'];
// Each language's catalogue is three ES modules in i18n/<lang>/ (app, stay, permit), each
// exporting one `const <part> = {...}`, imported here and joined.
const PARTS = ['app', 'stay', 'permit'];
const parts = {};
for (const lang of LANGS) {
  parts[lang] = {};
  for (const name of PARTS) {
    const file = `www/widget/i18n/${lang}/${name}.js`;
    parts[lang][name] = (await import(`../../${file}`))[name];
    if (!parts[lang][name]) throw new Error(`${file} exports no ${name}`);
  }
}
const part = (lang, name) => parts[lang][name];
const catalogs = Object.fromEntries(LANGS.map((l) => [l, Object.assign({}, ...PARTS.map((p) => part(l, p)))]));
/** Every .js file of the widget but the catalogues (i18n/index.js included), recursively. */
const widgetCode = readdirSync(join(ROOT, 'www/widget'), { recursive: true })
  .filter((f) => f.endsWith('.js') && !/^i18n\/(en|ru|kk)\//.test(f))
  .map((f) => read(`www/widget/${f}`)).join('\n');
const CODES = join(ROOT, 'target/types/codes.json');
if (!existsSync(CODES)) throw new Error('target/types/codes.json is missing: `make dist` writes it from the Rust types');
const codes = JSON.parse(readFileSync(CODES, 'utf8'));
const profile = JSON.parse(read('src/rules/kz.json'));
const matches = (text, re) => [...text.matchAll(re)].map((m) => m[1]);
const values = (timeline) => timeline.map((e) => e.value);
const named = (list) => list.map((item) => item.id);
const namedValues = (list) => list.flatMap((item) => values(item.timeline));

/** Every code the engine or id the profile can give, by the catalogue family that words it. */
const families = {
  ...codes,
  doc: named(profile.permit.documents),
  step: named(profile.permit.steps),
  fee: named(profile.permit.fees),
  authority: [...new Set(namedValues(profile.permit.steps).map((s) => s.authority))],
  circumstance: [...new Set(namedValues(profile.permit.documents).map((d) => d.when?.circumstance).filter(Boolean))],
  exam: [...new Set(values(profile.permit.citizenshipTests).flat())],
};

test('the engine values the widget translates were all found', () => {
  for (const [family, list] of Object.entries(families)) assert.ok(list.length > 0, `no ${family} values found`);
  assert.ok(families.error.includes('OVERLAPPING_TRIPS') && families.error.includes('NOT_READY'));
  assert.ok(families.blocker.includes('PASSPORT_TOO_SHORT'));
  assert.ok(families.notice.includes('NOT_COUNTED') && families.registration.includes('SELF_REGISTERS.CURRENT'));
  assert.deepEqual(families.housing, ['rent', 'own', 'owner-confirms-in-person']);
});

test('no key is defined in two parts of a catalogue (the later one would silently win)', () => {
  for (const lang of LANGS) {
    const seen = new Map();
    for (const name of PARTS) {
      for (const key of Object.keys(part(lang, name))) {
        assert.ok(!seen.has(key), `${lang}: ${key} is in both ${seen.get(key)} and ${name}`);
        seen.set(key, name);
      }
    }
  }
});

test('every language has exactly the same keys', () => {
  const en = Object.keys(catalogs.en).sort();
  for (const lang of ['ru', 'kk']) assert.deepEqual(Object.keys(catalogs[lang]).sort(), en, `${lang} differs from en`);
});

// Notices the widget words otherwise: the registration rules in a family of their own, the
// status sentence for those not counted, and none for an assumed regime (the widget asks for
// the citizenship instead of assuming one).
const WORDED_ELSEWHERE = new Set(['notice.REGISTRATION', 'notice.NOT_COUNTED', 'notice.REGIME_ASSUMED']);

test('every engine code and profile id has a message in every language', () => {
  for (const [family, values] of Object.entries(families)) {
    for (const value of values.filter((v) => !WORDED_ELSEWHERE.has(`${family}.${v}`))) {
      for (const lang of LANGS) assert.ok(`${family}.${value}` in catalogs[lang], `${lang} lacks ${family}.${value}`);
    }
  }
});

test('dynamic keys in the code use only the engine families above', () => {
  const prefixes = new Set(matches(widgetCode, /`([a-z]+)\.\$\{/g));
  for (const prefix of prefixes) assert.ok(prefix in families, `the code builds ${prefix}.* keys the test cannot check`);
});

test('no catalogue key is unused', () => {
  const literal = new Set(matches(widgetCode, /'([a-z]+(?:\.[A-Za-z0-9_-]+)+)'/g));
  // A key built from a family and a suffix (`step.${id}.optional`) is used for every value.
  const suffixed = [...widgetCode.matchAll(/`([a-z]+)\.\$\{[^}]+\}((?:\.[A-Za-z]+)+)`/g)].flatMap(([, f, suffix]) => families[f].map((v) => `${f}.${v}${suffix}`));
  const used = new Set([...literal, ...suffixed, ...Object.entries(families).flatMap(([f, list]) => list.map((v) => `${f}.${v}`))]);
  const unused = Object.keys(catalogs.en).filter((k) => !used.has(k));
  assert.deepEqual(unused, []);
  const prefixes = new Set(Object.keys(catalogs.en).map((k) => k.split('.')[0]));
  const missing = [...literal].filter((k) => prefixes.has(k.split('.')[0]) && !(k in catalogs.en));
  assert.deepEqual(missing, [], 'keys used in the code but absent from the catalogue');
});

test('messages in every language use the same placeholders as English, and plurals are complete', () => {
  const placeholders = (message) => new Set(matches(typeof message === 'string' ? message : Object.values(message).join(' '), /\{(\w+)\}/g));
  for (const [key, en] of Object.entries(catalogs.en)) {
    for (const lang of ['ru', 'kk']) {
      const message = catalogs[lang][key];
      assert.deepEqual([...placeholders(message)].sort(), [...placeholders(en)].sort(), `${lang} ${key}`);
      if (typeof message === 'object') {
        assert.ok(message.other, `${lang} ${key} has no "other" form`);
        if (lang === 'ru') for (const form of ['one', 'few', 'many']) assert.ok(message[form], `ru ${key} lacks "${form}"`);
        // Only the language's own plural categories, or an exact number ("=1"), are ever chosen.
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const form of Object.keys(message)) assert.ok(categories.includes(form) || /^=\d+$/.test(form), `${lang} ${key}: form "${form}"`);
      }
    }
  }
});

test('month names for browsers without Intl data: twelve in each language', () => {
  for (const lang of LANGS) {
    assert.equal(catalogs[lang]['date.months'].split(' ').length, 12, lang);
    assert.equal(catalogs[lang]['date.monthsShort'].split(' ').length, 12, lang);
  }
});
