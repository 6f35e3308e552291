// The permit tool: the questions in numbered steps, the verdict card right under them (the
// verdict, the numbers that matter, the one next step, help when needed, the why behind one
// disclosure), then the steps, the checklist and the reminders folded with their counts. One
// engine call per update; its answer also carries the numbers the form states (the grounds,
// the solvency amount, the passport's margin), so nothing else is asked of the engine. Like
// the stay tool it keeps every typed value as typed and recomputes after a pause.

import { KzResidence } from '../../api.js';
import { defaultPermitState } from './state.js';
import { asker } from '../ui/ask.js';
import { ctaBox } from '../ui/cta.js';
import { h, liveUpdate, replaceContent } from '../ui/dom.js';
import { clearErrors, errorMessage, errorWaits, markLeft, showError } from '../ui/fields.js';
import { sourceIndex } from '../ui/sources.js';
import { stickySummary } from '../ui/summary.js';
import { drawHeadline, plainHeadline } from '../stay/card.js';
import { dateSentence, permitDates, permitLists, permitWhy } from './details.js';
import { clearNotes, showNote } from './fields.js';
import { permitForm } from './form.js';
import { permitField, permitRequest } from './request.js';
import { findingsView, permitReport, reportLines } from './verdict.js';

/** The verdicts as the card's tones (the stay card's names). */
const CARD_TONES = { ok: 'fine', bad: 'danger', info: 'info', warn: 'warning' };

export class PermitTool {
  /** The answer shown (null while there is none), and the request it answers. */
  answer = null;
  /** The engine, asked once per request (ui/ask.js). */
  #ask = asker((request) => KzResidence.permit(request));
  #lines = [];
  /** The ids of the disclosures the visitor opened (the why, the folded lists): kept open when redrawn. */
  opened = new Set();
  /** Whether the headline waits for the visitor to leave a field whose error is held back (fields.js). */
  waiting = false;

  constructor(host) {
    this.host = host;
    this.syncForm = () => {};
    this.recompute = liveUpdate(this, 100);
  }

  get p() {
    return this.host.state.permit;
  }

  render() {
    const t = this.host.t;
    this.headline = h('div', { class: 'kz-headline', part: 'headline', id: 'permit-headline', tabindex: '-1' });
    this.numbers = h('dl', { class: 'kz-numbers', part: 'numbers' });
    this.next = h('div', { class: 'kz-next' });
    this.helpBox = h('div', { class: 'kz-help' });
    this.whyBox = h('div', { class: 'kz-why-body' });
    this.why = h('details', { class: 'kz-why', part: 'why', id: 'permit-why', open: this.opened.has('permit-why'), ontoggle: (e) => this.toggled('permit-why', e.target.open) },
      h('summary', {}, t('permit.why')), this.whyBox);
    this.answerBox = h('section', { class: 'kz-card', part: 'answer', id: 'permit-answer', 'aria-labelledby': 'permit-headline' },
      this.headline, this.numbers, this.next, this.helpBox, this.why);
    this.lists = h('div', { class: 'kz-lists' });
    this.summaryBar = stickySummary({ id: 'permit-summary', headline: this.headline, card: this.answerBox, signal: this.host.signal });
    // Leaving a field whose error was waiting turns the "complete the field" headline into the error's.
    this.panel = h('div', { class: 'kz-tool', onfocusout: () => this.waiting && this.recompute() },
      permitForm(this), this.answerBox, this.lists, this.summaryBar.element);
    this.update();
    return this.panel;
  }

  connected() {
    this.summaryBar.watch();
  }

  ready() {
    this.update();
  }

  changed() {
    this.syncForm();
    this.recompute();
    this.host.save();
  }

  /** The visitor's state was replaced (the element's `permit` property): the form shows it. */
  setRequest(request) {
    this.host.state.permit = fromRequest(request, defaultPermitState());
    if (!this.panel?.isConnected) return;
    const section = this.panel.parentElement;
    const panel = this.render();
    // What the page set counts as filled in, as the stay tool's trips do: a bad value gets its
    // error beside its field at once, and the headline (drawn again once the panel is placed)
    // points to it rather than stating the problem with no field marked.
    markLeft(this.host.shadowRoot, [...panel.querySelectorAll('.kz-error')].map((slot) => slot.id.replace(/-error$/, '')));
    replaceContent(section, panel);
    this.connected();
    this.update();
  }

