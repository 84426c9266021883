// The status of a promise set at one moment. Plain JSON-safe data: `status --json` prints a
// SetStatus as is, and the replies, digest and report render from it.
import type { RuleEvaluation, WeekRef } from '../rules/types.ts';
import type { IsoDate } from '../types.ts';

export type {
  Alert,
  AlertCode,
  AlertSeverity,
  CountUnit,
  CoverageItem,
  Gap,
  Judgement,
  RuleContext,
  Trigger,
  WeekRef,
  YearOutcome,
} from '../rules/types.ts';

export interface PlannedItem {
  date: IsoDate;
  place: string | null;
}

export interface SilentPlace {
  place: string;
  name: string;
  weeks: number;
}

/** A promise's rule evaluation (RuleEvaluation, keyed by `kind`: status, outcome, count, target and the
 * figures behind them), with what every promise carries besides: names, places, plans, partners and figures. */
export type PromiseStatus = RuleEvaluation & PromiseFacts;

export interface PromiseFacts {
  id: string;
  title: string;
  category: string;
  /** The counted noun in plural, e.g. `medborgarkontakter`. */
  unit?: string;
  /** Who promises ("Polisen"), when the file says. */
  owner?: string;
  /** Every watched place with completed weeks since its last activity. */
  watchedPlaces: SilentPlace[];
  /** The watched places silent for at least `places.silentWeeks` completed weeks. */
  silentPlaces: SilentPlace[];
  /** Planned activities from today on, by date. */
  planned: PlannedItem[];
  /** Logged but not counted because no required partner was named. */
  missingPartner: number;
  /** Logged but not counted because outside the promise's `when` (time, weekday, event, season). */
  outsideWhen?: number;
  /** Logged but not counted because no required target group or method was named. */
  missingGroupOrMethod?: number;
  /** Logged but not counted because at no place of the promise's subset (`places.only`). */
  outsidePlaces?: number;
  /** `after`: the promise it follows, and the day that one was done (null: not yet). */
  after?: { id: string; title: string; done: string | null };
  /** Result figures summed over the qualifying activities, e.g. `{ fordon: 120 }`. */
  figureTotals: Record<string, number>;
  /** Figures with a target of their own (`figures[].target`), e.g. utbildade 14 of 20. */
  figureProgress?: { id: string; label: string; total: number; target: number }[];
}

export interface SetStatus {
  /** The instant the status describes, ISO-8601 UTC. */
  asOf: string;
  /** Local date in the set's time zone. */
  today: IsoDate;
  setKey: string;
  period: { start: IsoDate; end: IsoDate };
  currentWeek: WeekRef;
  /** The period has ended: statuses are outcomes. */
  ended: boolean;
  promises: PromiseStatus[];
}

/** The shape `loftesbot status --json` prints. */
export type StatusJson = SetStatus;
