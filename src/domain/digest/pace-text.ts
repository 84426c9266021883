// The pace the rest of the period needs, where the status line does not already say it:
// "42 kvar på 41 veckor" for a weekly average (count promises carry it in their status line).

import { leftText } from '../rules/noun.ts';
import type { PromiseStatus } from '../status/types.ts';
import { formatNumber } from '../time/index.ts';

export function paceText(ps: PromiseStatus): string | null {
  if (ps.ended || ps.kind !== 'weekly-average' || ps.weeksLeft <= 0) return null;
  const remaining = Math.max(0, Math.ceil(ps.target * ps.weeks.total - ps.count - 1e-9));
  if (remaining === 0) return null;
  const perWeek = formatNumber(remaining / ps.weeksLeft, 1);
  return `${remaining} ${leftText(ps.weeksLeft)} (${perWeek}/v) för att nå målet vid periodens slut`;
}
