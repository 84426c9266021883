// A list of count units as a reader wants it: `mars, maj`; runs of weeks as spans (`v.1–19 2021`),
// not nineteen labels one by one.
import type { DateWords } from '../time/date-words.ts';
import { addDays } from '../time/day-number.ts';
import { isoWeekOf } from '../time/iso-week.ts';
import type { Per } from './count-units.ts';
import type { CountUnit } from './types.ts';

/**
 * The units a message lists: `mars, maj`; runs of weeks as spans, `v.1–19 2021, v.23 2021`, rather
 * than nineteen labels one by one.
 */
export function unitListText(
  units: readonly CountUnit[],
  per: Per | string | undefined,
  words: DateWords,
  limit = Number.POSITIVE_INFINITY,
): string {
  if (per !== 'week')
    return capped(
      units.map((u) => u.label),
      limit,
    );
  const runs: { from: CountUnit; to: CountUnit }[] = [];
  for (const u of units) {
    const run = runs.at(-1);
    if (run && addDays(run.to.end, 1) === u.start) run.to = u;
    else runs.push({ from: u, to: u });
  }
  return capped(
    runs.map((r) => words.weekSpan(isoWeekOf(r.from.start), isoWeekOf(r.to.start))),
    limit,
  );
}

/** `a, b, c och 4 till` beyond `limit` items. */
function capped(items: string[], limit: number): string {
  const shown = items.slice(0, limit).join(', ');
  return items.length > limit ? `${shown} och ${items.length - limit} till` : shown;
}
