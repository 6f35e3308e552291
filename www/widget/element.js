// The <kz-residence-calculator> element, in the manner of github/relative-time-element: its
// state lives in private fields, attribute changes are batched into one render a microtask
// later, and it tells the page what happened with CustomEvents (`kz-result`, `kz-cta`).
// shell.js draws the frame and the tools draw their panels; they reach the element only
// through the view host below. define.js registers the element. Nothing here talks to a network.

import { KzResidence, todayIso } from '../api.js';
import { ctaLink, reporter, siteRates, withMailBody } from './attributes.js';
import { isIso } from './ui/dates.js';
import { debounce, h, replaceContent } from './ui/dom.js';
import { markLeft } from './ui/fields.js';
import { resolveLang, translator } from './i18n/index.js';
import { PermitTool } from './permit/tool.js';
import { readShared } from './keep/share.js';
import { fillPanel, footer, header, notes, panel, tabs } from './shell.js';
import { defaultState, tripsForApi, tripsFromApi } from './keep/state.js';
import { StayTool } from './stay/tool.js';
import { tripFieldIds } from './stay/trips.js';
import { forgetSaved, loadSaved, saveState } from './keep/storage.js';
import { styleSheet } from './styles.js';

export class KzResidenceCalculator extends HTMLElement {
  static observedAttributes = ['lang', 'tool', 'cta-href', 'cta-label', 'regime', 'citizenship', 'storage', 'today', 'rates'];

  #root = this.attachShadow({ mode: 'open' });
  /** What the visitor typed in both tools (state.js); null until the engine is ready. */
  #state = null;
  /** Keys of the one-off notes still shown (damaged saved data, changed link). */
  #notes = [];
  /** Whether the visitor ticked "remember on this device". */
  #remember = false;
  #reportCta = reporter();
  /** The language the embedder wrote `cta-label` in: the widget's language when it started. */
  #ctaLang = null;
  /** The last answer either tool gave (the `answer` property). */
  #answer = null;
  /** Trips set through the `trips` property before the engine was ready. */
  #pendingTrips = null;
  #reportRates = reporter();
  // Set by each render: the translator, the date taken as today, the rules in force then,
  // and the live region that announces answers.
  #t = null;
  #today = null;
  #rules = null;
  #status = null;
  #renderQueued = false;
  /** Tools whose panel has been built: the hidden tab's panel is built when first selected. */
  #filled = new Set();
  /** Set while a panel is built on selection: its answer is not announced (it never was). */
  #quiet = false;
  #host = this.#viewHost();
  #stayTool = new StayTool(this.#host);
  #permitTool = new PermitTool(this.#host);
  #save = debounce(() => this.#saveNow(), 300);

  constructor() {
    super();
    this.#root.adoptedStyleSheets = [styleSheet()];
  }

