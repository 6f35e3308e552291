// The widget under the strictest Content-Security-Policy it can live with (see
// tests/e2e/pages/strict.html): both tools, the timeline, a language switch, the compressed
// share link and the calendar file work, and not one CSP or Trusted Types violation is reported.
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
  // The plan is the headline's subject; the card also says what it assumes and what holds today.
  assert.match(stay.split('\n')[0], /^Your trip from 1 June 2024 for 30 days is not allowed\. .* The earliest entry for 30 days is 8 July 2024\.$/);
  assert.match(stay, /This assumes your current stay ends on 3 May 2024, your last allowed day, and you come back on 1 June 2024\./);
  assert.match(stay, /Today: You may stay until 3 May 2024\./);
  // The picture, drawn in the opened why: the three trips, the one in progress also as the answer assumes it goes on.
  assert.equal(bars, 4);
  assert.match(permit, /residence permit/);
  assert.match(russian, /2024/);
  assert.notEqual(russian, stay, 'the answer changed language');
  // The share link is compressed in the page (CompressionStream, no request) and the
  // calendar file is made as a blob: download.
  await w.locator('#share').click();
  assert.match(await w.locator('#share-link').inputValue(), /#kz-calculator=2\.[A-Za-z0-9_-]+\.[a-z0-9]+$/);
  const [download] = await Promise.all([page.waitForEvent('download'), w.locator('#calendar').click()]);
  assert.match(download.url(), /^blob:/);
  // The shadow root is styled: its stylesheet was adopted despite style-src 'self'.
  const styled = await w.evaluate((el) => el.shadowRoot.adoptedStyleSheets.length > 0);
  assert.equal(styled, true);
  assert.deepEqual(await page.evaluate(() => window.kzViolations), []);
  assertClean(assert, opened);
});
