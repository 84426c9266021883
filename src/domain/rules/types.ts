// What a rule says about one promise at one moment: plain JSON-safe data, read by status lines,
// the digest, the report and `status --json`.
import type { IsoDate, Outcome, StatusWord } from '../types.ts';

export type AlertSeverity = 'warning' | 'breach';

export type AlertCode =
  | 'behind-pace'
  | 'few-weeks-left'
  | 'average-below-target'
  | 'silent-weeks'
  | 'window-closing'
  | 'window-overdue'
  | 'window-broken'
  | 'deadline-approaching'
  | 'deadline-missed'
  | 'silent-place'
  | 'missing-partner'
  | 'missing-group-or-method'
  | 'judgement-due'
  | 'coverage-missed'
  | 'coverage-open'
  | 'response-due'
  | 'outside-when'
  | 'outside-places'
  | 'before-after';

export interface Alert {
  code: AlertCode;
  severity: AlertSeverity;
  /** Swedish: what must happen and by when, e.g. "Nästa helgbemanning senast v.14 (7–8 april)". */
  message: string;
  /** Last local date by which it must happen, when there is one. */
  by?: IsoDate;
}

/** A week as readers need it: number, label and dates. */
export interface WeekRef {
  year: number;
  week: number;
  /** `v.14` */
  label: string;
  /** Monday */
  start: IsoDate;
  /** Sunday */
  end: IsoDate;
  /** Saturday–Sunday, `7–8 april` */
  weekendDates: string;
  /** Monday–Sunday, `2–8 april` */
  dates: string;
}

/** A run of completed weeks without a qualifying activity. */
export interface Gap {
  from: WeekRef;
  to: WeekRef;
  weeks: number;
}

export type { RuleEvaluation } from './kinds/rule-kinds.ts';

/**
 * What every kind's evaluation carries; each kind adds its own figures (see `rules/kinds/`), and
 * `RuleEvaluation` is the union of them keyed by `kind`.
 */
export interface EvaluationBase<K extends string> {
  kind: K;
  status: StatusWord;
  /** What the report would say if the period ended now; final once it has ended. */
  outcome: Outcome;
  /** Performed, qualifying activities so far (sum of their `count`). */
  count: number;
  /**
   * The promise's own figure: the count for `count`, the per-week target for `weekly-average`,
   * N for `every-n-weeks`, the silence limit in weeks for `regular`, 1 for `deadline`.
   */
  target: number;
  weeks: { completed: number; total: number };
  /** The promise's window has ended: status and outcome are final. */
  ended: boolean;
  /** Weeks of the period not yet completed, this week included. */
  weeksLeft: number;
  /** Performed qualifying count per period week (index 0 = the period's first week). */
  weekCounts: number[];
  /**
   * A multi-year set (`resetsEach`): the outcome of every year (slice) that has ended, from that year's
   * own entries and weeks, as the same rule on a one-year period would judge it.
   */
  years?: YearOutcome[];
  /** Conditional promises (any kind): the verbatim condition and whether it has happened. */
  conditional?: {
    trigger: string;
    triggered: boolean;
    triggers: IsoDate[];
    /** Needs not yet answered whose answer is still due (absent: none). */
    open?: IsoDate[];
  };
  alerts: Alert[];
}

/** An ended year of a multi-year set: `2019: uppfyllt (14 av 12)`. */
export interface YearOutcome {
  /** `2019`, `läsåret 2019/20`. */
  label: string;
  outcome: Outcome;
  /** The year's figure behind the outcome: `14 av 12`, `17 av 17 perioder om 3 veckor`. */
  figure: string;
}

/** Every-N-weeks and regular: runs of N weeks (see week-runs.ts). */
export interface WeekWindowFields {
  /** Latest week with a qualifying activity. */
  lastWeek: WeekRef | null;
  /** Latest week for the next one; null when the period needs no more. */
  nextDueWeek: WeekRef | null;
  gaps: Gap[];
  /** Longest run of completed weeks without one. */
  longestGap: number;
  windowsKept: number;
  windowsBroken: number;
  windowsTotal: number;
}

/** A person's status for a judged promise (`/loften bedöm`). */
export interface Judgement {
  setKey: string;
  promiseId: string;
  status: StatusWord;
  /** Required when the status is neither `uppfyllt` nor `i fas`. */
  reason: string | null;
  userId: string;
  /** Instant, ISO-8601. */
  at: string;
  /** Local date of the judgement; for a final one given after its year ended (`för 2019`), that year's last day. */
  date: IsoDate;
  /** When a report moved `at` to its part's end: the instant it was really made. */
  madeAt?: string;
}

/** A dated trigger of a conditional promise ("önskemål om trygghetsvandring" 3 maj). */
export interface Trigger {
  promiseId: string;
  date: IsoDate;
}

/** What rules may need beyond the ledger: stored judgements and triggers. */
export interface RuleContext {
  judgements?: readonly Judgement[];
  triggers?: readonly Trigger[];
}

/** One member of a coverage set in one sub-period. */
export interface CoverageItem {
  id: string;
  name: string;
  /** Sub-period label, absent for `per: period`. */
  unit?: string;
  /** Last date it can be covered. */
  end: IsoDate;
  count: number;
  covered: boolean;
}

/** One sub-period of a `count` rule with `per`, e.g. a month. */
export interface CountUnit {
  /** `mars`, `v.12`, `tertial 2`, `första halvåret` */
  label: string;
  start: IsoDate;
  end: IsoDate;
  count: number;
  kept: boolean;
  /** A unit the period cuts has a pro-rata target (rounded up); absent: the rule's target. */
  target?: number;
}
