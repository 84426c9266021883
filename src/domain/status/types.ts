// The status of a promise set at one moment. Plain JSON-safe data: `status --json` prints a
// SetStatus as is, and the replies, digest and report render from it.
import type { RuleDef } from '../promise-set/schema.ts';
import type { Alert, CountUnit, CoverageItem, Gap, Judgement, WeekRef } from '../rules/types.ts';
import type { IsoDate, Outcome, StatusWord } from '../types.ts';

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

export interface PromiseStatus {
  id: string;
  title: string;
  category: string;
  kind: RuleDef['kind'];
  status: StatusWord;
  /** What the report would say if the period ended now; final once it has ended. */
  outcome: Outcome;
  /** Performed, qualifying activities so far. */
  count: number;
  /** See RuleEvaluation.target: the count, the per-week target, N weeks, or 1 for a deadline. */
  target: number;
  /** The counted noun in plural, e.g. `medborgarkontakter`. */
  unit?: string;
  weeks: { completed: number; total: number };
  /** The promise's window has ended: status and outcome are final. */
  ended: boolean;
  weeksLeft: number;
  /** Performed qualifying count per period week (index 0 = the period's first week). */
  weekCounts: number[];
  countCompleted?: number;
  average?: number | null;
  expected?: number;
  needed?: number;
  lastWeek?: WeekRef | null;
  nextDueWeek?: WeekRef | null;
  /** Weeks read as their Saturday–Sunday (weekend promises). */
  weekend?: boolean;
  gaps?: Gap[];
  longestGap?: number;
  windowsKept?: number;
  windowsBroken?: number;
  windowsTotal?: number;
  /** Count per sub-period (`per` other than `period`): each unit and whether it reached the target. */
  per?: string;
  units?: CountUnit[];
  unitsKept?: number;
  /** Units that have ended (all of them once the period has ended). */
  unitsJudged?: number;
  unitsTotal?: number;
  /** The unit holding today; null between units or once ended. */
  currentUnit?: CountUnit | null;
  due?: IsoDate;
  doneDate?: IsoDate | null;
  /** Date of the latest qualifying activity (judged promises show it). */
  lastDate?: IsoDate | null;
  /** Judged: the latest judgement (status, reason, who, when); null while none. */
  judgement?: Judgement | null;
  /** Judged: the document's word for the amount, shown as the target ("flera"). */
  wording?: string;
  /** Coverage: every member in every sub-period. */
  coverage?: CoverageItem[];
  /** Coverage: members missed so far, as readers see them: `Kåken (höstterminen 2019)`. */
  uncovered?: string[];
  /** Conditional promises: the verbatim condition and whether it has happened. */
  conditional?: { trigger: string; triggered: boolean; triggers: IsoDate[] };
  strive?: boolean;
  tolerance?: number;
  unitsMissed?: number;
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
  /** Result figures summed over the qualifying activities, e.g. `{ fordon: 120 }`. */
  figureTotals: Record<string, number>;
  /** Figures with a target of their own (`figures[].target`), e.g. utbildade 14 of 20. */
  figureProgress?: { id: string; label: string; total: number; target: number }[];
  alerts: Alert[];
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
