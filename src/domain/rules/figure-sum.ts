// A count whose target is the sum of a figure (`sum: nya-grupper`): "Målet är att under året få 10 nya
// samverkansgrupper" is met by the groups the meetings brought, not by the number of meetings. Each
// qualifying activity adds its logged value of the figure (none logged: 0).
import type { CommitmentDef } from '../promise-set/schema.ts';
import type { Activity } from '../types.ts';
import { activityNoun, type Noun } from './noun.ts';

/** What one qualifying activity adds to a count: its figure with `sum`, else its count. */
export function creditOf(activity: Activity, sum: string | undefined): number {
  return sum === undefined ? activity.count : (activity.figures[sum] ?? 0);
}

/** The figure a count sums, when it sums one. */
export function summedFigure(commitment: CommitmentDef): CommitmentDef['figures'][number] | null {
  const rule = commitment.rule;
  if (rule.kind !== 'count' || rule.sum === undefined) return null;
  return commitment.figures.find((f) => f.id === rule.sum) ?? null;
}

/**
 * The word the target is counted in: the summed figure's label ("nya samverkansgrupper"), with its
 * `singular` for one (the label when the file gives none), else the activity noun.
 */
export function creditedNoun(commitment: CommitmentDef): Noun {
  const figure = summedFigure(commitment);
  return figure ? { one: figure.singular ?? figure.label, many: figure.label } : activityNoun(commitment);
}

/** The evaluation's `sumOf` for a count with `sum`: the figure's label and how many activities it came from. */
export function sumFields(
  sum: string | undefined,
  commitment: CommitmentDef,
  activities: number,
): { sumOf?: { label: string; activities: number } } {
  if (sum === undefined) return {};
  return { sumOf: { label: creditedNoun(commitment).many, activities } };
}
