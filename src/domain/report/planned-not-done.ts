// Planned activities the report must account for: those whose week passed with nothing performed
// for the promise ("ej utförd"), and those still ahead ("planerad"). A plan followed by a logged
// activity the same week counts as done and is left out.
import type { PromiseSetDef } from '../promise-set/schema.ts';
import type { DateWords } from '../time/date-words.ts';
import { isoWeekOf, weekSerialOfDate } from '../time/iso-week.ts';
import type { Activity, IsoDate } from '../types.ts';
import { byDate, placeName } from './report-activity.ts';
import type { PlannedNotDone } from './types.ts';

export function findPlannedNotDone(
  set: PromiseSetDef,
  planned: readonly Activity[],
  performed: readonly Activity[],
  today: IsoDate,
  words: DateWords,
): PlannedNotDone[] {
  const doneWeeks = new Set<string>();
  for (const a of performed) {
    const serial = weekSerialOfDate(a.date);
    for (const id of a.promiseIds) doneWeeks.add(`${id}|${serial}`);
  }
  const result: (PlannedNotDone & { id: string })[] = [];
  for (const plan of planned) {
    const serial = weekSerialOfDate(plan.date);
    for (const promiseId of plan.promiseIds) {
      if (doneWeeks.has(`${promiseId}|${serial}`)) continue;
      const commitment = set.promises.find((c) => c.id === promiseId);
      result.push({
        id: `${plan.id}|${promiseId}`,
        promiseId,
        promise: commitment?.title ?? promiseId,
        date: plan.date,
        day: words.day(plan.date),
        week: words.week(isoWeekOf(plan.date)),
        place: placeName(set, plan.place),
        state: plan.date < today ? 'ej utförd' : 'planerad',
      });
    }
  }
  return result.sort(byDate).map(({ id: _id, ...item }) => item);
}
