// Nothing leaves the device: a whole session with both tools makes no request other than
// file:, data: or blob:, and writes nothing to localStorage, sessionStorage, cookies or
// IndexedDB, even on a widget that allows saving, until the visitor ticks "remember".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { openWidget, assertClean } from './widget-helpers.mjs';
import { useBothTools } from './flows.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** Everything the page could have stored about the visitor. */
async function stored(page) {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    cookie: document.cookie,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
  }));
}

test('a session with both tools sends nothing and stores nothing without consent', async () => {
  const opened = await openWidget(browser.context, { attrs: { storage: 'local' } });
  const { page, w } = opened;
  const { stay, permit } = await useBothTools(w);
  assert.match(stay, /Today: You may stay until 3 May 2024\./);
  assert.ok(permit.length > 0);
  assert.deepEqual(await stored(page), { local: [], session: [], cookie: '', indexedDB: [] });
  assertClean(assert, opened);
});
