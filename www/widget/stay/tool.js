// The stay tool: the visitor's situation, trips, control date and an optional planned trip in;
// one engine call per update (with the daily count for the picture) and its answer out: the
// headline near the top, just above the trips (so a phone shows it while the first trip is
// typed), the full answer and the timeline below. Input handlers store the raw value at once
// and recompute after a short pause, so typing is never blocked and nothing typed is lost.

import { KzResidence } from '../../api.js';
import { h, liveUpdate, replaceContent } from '../ui/dom.js';
import { clearErrors, dateField, field, markLeft, revealErrors } from '../ui/fields.js';
import { emptyTrip, EXEMPT, isBlankTrip, tripsForApi } from '../keep/state.js';
import { factsView, staySentences, staySources } from './why.js';
import { drawHeadline, plainHeadline, stayHeadline } from './card.js';
import { pasteBox } from './paste.js';
import { showStayError } from './problems.js';
import { chosenSituation, situationView } from './situation.js';
import { tripFieldIds, tripRows } from './trips.js';
import { timeline } from './picture.js';
import { ctaBox } from '../shell.js';


export class StayTool {
  constructor(host) {
    this.host = host;
    this.answer = null;
    this.head = null;
    this.sentences = [];
    /** Whether the answer waits for a field the visitor has not left yet (see fields.js). */
    this.waiting = false;
    this.recompute = liveUpdate(this, 100);
  }

  get s() {
    return this.host.state.stay;
  }

  render() {
    const t = this.host.t;
    const s = this.s;
    const today = this.host.today;
    const paste = pasteBox(this);
    this.situation = situationView(this);
    this.headline = h('div', { class: 'kz-headline', part: 'headline', id: 'stay-headline', tabindex: '-1' });
    this.tripsBox = h('div', { class: 'kz-trips' });
    this.answerBox = h('div', { class: 'kz-answer', part: 'answer', id: 'stay-answer' });
    this.helpBox = h('div', { class: 'kz-help' });
    this.timelineBox = h('figure', { class: 'kz-timeline', part: 'timeline' });
    this.observer?.disconnect();
    this.observer = new ResizeObserver(() => this.drawTimeline());
    this.observer.observe(this.timelineBox);
    const edit = (key) => (value) => {
      s[key] = value;
      this.changed();
    };
    const standard = this.defaultLimits();
    const form = h('form', { class: 'kz-form', novalidate: true, onsubmit: (e) => this.check(e) },
      h('p', { class: 'kz-intro' }, t('stay.intro', { max: standard.maxDays, window: standard.windowDays })),
      this.situation.element,
      this.headline,
      h('h3', {}, t('stay.tripsHeading')),
      this.tripsBox,
      h('div', { class: 'kz-row' },
        h('button', { type: 'button', class: 'kz-button', id: 'trip-add', onclick: () => this.addTrips([emptyTrip()], false) }, t('trip.add')),
        paste.toggle),
      paste.box,
      h('h3', {}, t('stay.settingsHeading')),
      h('div', { class: 'kz-grid' },
        h('div', { class: 'kz-grid-row' }, dateField({ id: 'stay-on', label: t('stay.on'), hint: t('stay.onHint'), t, value: s.on ?? today, onvalue: edit('on') })),
        dateField({ id: 'plan-entry', label: t('plan.entry'), t, value: s.planEntry, onvalue: edit('planEntry') }),
        field({ id: 'plan-days', label: t('plan.days'), input: h('input', { type: 'number', min: '1', max: '99999', step: '1', inputmode: 'numeric', value: s.planDays, oninput: (e) => edit('planDays')(e.target.value) }) })),
      h('div', { class: 'kz-row' }, h('button', { type: 'submit', class: 'kz-button', id: 'stay-check' }, t('stay.check'))));
    // Leaving a field whose error was waiting turns the "complete the dates" headline into the error's.
    this.panel = h('div', { class: 'kz-tool', onfocusout: () => this.waiting && this.recompute() },
      form,
      h('h3', { id: 'stay-answer-heading' }, t('stay.answerHeading')),
      this.answerBox,
      this.helpBox,
      this.timelineBox);
    this.renderTrips();
    this.update();
    return this.panel;
  }

  /** The limits of the regime assumed when none is chosen, for the sentences that state the general rule. */
  defaultLimits() {
    const rules = this.host.rules;
    return rules.regimes.find((r) => r.id === rules.defaultRegime).value;
  }

  renderTrips() {
    replaceContent(this.tripsBox, tripRows(this));
  }

  changed() {
    this.recompute();
    this.host.save();
  }

  /** A new citizenship or regime: the picker and the answer follow at once (a choice is not typing). */
  situationChanged() {
    this.update();
    this.host.save();
  }

  editTrip(i, key, value) {
    this.s.trips[i][key] = value;
    this.changed();
  }

  /**
   * Adds trips (or replaces all). One empty trip from "Add a trip" gets the focus; trips
   * from a paste count as filled in, and the focus goes to the answer they lead to.
   */
  addTrips(trips, replaceAll) {
    const list = this.s.trips;
    const blank = list.length === 1 && isBlankTrip(list[0]);
    const first = replaceAll || blank ? 0 : list.length;
    list.splice(first, list.length - first, ...trips);
    this.renderTrips();
    this.host.save();
    const pasted = trips.some((trip) => trip.entry);
    if (!pasted) {
      this.host.shadowRoot.getElementById(`trip-${first}-entry`)?.focus();
      this.changed();
      return;
    }
    markLeft(this.host.shadowRoot, list.flatMap((_, i) => tripFieldIds(i)));
    this.update();
    this.headline.focus();
    this.host.announce(`${this.host.t('paste.done', { n: trips.length })} ${this.head.text}`);
  }

