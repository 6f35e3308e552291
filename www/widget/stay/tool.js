// The stay tool: the questions in the visitor's order (citizenship, trips), the answer card
// right under them, "Planning a trip?" under the card, and the why behind one disclosure.
// One engine call per update, with the picture's data; typing stores the raw value at once
// and recomputes after a short pause, so nothing typed is lost and keys are never blocked.
// The same request twice (a language switch) reuses the last answer: only the words change.

import { KzResidence } from '../../api.js';
import { EXEMPT, MAX_TRIPS, emptyTrip, isBlankTrip, tripsForApi } from '../keep/state.js';
import { asker } from '../ui/ask.js';
import { ctaBox } from '../ui/cta.js';
import { isIso, typedDate } from '../ui/dates.js';
import { h, liveUpdate, replaceContent } from '../ui/dom.js';
import { clearErrors, markLeft, revealErrors } from '../ui/fields.js';
import { sourceIndex, sourceList } from '../ui/sources.js';
import { stickySummary } from '../ui/summary.js';
import { stayEvents } from './calendar.js';
import { drawHeadline, plainHeadline, stayHeadline } from './card.js';
import { pasteBox } from './paste.js';
import { picture } from './picture.js';
import { planView } from './plan.js';
import { showStayError } from './problems.js';
import { chosenSituation, situationView } from './situation.js';
import { tripFieldIds, tripList } from './trips.js';
import { factsView, staySentences } from './why.js';

export class StayTool {
  /** The answer shown (null while there is none), and the request it answers. */
  answer = null;
  /** The engine, asked once per request (ui/ask.js). */
  #ask = asker((request) => KzResidence.stay(request));
  #head = plainHeadline('');
  /** Whether the answer waits for a field the visitor has not left yet (see fields.js). */
  waiting = false;

  constructor(host) {
    this.host = host;
    this.recompute = liveUpdate(this, 100);
  }

  get s() {
    return this.host.state.stay;
  }

  /** The headline shown, as `{ text, tone, ... }` (for the calendar file, the summary). */
  get head() {
    return this.#head;
  }

  render() {
    const t = this.host.t;
    const s = this.s;
    const edit = (key) => (value) => {
      s[key] = value;
      this.changed(isIso(value));
    };
    this.situation = situationView(this);
    this.trips = tripList(this);
    const paste = pasteBox(this);
    this.headline = h('div', { class: 'kz-headline', part: 'headline', id: 'stay-headline', tabindex: '-1' });
    this.numbers = h('dl', { class: 'kz-numbers', part: 'numbers' });
    this.helpBox = h('div', { class: 'kz-help' });
    this.whyBox = h('div', { class: 'kz-why-body' });
    this.why = h('details', { class: 'kz-why', part: 'why', id: 'stay-why', ontoggle: () => this.drawWhy() },
      h('summary', {}, t('stay.why')), this.whyBox);
    this.answerBox = h('section', { class: 'kz-card', part: 'answer', id: 'stay-answer', 'aria-labelledby': 'stay-headline' },
      this.headline, this.numbers, this.helpBox, this.why);
    this.summaryBar = stickySummary({ id: 'stay-summary', headline: this.headline, card: this.answerBox, signal: this.host.signal });
    const form = h('form', { class: 'kz-form', novalidate: true, onsubmit: (e) => this.check(e) },
      this.situation.element,
      h('h3', { id: 'stay-trips-heading' }, t('stay.tripsHeading')),
      this.trips.element,
      h('div', { class: 'kz-row' },
        h('button', { type: 'button', class: 'kz-button', id: 'trip-add', onclick: () => this.addTrips([emptyTrip()], false) }, t('trip.add')),
        paste.toggle),
      this.tooMany = h('p', { class: 'kz-warn', id: 'trip-too-many', role: 'alert', hidden: true }, t('trip.tooMany', { max: MAX_TRIPS })),
      paste.box,
      this.answerBox,
      planView(this, edit));
    // Leaving a field whose error was waiting turns the "complete the dates" headline into the error's.
    this.panel = h('div', { class: 'kz-tool', onfocusout: () => this.waiting && this.recompute() },
      form, this.summaryBar.element);
    this.trips.render();
    if (this.host.ready) this.situation.ready();
    this.update();
    return this.panel;
  }

