// The year-end report (the written follow-up) as plain JSON-safe data. Every renderer — Markdown,
// CSV, JSON, Word, the chart, the chat summary — reads this and nothing else, so they agree.
import type { ReportComment } from '../comments/promise-comment.ts';
import type { RuleDef } from '../promise-set/schema.ts';
import type { IsoDate, Outcome, StatusWord } from '../types.ts';
import type { ReportAdoptionNote } from './adoption.ts';

export interface ReportActivity {
  id: string;
  date: IsoDate;
  /** `tis 20 mars` */
  day: string;
  /** `v.12` */
  week: string;
  /** Place name as the set spells it, or the free text logged. */
  place: string | null;
  partners: string[];
  /** Target groups and methods by name, present only when the activity names some. */
  targetGroups?: string[];
  methods?: string[];
  /** 0 for a conditional promise's trigger ("behov uppkom"). */
  count: number;
  /** How many took part (the logger included). */
  participants: number;
  note: string | null;
  /** Result figures by label, e.g. `{ "kontrollerade fordon": 40 }`. */
  figures: Record<string, number>;
  /** False when logged for the promise but not counted (no required partner, unlisted place). */
  counted: boolean;
  /**
   * Present when not counted: why, and how the logger repairs it, e.g.
   * `saknar tid (löftet gäller 17:00–24:00) — ange tid med /logga ändra [nummer] kl 19`.
   */
  notCounted?: string;
}

export interface PromiseReport {
  id: string;
  category: string;
  title: string;
  /** The promise text as signed. */
  text: string;
  kind: RuleDef['kind'];
  /** The target in words: `minst 1 medborgarkontakt i snitt per vecka`. */
  target: string;
  /** Final outcome once the promise's window has ended; otherwise what it would be now. */
  outcome: Outcome;
  status: StatusWord;
  /** Settled: its window (for a deadline: up to its due date) has ended, or it is already met. */
  final: boolean;
  /** The verdict as printed: the outcome, or `i fas (pågår till …)` while the window runs. */
  verdict: string;
  /** The figures behind the verdict, one Swedish sentence each. */
  figures: string[];
  /** Counted total (sum of counts). */
  count: number;
  /** Result figures summed, by label. */
  figureTotals: Record<string, number>;
  activities: ReportActivity[];
  /** The report's own deadline promise (the written summary): this document is its deliverable. */
  thisReport?: boolean;
  /** The working group's comments (`/loften kommentar`), oldest first; absent when there are none. */
  comments?: ReportComment[];
}

export interface ReportTotal {
  id: string;
  name: string;
  /** Distinct activities (an event for several promises counts once). */
  activities: number;
  /** Sum of their counts. */
  count: number;
}

export interface PlannedNotDone {
  promiseId: string;
  promise: string;
  date: IsoDate;
  day: string;
  week: string;
  place: string | null;
  /** `ej utförd` when its week passed with nothing performed, `planerad` when still ahead. */
  state: 'ej utförd' | 'planerad';
}

export interface WeekPoint {
  year: number;
  week: number;
  /** `v.12`, `v.12 2021` (a multi-year set, a week outside the report's year: see DateWords). */
  label: string;
  /** Monday */
  start: IsoDate;
  /** The Monday as the report words it: `19 mars`, `19 mars 2021`. */
  monday: string;
  count: number;
}

export interface ReportModel {
  setKey: string;
  /** `public`: the version for citizens (public-report.ts): nothing internal, no people. */
  audience?: 'public';
  /** `Uppföljning av medborgarlöfte 2018 — Överkalix kommun och lokalpolisområde Östra Norrbotten` */
  title: string;
  /** Set when the report covers part of the period (`/rapport T2 2019`); `period` is then that part. */
  scope?: {
    /** `Tertial 2 (maj–augusti) 2019` */
    heading: string;
    /** `tertial 2 2019` */
    label: string;
    /** `t2-2019`, for file names */
    slug: string;
  };
  municipality: string;
  policeArea: string;
  period: { start: IsoDate; end: IsoDate };
  year: number;
  reportDue: IsoDate;
  /** The instant the report describes, ISO-8601 UTC, and its local date. */
  asOf: string;
  today: IsoDate;
  /** Set once the chief has adopted this report (`/rapport <år> fastställ`). */
  adopted?: ReportAdoptionNote;
  /** The period has ended: outcomes are final (a deadline after the period may still run). */
  ended: boolean;
  problemAreas: string[];
  followUp: string | null;
  signatories: { role: string; name: string | null; organisation: string | null }[];
  /** One line per outcome word, e.g. `6 uppfyllda, 2 delvis uppfyllda, 1 ej uppfyllt`. */
  summary: string;
  /** Final promises per outcome; `ej bedömd` only when some promise has it. */
  outcomes: Record<Exclude<Outcome, 'ej bedömd'>, number> & { 'ej bedömd'?: number };
  promises: PromiseReport[];
  totals: { places: ReportTotal[]; partners: ReportTotal[] };
  plannedNotDone: PlannedNotDone[];
  /** Citizen contacts per week (the first weekly-average promise) with its target. */
  contacts: { promiseId: string; title: string; unit: string; target: number; weeks: WeekPoint[] } | null;
  /** Staffed weeks (the first every-N-weeks promise): a week is staffed when it holds one. */
  staffing: {
    promiseId: string;
    title: string;
    every: number;
    weeks: (WeekPoint & { staffed: boolean; inBrokenWindow: boolean })[];
  } | null;
}
