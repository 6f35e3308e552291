// The <kz-residence-calculator> element, in the manner of github/relative-time-element: its
// state lives in private fields, attribute changes are batched into one render a microtask
// later, properties mirror the attributes an embedder would script, and it tells the page what
// happened with CustomEvents (`kz-result`, `kz-cta`). The questions render at once, before the
// engine is ready; the answers fill in when it is. Everything it starts (listeners, observers,
// timers) stops when it leaves the page. shell.js draws the frame and the tools their panels;
// they reach the element only through the narrow host below. Nothing here talks to a network.

import { KzResidence, todayIso } from '../api.js';
import { ctaLink, reporter, siteRates, withMailBody } from './attributes.js';
import { resolveLang, translator } from './i18n/index.js';
import { readShared } from './keep/share.js';
import { defaultState, tripsForApi, tripsFromApi } from './keep/state.js';
import { forgetSaved, loadSaved, saveState } from './keep/storage.js';
import { PermitTool } from './permit/tool.js';
import { fillPanel, footer, footerSources, header, notes, panel, printedInputs, tabs } from './shell.js';
import { StayTool } from './stay/tool.js';
import { tripFieldIds } from './stay/trips.js';
import { styleSheet } from './styles.js';
import { isIso } from './ui/dates.js';
import { debounce, h, replaceContent } from './ui/dom.js';
import { markLeft } from './ui/fields.js';

const TOOLS = ['stay', 'permit'];

/** Whether the engine is ready (set once `KzResidence.ready` resolves, before any element hears of it). */
let engineReady = false;
KzResidence.ready.then(() => {
  engineReady = true;
});

export class KzResidenceCalculator extends HTMLElement {
  static observedAttributes = ['lang', 'tool', 'cta-href', 'cta-label', 'cta-label-en', 'cta-label-ru', 'cta-label-kk', 'regime', 'citizenship', 'storage', 'today', 'rates'];

  #root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
  /** What the visitor typed in both tools (keep/state.js). */
  #state = defaultState();
  #started = false;
  /** Keys of the one-off notes shown (damaged saved data, a changed link, a failed save). */
  #notes = [];
  /** Whether the visitor ticked "remember on this device". */
  #remember = false;
  #reportCta = reporter();
  #reportRates = reporter();
  /** The language the embedder wrote `cta-label` in: the widget's language when it started. */
  #ctaLang = null;
  /** The last answer either tool gave (the `answer` property). */
  #answer = null;
  /** Stops every listener, observer and timer of the current connection. */
  #connection = new AbortController();
  // Set by each render: the translator, the date taken as today, the live region.
  #t = null;
  #today = null;
  #status = null;
  #renderQueued = false;
  /** Tools whose panel has been built: the hidden tab's panel is built when first selected. */
  #filled = new Set();
  /** Set while a panel is built on selection: its answer is not announced (it never was). */
  #quiet = false;
  /** The sources each tool's answer cites, for the footer. */
  #sources = { stay: [], permit: [] };
  #host = this.#viewHost();
  #stayTool = new StayTool(this.#host);
  #permitTool = new PermitTool(this.#host);
  #save = debounce(() => this.#saveNow(), 300);

  constructor() {
    super();
    this.#root.adoptedStyleSheets = [styleSheet()];
  }

