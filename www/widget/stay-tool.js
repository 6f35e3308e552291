// The stay tool: trips, control date, regime and an optional planned trip in; the engine's
// answer in words and as a timeline out. Input handlers store the raw value at once and
// recompute after a short pause, so typing is never blocked and nothing typed is lost.

import { KzResidence } from '../api.js';
import { h, liveUpdate, replaceContent } from './dom.js';
import { clearErrors, dateInput, field, select, showError } from './fields.js';
import { emptyTrip } from './state.js';
import { sentencesView, staySentences } from './stay-answer.js';
import { pasteBox } from './stay-paste.js';
import { tripRows } from './stay-trips.js';
import { curveRange, timeline } from './timeline.js';

// A choice beside the profile's regimes: holders of a long-term visa or residence permit,
// to whom the 90/180 rule does not apply (domain §1).
export const EXEMPT = 'exempt';

export class StayTool {
  constructor(host) {
    this.host = host;
    this.answer = null;
    this.sentences = [];
    this.recompute = liveUpdate(this, 100);
  }

  get s() {
    return this.host.state.stay;
  }

  render() {
    const t = this.host.t;
    const s = this.s;
    const paste = pasteBox(this);
    this.tripsBox = h('div', { class: 'kz-trips' });
    this.answerBox = h('div', { class: 'kz-answer', part: 'answer' });
    this.timelineBox = h('figure', { class: 'kz-timeline', part: 'timeline' });
    this.observer?.disconnect();
    this.observer = new ResizeObserver(() => this.drawTimeline());
    this.observer.observe(this.timelineBox);
    const regimes = [...this.host.rules.version.regimes.map((r) => [r.id, regimeLabel(t, r)]), [EXEMPT, t('regime.exempt')]];
    const edit = (key) => (e) => {
      s[key] = e.target.value;
      this.changed();
    };
    const form = h('div', { class: 'kz-form' },
      h('p', { class: 'kz-intro' }, t('stay.intro', { max: this.host.rules.version.maxDays.value, window: this.host.rules.version.windowDays.value })),
      h('h3', {}, t('stay.tripsHeading')),
      this.tripsBox,
      h('div', { class: 'kz-row' },
        h('button', { type: 'button', class: 'kz-button', id: 'trip-add', onclick: () => this.addTrips([emptyTrip()], false) }, t('trip.add')),
        paste.toggle),
      paste.box,
      h('h3', {}, t('stay.settingsHeading')),
      h('div', { class: 'kz-grid' },
        field({ id: 'stay-on', label: t('stay.on'), hint: t('stay.onHint'), input: dateInput(s.on ?? this.host.today, edit('on')) }),
        field({ id: 'stay-regime', label: t('stay.regime'), input: select(regimes, this.regime(), edit('regime')) })),
      h('h3', {}, t('stay.planHeading')),
      h('div', { class: 'kz-grid' },
        field({ id: 'plan-entry', label: t('plan.entry'), input: dateInput(s.planEntry, edit('planEntry')) }),
        field({ id: 'plan-days', label: t('plan.days'), input: h('input', { type: 'number', min: '1', max: '99999', step: '1', inputmode: 'numeric', value: s.planDays, oninput: edit('planDays') }) })));
    this.panel = h('div', { class: 'kz-tool' },
      form,
      h('h3', {}, t('stay.answerHeading')),
      this.answerBox,
      this.timelineBox);
    this.renderTrips();
    this.update();
    return this.panel;
  }

  /** The regime in use: the visitor's choice, else the `regime` attribute, else the profile's default. */
  regime() {
    const known = (id) => id === EXEMPT || this.host.rules.version.regimes.some((r) => r.id === id);
    return [this.s.regime, this.host.getAttribute('regime')].find((id) => id && known(id)) || this.host.rules.version.defaultRegime;
  }

  renderTrips() {
    replaceContent(this.tripsBox, tripRows(this));
  }

  changed() {
    this.recompute();
    this.host.save();
  }

  editTrip(i, key, value) {
    this.s.trips[i][key] = value;
    this.changed();
  }

  addTrips(trips, replaceAll) {
    const list = this.s.trips;
    const blank = list.length === 1 && !list[0].entry && !list[0].exit && !list[0].open;
    const first = replaceAll || blank ? 0 : list.length;
    list.splice(first, list.length - first, ...trips);
    this.renderTrips();
    this.host.shadowRoot.getElementById(`trip-${first}-entry`)?.focus();
    if (trips.length > 1) this.host.announce(this.host.t('paste.done', { n: trips.length }));
    this.changed();
  }

  removeTrip(i) {
    const list = this.s.trips;
    list.splice(i, 1);
    if (list.length === 0) list.push(emptyTrip());
    this.renderTrips();
    const next = this.host.shadowRoot.getElementById(`trip-${Math.min(i, list.length - 1)}-entry`);
    next.focus();
    this.host.announce(this.host.t('trip.removed', { n: i + 1 }));
    this.changed();
  }

