// WebKitGTK for tests/e2e/engines.mjs: MiniBrowser driven through WebKitWebDriver and
// selenium-webdriver, under a virtual display (xvfb-run), each run in a process group of its
// own that is ended however node exits.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL, pageUrl } from './browser.mjs';
import { cropPng } from './png.mjs';
import { nextFrame } from './widget-helpers.mjs';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

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

export async function webkit() {
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
      await nextFrame({ evaluate });
      const inner = await evaluate(() => ({ width: innerWidth, height: innerHeight }));
      if (inner.width === width && inner.height === height) return;
      rect = { width: rect.width + width - inner.width, height: rect.height + height - inner.height };
    }
    throw new Error(`WebKit: could not size the viewport to ${width} x ${height}`);
  };

  return {
    async open(relative, { width = 1280, height = 900 } = {}) {
      sent.length = 0;
      // The same page with another #fragment would not load afresh: leave it first.
      if (relative.includes('#')) await driver.get('about:blank');
      await driver.get(pageUrl(relative));
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
