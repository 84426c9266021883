// Pace: how far along a promise with a number should be by now, so it is `släpar` before its unit
// ends rather than after. One rule for counts (plain, per unit, a milestone done several times):
// behind when a whole activity behind the pro-rata expectation over the unit's weeks, or when some
// remain and few weeks of the unit are left. Coverage is behind when the visits still needed exceed
// what the weeks left allow. The property tests hold a per-unit rule's pace to the same rule on a
// one-unit period, so both go through these functions.

/**
 * "Few weeks left" in a unit of `total` weeks: the rule's `warnWeeksLeft` (default 4), but never more
 * than the last quarter of the unit (rounded up), so a month is not behind all month long; a unit of
 * one week (or none) has no pace before it ends.
 */
export function fewWeeksOf(total: number, warnWeeksLeft: number): number {
  if (total <= 1) return 0;
  return Math.min(warnWeeksLeft, Math.max(1, Math.ceil(total / 4)));
}

export interface CountPace {
  /** The pro-rata expectation now: target × completed weeks ÷ weeks. */
  expected: number;
  /** At least a whole activity behind the expectation. */
  behind: boolean;
  /** Some remain and few weeks are left. */
  fewLeft: boolean;
  /** How many bring it back in fas (strictly less than a whole activity behind). */
  neededForPace: number;
  remaining: number;
  weeksLeft: number;
}

/** The pace of a count of `target` in a unit whose weeks are `weeks` (completed of total). */
export function countPace(
  target: number,
  count: number,
  weeks: { total: number; completed: number },
  warnWeeksLeft: number,
): CountPace {
  const { total, completed } = weeks;
  const weeksLeft = total - completed;
  const remaining = Math.max(0, target - count);
  const expected = total === 0 ? 0 : (target * completed) / total;
  const behind = remaining > 0 && count <= expected - 1 + 1e-9;
  const fewLeft = remaining > 0 && weeksLeft <= fewWeeksOf(total, warnWeeksLeft);
  const neededForPace = behind ? Math.floor(expected - 1 - count + 1e-9) + 1 : 0;
  return { expected, behind, fewLeft, neededForPace, remaining, weeksLeft };
}

/**
 * Coverage: `visitsLeft` visits still needed in a unit with `weeksLeft` weeks (this one included),
 * at most `perWeek` a week. Behind when they no longer fit, or when any remain and few weeks are left.
 */
export function coveragePace(
  visitsLeft: number,
  weeks: { total: number; completed: number },
  perWeek: number,
  warnWeeksLeft: number,
): { behind: boolean; fewLeft: boolean; weeksLeft: number } {
  const weeksLeft = weeks.total - weeks.completed;
  return {
    behind: visitsLeft > weeksLeft * perWeek,
    fewLeft: visitsLeft > 0 && weeksLeft <= fewWeeksOf(weeks.total, warnWeeksLeft),
    weeksLeft,
  };
}

/**
 * A deliverable (deadline, milestone) not done is behind once its due date's week is this week or
 * next and too few are planned by then; one done several times (`times`) is also behind a whole one
 * behind pro rata over its window.
 */
export function deliverablePace(
  times: number,
  count: number,
  weeks: { total: number; completed: number },
  dueWeeksAway: number,
  plannedByDue: number,
): { behind: boolean; dueSoon: boolean } {
  const remaining = Math.max(0, times - count);
  if (remaining === 0) return { behind: false, dueSoon: false };
  const dueSoon = dueWeeksAway <= 1 && plannedByDue < remaining;
  const proRata = times > 1 && countPace(times, count, weeks, 0).behind;
  return { behind: dueSoon || proRata, dueSoon };
}
