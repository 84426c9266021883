// The date wording of one status: its set's period and its day decide which dates carry a year.
import { effectivePeriod } from '../promise-set/effective-period.ts';
import type { PromiseSetDef } from '../promise-set/schema.ts';
import { createDateWords, type DateWords } from '../time/date-words.ts';
import { toLocalDate } from '../time/local-date.ts';
import type { IsoDate } from '../types.ts';
import type { SetStatus } from './types.ts';

export function statusWords(status: Pick<SetStatus, 'period' | 'today'>): DateWords {
  return createDateWords(status.period, status.today);
}

/**
 * The date wording of a report: a document about its period, read in the frame of that period, so a
 * report on 2018 read in January 2019 says "lör 6 januari" and names the year only of what lies
 * outside 2018 (week 1 of 2019 for 31 December, a judgement made in 2019).
 */
export function reportWords(set: Pick<PromiseSetDef, 'period'>, today: IsoDate): DateWords {
  const { start, end } = effectivePeriod(set);
  return setWords(set, today < start ? start : today > end ? end : today);
}

/** The date wording of a set at the instant `now`, on its local date in the set's zone. */
export function wordsAt(set: Pick<PromiseSetDef, 'period' | 'timeZone'>, now: Date): DateWords {
  return setWords(set, toLocalDate(now, set.timeZone));
}

/** The date wording of a set on `today` (a part of a multi-year set keeps its years: `resetsEach`). */
export function setWords(set: Pick<PromiseSetDef, 'period'>, today: IsoDate): DateWords {
  return createDateWords({ ...effectivePeriod(set), resetsEach: set.period.resetsEach }, today);
}
