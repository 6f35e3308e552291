// Nothing leaves the device: a whole session with both tools makes no request other than
// file:, data: or blob:, and writes nothing to localStorage, sessionStorage, cookies or
// IndexedDB, even on a widget that allows saving, until the visitor ticks "remember".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { openWidget, assertClean } from './widget-helpers.mjs';
import { useBothTools } from './flows.mjs';
import { stored } from './keep-helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('a session with both tools sends nothing and stores nothing without consent', async () => {
  const opened = await openWidget(browser.context, { attrs: { storage: 'local' } });
  const { page, w } = opened;
  const { stay, permit } = await useBothTools(w);
  assert.match(stay, /Today: You may stay until 3 May 2024\./);
  assert.ok(permit.length > 0);
  assert.deepEqual(await stored(page), { local: [], session: [], cookie: '', idb: [] });
  assertClean(assert, opened);
});