  connectedCallback() {
    this.#connection = new AbortController();
    const signal = this.#connection.signal;
    // Properties a page set before this script defined the element sit on the instance, hiding the accessors.
    for (const name of ['trips', 'plan', 'permit']) {
      if (Object.hasOwn(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    // Printed, each answer's why is open; it closes again afterwards.
    window.addEventListener('beforeprint', () => this.#root.querySelectorAll('details.kz-why:not([open]), details.kz-fold:not([open])').forEach((d) => {
      d.open = true;
      d.dataset.printed = '';
    }), { signal });
    window.addEventListener('afterprint', () => this.#root.querySelectorAll('details[data-printed]').forEach((d) => {
      d.open = false;
      delete d.dataset.printed;
    }), { signal });
    if (this.#started) this.#render();
    else this.#start();
    KzResidence.ready.then(() => {
      if (signal.aborted) return;
      for (const tool of this.#filled) this.#toolObject(tool).ready();
      this.#drawFooter();
    }, () => replaceContent(this.#root, h('p', { role: 'alert' }, this.#t('app.failed'))));
  }

  disconnectedCallback() {
    this.#connection.abort();
  }

  attributeChangedCallback(name, old, value) {
    if (old !== value) this.#scheduleRender();
  }

  /** One render a microtask from now, however many attributes change before then. */
  #scheduleRender() {
    if (!this.#started || this.#renderQueued) return; // before the start, #start reads the attributes
    this.#renderQueued = true;
    queueMicrotask(() => {
      this.#renderQueued = false;
      if (this.isConnected) this.#render();
    });
  }

  /** The first render, with what the device holds; a shared link (read asynchronously) follows. */
  #start() {
    this.#started = true;
    this.#ctaLang = resolveLang(this);
    const saved = this.#storageAllowed() ? loadSaved(this.#storageKey()) : {};
    if (saved.state) this.#state = saved.state;
    this.#remember = Boolean(saved.state);
    if (saved.problem) this.#notes.push('storage.corrupt');
    // Entries the visitor did not type just now count as filled in: their errors show at once.
    const filledIn = () => markLeft(this.#root, this.#state.stay.trips.flatMap((_, i) => tripFieldIds(i)));
    if (saved.state) filledIn();
    this.#render();
    readShared(this.#shareKey()).then((shared) => {
      if (shared.problem) this.#notes.push('share.tampered');
      if (shared.state) {
        this.#state = shared.state;
        filledIn();
      }
      if (shared.state || shared.problem) this.#render();
    });
  }

  /** Rebuilds the whole shadow tree (first start, language or attribute change), keeping focus. */
  #render() {
    const focused = this.#root.activeElement?.id;
    this.#t = translator(resolveLang(this));
    const today = this.getAttribute('today');
    this.#today = isIso(today) ? today : todayIso();
    const tools = this.#tools();
    if (!tools.includes(this.#state.tool)) this.#state.tool = tools[0];
    this.#status = h('p', { class: 'kz-sr', role: 'status' });
    const host = this.#host;
    const panels = tools.map((tool) => {
      const filled = tools.length === 1 || tool === this.#state.tool || this.#filled.has(tool);
      if (filled) this.#filled.add(tool);
      return panel(host, tool, tools.length > 1, filled);
    });
    replaceContent(this.#root, h('div', { class: 'kz', part: 'root', lang: this.#t.lang },
      header(host, tools), notes(host), printedInputs(host), tabs(host, tools), panels, footer(host), this.#status));
    for (const tool of this.#filled) this.#toolObject(tool).connected();
    this.#drawFooter();
    if (focused) this.#root.getElementById(focused)?.focus();
  }

  /** The tools shown: the `tool` attribute's one, or both as tabs. */
  #tools() {
    const tool = this.getAttribute('tool');
    return TOOLS.includes(tool) ? [tool] : TOOLS;
  }

  #toolObject(tool) {
    return tool === 'stay' ? this.#stayTool : this.#permitTool;
  }

  /** Builds a panel not built yet, while still hidden as the others were when built. */
  #fill(tool) {
    const section = this.#root.getElementById(`panel-${tool}`);
    if (this.#filled.has(tool) || !section) return;
    this.#filled.add(tool);
    this.#quiet = true;
    try {
      fillPanel(this.#host, section, tool);
      this.#toolObject(tool).connected();
    } finally {
      this.#quiet = false;
    }
  }

  #selectTool(tool, focusTab) {
    this.#fill(tool);
    this.#state.tool = tool;
    for (const tab of this.#root.querySelectorAll('[role="tab"]')) {
      const selected = tab.id === `tab-${tool}`;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      if (selected && focusTab) tab.focus();
    }
    for (const section of this.#root.querySelectorAll('[role="tabpanel"]')) section.hidden = section.id !== `panel-${tool}`;
    this.#save();
  }

  /** Tells screen-reader users the new main answer, once, when it changes. */
  #announce(text) {
    if (!this.#quiet && this.#status && this.#status.textContent !== text) this.#status.textContent = text;
  }

  /** The footer lists the sources of the answers shown, and nothing else. */
  #drawFooter() {
    const box = this.#root.getElementById('footer-sources');
    if (box) replaceContent(box, footerSources(this.#host, this.#tools().flatMap((tool) => this.#sources[tool])));
  }

  /** The last answer of either tool, as `kz-result` carried it (null before the first). */
  get answer() {
    return this.#answer;
  }

  /**
   * The stay tool's trips, `[{ entry, exit }]` (`{ entry }` alone for a trip still going on),
   * dates as ISO strings (or as typed, when the widget could not read one).
   */
  get trips() {
    return tripsForApi(this.#state.stay.trips);
  }

  /**
   * Replaces the stay tool's trips with `[{ entry, exit? }]` (ISO dates; no exit: still in
   * Kazakhstan), shows them and answers at once (`kz-result`). A bad item is kept as given and
   * gets the error typing it would.
   */
  set trips(list) {
    const trips = tripsFromApi(list);
    this.#fill('stay');
    this.#stayTool.setTrips(trips);
    this.#save();
  }

  /** The stay tool's planned trip, `{ entry, days }`, or null. */
  get plan() {
    const s = this.#state.stay;
    return s.planEntry || s.planDays ? { entry: s.planEntry, days: s.planDays === '' ? null : Number(s.planDays) } : null;
  }

  /** Sets the planned trip (`{ entry, days }`, or null for none): the headline then answers it. */
  set plan(value) {
    if (value !== null && (typeof value !== 'object' || Array.isArray(value))) throw new TypeError('plan must be { entry, days } or null');
    this.#fill('stay');
    this.#stayTool.setPlan(value);
    this.#save();
  }

  /** The permit request the permit tool shows (what `KzResidence.permit` gets from it). */
  get permit() {
    return this.#permitTool.request();
  }

  /** Shows a permit request in the permit tool's questions (fields it does not ask about are left out). */
  set permit(request) {
    this.#fill('permit');
    this.#permitTool.setRequest(request);
    this.#save();
  }

  #emitResult(tool, answer) {
    this.#answer = answer;
    this.dispatchEvent(new CustomEvent('kz-result', { detail: { tool, answer }, bubbles: true, composed: true }));
  }

  /** The contact link when `cta-href` is http(s), mailto or tel; anything else is ignored with a warning. */
  #ctaHref() {
    return ctaLink(this.getAttribute('cta-href'), this.#reportCta);
  }

  /**
   * The call to action's words: `cta-label-<lang>` in that language, `cta-label` in the
   * language the widget started in, else the catalogue's.
   */
  #ctaLabel() {
    const lang = this.#t.lang;
    const label = this.getAttribute('cta-label');
    return this.getAttribute(`cta-label-${lang}`) || (label && lang === this.#ctaLang ? label : this.#t('cta.label'));
  }

  /**
   * Fired on a click of the call to action, with the answer, a summary and what the visitor
   * entered (a lead the consultancy's form can use); the page may cancel it to open its own
   * form. A `mailto:` link gets the summary as the mail's body, which the visitor sees in
   * their own mail program before anything is sent.
   */
  #ctaClicked(event, tool) {
    const tl = this.#toolObject(tool);
    const detail = { tool, summary: tl.summary(), answer: tl.answer ?? null, inputs: tl.inputs() };
    const proceed = this.dispatchEvent(new CustomEvent('kz-cta', { detail, bubbles: true, composed: true, cancelable: true }));
    if (!proceed) {
      event.preventDefault();
      return;
    }
    const href = this.#ctaHref();
    if (href && href.startsWith('mailto:') && event.currentTarget) event.currentTarget.href = withMailBody(href, detail.summary);
  }

  #storageAllowed() {
    return this.getAttribute('storage') === 'local';
  }

  #storageKey() {
    return `kz-residence:${this.id || 'default'}`;
  }

  #shareKey() {
    return this.id ? `kz-${this.id}` : 'kz';
  }

  /** Saves when the visitor asked to; a save the browser refuses says so (the previous one stays). */
  #saveNow() {
    if (!this.#remember || !this.#storageAllowed()) return;
    const failed = !saveState(this.#storageKey(), this.#state);
    if (failed === this.#notes.includes('storage.failed')) return;
    this.#notes = failed ? [...this.#notes, 'storage.failed'] : this.#notes.filter((n) => n !== 'storage.failed');
    this.#root.getElementById('notes')?.replaceWith(notes(this.#host));
  }

  #setRemember(on) {
    this.#remember = on;
    if (on) this.#saveNow();
    else forgetSaved(this.#storageKey()); // the visitor asked: "Forget"
    this.#announce(this.#t(on ? 'storage.saved' : 'storage.forgotten'));
  }

  #dismissNote(key) {
    this.#notes = this.#notes.filter((n) => n !== key);
    this.#root.querySelector(`[data-note="${key}"]`)?.remove();
  }

  /**
   * What shell.js and the tools may read and call, and nothing else of the element: the
   * current render's translator and date, the engine's readiness and rules, the visitor's
   * state, and the actions.
   */
  #viewHost() {
    const el = this;
    let rules = null;
    return Object.freeze({
      get t() { return el.#t; },
      get today() { return el.#today; },
      get ready() { return engineReady; },
      /** The rules in force today (the regimes, the states listed, the date range), once the engine is ready. */
      get rules() {
        if (!engineReady) return null;
        if (!rules || rules.on !== el.#today) rules = KzResidence.rules({ on: el.#today });
        return rules;
      },
      get range() { return this.rules?.range ?? null; },
      get state() { return el.#state; },
      get notes() { return el.#notes; },
      get remember() { return el.#remember; },
      get signal() { return el.#connection.signal; },
      get stayTool() { return el.#stayTool; },
      get permitTool() { return el.#permitTool; },
      shadowRoot: el.#root,
      getAttribute: (name) => el.getAttribute(name),
      toolObject: (tool) => el.#toolObject(tool),
      selectTool: (tool, focusTab) => el.#selectTool(tool, focusTab),
      fillPanels: () => el.#tools().forEach((tool) => el.#fill(tool)),
      setLang: (lang) => el.setAttribute('lang', lang), // re-renders through attributeChangedCallback
      save: () => el.#save(),
      announce: (text) => el.#announce(text),
      emitResult: (tool, answer) => el.#emitResult(tool, answer),
      showSources: (tool, sources) => {
        el.#sources[tool] = sources;
        el.#drawFooter();
      },
      ctaHref: () => el.#ctaHref(),
      ctaLabel: () => el.#ctaLabel(),
      ctaClicked: (event, tool) => el.#ctaClicked(event, tool),
      embedderRates: () => siteRates(el.getAttribute('rates'), el.#reportRates),
      storageAllowed: () => el.#storageAllowed(),
      shareKey: () => el.#shareKey(),
      setRemember: (on) => el.#setRemember(on),
      dismissNote: (key) => el.#dismissNote(key),
    });
  }

  static {
    // The attributes an embedder would script, mirrored as properties (`el.citizenship = 'DE'`);
    // `lang` is every element's own.
    for (const name of ['tool', 'citizenship', 'regime', 'today']) {
      Object.defineProperty(this.prototype, name, {
        get() { return this.getAttribute(name); },
        set(value) {
          if (value === null || value === undefined) this.removeAttribute(name);
          else this.setAttribute(name, String(value));
        },
        configurable: true,
        enumerable: true,
      });
    }
  }
}
