// What a noted trigger of a conditional promise asks for: "svara senast vecka 28 (lör 13 juli)".
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { activityNoun } from '../rules/noun.ts';
import { qualifies } from '../rules/qualifies.ts';
import { addDays } from '../time/day-number.ts';
import { formatDay, isoWeekOf } from '../time/index.ts';
import type { Activity, IsoDate } from '../types.ts';

export function describeResponseDue(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  trigger: IsoDate,
  activities: readonly Activity[],
  today: IsoDate,
): string {
  const weeks = commitment.conditional?.respondWithinWeeks ?? 4;
  const by = addDays(trigger, weeks * 7);
  const due = `vecka ${isoWeekOf(by).week} (${formatDay(by)})`;
  // As evaluate-conditional.ts: a performed, qualifying activity from the trigger day on answers it.
  const answered = activities.some(
    (a) => a.count > 0 && a.date >= trigger && a.date <= by && qualifies(commitment, set, a),
  );
  if (answered) return `redan besvarat med ${activityNoun(commitment).one} inom ${weeks} veckor`;
  if (by < today) return `svarstiden på ${weeks} veckor gick ut ${due}`;
  return `svara senast ${due}`;
}
