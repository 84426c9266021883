// What a noted trigger of a conditional promise asks for: "svara senast vecka 28 (lör 13 juli)". As in
// evaluate-conditional.ts, never after the period: a response time running past its end is cut at the
// period's last day, and the reply says so rather than naming a day after it beside "senast 31 december".

import { effectivePeriod } from '../promise-set/effective-period.ts';
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { activityNoun } from '../rules/noun.ts';
import { qualifies } from '../rules/qualifies.ts';
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
  const weeks = commitment.conditional?.respondWithinWeeks ?? 4;
  const words = setWords(set, today);
  const full = addDays(trigger, weeks * 7);
  const end = effectivePeriod(set).end;
  const by = full > end ? end : full;
  const cut = full > end ? `, periodens sista dag (${weeks} veckor räcker till ${words.due(full)})` : '';
  const due = `${words.week(isoWeekOf(by)).replace('v.', 'vecka ')} (${words.day(by)})${cut}`;
  // As evaluate-conditional.ts: a performed, qualifying activity from the trigger day on answers it.
  const answered = activities.some(
    (a) => a.count > 0 && a.date >= trigger && a.date <= by && qualifies(commitment, set, a),
  );
  if (answered) return `redan besvarat med ${activityNoun(commitment).one} inom ${weeks} veckor`;
  if (by < today) return `svarstiden på ${weeks} veckor gick ut ${due}`;
  return `svara senast ${due}`;
}
