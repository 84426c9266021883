// What a noted trigger of a conditional promise asks for: "svara senast vecka 28 (lör 13 juli)". As in
// evaluate-conditional.ts, never after the period: a response time running past its end is cut at the
// period's last day, and the reply says so rather than naming a day after it beside "senast 31 december".

import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { responseDue, responseTimeText } from '../rules/evaluate-conditional.ts';
import { activityNoun, weeksText } from '../rules/noun.ts';
import { qualifies } from '../rules/qualifies.ts';
import { activityWindow } from '../rules/timeline.ts';
import { setWords } from '../status/status-words.ts';
import { addDays } from '../time/day-number.ts';
import { isoWeekOf } from '../time/index.ts';
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
  const words = setWords(set, today);
  const by = responseDue(condition, trigger, activityWindow(commitment, set).end);
  // N weeks that would run past the period are cut at its last day, and the reply says so.
  const weeks = condition.respondWithinWeeks;
  const full = weeks === undefined ? by : addDays(trigger, weeks * 7);
  const cut = full > by ? `, periodens sista dag (${weeksText(weeks!)} räcker till ${words.due(full)})` : '';
  const due = byPeriod
    ? `${words.day(by)}, periodens sista dag`
    : `${words.week(isoWeekOf(by)).replace('v.', 'vecka ')} (${words.day(by)})${cut}`;
  // As evaluate-conditional.ts: a performed, qualifying activity from the trigger day on answers it.
  const answered = activities.some(
    (a) => a.count > 0 && a.date >= trigger && a.date <= by && qualifies(commitment, set, a),
  );
  if (answered) return `redan besvarat med ${activityNoun(commitment).one} ${responseTimeText(condition)}`;
  if (by < today) {
    const time = byPeriod ? 'till periodens slut' : `på ${weeksText(condition.respondWithinWeeks!)}`;
    return `svarstiden ${time} gick ut ${due}`;
  }
  return `svara senast ${due}`;
}
