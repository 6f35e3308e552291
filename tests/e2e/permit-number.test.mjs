// Money as visitors type it (www/widget/permit/number.js), in Node alone: a decimal comma or
// point, spaces or repeated separators between thousands; what could be read two ways is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDecimal } from '../../www/widget/permit/number.js';

test('a decimal comma or a decimal point, as banks and sites write rates', () => {
  assert.deepEqual(parseDecimal('560'), { value: 560 });
  assert.deepEqual(parseDecimal('560,35'), { value: 560.35 });
  assert.deepEqual(parseDecimal('560.35'), { value: 560.35 });
  assert.deepEqual(parseDecimal(' 1,08 '), { value: 1.08 });
  assert.deepEqual(parseDecimal('0,041'), { value: 0.041 }, 'a leading zero never starts a thousands group');
  assert.deepEqual(parseDecimal('1234,567'), { value: 1234.567 }, 'four digits never start a thousands group');
});

test('thousands grouped by spaces or by repeated separators', () => {
  assert.deepEqual(parseDecimal('5 709 000'), { value: 5709000 });
  assert.deepEqual(parseDecimal('5\u00a0709\u202f000'), { value: 5709000 });
  assert.deepEqual(parseDecimal('5,709,000'), { value: 5709000 });
  assert.deepEqual(parseDecimal('5.709.000'), { value: 5709000 });
});

test('what could be read two ways is refused, with both readings', () => {
  assert.deepEqual(parseDecimal('1,234'), { problem: 'ambiguous', readings: [1.234, 1234] });
  assert.deepEqual(parseDecimal('10.200'), { problem: 'ambiguous', readings: [10.2, 10200] });
  assert.deepEqual(parseDecimal('1.234,5'), { problem: 'mixed' });
  assert.deepEqual(parseDecimal('1,234.5'), { problem: 'mixed' });
});

test('no signs, exponents, letters or stray separators; nothing typed is not a number', () => {
  for (const text of ['-5', '1e5', '12a', ',5', '5,', '5,,0', '$100']) assert.deepEqual(parseDecimal(text), { problem: 'invalid' }, text);
  assert.deepEqual(parseDecimal('  '), { empty: true });
});
