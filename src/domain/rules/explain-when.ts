// Why an activity does not count under a promise's `when`, in words the logger can act on.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import type { Activity } from '../types.ts';
import { createWhenCheck, describeWhen } from './when-check.ts';

/** null when the activity meets the promise's `when` (or it has none). */
export function explainWhen(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activity: Activity,
  /**
   * The word of the line that names a part of the day (`kväll`) but no clock time; asked only when the
   * hint needs it (reading the line again costs more than the check).
   */
  dayPart: () => string | null = () => null,
): string | null {
  const check = createWhenCheck(commitment, set);
  if (!check || check(activity)) return null;
  const rule = `löftet gäller ${describeWhen(commitment, set)}`;
  if (commitment.when?.from === undefined || activity.time !== null) return rule;
  const word = dayPart();
  return word
    ? `${rule}; "${word}" säger inte klockslaget, ange tid, t.ex. "kl 21"`
    : `${rule}, ange tid, t.ex. "kl 21"`;
}
