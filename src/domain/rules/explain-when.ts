// Why an activity does not count under a promise's `when`, in words the logger can act on.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import type { Activity } from '../types.ts';
import { createWhenCheck, describeWhen } from './when-check.ts';

/** null when the activity meets the promise's `when` (or it has none). */
export function explainWhen(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activity: Activity,
  /** A word of the line that names a part of the day (`kväll`) but no clock time. */
  dayPart: string | null = null,
): string | null {
  const check = createWhenCheck(commitment, set);
  if (!check || check(activity)) return null;
  const timed = commitment.when?.from !== undefined;
  const hint =
    timed && activity.time === null
      ? dayPart
        ? `; "${dayPart}" säger inte klockslaget, ange tid, t.ex. "kl 21"`
        : ', ange tid, t.ex. "kl 21"'
      : '';
  return `löftet gäller ${describeWhen(commitment, set)}${hint}`;
}
