// The dates a set is followed up over: a period "förlängt" by a year runs to `extendedTo`.
import type { IsoDate } from '../types.ts';
import type { PromiseSetDef } from './schema.ts';

export function effectivePeriod(set: Pick<PromiseSetDef, 'period'>): { start: IsoDate; end: IsoDate } {
  return { start: set.period.start, end: set.period.extendedTo ?? set.period.end };
}
