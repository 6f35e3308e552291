// The widget under the strictest Content-Security-Policy it can live with (see
// tests/e2e/pages/strict.html): both tools, the timeline and a language switch work, and not
// one CSP or Trusted Types violation is reported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';
import { assertClean } from './widget-helpers.mjs';
import { useBothTools } from './flows.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('both tools work under default-src none, script-src self, style-src self and Trusted Types', async () => {
  const context = browser.context;
  await context.addInitScript(() => {
    window.kzViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.kzViolations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
    });
  });
  const opened = await openPage(context, 'tests/e2e/pages/strict.html');
  const { page } = opened;
  // The policy really is in force: a string assigned to innerHTML is refused (the refusal
  // is itself reported, so the records start afresh after this check).
  const enforced = await page.evaluate(() => {
    try {
      document.body.innerHTML = '<b>not allowed</b>';
      return false;
    } catch {
      return true;
    }
  });
  assert.equal(enforced, true, 'the page must refuse a string sent to innerHTML');
  await page.evaluate(() => { window.kzViolations.length = 0; });
  opened.problems.length = 0;

  const w = page.locator('#calculator');
  await w.locator('.kz-headline').first().waitFor();
  const { stay, bars, permit, russian } = await useBothTools(w);
  assert.match(stay.split('\n')[0], /^You may stay until May 3, 2024\.$/);
  assert.equal(bars, 3);
  assert.match(permit, /residence permit/);
  assert.match(russian, /2024/);
  assert.notEqual(russian, stay, 'the answer changed language');
  // The shadow root is styled: its stylesheet was adopted despite style-src 'self'.
  const styled = await w.evaluate((el) => el.shadowRoot.adoptedStyleSheets.length > 0);
  assert.equal(styled, true);
  assert.deepEqual(await page.evaluate(() => window.kzViolations), []);
  assertClean(assert, opened);
});
