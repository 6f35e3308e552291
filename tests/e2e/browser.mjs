// Starts Debian's Chromium the way every browser test and the benchmark needs it: headless,
// no sandbox (we run as root), no background networking, and a fresh profile each time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = new URL('../..', import.meta.url).pathname;

/** The file:// address of a file under the project root. */
export function fileUrl(relative) {
  return pathToFileURL(join(ROOT, relative)).href;
}

/** Launches Chromium with a fresh user-data-dir, for a visitor of `locale`; `close()` removes it. */
export async function launch({ locale = 'en-GB' } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'kz-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    // A British visitor by default: the English widget then reads typed dates day first (an
    // American one, month first, has a test of its own).
    locale,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Addresses that stay on this machine: the page's own files and what it makes itself. */
export const LOCAL = /^(file|data|blob):/;

/**
 * Records, from now on, every request of a Playwright or Puppeteer `page` to an address that
 * is not LOCAL (`outside`), every console error and uncaught exception (`problems`), and every
 * console warning (`warnings`).
 */
export function record(page) {
  const outside = [];
  const problems = [];
  const warnings = [];
  page.on('request', (r) => {
    if (!LOCAL.test(r.url())) outside.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    else if (/^warn(ing)?$/.test(m.type())) warnings.push(m.text()); // Playwright's name, Puppeteer's
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return { outside, problems, warnings };
}

/** Opens a page and records what `record` does, so a test can assert nothing left it and nothing went wrong. */
export async function openPage(context, relative = 'www/index.html', { width = 1280, height = 900 } = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  const seen = record(page);
  await page.goto(fileUrl(relative));
  await page.evaluate(() => window.KzResidence.ready);
  return { page, ...seen };
}