  connectedCallback() {
    // Trips a page set before this script defined the element sit on the instance, hiding the accessor.
    if (Object.hasOwn(this, 'trips')) {
      const trips = this.trips;
      delete this.trips;
      this.trips = trips;
    }
    if (this.#state) return; // moved within the page: keep what the visitor typed
    this.#t = translator(resolveLang(this));
    replaceContent(this.#root, h('p', { class: 'kz-loading' }, this.#t('app.loading')));
    KzResidence.ready.then(
      () => this.#start(),
      () => replaceContent(this.#root, h('p', { role: 'alert' }, this.#t('app.failed'))),
    );
  }

  attributeChangedCallback(name, old, value) {
    if (old !== value) this.#scheduleRender();
  }

  /** One render a microtask from now, however many attributes change before then. */
  #scheduleRender() {
    if (!this.#state || this.#renderQueued) return; // before the start, #start reads the attributes
    this.#renderQueued = true;
    queueMicrotask(() => {
      this.#renderQueued = false;
      this.#render();
    });
  }

  #start() {
    if (this.#state) return;
    const shared = readShared(this.#shareKey());
    const saved = this.#storageAllowed() ? loadSaved(this.#storageKey()) : {};
    this.#notes = [shared.problem && 'share.tampered', saved.problem && 'storage.corrupt'].filter(Boolean);
    this.#remember = Boolean(saved.state);
    this.#state = shared.state || saved.state || defaultState();
    this.#ctaLang = resolveLang(this);
    if (this.#pendingTrips) this.#state.stay.trips = this.#pendingTrips;
    // Entries the visitor did not type just now count as filled in: their errors show at once.
    if (this.#pendingTrips || shared.state || saved.state) markLeft(this.#root, this.#state.stay.trips.flatMap((_, i) => tripFieldIds(i)));
    this.#pendingTrips = null;
    this.#render();
  }

  /** Rebuilds the whole shadow tree (first start, language or attribute change), keeping focus. */
  #render() {
    const focused = this.#root.activeElement?.id;
    this.#t = translator(resolveLang(this));
    const today = this.getAttribute('today');
    this.#today = isIso(today) ? today : todayIso();
    this.#rules = KzResidence.rules({ on: this.#today });
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
      header(host), notes(host), tabs(host, tools), panels, footer(host), this.#status));
    if (focused) this.#root.getElementById(focused)?.focus();
  }

  /** The tools shown: the `tool` attribute's one, or both as tabs. */
  #tools() {
    const tool = this.getAttribute('tool');
    return tool === 'stay' || tool === 'permit' ? [tool] : ['stay', 'permit'];
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

  /** The last answer of either tool, as `kz-result` carried it (null before the first). */
  get answer() {
    return this.#answer;
  }

  /**
   * The stay tool's trips, `[{ entry, exit }]` (`{ entry }` alone for a trip still going on),
   * dates as ISO strings (or as typed, when the widget could not read one).
   */
  get trips() {
    return tripsForApi(this.#pendingTrips ?? this.#state?.stay.trips ?? []);
  }

  /**
   * Replaces the stay tool's trips with `[{ entry, exit? }]` (ISO dates; no exit: still in
   * Kazakhstan), shows them and answers at once (`kz-result`). A bad item is kept as given and
   * gets the error typing it would. Before the engine is ready, they wait for the start.
   */
  set trips(list) {
    const trips = tripsFromApi(list);
    if (!this.#state) {
      this.#pendingTrips = trips;
      return;
    }
    this.#fill('stay');
    this.#stayTool.setTrips(trips);
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

  /** Exchange rates the embedding site supplies (attributes.js). */
  #embedderRates() {
    return siteRates(this.getAttribute('rates'), this.#reportRates);
  }

  /** `cta-label` in the language it was written in; in another language, the catalogue's words. */
  #ctaLabel() {
    const label = this.getAttribute('cta-label');
    return label && this.#t.lang === this.#ctaLang ? label : this.#t('cta.label');
  }

  /**
   * Fired on a click of the call to action; the page may cancel it to open its own form
   * instead. A `mailto:` link gets the answer's summary as the mail's body, which the
   * visitor sees in their own mail program before anything is sent.
   */
  #ctaClicked(event, tool) {
    const tl = this.#toolObject(tool);
    const detail = { tool, summary: tl.summary(), answer: tl.answer ?? null };
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

  #saveNow() {
    if (this.#remember && this.#storageAllowed()) saveState(this.#storageKey(), this.#state);
  }

  #setRemember(on) {
    this.#remember = on;
    if (on) this.#saveNow();
    else forgetSaved(this.#storageKey());
    this.#announce(this.#t(on ? 'storage.saved' : 'storage.forgotten'));
  }

  #dismissNote(key) {
    this.#notes = this.#notes.filter((n) => n !== key);
    this.#root.querySelector(`[data-note="${key}"]`)?.remove();
  }

  /**
   * What shell.js and the tools may read and call, and nothing else of the element: the
   * current render's translator, date and rules, the visitor's state, and the actions.
   */
  #viewHost() {
    const el = this;
    return Object.freeze({
      get t() { return el.#t; },
      get today() { return el.#today; },
      get rules() { return el.#rules; },
      get state() { return el.#state; },
      get notes() { return el.#notes; },
      get remember() { return el.#remember; },
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
      ctaHref: () => el.#ctaHref(),
      ctaLabel: () => el.#ctaLabel(),
      ctaClicked: (event, tool) => el.#ctaClicked(event, tool),
      embedderRates: () => el.#embedderRates(),
      storageAllowed: () => el.#storageAllowed(),
      shareKey: () => el.#shareKey(),
      setRemember: (on) => el.#setRemember(on),
      dismissNote: (key) => el.#dismissNote(key),
    });
  }
}
