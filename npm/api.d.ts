// The requests and answers of the JavaScript API (KzResidence.stay, .permit, .rules,
// .setProfile), written by hand from the README. This one file is meant to be replaced by the
// declarations generated from the engine's Rust types; index.d.ts only imports from it.

/** A date, `YYYY-MM-DD`, between 1900-01-01 and 2200-12-31. */
export type Day = string;

// ---- KzResidence.stay ----

/** One trip; no `exit` (or `null`) while still in the country. */
export interface TripInput { entry: Day; exit?: Day | null }
export interface PlanInput { entry: Day; days: number }
export interface CurveInput { from?: Day | null; to?: Day | null }
/** Explicit limits, applied on top of the regime's. */
export interface RulesInput { windowDays?: number; maxDays?: number; maxDaysPerEntry?: number | null }

export interface StayRequest {
  trips: TripInput[];
  /** The control date; default today. */
  on?: Day;
  /** ISO 3166-1 alpha-2: the regime in force for it on the control date. */
  citizenship?: string;
  /** A regime id of the rules profile (`standard`, `visa-free-30`, ...); wins over `citizenship`. */
  regime?: string;
  rules?: RulesInput;
  plan?: PlanInput;
  /** Ask for the daily count; ends left out are chosen by the engine. */
  curve?: CurveInput;
}

export type StatusCode = 'OVER_LIMIT' | 'MAY_STAY' | 'MAY_ENTER' | 'MUST_WAIT';
/** The situation on the control date, which every headline is worded from. */
export interface Status { code: StatusCode; from: Day | null; to: Day | null }

export interface Violation { from: Day; to: Day; days: number; peak: number; kinds: Array<'WINDOW' | 'PER_ENTRY'> }

export interface RulesUsed {
  windowDays: number;
  maxDays: number;
  maxDaysPerEntry: number | null;
  regime: string | null;
  citizenship: string | null;
  source: string | null;
  effective: Day | null;
  citizenshipSource: string | null;
  citizenshipEffective: Day | null;
}

export type PlanRefusal = 'OVERLAP' | 'TOO_LONG' | 'OVER_LIMIT' | 'BREAKS_LATER_TRIP' | 'OUT_OF_RANGE';
export interface PlanAnswer {
  entry: Day;
  days: number;
  exit: Day;
  allowed: boolean;
  reason: PlanRefusal | null;
  latestExit: Day | null;
  earliestEntry: Day | null;
}

export interface StayAnswer {
  status: Status;
  on: Day;
  windowStart: Day;
  daysUsed: number;
  /** Never below 0. */
  daysRemaining: number;
  inCountry: boolean;
  latestExit: Day | null;
  nextEntry: Day | null;
  fullAllowanceFrom: Day | null;
  fullAllowanceAssumes: 'STAY_TO_LATEST_EXIT' | 'LEAVE_ON_CONTROL_DATE' | null;
  violations: Violation[];
  rules: RulesUsed;
  notices: Notice[];
  plan: PlanAnswer | null;
  /** `[date, count]` corners of the daily count, when asked for. */
  curve: Array<[Day, number]> | null;
}

/** A coded remark, `{ code, ...numbers }`; the fields beside `code` depend on it. */
export interface Notice {
  code:
    | 'BEFORE_FIRST_VERSION' | 'TRIP_BEFORE_FIRST_VERSION' | 'REGIME_ASSUMED' | 'RULE_DATE_UNCONFIRMED'
    | 'PAST_OVERSTAY' | 'OVERSTAY_PENALTY' | 'BORDER_REFUSAL' | 'REGISTRATION' | 'QAZETA'
    | 'MCI_ASSUMED' | 'PILOT' | 'PILOT_FUTURE_UNKNOWN' | 'CITIZENSHIP_TESTS';
  [field: string]: unknown;
}

// ---- KzResidence.permit ----

export type Ground = 'investment' | 'business' | 'employment' | 'marriage' | 'study' | 'relatives' | 'asylum';
export type Housing = 'rent' | 'own' | 'owner-confirms-in-person';
/** An amount in an ISO 4217 currency (`KZT`, `USD`, `EUR`, ...). */
export interface Money { amount: number; currency: string }

export interface PermitRequest {
  ground: Ground;
  /** Default today; picks the rules in force. */
  applicationDate?: Day;
  passportExpiry: Day;
  /** Default the application date. */
  issueDate?: Day | null;
  investment?: Money | null;
  savings?: Money | null;
  /** Tenge for one unit, as Kazakh banks quote them: `{ EUR: 560 }`. */
  rates?: Record<string, number> | null;
  /** `null`: not answered yet. */
  criminalRecord: boolean | null;
  debts: boolean | null;
  officialIncome: boolean | null;
  kandas: boolean;
  formerCompatriot?: boolean;
  /** People aged 16 or over applying together; default 1. */
  applicants?: number | null;
  housing: Housing;
  housingAgreement?: boolean;
  /** The stay history, judged on the application date. */
  stay?: StayRequest | null;
}

