// "Planning a trip?" under the answer card: the day of entry and the number of days of a
// trip to come (the card then answers the plan), and, for the rare visitor who asks about
// another day than today, the date the answer is for.

import { h } from '../ui/dom.js';
import { dateField, field } from '../ui/fields.js';

/** The plan's questions; `edit(key)` keeps a value and recomputes. */
export function planView(tool, edit) {
  const t = tool.host.t;
  const s = tool.s;
  const range = () => tool.host.range;
  return h('section', { class: 'kz-plan', 'aria-labelledby': 'plan-heading' },
    h('h3', { id: 'plan-heading' }, t('plan.heading')),
    h('div', { class: 'kz-plan-fields' },
      dateField({ id: 'plan-entry', label: t('plan.entry'), t, value: s.planEntry, onvalue: edit('planEntry'), range }),
      field({ id: 'plan-days', label: t('plan.days'), input: h('input', { type: 'number', min: '1', step: '1', inputmode: 'numeric', value: s.planDays, oninput: (e) => edit('planDays')(e.target.value) }) }),
      h('button', { type: 'submit', class: 'kz-button', id: 'stay-check' }, t('stay.check'))),
    h('details', { class: 'kz-other-day', open: Boolean(s.on) },
      h('summary', {}, t('stay.otherDay')),
      dateField({ id: 'stay-on', label: t('stay.on'), hint: t('stay.onHint'), t, value: s.on ?? tool.host.today, onvalue: edit('on'), range })));
}
