// A multi-year set (`resetsEach`) judged year by year on weeks: each year (slice) is its own stretch of
// ISO weeks, those whose Thursday is in it (the rule a one-year period uses), with that stretch's
// timeline and its part of the promise's tally. A week rule evaluates each stretch as it would a
// one-year period, so a year's status and outcome come from that year's own weeks and entries.
import type { PromiseSetDef } from '../promise-set/schema.ts';
import type { WordedPeriod } from '../time/date-words.ts';
import { slicesOfWindow } from './slices.ts';
import type { PreparedRule } from './tally.ts';
import { windowTimeline } from './timeline.ts';

export interface YearStretch {
  /** `2020`, `läsåret 2019/20`. */
  label: string;
  /** The year's timeline and tally, as a one-year period's would be. */
  prepared: PreparedRule;
}

/**
 * The years of the promise's window that hold at least one week, in date order. Each stretch's dates
 * and weeks are worded for the whole set (`setPeriod`, default the promise's own timeline's): a year
 * of a multi-year set names its year on every week and date, as the rest of the set's text does.
 */
export function yearStretches(
  set: PromiseSetDef,
  { timeline, tally, after }: PreparedRule,
  setPeriod: WordedPeriod = timeline.setPeriod,
): YearStretch[] {
  const sum = (counts: readonly number[]) => counts.reduce((n, c) => n + c, 0);
  // Dated in the window after its last week (a period ending before a Thursday): the last year's.
  const afterWeeks = tally.count - tally.countBeforeWeeks - sum(tally.weekCounts);
  const stretches = slicesOfWindow(set, timeline.window).flatMap((slice) => {
    // `after` a milestone done once a year: a year runs from its done day; the weeks before it are
    // not the group's to fill (no entry there counts).
    const done = after?.doneIn(slice.start) ?? null;
    const from = done !== null && done > slice.start ? { ...slice, start: done } : slice;
    const own = windowTimeline(from, timeline.now, timeline.timeZone, setPeriod);
    if (own.total === 0) return [];
    const offset = own.firstSerial - timeline.firstSerial;
    return [
      { label: slice.label, timeline: own, weekCounts: tally.weekCounts.slice(offset, offset + own.total) },
    ];
  });
  return stretches.map(({ label, timeline: own, weekCounts }, i) => {
    // Days of a year before its first week are in the year before's last week (already counted
    // there), except before the window's first week.
    const countBeforeWeeks = i === 0 ? tally.countBeforeWeeks : 0;
    const after = i === stretches.length - 1 ? afterWeeks : 0;
    const count = sum(weekCounts) + countBeforeWeeks + after;
    return { label, prepared: { timeline: own, tally: { ...tally, weekCounts, count, countBeforeWeeks } } };
  });
}