export type Verdict = 'ELIGIBLE' | 'BLOCKED' | 'INCOMPLETE';

export type Blocker =
  | { code: 'CRIMINAL_RECORD' }
  | { code: 'DEBTS' }
  | { code: 'SOLVENCY_BELOW'; amountKzt: number; requiredKzt: number; mci: number; mciYear: number; applicants: number }
  | { code: 'INVESTMENT_NOT_ABOVE_THRESHOLD'; amountUsd: number; thresholdUsd: number }
  | { code: 'PASSPORT_TOO_SHORT'; applicationDate: Day; applyBy: Day; passportExpiry: Day; marginDays: number };

export type Missing =
  | { code: 'ANSWER_MISSING'; field: string }
  | { code: 'RATE_MISSING'; currency: string; field: string };

export type Caveat =
  | { code: 'PASSPORT_EXPIRES_BEFORE_PERMIT'; passportExpiry: Day; fullValidityUntil: Day }
  | { code: 'APPLY_BY_SOON'; applyBy: Day; days: number };

export interface Risk { code: string; general: boolean; source: string; effective: Day; violations?: Violation[] }

/** An amount as given and in tenge at the rate used. */
export interface Converted { amount: number; currency: string; rate: number | null; amountKzt: number | null }

export interface Solvency {
  exempt: boolean;
  requiredKzt: number;
  mciMultiple: number;
  mci: number;
  mciYear: number;
  applicants: number;
  amount: Converted | null;
  met: boolean | null;
  source: string;
  effective: Day;
  mciSource: string;
}

export interface Investment {
  amount: Converted;
  usdRate: number | null;
  amountUsd: number | null;
  thresholdUsd: number;
  met: boolean | null;
  source: string;
  effective: Day;
}

export interface DocumentAnswer {
  id: string;
  required: boolean;
  circumstance: string | null;
  maxAgeDays: number | null;
  issuedFrom: Day | null;
  source: string;
  effective: Day;
  unconfirmed: boolean;
}

export interface StepAnswer { id: string; authority: string; documents: string[]; source: string; effective: Day; until: Day | null }

export interface PermitAnswer {
  verdict: Verdict;
  /** True only for `ELIGIBLE`. */
  eligible: boolean;
  blockers: Blocker[];
  missing: Missing[];
  risks: Risk[];
  caveats: Caveat[];
  solvency: Solvency;
  investment: Investment | null;
  housingM2PerPerson: number | null;
  applicationDate: Day;
  issueDate: Day;
  applyBy: Day;
  validUntil: Day;
  citizenshipFrom: Day;
  documents: DocumentAnswer[];
  steps: StepAnswer[];
  notices: Notice[];
}

// ---- KzResidence.rules and setProfile ----

/** One dated value of a rule, with its source (a key of `sources`). */
export interface Entry<T> { from: Day; to?: Day; value: T; source: string; unconfirmed?: boolean }
export interface Source { title: string; url?: string | null }
export interface Limits { windowDays: number; maxDays: number; maxDaysPerEntry: number | null }

/** The rules in force on a day (`KzResidence.rules({ on })`). */
export interface RulesOn {
  id: string;
  title: string;
  reviewed: Day;
  on: Day;
  sources: Record<string, Source>;
  regimes: Array<{ id: string } & Entry<Limits>>;
  defaultRegime: string;
  /** Each citizenship with its regime id or `visa-required`. */
  citizenship: Array<{ code: string } & Entry<string>>;
  grounds: Entry<Ground[]>;
  solvency: { multiple: Entry<number>; mci: Entry<number>; mciYear: number; mciAssumed: boolean; requiredKzt: number };
  investmentThresholdUsd: Entry<number>;
  passportMarginDays: Entry<number>;
  validityYears: Entry<number>;
  citizenshipYears: Entry<number>;
  notices: Notice[];
}

/**
 * An override of the rules profile (`KzResidence.setProfile`): each rule given replaces that
 * rule's whole timeline; `sources`, `citizenship` and the lists with ids merge item by item.
 */
export interface ProfilePatch {
  id?: string;
  title?: string;
  reviewed?: Day;
  sources?: Record<string, Source>;
  /** Stay rules by name (`regimes`, `citizenship`, `registration`, ...). */
  stay?: Record<string, unknown>;
  /** Permit rules by name (`mci`, `solvencyMci`, `documents`, ...). */
  permit?: Record<string, unknown>;
}

// ---- Errors ----

export type Code =
  | 'INVALID_DATE' | 'DATE_OUT_OF_RANGE' | 'EXIT_BEFORE_ENTRY' | 'OVERLAPPING_TRIPS'
  | 'OPEN_TRIP_NOT_LAST' | 'OPEN_TRIP_IN_FUTURE' | 'INVALID_RULES' | 'UNKNOWN_REGIME'
  | 'UNKNOWN_CITIZENSHIP' | 'VISA_REQUIRED' | 'INVALID_PROFILE' | 'INVALID_INPUT' | 'NOT_READY';
