// The WordPress plugin in a real WordPress (Debian's, started and torn down by
// wordpress-site.mjs), walked as the README tells a site owner: the dist zip uploaded in
// Plugins → Add New and activated; pages with the shortcode and the block; the block in the
// editor; then deactivated and deleted. Chromium never reaches past the site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launch, record } from './browser.mjs';
import { VERSION, answerTypedTrip } from './embed-helpers.mjs';
import { TODAY } from './widget-helpers.mjs';
import { deactivate, deletePlugin, logIn, uploadAndActivate } from './wordpress-admin.mjs';
import { startWordPress } from './wordpress-site.mjs';

const ZIP = join(ROOT, `dist/kz-residence-wordpress-${VERSION}.zip`);
const SCRIPT = `/wp-content/plugins/kz-residence/kz-residence.js?ver=${VERSION}`;
const STRICT_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; require-trusted-types-for 'script'";
const INJECTED = '"><script>window.kzInjected = true</script><b id="kz-injected">injected</b>';

let site;
let browsers = []; // the administrator's and a visitor's, apart so the visitor is not logged in
let admin; // a page logged in to wp-admin
let page; // a visitor's page
let initial; // the database's options and tables before the plugin came
let problems; // console errors and uncaught exceptions on the visitor's page

before(async () => {
  site = await startWordPress();
  // The widget's strict policy (README), on any page asked for with `csp`.
  site.addMustUsePlugin('strict-csp', `add_action('send_headers', function () { if (isset($_GET['csp'])) header(${JSON.stringify(`Content-Security-Policy: ${STRICT_CSP}`)}); });`);
  for (let i = 0; i < 2; i++) browsers.push(await launch()); // one by one, so `after` closes any that started
  for (const { context } of browsers) {
    // Only the site: WordPress's admin asks for avatars and pictures elsewhere.
    await context.route((url) => !url.href.startsWith(site.url), (route) => route.abort());
  }
  admin = await browsers[0].context.newPage();
  page = await browsers[1].context.newPage();
  ({ problems } = record(page));
  // WordPress adds options of its own on its first pages (keys, widgets, cron): visit them first.
  await logIn(admin, site);
  await admin.goto(`${site.url}/wp-admin/plugins.php`);
  await page.goto(site.url);
  initial = snapshot();
});

after(async () => {
  for (const browser of browsers) await browser.close();
  await site?.stop();
});

test('the dist zip uploads in Plugins → Add New, activates, and its PHP is valid', async () => {
  await uploadAndActivate(admin, site, ZIP);
  const dir = join(site.root, 'wp-content/plugins/kz-residence');
  for (const file of readdirSync(dir, { recursive: true }).filter((name) => name.endsWith('.php'))) {
    execFileSync('php', ['-l', join(dir, file)], { stdio: 'pipe' });
  }
  const header = site.php("require_once ABSPATH . 'wp-admin/includes/plugin.php'; echo json_encode(get_plugin_data(WP_PLUGIN_DIR . '/kz-residence/kz-residence.php', false, false));");
  const { Name, Version, RequiresWP, RequiresPHP } = JSON.parse(header);
  assert.deepEqual({ Name, Version, RequiresWP, RequiresPHP }, { Name: 'KZ Residence Calculator', Version: VERSION, RequiresWP: '6.1', RequiresPHP: '7.4' });
});

test('a page with the shortcode shows the widget with its attributes, and it answers a typed trip', async () => {
  const url = site.addPage('calculator', `[kz_residence lang="ru" tool="stay" today="${TODAY}" storage="none" rates="USD=520" cta_href="https://example.kz/contact" cta_label="Получить консультацию" cta_label_kk="Кеңес алу" unknown="dropped"]`);
  await page.goto(url);
  const w = page.locator('kz-residence-calculator');
  assert.deepEqual(await attributes(w), {
    lang: 'ru', tool: 'stay', today: TODAY, storage: 'none', rates: 'USD=520',
    'cta-href': 'https://example.kz/contact', 'cta-label': 'Получить консультацию', 'cta-label-kk': 'Кеңес алу',
  });
  assert.notEqual(await answerTypedTrip(w, 'ru'), '', 'the headline shows the answer');
  assert.deepEqual(problems, []);
});

test('the script is enqueued only where the widget is: versioned, in the footer, with no inline script', async () => {
  const withWidget = await scripts(`${site.url}/?pagename=calculator`);
  assert.deepEqual(withWidget.ours, [{ src: `${site.url}${SCRIPT}`, inHead: false, afterWidget: true }]);
  assert.deepEqual(withWidget.inlineOfOurs, [], 'no inline script of the plugin');
  const without = await scripts(site.addPage('plain', 'No calculator here.'));
  assert.deepEqual(without.ours, []);
});

test('the widget answers under its strict Content-Security-Policy inside WordPress', async () => {
  const strict = await browsers[1].context.newPage();
  const violations = [];
  await strict.exposeFunction('kzViolation', (v) => violations.push(v));
  await strict.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.kzViolation(`${e.violatedDirective} ${e.sourceFile} ${e.blockedURI}`)));
  const response = await strict.goto(`${site.url}/?pagename=calculator&csp=1`);
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  assert.notEqual(await answerTypedTrip(strict.locator('kz-residence-calculator'), 'ru'), '');
  // WordPress's own inline scripts and styles are refused; nothing of the plugin's may be.
  assert.deepEqual(violations.filter((v) => v.includes('kz-residence')), []);
  await strict.close();
});