  /** Called once the panel is in the document (the summary watches the headline then). */
  connected() {
    this.summaryBar.watch();
  }

  /** The engine is ready: the list of states fills in and the answer comes. */
  ready() {
    this.situation.ready();
    this.update();
  }

  /** An entry changed; `complete` (a whole date typed) answers at once, else after a pause. */
  changed(complete = false) {
    this.recompute(complete);
    this.host.save();
  }

  /** A new citizenship, regime or document: the questions and the answer follow at once (a choice is not typing). */
  situationChanged() {
    this.update();
    this.host.save();
  }

  editTrip(i, key, value) {
    this.s.trips[i][key] = value;
    this.changed(isIso(value));
  }

  revealRow(i) {
    this.trips.reveal(i);
  }

  /**
   * Adds trips (or replaces all); false, with a message, when that would make more than
   * MAX_TRIPS (more could not be saved or shared). One empty trip from "Add a trip" gets the
   * focus; trips from a paste count as filled in, and the focus goes to the answer.
   */
  addTrips(trips, replaceAll) {
    const list = this.s.trips;
    const blank = list.length === 1 && isBlankTrip(list[0]);
    const first = replaceAll || blank ? 0 : list.length;
    this.tooMany.hidden = first + trips.length <= MAX_TRIPS;
    if (!this.tooMany.hidden) return false;
    list.splice(first, list.length - first, ...trips);
    this.trips.render();
    this.host.save();
    const pasted = trips.some((trip) => trip.entry);
    if (!pasted) {
      this.host.shadowRoot.getElementById(`trip-${first}-entry`)?.focus();
      this.changed();
      return true;
    }
    markLeft(this.host.shadowRoot, list.flatMap((_, i) => tripFieldIds(i)));
    this.update();
    this.headline.focus();
    this.host.announce(`${this.host.t('paste.done', { n: trips.length })} ${this.#head.text}`);
    return true;
  }

  /** Replaces every trip (the element's `trips` property): shown, counted as filled in, answered at once. */
  setTrips(trips) {
    this.s.trips = trips.length > 0 ? trips : [emptyTrip()];
    if (!this.panel) return;
    markLeft(this.host.shadowRoot, this.s.trips.flatMap((_, i) => tripFieldIds(i)));
    this.trips.render();
    this.update();
  }

  /** Replaces the plan (the element's `plan` property): `{ entry, days }` or null. */
  setPlan(plan) {
    this.s.planEntry = plan ? String(plan.entry ?? '') : '';
    this.s.planDays = plan ? String(plan.days ?? '') : '';
    if (!this.panel) return;
    // The date shown as the visitor would type it (20.12.2026), as the trips' are.
    const t = this.host.t;
    const entry = isIso(this.s.planEntry) ? typedDate(this.s.planEntry, t.lang, t.order) : this.s.planEntry;
    for (const [id, value] of [['plan-entry', entry], ['plan-days', this.s.planDays]]) {
      const input = this.host.shadowRoot.getElementById(id);
      if (input) input.value = value;
    }
    markLeft(this.host.shadowRoot, ['plan-entry', 'plan-days']);
    this.update();
  }

  removeTrip(i) {
    const list = this.s.trips;
    list.splice(i, 1);
    this.tooMany.hidden = true;
    if (list.length === 0) list.push(emptyTrip());
    this.trips.render();
    const next = Math.min(i, list.length - 1);
    this.trips.reveal(next);
    this.host.shadowRoot.getElementById(`trip-${next}-entry`)?.focus();
    this.host.announce(this.host.t('trip.removed', { n: i + 1 }));
    this.changed();
  }

  /** "Check my dates": every waiting error shows; the focus goes to the first field to fix, else to the answer. */
  check(event) {
    event?.preventDefault();
    revealErrors(this.host.shadowRoot, this.panel);
    this.update();
    const invalid = this.panel.querySelector('input[aria-invalid="true"], [aria-invalid="true"] input');
    (invalid ?? this.headline).focus();
  }

