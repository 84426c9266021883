// What a noted trigger of a conditional promise asks for: "svara senast vecka 28 (lör 13 juli)".
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { responseDue, responseTimeText } from '../rules/evaluate-conditional.ts';
import { activityNoun } from '../rules/noun.ts';
import { qualifies } from '../rules/qualifies.ts';
import { activityWindow } from '../rules/timeline.ts';
import { formatDay, isoWeekOf } from '../time/index.ts';
import type { Activity, IsoDate } from '../types.ts';

export function describeResponseDue(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  trigger: IsoDate,
  activities: readonly Activity[],
  today: IsoDate,
): string {
  const condition = commitment.conditional ?? { trigger: '', words: [] };
  const byPeriod = condition.respondWithinWeeks === undefined;
  const by = responseDue(condition, trigger, activityWindow(commitment, set).end);
  // By the period's end: the day, with its year when the period ends in a later year than the need.
  const due = byPeriod
    ? `${formatDay(by, by.slice(0, 4) !== trigger.slice(0, 4))}, periodens sista dag`
    : `vecka ${isoWeekOf(by).week} (${formatDay(by)})`;
  // As evaluate-conditional.ts: a performed, qualifying activity from the trigger day on answers it.
  const answered = activities.some(
    (a) => a.count > 0 && a.date >= trigger && a.date <= by && qualifies(commitment, set, a),
  );
  if (answered) return `redan besvarat med ${activityNoun(commitment).one} ${responseTimeText(condition)}`;
  if (by < today) {
    const time = byPeriod ? 'till periodens slut' : `på ${condition.respondWithinWeeks} veckor`;
    return `svarstiden ${time} gick ut ${due}`;
  }
  return `svara senast ${due}`;
}