  /** The engine request, and for each of its trips the row it came from (blank rows are skipped). */
  request() {
    const s = this.s;
    const rows = [];
    const trips = [];
    s.trips.forEach((trip, row) => {
      if (!trip.entry && !trip.exit && !trip.open) return;
      rows.push(row);
      trips.push(trip.open ? { entry: trip.entry } : { entry: trip.entry, exit: trip.exit });
    });
    const request = { trips, on: s.on ?? this.host.today, regime: this.regime() };
    if (s.planEntry || s.planDays) request.plan = { entry: s.planEntry, days: s.planDays === '' ? null : Number(s.planDays) };
    return { request, rows };
  }

  update() {
    const t = this.host.t;
    const { request, rows } = this.request();
    clearErrors(this.panel);
    this.answer = null;
    this.curve = null;
    if (request.regime === EXEMPT) {
      const v = this.host.rules.version;
      this.show([{ text: t('stay.exempt', { max: v.maxDays.value, window: v.windowDays.value }), tone: 'info' }]);
      return;
    }
    try {
      this.answer = KzResidence.stay(request);
    } catch (e) {
      this.showEngineError(e, rows, request);
      return;
    }
    const entryUntil = this.answer.inCountry || !this.answer.nextEntry ? null : this.entryUntil(request, this.answer.nextEntry);
    this.curve = curveRange(request, this.answer, entryUntil);
    this.curve.points = KzResidence.stay({ trips: request.trips, on: request.on, regime: request.regime, curve: { from: this.curve.from, to: this.curve.to } }).curve;
    this.curve.trips = request.trips;
    this.show(staySentences(t, this.answer, entryUntil));
    this.host.emitResult('stay', this.answer);
  }

  /** The last day of a stay beginning on `entry`: the engine's plan answer for a one-day plan. */
  entryUntil(request, entry) {
    return KzResidence.stay({ ...request, plan: { entry, days: 1 } }).plan.latestExit;
  }

  show(sentences) {
    this.sentences = sentences;
    replaceContent(this.answerBox, sentencesView(sentences));
    this.drawTimeline();
    this.host.announce(sentences[0].text);
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

  /** Puts the engine's error next to its field; the answer area says what to fix. */
  showEngineError(e, rows, request) {
    const t = this.host.t;
    const root = this.host.shadowRoot;
    const { id, value, row } = stayField(e.field, rows, request, this.s);
    let message = t(`error.${e.code}`);
    if (e.code === 'INVALID_DATE' && value === '') message = t('error.required');
    else if (e.code === 'INVALID_INPUT' && /days$/.test(e.field)) message = t('error.wholeDays');
    else if (e.code === 'OVERLAPPING_TRIPS') message = t('error.overlapsTrip', { n: (stayField(e.related, rows, request, this.s).row ?? 0) + 1 });
    const placed = id !== null && showError(root, id, message);
    const where = row === null ? message : `${t('trip.legend', { n: row + 1 })}: ${message}`;
    this.sentences = [{ text: placed ? t('stay.fixFirst', { message: where }) : message, tone: 'bad' }];
    replaceContent(this.answerBox, sentencesView(this.sentences));
    this.drawTimeline();
    this.host.announce(this.sentences[0].text);
  }

  /** A short plain-text summary for the call to action. */
  summary() {
    return this.sentences.map((s) => s.text).join('\n');
  }

  calendarEvents() {
    const a = this.answer;
    if (!a) return [];
    const t = this.host.t;
    const events = [];
    if (a.inCountry && a.latestExit) events.push({ id: 'latest-exit', date: a.latestExit, summary: t('ics.latestExit'), description: this.sentences[0].text });
    if (!a.inCountry && a.nextEntry && a.nextEntry > a.on) events.push({ id: 'next-entry', date: a.nextEntry, summary: t('ics.nextEntry'), description: this.sentences[0].text });
    if (a.fullAllowanceFrom) events.push({ id: 'full-allowance', date: a.fullAllowanceFrom, summary: t('ics.fullAgain', { n: a.rules.maxDays }), description: t('app.title') });
    return events;
  }
}

/** The on-screen field of an engine error path (`trips[2].exit`, `plan.days`), with its value and trip row. */
function stayField(path, rows, request, s) {
  const trip = /^trips\[(\d+)\](?:\.(entry|exit))?$/.exec(path || '');
  if (trip) {
    const row = rows[Number(trip[1])];
    const key = trip[2] || 'entry';
    // An open trip has no exit field on screen: its error belongs to the "still there" box.
    const id = key === 'exit' && s.trips[row].open ? `trip-${row}-open` : `trip-${row}-${key}`;
    return { id, value: s.trips[row][key], row };
  }
  const fields = { on: ['stay-on', request.on], regime: ['stay-regime', request.regime], 'plan.entry': ['plan-entry', s.planEntry], 'plan.days': ['plan-days', s.planDays] };
  const [id, value] = fields[path] || [null, null];
  return { id, value, row: null };
}

/** "Visa-free (30 days per entry, 90 in 180)": the regime's name and its numbers from the profile. */
function regimeLabel(t, regime) {
  const name = t.label(`regime.${regime.id}`, regime.id);
  const numbers = regime.maxDaysPerEntry === null
    ? t('regime.window', { max: regime.maxDays, window: regime.windowDays })
    : t('regime.perEntry', { n: regime.maxDaysPerEntry, max: regime.maxDays, window: regime.windowDays });
  return `${name} (${numbers})`;
}
