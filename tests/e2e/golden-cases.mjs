// The golden cases of tests/cases/{stay,permit}/ (request, expected answer or error), shared
// by the Chromium golden test and the three-engine test: load them, run them all in a page
// through `window.KzResidence`, and list the ones whose result differs from what Rust gives.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './browser.mjs';

/** Every case, as `{ engine, name, description, request, expected | error }`, in a fixed order. */
export const cases = ['stay', 'permit'].flatMap((engine) => {
  const dir = join(ROOT, 'tests/cases', engine);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ engine, name: f, ...JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
});

/**
 * Runs in the page (pass it to `evaluate` with the cases): each case's answer, or its error's
 * code and field. Only the request crosses into the page, and only JSON comes back.
 */
export function runInPage(requests) {
  return requests.map(({ engine, request }) => {
    try {
      return { answer: window.KzResidence[engine](request) };
    } catch (e) {
      return { error: { code: e.code, field: e.field, isError: e instanceof Error } };
    }
  });
}

/** Subset match: every key of `expected` equals the answer's; arrays whole. */
function matches(expected, actual, subset = true) {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.length === actual.length && expected.every((e, i) => matches(e, actual[i], false));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const keys = Object.keys(expected);
    if (!subset && keys.length !== Object.keys(actual).length) return false;
    return keys.every((k) => k in actual && matches(expected[k], actual[k], subset));
  }
  return expected === actual;
}

/** The cases whose `results[i]` (from `runInPage`) is not the expected answer or error. */
export function failures(results) {
  const out = [];
  cases.forEach((c, i) => {
    const got = results[i];
    const ok = c.error
      ? got.error && got.error.isError && got.error.code === c.error.code && got.error.field === c.error.field
      : got.answer && matches(c.expected, got.answer);
    if (!ok) out.push(`${c.engine}/${c.name}: ${c.description}\n  got ${JSON.stringify(got)}`);
  });
  return out;
}

/** What `runInPage` needs of each case. */
export const requests = cases.map(({ engine, request }) => ({ engine, request }));
