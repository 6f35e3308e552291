// The permit tool: a short step-by-step form in, the engine's permit answer out (the verdict
// and what it rests on, key dates, the steps, a checklist to tick). Like the stay tool it
// keeps every typed value as typed and recomputes after a pause.

import { KzResidence } from '../../api.js';
import { isIso } from '../ui/dates.js';
import { h, liveUpdate, replaceContent } from '../ui/dom.js';
import { clearErrors, errorMessage, errorWaits, showError } from '../ui/fields.js';
import { dateSentence, permitDates, permitDetails } from './details.js';
import { clearNotes, showNote } from './fields.js';
import { permitForm } from './form.js';
import { currenciesNeedingRates, permitField, permitRequest } from './request.js';
import { permitReport, reportLines, verdictView } from './verdict.js';

export class PermitTool {
  constructor(host) {
    this.host = host;
    this.answer = null;
    this.lines = [];
    this.syncForm = () => {};
    this.recompute = liveUpdate(this, 100);
    /** Whether the headline waits for the visitor to leave a field whose error is held back (fields.js). */
    this.waiting = false;
  }

  get p() {
    return this.host.state.permit;
  }

  /** The rules in force on the application date (the answer's numbers come from them). */
  rules() {
    const on = this.p.applicationDate ?? this.host.today;
    return KzResidence.rules({ on: isIso(on) ? on : this.host.today });
  }

  render() {
    this.answerBox = h('div', { class: 'kz-answer', part: 'answer', id: 'permit-answer' });
    this.answerHeading = h('h3', { tabindex: '-1' }, this.host.t('permit.answerHeading'));
    // The verdict sits below six steps (two screens on a phone): a line above them says it and leads there.
    this.peek = h('p', { class: 'kz-peek', hidden: true });
    this.answer = null;
    // Leaving a field whose error was waiting turns the "complete the field" headline into the error's.
    this.panel = h('div', { class: 'kz-tool', onfocusout: () => this.waiting && this.recompute() },
      this.peek,
      permitForm(this),
      this.answerHeading,
      this.answerBox);
    this.update();
    return this.panel;
  }

  changed() {
    this.syncForm();
    this.recompute();
    this.host.save();
  }

  currenciesNeedingRates() {
    return currenciesNeedingRates(this.p, Boolean(this.answer?.solvency.exempt));
  }

  /** What the rate field of `currency` shows: the visitor's own rate, else the embedding site's. */
  rateText(currency) {
    return this.p.rates[currency] ?? this.host.embedderRates()[currency] ?? '';
  }

  update() {
    const t = this.host.t;
    const p = this.p;
    const root = this.host.shadowRoot;
    clearErrors(this.panel);
    clearNotes(this.panel);
    this.waiting = false;
    if (!p.ground || !p.passportExpiry) {
      this.answer = null;
      this.show({ text: t('permit.needMore'), tone: 'info' });
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
      answer = KzResidence.permit(request);
    } catch (e) {
      this.showEngineError(e);
      return;
    }
    this.answer = answer;
    this.syncForm();
    const report = permitReport(this, answer);
    this.mark(() => report.missing.forEach((m) => showNote(root, m.field, 'prompt', t(m.field.startsWith('permit-rate-') ? 'permit.prompt.rate' : 'permit.prompt.answer'))));
    replaceContent(this.answerBox, verdictView(this.host, report, (id) => this.jump(id)), permitDetails(this, answer, report));
    this.lines = [...reportLines(report), ...permitDates(answer, this.rules()).map((d) => dateSentence(t, d))];
    replaceContent(this.peek, `${report.headline.text} `,
      h('button', { type: 'button', class: 'kz-jump', onclick: () => this.answerHeading.focus() }, t('permit.toAnswer')));
    this.peek.className = `kz-peek kz-${report.headline.tone}`;
    this.peek.hidden = false;
    this.host.announce(report.headline.text);
    this.host.emitResult('permit', answer);
  }

  /** An engine error at its field when the field is on screen, and in the answer box. */
  showEngineError(e) {
    const t = this.host.t;
    const [id, value] = permitField(e.field, this.p);
    let message;
    if (e.field.startsWith('stay')) message = t('permit.tripsError');
    else if (e.code === 'INVALID_INPUT' && id === 'permit-issue') message = t('permit.issueBeforeApplication');
    else if (e.code === 'INVALID_INPUT' && id === 'permit-applicants') message = t('permit.wholePeople');
    else message = errorMessage(t, e.code, value);
    this.answer = null;
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
    else if (id !== null && showError(root, id, message)) return { text: t('permit.fixFirst', { message }), tone: 'bad' };
    else if (id !== null && errorWaits(root, id)) {
      this.waiting = true;
      return { text: t('permit.waiting'), tone: 'info' };
    }
    return { text: message, tone: 'bad' };
  }

  /**
   * Marks fields (errors, prompts, warnings) now, or, while the panel is being built and not
   * yet in the shadow root (a render, a language switch), once the element has placed it.
   */
  mark(marking) {
    if (this.panel.isConnected) marking();
    else queueMicrotask(marking);
  }

  /** A sentence in place of a verdict (nothing to judge yet, or an input to fix). */
  show(sentence) {
    this.lines = [sentence.text];
    this.peek.hidden = true;
    replaceContent(this.answerBox, h('p', { class: `kz-headline kz-${sentence.tone}`, part: 'headline' }, sentence.text));
    this.host.announce(sentence.text);
  }

  /** Takes the visitor to a field the verdict asks about (a question: its first choice). */
  jump(id) {
    const target = this.host.shadowRoot.getElementById(id);
    (target?.matches('fieldset') ? target.querySelector('input') : target)?.focus();
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
    return this.lines.join('\n');
  }

  calendarEvents() {
    const a = this.answer;
    if (!a) return [];
    const t = this.host.t;
    const summaries = { 'apply-by': t('ics.applyBy'), 'valid-until': t('ics.validUntil'), 'citizenship-from': t('ics.citizenshipFrom') };
    return permitDates(a, this.rules()).map((d) => ({ id: d.id, date: d.date, summary: summaries[d.id], description: dateSentence(t, d) }));
  }
}