  /** The request the tool sends for what the visitor entered. */
  request() {
    return permitRequest(this).request;
  }

  /** What the rate field of `currency` shows: the visitor's own rate, else the embedding site's. */
  rateText(currency) {
    return this.p.rates[currency] ?? this.host.embedderRates()[currency] ?? '';
  }

  update() {
    const t = this.host.t;
    const root = this.host.shadowRoot;
    clearErrors(this.panel);
    clearNotes(this.panel);
    this.waiting = false;
    if (!this.host.ready) {
      this.show(plainHeadline(t('permit.starting')));
      return;
    }
    const { request, problems, warnings } = permitRequest(this);
    this.mark(() => warnings.forEach(([id, message]) => showNote(root, id, 'warning', message)));
    if (problems.length) {
      this.mark(() => problems.slice(1).forEach(([id, message]) => showError(root, id, message)));
      this.show(this.problemHeadline(...problems[0]));
      return;
    }
    let answer;
    try {
      answer = this.#ask(request);
    } catch (e) {
      this.answer = null;
      this.showEngineError(e);
      return;
    }
    const changed = answer !== this.answer;
    this.answer = answer;
    this.syncForm();
    const index = sourceIndex(answer.sources);
    const report = permitReport(t, answer, index, this.p.ground);
    // A prompt beside each unanswered yes/no question and missing rate (the headline asks for the ground and the passport).
    const prompt = (field) => (field.startsWith('permit-rate-') ? 'permit.prompt.rate' : ['permit-ground', 'permit-passport'].includes(field) ? null : 'permit.prompt.answer');
    this.mark(() => report.missing.forEach((m) => prompt(m.field) && showNote(root, m.field, 'prompt', t(prompt(m.field)))));
    const head = { code: answer.verdict, tone: CARD_TONES[report.headline.tone], text: report.headline.text, more: [], numbers: report.numbers, help: report.help };
    this.show(head);
    this.headline.dataset.verdict = answer.verdict;
    // The one next step: a blocked verdict's is its first blocker's fix, shown under that blocker (findingsView).
    const blocked = report.blockers.length > 0;
    replaceContent(this.next, report.next && !blocked && h('p', { class: 'kz-next-step' }, h('strong', {}, t('permit.nextLabel')), ' ',
      report.next.field ? h('button', { type: 'button', class: 'kz-jump', onclick: () => this.jump(report.next.field) }, report.next.text) : report.next.text),
    findingsView({ ...report, missing: report.missing.slice(report.next?.field ? 1 : 0) }, (id) => this.jump(id), blocked && t('permit.nextLabel')));
    replaceContent(this.whyBox, permitWhy(t, answer, report, index));
    this.why.hidden = false;
    replaceContent(this.lists, permitLists(this, answer, index));
    this.#lines = [...reportLines(report), ...permitDates(answer).map((d) => dateSentence(t, d))];
    this.host.showSources('permit', answer.sources);
    if (changed) this.host.emitResult('permit', answer);
  }

  /** An engine error at its field when the field is on screen, and in the card. */
  showEngineError(e) {
    const t = this.host.t;
    const [id, value] = permitField(e.field, this.p);
    let message;
    if (e.field.startsWith('stay')) message = t('permit.tripsError');
    else if (e.code === 'INVALID_INPUT' && id === 'permit-issue') message = t('permit.issueBeforeApplication');
    else if (e.code === 'INVALID_INPUT' && id === 'permit-applicants') message = t('permit.wholePeople');
    else message = errorMessage(t, e.code, value);
    this.show(this.problemHeadline(id, message));
  }

