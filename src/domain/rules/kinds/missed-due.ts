// A deliverable due before the period's end (a milestone or deadline with its own date) that was not
// done by then is missed while the rest of the period still runs: said as a breach, so the digest
// lists it among those that need attention instead of "i fas".
import { effectivePeriod } from '../../promise-set/effective-period.ts';
import type { PromiseSetDef } from '../../promise-set/schema.ts';
import { formatDay } from '../../time/format-swedish.ts';
import type { IsoDate } from '../../types.ts';
import type { Alert } from '../types.ts';

export function missedWhileRunning(
  due: IsoDate,
  today: IsoDate,
  set: Pick<PromiseSetDef, 'period'>,
  what: () => string,
): Alert[] {
  if (today > effectivePeriod(set).end) return [];
  return [
    {
      code: 'deadline-missed',
      severity: 'breach',
      message: `${what()} skulle vara klar senast ${formatDay(due, true)}: inte klar i tid`,
    },
  ];
}
