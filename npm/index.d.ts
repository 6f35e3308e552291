// Types of the package's ES module: the KzResidence API, the <kz-residence-calculator>
// element with its properties and events, and the global maps that make
// `document.querySelector('kz-residence-calculator')` and `el.addEventListener('kz-result', ...)`
// typed. The requests and answers come from ./api.d.ts, generated from the engine's Rust types.
import type {
  Code, Day, PermitAnswer, PermitRequest, RulesOn, StayAnswer, StayRequest, TripInput,
} from './api.js';

export * from './api.js';

/** The engine's entry points; synchronous once `ready` has resolved. */
export interface KzResidenceApi {
  /** The crate version of this build. */
  readonly version: string;
  /** Resolves (to the API itself) once the engine is instantiated. */
  readonly ready: Promise<KzResidenceApi>;
  /**
   * Days used and left in the window, the situation on the control date, violations, a
   * planned stay. The control date `on` may be left out: today.
   */
  stay(request: Omit<StayRequest, 'on'> & { on?: Day }): StayAnswer;
  /** Whether and how a residence permit can be had. `applicationDate` may be left out: today. */
  permit(request: Omit<PermitRequest, 'applicationDate'> & { applicationDate?: Day }): PermitAnswer;
  /** The rules in force on `on` (default today); the same frozen object for the same day. */
  rules(options?: { on?: Day }): Readonly<RulesOn>;
}

/** What every call throws on bad input. */
export interface KzResidenceError extends Error {
  code: Code;
  /** A path into the request, such as `trips[2].exit`. */
  field: string;
  /** The other trip of an overlap. */
  related: string | null;
}

export declare const KzResidence: KzResidenceApi;

/** `kz-result`'s detail: each time a tool's answer changes. */
export type KzResultDetail =
  | { tool: 'stay'; answer: StayAnswer }
  | { tool: 'permit'; answer: PermitAnswer };

/** `kz-cta`'s detail: the visitor clicked a call to action (cancel the event to handle it yourself). */
export type KzCtaDetail = KzResultDetail & { summary: string };

/** The element's events, by name. */
export interface KzResidenceEventMap {
  'kz-result': CustomEvent<KzResultDetail>;
  'kz-cta': CustomEvent<KzCtaDetail>;
}

/** <kz-residence-calculator>, defined when the module is imported. */
export declare class KzResidenceCalculator extends HTMLElement {
  /** The stay tool's trips; setting them shows them and answers at once (a `kz-result` follows). */
  get trips(): TripInput[];
  set trips(list: TripInput[]);
  /** The last answer either tool gave, as `kz-result` carried it; `null` before the first. */
  readonly answer: StayAnswer | PermitAnswer | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'kz-residence-calculator': KzResidenceCalculator;
  }
  // The events bubble out of the shadow root, so any ancestor, `document` included, hears them.
  interface HTMLElementEventMap extends KzResidenceEventMap {}
  interface DocumentEventMap extends KzResidenceEventMap {}
}
