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

/** Launches Chromium with a fresh user-data-dir; `close()` removes it. */
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'kz-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
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

/**
 * Opens a page and records every request that is not file:, data: or blob:, every console
 * error and every uncaught exception, so a test can assert none happened.
 */
export async function openPage(context, relative = 'www/index.html', { width = 1280, height = 900 } = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  const outside = [];
  const problems = [];
  page.on('request', (r) => {
    if (!/^(file|data|blob):/.test(r.url())) outside.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(fileUrl(relative));
  await page.evaluate(() => window.KzResidence.ready);
  return { page, outside, problems };
}
