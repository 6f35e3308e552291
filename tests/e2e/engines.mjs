// One tiny async interface over three browser engines, all from Debian's packages:
//   chromium  Debian's Chromium through playwright-core (the launch of ./browser.mjs)
//   firefox   Firefox ESR through puppeteer-core over WebDriver BiDi
//   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver and selenium-webdriver,
//             under a virtual display (xvfb-run): MiniBrowser has no headless mode
//
// `launch(name)` gives
//   { name, open(relative, { width, height }), evaluate(fn, arg), screenshot(file, { selector }),
//     outside(), problems(), typeDate(id, iso), choose(id, value), close() }
// `typeDate` presses real keys (each engine's own key events), `choose` sets a select.
// `evaluate` runs `fn(arg)` in the page (arg JSON-able) and returns its awaited JSON-able result.
// `outside()` lists addresses the page loaded that are not file:, data:, blob: or about:;
// `problems()` console errors and uncaught exceptions (in WebKit fewer: see its open()).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileUrl, launch as launchChromium } from './browser.mjs';
import { cropPng } from './png.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
export const FIREFOX = '/usr/bin/firefox-esr';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const LOCAL = /^(file|data|blob|about):/;

/** Launches one engine by name. */
export async function launch(name) {
  const make = { chromium, firefox, webkit }[name];
  if (!make) throw new Error(`unknown engine ${name}; one of ${ENGINES.join(', ')}`);
  const engine = await make();
  const { evaluate } = engine;

  /**
   * Types a date into the widget's date field `id` (a text box) as a visitor does: focus it,
   * select what it holds, press the keys of the date in the language's order (26/11/2026 in
   * English, 26.11.2026 in ru and kk), then Tab out of it, which also shows its error, if any.
   */
  const typeDate = async (id, iso, host = '#calculator', lang = 'en') => {
    await evaluate(({ id, host }) => {
      const field = document.querySelector(host)?.shadowRoot?.getElementById(id);
      if (!field) throw new Error(`no #${id} in ${host}`);
      field.focus();
      field.select();
    }, { id, host });
    const [y, m, d] = iso.split('-');
    await engine.type([d, m, y].join(lang === 'en' ? '/' : '.'));
    await engine.press('Tab');
  };

  /** Sets a select of the widget `host` and dispatches the events a visitor's choice would. */
  const setField = (id, value, host) => evaluate(({ id, value, host }) => {
    const field = document.querySelector(host)?.shadowRoot?.getElementById(id);
    if (!field) throw new Error(`no #${id} in ${host}`);
    field.focus();
    field.value = value;
    if (field.value !== value) throw new Error(`#${id} refused ${value} (it has "${field.value}")`);
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }, { id, value, host });

  return {
    name,
    open: engine.open,
    evaluate,
    outside: engine.outside,
    problems: engine.problems,
    close: engine.close,
    /** Types an ISO date into the widget's date field `id` with real key presses. */
    typeDate,
    /** Picks `value` in the widget's select `id`. */
    choose: (id, value, host = '#calculator') => setField(id, value, host),
    /**
     * Saves a PNG of the viewport, or of the element `selector` whole: the viewport is made
     * as tall as the element for the shot, since rows off screen are not painted
     * (content-visibility) and WebKit shoots only what is in the window.
     */
    async screenshot(file, { selector } = {}) {
      if (!selector) return engine.shoot(file);
      const size = await evaluate(() => ({ width: innerWidth, height: innerHeight }));
      const tall = await evaluate((s) => Math.ceil(document.querySelector(s).getBoundingClientRect().height), selector);
      await engine.viewport(size.width, Math.max(size.height, tall + 200));
      try {
        // Rows that come into view are laid out afresh and may move the element: scroll again.
        await evaluate(async (s) => {
          const el = document.querySelector(s);
          for (let i = 0; i < 5 && Math.abs(el.getBoundingClientRect().top) >= 1; i++) {
            el.scrollIntoView({ block: 'start' });
            await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          }
        }, selector);
        await engine.shoot(file, selector);
      } finally {
        await engine.viewport(size.width, size.height);
      }
    },
  };
}

