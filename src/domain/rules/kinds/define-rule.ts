// What a rule kind is: one module holding everything the rest of the bot needs to know about it —
// its schema in the promise file (beside it, in the same file), how it is evaluated, its target in
// words, its status line, its report figures and how a report on part of the period judges it.
// `defineRule` ties the parts to the kind, so each part sees the kind's own rule and evaluation types;
// the registry (rule-kinds.ts) refuses, at compile time, a kind that lacks one.
import type { CommitmentDef, PromiseSetDef, RuleDef } from '../../promise-set/schema.ts';
import type { ReportActivity } from '../../report/types.ts';
import type { PromiseStatus } from '../../status/types.ts';
import type { DateWords } from '../../time/date-words.ts';
import type { Per } from '../count-units.ts';
import type { PreparedRule } from '../tally.ts';
import type { RuleContext, RuleEvaluation } from '../types.ts';

export type RuleKind = RuleDef['kind'];
export type RuleOf<K extends RuleKind> = Extract<RuleDef, { kind: K }>;
export type EvaluationOf<K extends RuleKind> = Extract<RuleEvaluation, { kind: K }>;
export type StatusOf<K extends RuleKind> = Extract<PromiseStatus, { kind: K }>;

/** What an evaluation reads: the promise, its set, its tally at `now` (prepared once) and judgements. */
export interface RuleInput {
  commitment: CommitmentDef;
  set: PromiseSetDef;
  prepared: PreparedRule;
  context: RuleContext;
}

/** What report figures read besides the status: the promise, its set and its listed activities. */
export interface FigureInput {
  commitment: CommitmentDef;
  set: PromiseSetDef;
  activities: readonly ReportActivity[];
  /** Dates worded for the report's set and day (a year outside the current one, every year in a multi-year set). */
  words: DateWords;
}

/**
 * How a report on part of the period judges a promise:
 * - `within`: a target that holds inside the part is judged on the part alone, as if the set's period
 *   were that part;
 * - `pro-rata`: a count for a longer unit shows the part's share of the target;
 * - `cumulative`: deliverables, coverage over the period and judged work show their status at the part's
 *   end, with the part's activities.
 */
export type ScopeMode = 'within' | 'pro-rata' | 'cumulative';

export interface ReportScopeSpec {
  mode: ScopeMode;
  /** Judged on whole ISO weeks (those whose Thursday is in the part), so parts never split a week. */
  weeks: boolean;
  /**
   * Runs of N weeks (every N weeks, regular): a run belongs to the part its last week is in, so the
   * part's runs may begin up to N − 1 weeks before it (never before the period, or its year in a
   * multi-year set). The parts' runs together are then the whole period's, and a run straddling a
   * part's start is judged in that part.
   */
  leadInWeeks?: number;
}

/** `fits(per)`: a unit of that length fits inside the part being reported. */
export type FitsPart = (per: Per) => boolean;

export interface RuleModule<K extends RuleKind> {
  kind: K;
  /** The one call path: the rule's tally is prepared by the caller (compute-status, one pass). */
  evaluate(rule: RuleOf<K>, input: RuleInput): EvaluationOf<K>;
  /**
   * The target in words, before partners: "minst 4 trafikinsatser under perioden"; the set says whether
   * a target starts over each year (`resetsEach`: "en trygghetsvandring varje år").
   */
  describeTarget(rule: RuleOf<K>, commitment: CommitmentDef, set: PromiseSetDef): string;
  /** The compact progress text of replies: "11 på 11 veckor, snitt 1,0/v (mål 1/v), i fas". */
  statusLine(ps: StatusOf<K>, words: DateWords): string;
  /** The report's figures behind the outcome, one Swedish sentence each. */
  reportFigures(ps: StatusOf<K>, input: FigureInput): string[];
  /** The report adds the counted activities per place ("Per plats: Centrum 31, Skolan 24"). */
  reportsPlaces: boolean;
  reportScope(rule: RuleOf<K>, fits: FitsPart): ReportScopeSpec;
}

export function defineRule<K extends RuleKind>(kind: K, parts: Omit<RuleModule<K>, 'kind'>): RuleModule<K> {
  return { kind, ...parts };
}