test('the block renders the same element on the server', async () => {
  await page.goto(site.addPage('block', `<!-- wp:kz-residence/calculator {"lang":"kk","tool":"permit","today":"${TODAY}"} /-->`));
  const w = page.locator('kz-residence-calculator');
  assert.deepEqual(await attributes(w), { lang: 'kk', tool: 'permit', today: TODAY });
  await w.locator('[part=headline]').first().waitFor();
  assert.equal((await scripts(page.url())).ours.length, 1);
});

test('the block\'s settings in the editor become its attributes', async () => {
  await admin.goto(`${site.url}/wp-admin/post-new.php?post_type=page`);
  await admin.waitForFunction(() => window.wp?.blocks?.getBlockType('kz-residence/calculator'));
  await admin.evaluate(() => window.wp.data.dispatch('core/block-editor').insertBlocks(window.wp.blocks.createBlock('kz-residence/calculator')));
  await admin.getByText('The calculator appears on the published page').waitFor();
  await admin.getByLabel('Language', { exact: true }).selectOption('kk');
  await admin.getByLabel('Contact link text in Kazakh').fill('Кеңес алу');
  const content = await admin.evaluate(() => window.wp.data.select('core/editor').getEditedPostContent());
  assert.equal(content, '<!-- wp:kz-residence/calculator {"lang":"kk","cta_label_kk":"Кеңес алу"} /-->');
});

test('an attribute carrying "><script> stays inert, from the shortcode and from the block', async () => {
  const json = JSON.stringify({ cta_label: INJECTED, cta_href: 'javascript:alert(1)' });
  for (const [i, content] of [`[kz_residence lang="en" cta_label='${INJECTED}']`, `<!-- wp:kz-residence/calculator ${json} /-->`].entries()) {
    await page.goto(site.addPage(`injected-${i}`, content));
    const found = await page.evaluate(() => ({
      ran: 'kzInjected' in window,
      extra: document.getElementById('kz-injected') !== null,
      widgets: document.querySelectorAll('kz-residence-calculator').length,
    }));
    assert.deepEqual(found, { ran: false, extra: false, widgets: 1 }, content);
  }
  // The block's value arrives whole: esc_attr kept it text; esc_url refused the javascript: link.
  assert.deepEqual(await attributes(page.locator('kz-residence-calculator')), { 'cta-label': INJECTED });
});

test('deactivated, the plugin renders nothing: the shortcode is plain text again', async () => {
  await deactivate(admin, site);
  await page.goto(`${site.url}/?pagename=calculator`);
  assert.equal(await page.locator('kz-residence-calculator').count(), 0);
  assert.deepEqual((await scripts(page.url())).ours, []);
});

test('deleted, the plugin leaves nothing behind', async () => {
  await deletePlugin(admin, site);
  assert.equal(existsSync(join(site.root, 'wp-content/plugins/kz-residence')), false);
  const now = snapshot();
  assert.deepEqual(now.tables, initial.tables);
  // WordPress's own bookkeeping is not the plugin's: its transients, and the Plugins
  // screen's list of recently deactivated plugins, which it keeps after a deletion.
  const own = /^(_site)?_transient_|^recently_activated$/;
  assert.deepEqual(now.options.filter((name) => !initial.options.includes(name) && !own.test(name)), []);
  const mentions = site.sql(`SELECT option_name FROM wp_options WHERE option_name <> 'recently_activated' AND (option_name LIKE '%kz%residence%' OR option_value LIKE '%kz-residence%' OR option_value LIKE '%kz\\_residence%')
    UNION SELECT meta_key FROM wp_postmeta WHERE meta_key LIKE '%kz%residence%' UNION SELECT meta_key FROM wp_usermeta WHERE meta_key LIKE '%kz%residence%'`);
  assert.equal(mentions, '');
});

/** The names of the database's options and tables. */
function snapshot() {
  const rows = (query) => site.sql(query).split('\n').filter(Boolean);
  return { options: rows('SELECT option_name FROM wp_options'), tables: rows('SHOW TABLES') };
}

/** The element's attributes, by name. */
function attributes(w) {
  return w.evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
}

/** The plugin's script tags on the page at `url` (where they are) and any inline script of its. */
async function scripts(url) {
  if (page.url() !== url) await page.goto(url);
  return page.evaluate(() => {
    const widget = document.querySelector('kz-residence-calculator');
    const ours = [...document.scripts].filter((s) => s.src.includes('/kz-residence/'));
    return {
      ours: ours.map((s) => ({
        src: s.src,
        inHead: document.head.contains(s),
        afterWidget: widget !== null && Boolean(widget.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING),
      })),
      inlineOfOurs: [...document.scripts].filter((s) => !s.src && /kz-residence|kz_residence/.test(s.id + s.textContent)).map((s) => s.id),
    };
  });
}