/** Records requests, console errors and uncaught exceptions of a Playwright or Puppeteer page. */
function recorder(page) {
  const outside = [];
  const problems = [];
  page.on('request', (r) => { if (!LOCAL.test(r.url())) outside.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return { outside, problems };
}

async function chromium() {
  const browser = await launchChromium();
  let page;
  let seen = { outside: [], problems: [] };
  return {
    async open(relative, { width = 1280, height = 900 } = {}) {
      if (page) await page.close();
      page = await browser.context.newPage();
      await page.setViewportSize({ width, height });
      seen = recorder(page);
      await page.goto(fileUrl(relative));
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    viewport: (width, height) => page.setViewportSize({ width, height }),
    shoot: (file, selector) => (selector ? page.locator(selector) : page).screenshot({ path: file }),
    outside: async () => [...seen.outside],
    problems: async () => [...seen.problems],
    close: () => browser.close(),
  };
}

async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  // puppeteer makes a fresh profile in the temporary folder and removes it on close.
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocolTimeout: 60_000,
  });
  let page;
  let seen = { outside: [], problems: [] };
  return {
    async open(relative, { width = 1280, height = 900 } = {}) {
      if (page) await page.close();
      page = await browser.newPage();
      await page.setViewport({ width, height });
      seen = recorder(page);
      await page.goto(fileUrl(relative));
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    viewport: (width, height) => page.setViewport({ width, height }),
    async shoot(file, selector) {
      await (selector ? await page.$(selector) : page).screenshot({ path: file });
    },
    outside: async () => [...seen.outside],
    problems: async () => [...seen.problems],
    close: () => browser.close(),
  };
}

/** A TCP port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Process groups of the WebKit drivers still running (xvfb-run, Xvfb, WebKitWebDriver,
// MiniBrowser and its web processes) and their folders: ended when node exits, however it
// exits (a failed or timed-out test that never reached close(), Ctrl-C, a kill).
const groups = new Map();
const killGroup = (pid, signal) => { try { process.kill(-pid, signal); } catch { /* gone */ } };
/** Whether any process of group `pgid` still runs (zombies waiting to be reaped do not count). */
function groupAlive(pgid) {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try { stat = readFileSync(`/proc/${entry}/stat`, 'latin1'); } catch { continue; }
    // pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses, so split after the last ')'.
    const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(group) === pgid && state !== 'Z') return true;
  }
  return false;
}
const pause = new Int32Array(new SharedArrayBuffer(4));
/** Synchronous, for the exit handler: SIGTERM (Xvfb then removes its lock files), SIGKILL after 2 s. */
function endGroupNow(pid, dir) {
  killGroup(pid, 'SIGTERM');
  for (let i = 0; i < 20 && groupAlive(pid); i++) Atomics.wait(pause, 0, 0, 100);
  killGroup(pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  groups.delete(pid);
}
process.on('exit', () => { for (const [pid, dir] of groups) endGroupNow(pid, dir); });
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.once(signal, () => process.exit(code));
}

