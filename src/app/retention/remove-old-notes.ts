// Retention of free text: a set's notes are removed a configured number of months after its report
// was due. The activities stay, so figures and reports of past years keep their counts.
import { toLocalDate } from '../../domain/time/index.ts';
import type { IsoDate } from '../../domain/types.ts';
import type { AppDeps } from '../deps.ts';

/** LOFTESBOT_RETENTION_MONTHS when not configured. */
export const DEFAULT_RETENTION_MONTHS = 24;

export const RETENTION_ACTOR = {
  actor: 'system:retention',
  platform: 'console',
  action: 'remove-notes',
} as const;

export interface RemovedNotes {
  setKey: string;
  /** The first day the notes may no longer be kept. */
  removeFrom: IsoDate;
  cleared: number;
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

/** Clears the notes of every set whose report was due `months` or more ago (in the set's zone). */
export async function removeOldNotes(deps: AppDeps, months: number, now: Date): Promise<RemovedNotes[]> {
  const removed: RemovedNotes[] = [];
  for (const set of await deps.store.findPromiseSets()) {
    const removeFrom = addMonths(set.def.reportDue, months);
    if (toLocalDate(now, set.def.timeZone) < removeFrom) continue;
    const { cleared } = await deps.store.clearNotes(set.key, RETENTION_ACTOR, now);
    if (cleared === 0) continue;
    // The purge bumped the set's revision: every replica's next read replaces its cached notes.
    deps.log.info({ setKey: set.key, cleared }, 'notes removed after retention period');
    removed.push({ setKey: set.key, removeFrom, cleared });
  }
  return removed;
}
