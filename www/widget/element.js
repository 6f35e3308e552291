// The <kz-residence-calculator> element, in the manner of github/relative-time-element: its
// state lives in private fields, attribute changes are batched into one render a microtask
// later, properties mirror the attributes an embedder would script, and it tells the page what
// happened with CustomEvents (`kz-result`, `kz-cta`). The questions render at once, before the
// engine is ready; the answers fill in when it is. Everything it starts (listeners, observers,
// timers) stops when it leaves the page. shell.js draws the frame and the tools their panels;
// they reach the element only through the narrow host below. Nothing here talks to a network.

import { KzResidence, todayIso } from '../api.js';
import { Embedder } from './attributes.js';
import { resolveLang, translator } from './i18n/index.js';
import { Keeper } from './keep/keeper.js';
import { readShared } from './keep/share.js';
import { defaultState, tripsForApi, tripsFromApi } from './keep/state.js';
import { PermitTool } from './permit/tool.js';
import { mirrorAttributes, upgradeProperties } from './properties.js';
import { printedInputs } from './printed.js';
import { fillPanel, footer, footerSources, header, notes, panel, showTab, tabs } from './shell.js';
import { StayTool } from './stay/tool.js';
import { tripFieldIds } from './stay/trips.js';
import { styleSheet } from './styles.js';
import { isIso } from './ui/dates.js';
import { debounce, h, replaceContent } from './ui/dom.js';
import { markLeft } from './ui/fields.js';
import { printing } from './ui/print.js';

const TOOLS = ['stay', 'permit'];

/** Whether the engine is ready (set once `KzResidence.ready` resolves, before any element hears of it). */
let engineReady = false;
KzResidence.ready.then(() => { engineReady = true; });

export class KzResidenceCalculator extends HTMLElement {
  static observedAttributes = ['lang', 'tool', 'cta-href', 'cta-label', 'cta-label-en', 'cta-label-ru', 'cta-label-kk', 'regime', 'citizenship', 'storage', 'today', 'rates'];

  #root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
  /** What the visitor typed in both tools (keep/state.js). */
  #state = defaultState();
  #started = false;
  /** The saved state and the notes about it. */
  #keep = new Keeper(this, () => this.#root.getElementById('notes')?.replaceWith(notes(this.#host)));
  #embedder = new Embedder(this);
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
  #save = debounce(() => this.#keep.save(this.#state), 300);

  constructor() {
    super();
    this.#root.adoptedStyleSheets = [styleSheet()];
  }

  connectedCallback() {
    this.#connection = new AbortController();
    const signal = this.#connection.signal;
    upgradeProperties(this, ['trips', 'plan', 'permit']);
    printing(this.#root, () => this.#root.querySelector('.kz-print-only')?.replaceWith(printedInputs(this.#host)), signal);
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
    this.#embedder.started(resolveLang(this));
    const saved = this.#keep.load();
    if (saved) this.#state = saved;
    // Entries the visitor did not type just now count as filled in: their errors show at once.
    const filledIn = () => markLeft(this.#root, this.#state.stay.trips.flatMap((_, i) => tripFieldIds(i)));
    if (saved) filledIn();
    this.#render();
    readShared(this.#keep.shareKey).then((shared) => {
      if (shared.problem) this.#keep.notes.push('share.tampered');
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
    showTab(this.#root, tool, focusTab);
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
      get notes() { return el.#keep.notes; },
      get remember() { return el.#keep.remember; },
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
      ctaHref: () => el.#embedder.ctaHref(),
      ctaLabel: () => el.#embedder.ctaLabel(el.#t),
      ctaClicked: (event, tool) => el.#embedder.ctaClicked(event, tool, el.#toolObject(tool)),
      embedderRates: () => el.#embedder.rates(),
      storageAllowed: () => el.#keep.allowed,
      shareKey: () => el.#keep.shareKey,
      setRemember: (on) => {
        el.#keep.setRemember(on, el.#state);
        el.#announce(el.#t(on ? 'storage.saved' : 'storage.forgotten'));
      },
      dismissNote: (key) => el.#keep.dismiss(key),
    });
  }

  static {
    // The attributes an embedder would script; `lang` is every element's own.
    mirrorAttributes(this, ['tool', 'citizenship', 'regime', 'today']);
  }
}
