// A developer's page code using the package through a bundler (tests/e2e/npm.test.mjs
// bundles it with esbuild and type-checks it with tsc): the element, its events and the API.
import { KzResidence, type KzResidenceCalculator, type StatusCode, type StayAnswer } from 'kz-residence';

declare global {
  interface Window { kzApiAnswer?: StayAnswer; kzStatus?: StatusCode }
}

// HTMLElementTagNameMap: createElement gives the element's own type.
const el: KzResidenceCalculator = document.createElement('kz-residence-calculator');
el.setAttribute('lang', 'en');
el.setAttribute('tool', 'stay');
el.setAttribute('today', '2024-04-01');
// HTMLElementEventMap: the event's detail is typed, the answer narrowed by the tool.
el.addEventListener('kz-result', (event) => {
  if (event.detail.tool === 'stay') {
    window.kzStatus = event.detail.answer.status.code;
    // @ts-expect-error: a stay answer has no verdict (the detail is not `any`)
    void event.detail.answer.verdict;
  }
});
el.addEventListener('kz-cta', (event) => console.log(event.detail.summary));
document.body.append(el);

// The API beside the element: the same engine.
KzResidence.ready.then((api) => {
  window.kzApiAnswer = api.stay({ trips: [{ entry: '2024-01-10', exit: '2024-02-08' }], on: '2024-04-01' });
});

// The answers as the engine makes them (api.d.ts is generated from its Rust types): the
// status with its dates and days, the limits of each period the trips were judged under.
export const headline = (a: StayAnswer): string =>
  `${a.status.code} ${a.status.to ?? ''} ${a.status.days ?? 0} ${a.periods.map((p) => `${p.maxDays}/${p.windowDays}`).join(' ')}`;

// The types are not `any`: each line below must be refused.
// @ts-expect-error: no such status
export const wrong: StatusCode = 'MAY_LEAVE';
// @ts-expect-error: trips is a list
export const refused = () => KzResidence.stay({ trips: '2024-01-10' });
// @ts-expect-error: the answer is read only
export const readOnly = () => { el.answer = null; };
// @ts-expect-error: a trip's entry is a date string
export const badTrip = () => { el.trips = [{ entry: 20240110 }]; };
// @ts-expect-error: the rules are compiled in, there is no setProfile
export const noProfile = () => KzResidence.setProfile(null);
