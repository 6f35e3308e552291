// One tiny async interface over three browser engines, all from Debian's packages:
//   chromium  Debian's Chromium through playwright-core (the launch of ./browser.mjs)
//   firefox   Firefox ESR through puppeteer-core over WebDriver BiDi
//   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver and selenium-webdriver,
//             under a virtual display (xvfb-run): MiniBrowser has no headless mode
//
// `launch(name)` gives
//   { name, open(relative, { width, height }), evaluate(fn, arg), screenshot(file, { selector }),
//     outside(), problems(), typeDate(id, iso), type(text), press(key), choose(id, value), close() }
// (`relative` may end in a #fragment: a shared link).
// `typeDate` presses real keys (each engine's own key events), `choose` sets a select.
// `evaluate` runs `fn(arg)` in the page (arg JSON-able) and returns its awaited JSON-able result.
// `outside()` lists addresses the page loaded that are not LOCAL (./browser.mjs: file:, data:, blob:);
// `problems()` console errors and uncaught exceptions (in WebKit fewer: see its open()).
import { launch as launchChromium, pageUrl, record } from './browser.mjs';
import { webkit } from './engine-webkit.mjs';
import { nextFrame, typed } from './widget-helpers.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
const FIREFOX = '/usr/bin/firefox-esr';

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
    await engine.type(typed(iso, lang));
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
    /** Presses the keys of `text`, then of one `key` ('Enter', 'Tab'), into what has the focus. */
    type: engine.type,
    press: engine.press,
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
        for (let i = 0; i < 5; i++) {
          const top = await evaluate((s) => document.querySelector(s).getBoundingClientRect().top, selector);
          if (Math.abs(top) < 1) break;
          await evaluate((s) => document.querySelector(s).scrollIntoView({ block: 'start' }), selector);
          await nextFrame({ evaluate });
        }
        await engine.shoot(file, selector);
      } finally {
        await engine.viewport(size.width, size.height);
      }
    },
  };
}

/**
 * The driver over a Playwright or Puppeteer browser, which drive a page alike: `newPage()`,
 * `size(page, width, height)` sets a page's viewport, `element(page, selector)` gives what
 * to take an element's screenshot of, `close()` ends the browser.
 */
function pageDriver({ newPage, size, element, close }) {
  let page;
  let seen = { outside: [], problems: [] };
  return {
    async open(relative, { width = 1280, height = 900 } = {}) {
      if (page) await page.close();
      page = await newPage();
      await size(page, width, height);
      seen = record(page);
      await page.goto(pageUrl(relative));
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    viewport: (width, height) => size(page, width, height),
    async shoot(file, selector) {
      await (selector ? await element(page, selector) : page).screenshot({ path: file });
    },
    outside: async () => [...seen.outside],
    problems: async () => [...seen.problems],
    close,
  };
}

async function chromium() {
  const browser = await launchChromium();
  return pageDriver({
    newPage: () => browser.context.newPage(),
    size: (page, width, height) => page.setViewportSize({ width, height }),
    element: (page, selector) => page.locator(selector),
    close: () => browser.close(),
  });
}

async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  // puppeteer makes a fresh profile in the temporary folder and removes it on close.
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocolTimeout: 60_000,
    // A British visitor, as in Chromium (./browser.mjs): English dates day first.
    extraPrefsFirefox: { 'intl.accept_languages': 'en-GB, en' },
  });
  return pageDriver({
    newPage: () => browser.newPage(),
    size: (page, width, height) => page.setViewport({ width, height }),
    element: (page, selector) => page.$(selector),
    close: () => browser.close(),
  });
}
