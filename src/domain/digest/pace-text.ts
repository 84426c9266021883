// The pace the rest of the period needs, where the status line does not already say it:
// "42 kvar på 41 veckor" for a weekly average (count promises carry it in their status line). In a
// multi-year set it is the current year's: its own weeks and entries, by the year's end.

import { leftText } from '../rules/noun.ts';
import type { PromiseStatus } from '../status/types.ts';
import { formatNumber } from '../time/index.ts';

export function paceText(ps: PromiseStatus): string | null {
  if (ps.ended || ps.kind !== 'weekly-average') return null;
  const { count, weeks } = ps.year ?? ps;
  const weeksLeft = weeks.total - weeks.completed;
  if (weeksLeft <= 0) return null;
  const remaining = Math.max(0, Math.ceil(ps.target * weeks.total - count - 1e-9));
  if (remaining === 0) return null;
  // The needed rate rounded up, never down: 45 in 43 weeks (1,05) is "1,1/v", not "1,0/v", which
  // would read as the target itself while more than the target is needed.
  const perWeek = formatNumber(Math.ceil((remaining / weeksLeft) * 10 - 1e-9) / 10, 1);
  const by = ps.year ? `vid slutet av ${ps.year.label}` : 'vid periodens slut';
  return `${remaining} ${leftText(weeksLeft)} (${perWeek}/v) för att nå målet ${by}`;
}