  /**
   * Gives field `id` (null: none on screen) its problem and returns the headline that goes
   * with it: "fix the marked field" once the error shows, "complete the field" while it waits
   * for the visitor to leave the field, else the problem itself.
   */
  problemHeadline(id, message) {
    const t = this.host.t;
    const root = this.host.shadowRoot;
    if (id !== null && !this.panel.isConnected) this.mark(() => showError(root, id, message));
    else if (id !== null && showError(root, id, message)) return plainHeadline(t('permit.fixFirst', { message }), 'danger');
    else if (id !== null && errorWaits(root, id)) {
      this.waiting = true;
      return plainHeadline(t('permit.waiting'));
    }
    return plainHeadline(message, 'danger');
  }

  /**
   * Marks fields (errors, prompts, warnings) now, or, while the panel is being built and not
   * yet in the shadow root (a render, a language switch), once the element has placed it.
   */
  mark(marking) {
    if (this.panel.isConnected) marking();
    else queueMicrotask(marking);
  }

  /** A headline in the card; without a verdict the rest of the card and the lists are empty. */
  show(head) {
    drawHeadline(this.headline, this.numbers, head);
    if (!head.code) {
      delete this.headline.dataset.verdict;
      replaceContent(this.next);
      this.why.hidden = true;
      replaceContent(this.lists);
      this.#lines = [head.text];
    }
    replaceContent(this.helpBox, head.help && ctaBox(this.host, 'permit', head.help));
    this.answerBox.removeAttribute('aria-busy');
    this.summaryBar.update(head.text, head.tone);
    this.host.announce(head.text);
  }

  /** Takes the visitor to a field the verdict asks about (a question: its first choice). */
  jump(id) {
    const target = this.host.shadowRoot.getElementById(id);
    (target?.matches('fieldset') ? target.querySelector('input') : target)?.focus();
  }

  toggled(id, open) {
    if (open) this.opened.add(id);
    else this.opened.delete(id);
  }

  toggleDocument(id, on) {
    const checked = new Set(this.host.state.checked);
    if (on) checked.add(id);
    else checked.delete(id);
    this.host.state.checked = [...checked];
    this.host.save();
  }

  /** The verdict sentence and the key facts, in plain sentences (kz-cta's summary, a mailto body). */
  summary() {
    return this.#lines.join('\n');
  }

  /** What the visitor entered, for the call to action's lead. */
  inputs() {
    return this.request();
  }

  calendarEvents() {
    const a = this.answer;
    if (!a) return [];
    const t = this.host.t;
    const summaries = { 'apply-by': t('ics.applyBy'), 'valid-until': t('ics.validUntil'), 'citizenship-from': t('ics.citizenshipFrom') };
    return permitDates(a).map((d) => ({ id: d.id, date: d.date, summary: summaries[d.id], description: dateSentence(t, d), reminders: d.id === 'apply-by' ? [7, 1] : [] }));
  }
}

/** The permit state of a request (`el.permit = request`): what the tool asks about, as typed text. */
function fromRequest(r, state) {
  if (!r || typeof r !== 'object') return state;
  const text = (v) => (v === undefined || v === null ? '' : String(v));
  const answer = (v) => (typeof v === 'boolean' ? v : null);
  return {
    ...state,
    ground: text(r.ground), applicationDate: r.applicationDate ? text(r.applicationDate) : null, passportExpiry: text(r.passportExpiry), issueDate: text(r.issueDate),
    applicants: r.applicants === undefined ? state.applicants : text(r.applicants),
    savingsAmount: text(r.savings?.amount), savingsCurrency: text(r.savings?.currency ?? state.savingsCurrency).toUpperCase(),
    investmentAmount: text(r.investment?.amount), investmentCurrency: text(r.investment?.currency ?? state.investmentCurrency).toUpperCase(),
    rates: Object.fromEntries(Object.entries(r.rates ?? {}).map(([k, v]) => [k.toUpperCase(), text(v)])),
    criminalRecord: answer(r.criminalRecord), debts: answer(r.debts), officialIncome: answer(r.officialIncome),
    kandas: r.kandas === true, formerCompatriot: r.formerCompatriot === true,
    housing: ['rent', 'own', 'owner-confirms-in-person'].includes(r.housing) ? r.housing : state.housing,
    housingAgreement: r.housingAgreement === true, useTrips: Boolean(r.stay),
  };
}