  /** The engine request, and for each of its trips the row it came from (blank rows are skipped). */
  request() {
    const s = this.s;
    const rows = s.trips.flatMap((trip, row) => (isBlankTrip(trip) ? [] : [row]));
    const situation = chosenSituation(this.host);
    const request = { trips: tripsForApi(s.trips), on: s.on ?? this.host.today, curve: {} };
    if (situation.citizenship) request.citizenship = situation.citizenship;
    if (situation.regime) request.regime = situation.regime;
    if (situation.holds) request.holds = situation.holds;
    if (s.planEntry || s.planDays) request.plan = { entry: s.planEntry, days: s.planDays === '' ? null : Number(s.planDays) };
    return { request, rows, situation };
  }

  update() {
    const t = this.host.t;
    clearErrors(this.panel);
    this.waiting = false;
    if (!this.host.ready) {
      this.show(plainHeadline(t('stay.starting')));
      return;
    }
    const { request, rows, situation } = this.request();
    let answer;
    try {
      answer = this.#ask(request);
    } catch (e) {
      this.situation.refresh(e.field === 'citizenship' ? e.code : null);
      this.answer = null;
      this.show(showStayError(this, e, rows, request));
      return;
    }
    this.situation.refresh(null);
    const changed = answer !== this.answer;
    this.answer = answer;
    if (!situation.known || (situation.choice === EXEMPT && !situation.holds)) {
      this.show(this.askSituation(answer, situation));
      return;
    }
    this.show(stayHeadline(t, answer, this.host.today));
    this.host.showSources('stay', answer.sources);
    if (changed) this.host.emitResult('stay', answer);
  }

  /** The card before the visitor's rules are known: it asks, states the general rule, and counts the days. */
  askSituation(a, situation) {
    const t = this.host.t;
    const general = this.host.rules.regimes.find((r) => r.id === this.host.rules.defaultRegime).value;
    const head = situation.choice === EXEMPT
      ? plainHeadline(t('stay.chooseHolds'))
      : plainHeadline(t('stay.chooseCitizenship'), 'info', [t('stay.generalRule', { max: general.maxDays, window: general.windowDays })]);
    if (this.s.trips.some((trip) => !isBlankTrip(trip))) {
      head.numbers = [{ label: t('card.usedLabel', { window: a.rules.windowDays, date: t.date(a.on) }), value: t('card.countedValue', { n: a.daysUsed }) }];
    }
    return head;
  }

  /** Shows a headline (and, for an answer, its help and why); the why is drawn only when open. */
  show(head) {
    this.#head = head;
    drawHeadline(this.headline, this.numbers, head);
    const withAnswer = Boolean(head.code);
    replaceContent(this.helpBox, head.help && ctaBox(this.host, 'stay', head.help));
    this.why.hidden = !withAnswer;
    this.drawn = null;
    this.drawWhy();
    this.answerBox.removeAttribute('aria-busy');
    this.summaryBar.update(head.text, head.tone);
    this.host.announce(head.text);
  }

  /** The why's sentences, picture and sources, drawn when the disclosure is open (or printed). */
  drawWhy() {
    const a = this.answer;
    if (!this.why.open || !this.#head.code || !a || this.drawn === a) return;
    this.drawn = a;
    const t = this.host.t;
    const index = sourceIndex(a.sources);
    const figure = h('figure', { class: 'kz-timeline', part: 'timeline' });
    replaceContent(this.whyBox,
      factsView(staySentences(t, a, index, this.host.today)),
      figure,
      sourceList(t, index, a.sources.map((source) => ({ source: source.id }))));
    // The picture needs the box's width, known once laid out: a frame later.
    requestAnimationFrame(() => figure.isConnected && replaceContent(figure, picture(t, a, figure.clientWidth)));
  }

  /** A short plain-text summary for the call to action: the headline's sentences, then the why's. */
  summary() {
    const a = this.answer;
    const why = this.#head.code && a ? staySentences(this.host.t, a, sourceIndex(a.sources), this.host.today).map((s) => s.text) : [];
    return [this.#head.text, ...this.#head.more, ...why].filter(Boolean).join('\n');
  }

  /** What the visitor entered, for the call to action's lead. */
  inputs() {
    const { request } = this.request();
    return { citizenship: request.citizenship ?? null, regime: request.regime ?? null, holds: request.holds ?? null, trips: request.trips, plan: request.plan ?? null, on: request.on };
  }

  /** The answer's dates for the calendar file (none before the visitor's rules are known). */
  calendarEvents() {
    return this.answer && this.#head.code ? stayEvents(this.host.t, this.answer, this.#head.text) : [];
  }
}
