// Words come from codes: the widget's JavaScript words what the engine decided and decides
// nothing itself. This reads its code (the catalogues aside) for the simplest signs of a rule
// computed in JavaScript: a limit or count of the answer in a comparison or a sum, a date of
// the answer compared with another, day arithmetic outside the modules that draw and write
// dates, and a rule's number written into the code. Runs in Node alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const WIDGET = join(ROOT, 'www/widget');
/** Every widget module but the catalogues, as `{ file, lines }`, comments left out. */
const modules = readdirSync(WIDGET, { recursive: true })
  .filter((f) => f.endsWith('.js') && !/^i18n\/(en|ru|kk)\//.test(f))
  .map((file) => ({
    file,
    lines: readFileSync(join(WIDGET, file), 'utf8').split('\n').map((line) => line.replace(/^\s*(\/\/|\*|\/\*\*).*$/, '').replace(/\s\/\/ .*$/, '')),
  }));

/** The lines of every module matching `re`, as `file:line: text`, except in `allowed` files. */
function found(re, allowed = []) {
  return modules.filter((m) => !allowed.includes(m.file)).flatMap((m) => m.lines
    .map((line, i) => (re.test(line) ? `${m.file}:${i + 1}: ${line.trim()}` : null))
    .filter(Boolean));
}

const FIELDS = 'maxDays|windowDays|maxDaysPerEntry|daysUsed|daysRemaining|daysOver|marginDays|thresholdUsd|requiredKzt|shortfallKzt|shortfallUsd|validityYears|mciMultiple';

test('no limit or count of an answer is compared or summed in JavaScript', () => {
  // Whether the engine's count is above zero is reading it; against anything else, deciding.
  const arithmetic = new RegExp(`\\.(${FIELDS})\\s*([-+*/]|[<>]=?(?!\\s*0\\b))|([-+*/]|(?<!=)[<>]=?)\\s*\\w+\\.(${FIELDS})\\b`);
  // The picture scales its axis to the largest limit: drawing, not a rule.
  assert.deepEqual(found(arithmetic, ['stay/picture.js']), []);
});

test('no date of an answer is compared with another: the engine says what is past, today or ahead', () => {
  // (`=>` is a function, not a comparison.)
  const compared = /(?<!=)[<>]=?\s*(\w+\.)*(on|today|entry|exit|from|to|date|applyBy|until)\b|\b(on|today|entry|exit|from|to)\s*[<>]=?\s*\w/;
  assert.deepEqual(found(compared, ['stay/picture.js', 'ui/dates.js']), []);
});

test('day arithmetic only where dates are read, drawn and written', () => {
  const dayMath = /\b(addDays|dayOf|dayFromParts|isoOf|DAY_MS)\b/;
  // Reading typed dates, drawing the picture, the calendar file's exclusive end, Intl's dates.
  assert.deepEqual(found(dayMath, ['ui/dates.js', 'stay/picture.js', 'ui/ics.js', 'i18n/index.js']), []);
});

test('no rule\'s number is written into the code', () => {
  // (A length in a regular expression, {0,30}, is no rule.)
  assert.deepEqual(found(/(?<![{,])\b(14|30|42|90|180|365)\b(?![,}]|\s*(ms|px|rem|em|%))/, ['stay/picture.js']), []);
});
