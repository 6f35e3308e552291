// On paper the questions' fields do not print their folded parts: what the visitor entered
// in the tool shown is repeated as text, shown in print only (and redrawn when printing).

import { EXEMPT, NOT_LISTED, tripsForApi } from './keep/state.js';
import { chosenSituation, regionNamer } from './stay/situation.js';
import { h } from './ui/dom.js';

/** The stay tool's inputs: citizenship, check date, the trips. */
function stayLines(host) {
  const t = host.t;
  const s = host.state.stay;
  const situation = chosenSituation(host);
  const who = situation.choice === NOT_LISTED ? t('stay.notListed')
    : situation.choice === EXEMPT ? t('stay.exemptOption')
      : situation.citizenship ? regionNamer(t.lang)(situation.citizenship) : '—';
  const trips = tripsForApi(s.trips);
  return [
    h('p', {}, `${t('stay.citizenship')}: ${who}`),
    h('p', {}, `${t('stay.on')}: ${t.date(s.on ?? host.today)}`),
    h('p', {}, t('print.trips', { n: trips.length })),
    // t.date writes a date as typed when it is not one (still being corrected).
    h('ol', {}, trips.map((trip) => h('li', {}, trip.exit === undefined
      ? t('paste.openTrip', { from: t.date(trip.entry) })
      : t('paste.trip', { from: t.date(trip.entry), to: t.date(trip.exit) })))),
  ];
}

/** The permit tool's inputs, as the request it sends: ground, dates, money and the yes/no answers. */
function permitLines(host) {
  const t = host.t;
  const p = host.permitTool.request();
  const date = (value) => (value ? t.date(value) : '—');
  const answer = (value) => (value === true ? t('permit.yes') : value === false ? t('permit.no') : '—');
  const money = (m) => (m && typeof m.amount === 'number' ? t.money(m.amount, m.currency) : '—');
  return [
    [t('permit.ground'), p.ground ? t.label(`ground.${p.ground}`, p.ground) : '—'],
    [t('permit.passportExpiry'), date(p.passportExpiry)],
    [t('permit.applicationDate'), date(p.applicationDate ?? host.today)],
    [t('permit.savingsAmount'), money(p.savings)],
    [t('permit.applicants'), String(p.applicants ?? 1)],
    [t('permit.criminalRecord'), answer(p.criminalRecord)],
    [t('permit.debts'), answer(p.debts)],
    [t('permit.officialIncome'), answer(p.officialIncome)],
  ].map(([label, value]) => h('p', {}, label.endsWith('?') ? `${label} ${value}` : `${label}: ${value}`));
}

/** What the visitor entered in the tool shown, for the printout. */
export function printedInputs(host) {
  const lines = host.state.tool === 'permit' ? permitLines(host) : stayLines(host);
  return h('section', { class: 'kz-print-only', 'aria-hidden': 'true' }, lines);
}
