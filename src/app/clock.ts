// The only place that asks what time it is. Everything else gets `now` passed in.
import { TZDate } from '@date-fns/tz';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Real elapsed milliseconds (monotonic), for limits that must not follow a fixed `--now`. */
export const elapsedMs = (): number => performance.now();

export function fixedClock(instant: Date): Clock {
  return { now: () => new Date(instant.getTime()) };
}

/**
 * Reads `--now` / `LOFTESBOT_NOW`. Without an offset (`2018-03-19T08:00:00`, `2018-03-19`) the time is
 * local to the promise set's zone, as a Swedish user means it; with `Z` or `+01:00` it is taken as is.
 */
export function parseNow(text: string, timeZone: string): Date {
  if (/(Z|[+-]\d{2}:?\d{2})$/i.test(text)) return new Date(text);
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (!m) throw new Error(`not an ISO date-time: ${text}`);
  const [, y, mo, d, h = '12', mi = '00', s = '00'] = m;
  return new Date(new TZDate(+y!, +mo! - 1, +d!, +h, +mi, +s, timeZone).getTime());
}
