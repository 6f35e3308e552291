// The npm package as a developer uses it: the packed dist/kz-residence-<version>.tgz installed
// offline into a fresh project, a TypeScript page bundled with esbuild and type-checked with
// tsc (strict, the package's .d.ts included), then the bundled page and a page with the
// package's classic script, both in Chromium from file://, answer a typed trip.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ROOT, launch, record } from './browser.mjs';
import { TRIP, VERSION, answerTypedTrip } from './embed-helpers.mjs';
import { assertClean } from './widget-helpers.mjs';

const TGZ = join(ROOT, `dist/kz-residence-${VERSION}.tgz`);

let project;
let browser;
before(async () => {
  project = mkdtempSync(join(tmpdir(), 'kz-npm-'));
  cpSync(join(ROOT, 'tests/e2e/npm-consumer'), project, { recursive: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  rmSync(project, { recursive: true, force: true });
});

test('the package installs offline, with no dependency of its own', () => {
  execFileSync('npm', ['init', '--yes'], { cwd: project, stdio: 'ignore' });
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', TGZ], { cwd: project, stdio: 'pipe' });
  const installed = JSON.parse(readFileSync(join(project, 'node_modules/kz-residence/package.json'), 'utf8'));
  assert.equal(installed.version, VERSION);
  assert.equal(installed.dependencies, undefined);
  assert.deepEqual(readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.')), ['kz-residence']);
});

test('a strict TypeScript page type-checks against the package\'s types', () => {
  const tsc = join(ROOT, 'node_modules/.bin/tsc');
  try {
    execFileSync(tsc, ['-p', project], { cwd: project, encoding: 'utf8' });
  } catch (e) {
    assert.fail(`tsc found errors:\n${e.stdout}${e.stderr}`);
  }
});

test('the page bundled from the ES module answers through the element and the API', async () => {
  await build({ entryPoints: [join(project, 'main.ts')], bundle: true, format: 'iife', outfile: join(project, 'bundle.js'), logLevel: 'warning' });
  const { page, seen } = await open('index.html');
  const w = page.locator('kz-residence-calculator');
  assert.notEqual(await answerTypedTrip(w, 'en'), '');
  assert.equal(await page.evaluate(() => window.kzStatus), 'MAY_ENTER', 'the typed kz-result listener read the status');
  assert.equal(await page.evaluate(() => window.kzApiAnswer.daysUsed), TRIP.days);
  assert.equal(await page.evaluate(() => 'KzResidence' in window), false, 'the ES module puts nothing on window');
  assertClean(assert, seen);
});

test('the package\'s classic script, loaded by a script tag, answers too', async () => {
  const { page, seen } = await open('classic.html');
  assert.notEqual(await answerTypedTrip(page.locator('kz-residence-calculator'), 'en'), '');
  assert.equal(await page.evaluate(() => window.KzResidence.version), VERSION);
  assertClean(assert, seen);
});

/** Opens a page of the project from file://, recording requests and errors. */
async function open(file) {
  const page = await browser.context.newPage();
  const seen = record(page);
  await page.goto(pathToFileURL(join(project, file)).href);
  return { page, seen };
}