async function webkit() {
  const { Builder, Key } = await import('selenium-webdriver');
  if (!existsSync(MINIBROWSER)) throw new Error(`${MINIBROWSER} is missing (apt-get install webkit2gtk-driver)`);
  const port = await freePort();
  // A folder of our own for the X authority (so xvfb-run leaves nothing in /tmp when its
  // group is killed) and as the browser's config, data and cache homes (a fresh profile).
  const dir = mkdtempSync(join(tmpdir(), 'kz-webkit-'));
  writeFileSync(join(dir, 'Xauthority'), '');
  // MiniBrowser's toolbar would keep the window at least 447 px wide: shrink its widgets
  // with GTK's own style sheet (the page's form controls are drawn by WebKit, not GTK).
  mkdirSync(join(dir, 'gtk-3.0'));
  writeFileSync(join(dir, 'gtk-3.0/gtk.css'), '* { min-width: 0; min-height: 0; margin: 0; padding: 0; border-width: 0; font-size: 1px; }\n');
  const child = spawn('xvfb-run', [
    '-a', `--auth-file=${join(dir, 'Xauthority')}`, '-s', '-screen 0 1600x4000x24 -nolisten tcp',
    'WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1',
  ], {
    detached: true, // its own process group, killed whole in stop()
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_CACHE_HOME: dir },
  });
  groups.set(child.pid, dir);
  let stderr = '';
  child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  const stop = async () => {
    if (groupAlive(child.pid)) {
      killGroup(child.pid, 'SIGTERM');
      for (let i = 0; i < 20 && groupAlive(child.pid); i++) await new Promise((r) => setTimeout(r, 100));
    }
    endGroupNow(child.pid, dir);
  };

  // Every http(s) request MiniBrowser makes goes through this proxy, which notes it and refuses
  // it: WebDriver classic shows no network traffic, and resource timing omits failed loads.
  const sent = [];
  const proxy = createHttpServer((req, res) => { sent.push(req.url); res.writeHead(403).end(); });
  proxy.on('connect', (req, socket) => { sent.push(`https://${req.url}/`); socket.destroy(); });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));

  let driver;
  try {
    await waitForDriver(port, child, () => stderr);
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: MINIBROWSER,
          args: ['--automation', `--proxy=http://127.0.0.1:${proxy.address().port}`, '--ignore-host='],
        },
      })
      .build();
    await driver.manage().setTimeouts({ script: 60_000, pageLoad: 60_000 });
  } catch (e) {
    proxy.close();
    await stop();
    throw e;
  }

  const evaluate = async (fn, arg) => {
    // The value crosses as JSON text, so WebKit returns the same shapes as the others.
    const out = await driver.executeAsyncScript(`
      const done = arguments[arguments.length - 1];
      Promise.resolve(arguments[0])
        .then((arg) => (${fn})(arg))
        .then((value) => done({ json: value === undefined ? 'null' : JSON.stringify(value) }),
              (e) => done({ error: e instanceof Error ? e.name + ': ' + e.message + ' ' + e.stack : String(e) }));`, arg === undefined ? null : arg);
    if (out.error) throw new Error(`in WebKit: ${out.error}`);
    return JSON.parse(out.json);
  };

  /** Sizes the window so the page's viewport is `width` x `height` (the toolbar takes a few pixels). */
  const viewport = async (width, height) => {
    const window = driver.manage().window();
    let rect = { width, height };
    for (let i = 0; i < 4; i++) {
      await window.setRect({ x: 0, y: 0, ...rect });
      const inner = await evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(
        () => done({ width: innerWidth, height: innerHeight })))));
      if (inner.width === width && inner.height === height) return;
      rect = { width: rect.width + width - inner.width, height: rect.height + height - inner.height };
    }
    throw new Error(`WebKit: could not size the viewport to ${width} x ${height}`);
  };

  return {
    async open(relative, { width = 1280, height = 900 } = {}) {
      sent.length = 0;
      await driver.get(fileUrl(relative));
      // WebDriver classic shows no console either: note errors from here on in the page.
      // WebKit reports an uncaught exception of a file: script only as "Script error.", the
      // same text as a ResizeObserver loop notice (which Chromium and Firefox do not count as
      // an exception either), so those are left out: what remains is console.error, unhandled
      // rejections and the errors WebKit names.
      await evaluate(() => {
        const seen = (window.__kzProblems = []);
        const error = console.error.bind(console);
        console.error = (...args) => { seen.push(`console: ${args.join(' ')}`); error(...args); };
        addEventListener('error', (e) => { if (e.message !== 'Script error.') seen.push(`pageerror: ${e.message}`); });
        addEventListener('unhandledrejection', (e) => seen.push(`pageerror: ${e.reason?.message ?? e.reason}`));
      });
      await viewport(width, height);
    },
    evaluate,
    // WebDriver actions send the keys to whatever has the focus, inside a shadow root too.
    type: (text) => driver.actions().sendKeys(text).perform(),
    press: (key) => driver.actions().sendKeys(Key[key.toUpperCase()]).perform(),
    viewport,
    async shoot(file, selector) {
      const png = Buffer.from(await driver.takeScreenshot(), 'base64');
      if (!selector) return writeFileSync(file, png);
      // WebKitWebDriver's element screenshots come out shifted: cut the element out of the window's.
      const rect = await evaluate((s) => {
        const r = document.querySelector(s).getBoundingClientRect();
        const scale = devicePixelRatio;
        return { x: r.x * scale, y: r.y * scale, width: r.width * scale, height: r.height * scale };
      }, selector);
      writeFileSync(file, cropPng(png, rect));
    },
    // What went through the proxy, and what the page's resource timing lists (loads that
    // bypassed it, if any did).
    async outside() {
      const timed = await evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
      return [...new Set([...sent, ...timed.filter((u) => !LOCAL.test(u))])];
    },
    problems: () => evaluate(() => window.__kzProblems || []),
    async close() {
      try { await driver.quit(); } catch { /* the browser may already be gone */ }
      proxy.close();
      await stop();
    },
  };
}

/** Waits until WebKitWebDriver answers on `port`, or fails with what it printed. */
async function waitForDriver(port, child, stderr) {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}): ${stderr()}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}: ${stderr()}`);
}