  /** Replaces every trip (the element's `trips` property): shown, counted as filled in, answered at once. */
  setTrips(trips) {
    this.s.trips = trips.length > 0 ? trips : [emptyTrip()];
    if (!this.panel) return;
    markLeft(this.host.shadowRoot, this.s.trips.flatMap((_, i) => tripFieldIds(i)));
    this.renderTrips();
    this.update();
  }

  removeTrip(i) {
    const list = this.s.trips;
    list.splice(i, 1);
    if (list.length === 0) list.push(emptyTrip());
    this.renderTrips();
    this.host.shadowRoot.getElementById(`trip-${Math.min(i, list.length - 1)}-entry`).focus();
    this.host.announce(this.host.t('trip.removed', { n: i + 1 }));
    this.changed();
  }

  /** "Check": every waiting error shows; the focus goes to the first field to fix, else to the answer. */
  check(event) {
    event?.preventDefault();
    revealErrors(this.host.shadowRoot, this.panel);
    this.update();
    const invalid = this.panel.querySelector('input[aria-invalid="true"], select[aria-invalid="true"], [aria-invalid="true"] input');
    (invalid ?? this.headline).focus();
  }

  /** The engine request, and for each of its trips the row it came from (blank rows are skipped). */
  request() {
    const s = this.s;
    const rows = s.trips.flatMap((trip, row) => (isBlankTrip(trip) ? [] : [row]));
    const trips = tripsForApi(s.trips);
    const situation = chosenSituation(this.host);
    const request = { trips, on: s.on ?? this.host.today, curve: {} };
    if (situation.citizenship) request.citizenship = situation.citizenship;
    if (situation.regime) request.regime = situation.regime;
    if (situation.exempt) request.regime = EXEMPT; // never sent to the engine: see update()
    if (s.planEntry || s.planDays) request.plan = { entry: s.planEntry, days: s.planDays === '' ? null : Number(s.planDays) };
    return { request, rows };
  }

  update() {
    const t = this.host.t;
    const { request, rows } = this.request();
    clearErrors(this.panel);
    this.answer = null;
    this.waiting = false;
    if (request.regime === EXEMPT) {
      this.situation.refresh(null);
      const standard = this.defaultLimits();
      this.showOther(plainHeadline(t('stay.exempt', { max: standard.maxDays, window: standard.windowDays })));
      return;
    }
    let answer;
    try {
      answer = KzResidence.stay(request);
    } catch (e) {
      this.situation.refresh(e.field === 'citizenship' ? e.code : null);
      this.showOther(showStayError(this, e, rows, request));
      return;
    }
    this.situation.refresh(null);
    this.answer = answer;
    this.showAnswer(answer, request);
    this.host.emitResult('stay', answer);
  }

  showAnswer(a, request) {
    const t = this.host.t;
    const rules = this.host.rules;
    this.head = stayHeadline(t, a, this.host.today);
    this.sentences = staySentences(t, a, { rules, today: this.host.today });
    drawHeadline(this.headline, this.head);
    replaceContent(this.answerBox, factsView(this.sentences), staySources(t, a, rules));
    const help = a.status.code === 'OVER_LIMIT' || a.notices.some((n) => n.code === 'PAST_OVERSTAY') ? 'overstay' : a.status.code === 'MUST_WAIT' ? 'wait' : null;
    replaceContent(this.helpBox, help && ctaBox(this.host, 'stay', help));
    const points = a.curve;
    this.curve = { from: points[0][0], to: points.at(-1)[0], points, trips: request.trips };
    // The picture follows a task later, so the answer's words are on screen first (drawing it
    // means a layout to learn the box's width and a few hundred SVG nodes).
    clearTimeout(this.pictureTimer);
    this.pictureTimer = setTimeout(() => this.drawTimeline(), 0);
    this.host.announce(this.head.text);
  }

  /** A headline that is not an answer (an error, a visa, the rule not applying): no details, no picture. */
  showOther(head) {
    this.head = head;
    this.sentences = [];
    this.curve = null;
    drawHeadline(this.headline, head);
    replaceContent(this.answerBox);
    replaceContent(this.helpBox);
    clearTimeout(this.pictureTimer);
    this.drawTimeline();
    this.host.announce(head.text);
  }

  drawTimeline() {
    const box = this.timelineBox;
    if (!this.curve) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    replaceContent(box, timeline(this.host.t, this.answer, this.curve, box.clientWidth));
  }

  /** A short plain-text summary for the call to action: the headline's sentences, then the answer's. */
  summary() {
    if (!this.head) return '';
    return [this.head.text, ...this.head.more, ...this.sentences.map((s) => s.text)].join('\n');
  }

  /** The answer's dates for the calendar file, each described by the headline's sentence. */
  calendarEvents() {
    const a = this.answer;
    if (!a) return [];
    const t = this.host.t;
    const { code, from, to } = a.status;
    const description = this.head.text;
    const events = [];
    if (code === 'MAY_STAY') events.push({ id: 'latest-exit', date: to, summary: t('ics.latestExit'), description });
    if (code === 'MUST_WAIT' && from) events.push({ id: 'next-entry', date: from, summary: t('ics.nextEntry'), description });
    if (a.fullAllowanceFrom && a.fullAllowanceFrom > a.on) events.push({ id: 'full-allowance', date: a.fullAllowanceFrom, summary: t('ics.fullAgain', { n: a.rules.maxDays }), description });
    return events;
  }
}
