// Retention of free text: a configured number of months after a set's report was due, its notes,
// places and partners typed free, participants, judgement reasons and comments are removed
// (Store.purgeFreeText). The activities and judgements stay, so reports of past years keep their counts.
import { toLocalDate } from '../../domain/time/index.ts';
import type { IsoDate } from '../../domain/types.ts';
import type { AppDeps } from '../deps.ts';
import type { PurgedText } from '../ports.ts';

/** LOFTESBOT_RETENTION_MONTHS when not configured. */
export const DEFAULT_RETENTION_MONTHS = 24;

export const RETENTION_ACTOR = {
  actor: 'system:retention',
  platform: 'console',
  action: 'remove-free-text',
} as const;

export interface RemovedText {
  setKey: string;
  /** The first day the set's free text may no longer be kept. */
  removeFrom: IsoDate;
  removed: PurgedText;
}

/** The date `months` calendar months after `date`, kept inside the month (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(Math.min(d, lastDay))}` as IsoDate;
}

/** Removes the free text of every set whose report was due `months` or more ago (in the set's zone). */
export async function removeOldText(deps: AppDeps, months: number, now: Date): Promise<RemovedText[]> {
  const done: RemovedText[] = [];
  for (const set of await deps.store.findPromiseSets()) {
    const removeFrom = addMonths(set.def.reportDue, months);
    if (toLocalDate(now, set.def.timeZone) < removeFrom) continue;
    const removed = await deps.store.purgeFreeText(set.key, RETENTION_ACTOR, now);
    if (Object.values(removed).every((n) => n === 0)) continue;
    // The purge bumped the set's revision: every replica's next read replaces its cached text.
    deps.log.info({ setKey: set.key, removed }, 'free text removed after retention period');
    done.push({ setKey: set.key, removeFrom, removed });
  }
  return done;
}
