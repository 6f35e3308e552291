// Numbers as visitors type them into the money fields: a decimal comma or point (banks in
// Kazakhstan write "520,35", English sites "520.35"), spaces between thousands ("5 709 000")
// or commas between every group ("5,709,000"). What could be read two ways ("1,234":
// 1.234 or 1234?) is refused rather than guessed: a wrong guess would be a false verdict.

/**
 * `{ value }` for a number, `{ empty: true }` for nothing typed, or `{ problem }`:
 * `ambiguous` (with `readings`: the decimal and the thousands reading), `mixed` (both a
 * comma and a point) or `invalid`. Never negative, never in exponent notation.
 */
export function parseDecimal(text) {
  const s = String(text).trim().replace(/(\d)\s+(?=\d)/g, '$1');
  if (s === '') return { empty: true };
  if (/^\d+$/.test(s)) return { value: Number(s) };
  const one = /^(\d+)[.,](\d+)$/.exec(s);
  if (one) {
    const [, whole, fraction] = one;
    // Thousands are grouped by three after one to three digits, never after a leading zero.
    const couldBeThousands = fraction.length === 3 && whole.length <= 3 && !whole.startsWith('0');
    if (couldBeThousands) return { problem: 'ambiguous', readings: [Number(`${whole}.${fraction}`), Number(whole + fraction)] };
    return { value: Number(`${whole}.${fraction}`) };
  }
  // Two or more separators of one kind can only group thousands.
  if (/^\d{1,3}(,\d{3}){2,}$/.test(s) || /^\d{1,3}(\.\d{3}){2,}$/.test(s)) return { value: Number(s.replace(/[.,]/g, '')) };
  if (/^[\d.,]+$/.test(s) && s.includes(',') && s.includes('.')) return { problem: 'mixed' };
  return { problem: 'invalid' };
}

/** The message for a `parseDecimal` problem, in the visitor's language. */
export function numberProblem(t, text, parsed) {
  const plain = (n) => t.number(n, { useGrouping: false, maximumFractionDigits: 6 });
  const example = plain(1234.5);
  if (parsed.problem === 'ambiguous') {
    const [a, b] = parsed.readings.map(plain);
    return t('permit.number.ambiguous', { text: text.trim(), a, b });
  }
  return t(parsed.problem === 'mixed' ? 'permit.number.mixed' : 'permit.number.invalid', { example });
}
