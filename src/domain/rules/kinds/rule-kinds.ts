// The registry: every rule kind, in one place. A kind is its module (one file in this folder) plus
// one line in each list below; the compiler refuses a kind that lacks its schema, its evaluation type
// or any part of its module (see docs/architecture.md, "Adding a rule kind").
import { type CountEvaluation, countRule, countSchema } from './count.ts';
import { type CoverageEvaluation, coverageRule, coverageSchema } from './coverage.ts';
import { type DeadlineEvaluation, deadlineRule, deadlineSchema } from './deadline.ts';
import type { RuleKind, RuleModule } from './define-rule.ts';
import { type EveryNWeeksEvaluation, everyNWeeksRule, everyNWeeksSchema } from './every-n-weeks.ts';
import { type JudgedEvaluation, judgedRule, judgedSchema } from './judged.ts';
import { type MilestoneEvaluation, milestoneRule, milestoneSchema } from './milestone.ts';
import {
  type MonthlyAverageEvaluation,
  monthlyAverageRule,
  monthlyAverageSchema,
} from './monthly-average.ts';
import { type RegularEvaluation, regularRule, regularSchema } from './regular.ts';
import { type WeeklyAverageEvaluation, weeklyAverageRule, weeklyAverageSchema } from './weekly-average.ts';

/** The promise file's `rule:` is one of these (schema.ts builds the discriminated union). */
export const RULE_SCHEMAS = [
  countSchema,
  weeklyAverageSchema,
  monthlyAverageSchema,
  everyNWeeksSchema,
  regularSchema,
  deadlineSchema,
  milestoneSchema,
  judgedSchema,
  coverageSchema,
] as const;

export const RULE_KINDS = RULE_SCHEMAS.map((s) => s.shape.kind.value);

/** What a rule says about one promise at one moment, keyed by kind: plain JSON-safe data. */
export type RuleEvaluation =
  | CountEvaluation
  | WeeklyAverageEvaluation
  | MonthlyAverageEvaluation
  | EveryNWeeksEvaluation
  | RegularEvaluation
  | DeadlineEvaluation
  | MilestoneEvaluation
  | JudgedEvaluation
  | CoverageEvaluation;

const RULES: { readonly [K in RuleKind]: RuleModule<K> } = {
  count: countRule,
  'weekly-average': weeklyAverageRule,
  'monthly-average': monthlyAverageRule,
  'every-n-weeks': everyNWeeksRule,
  regular: regularRule,
  deadline: deadlineRule,
  milestone: milestoneRule,
  judged: judgedRule,
  coverage: coverageRule,
};

/**
 * The module of a kind. Callers holding a union (a rule, a status) pass it with its kind; the mapped
 * type above guarantees the module and the value agree, which TypeScript cannot follow through a
 * lookup by a union key: hence the one widening here.
 */
export function ruleModule(kind: RuleKind): RuleModule<RuleKind> {
  return RULES[kind] as unknown as RuleModule<RuleKind>;
}
