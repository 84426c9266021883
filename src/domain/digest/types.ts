// The Monday digest as plain data: composed from a SetStatus, rendered into a Reply for every front end.
import type { FollowUpDue } from '../status/follow-up-reminders.ts';
import type { WeekRef } from '../status/types.ts';
import type { IsoDate } from '../types.ts';

/** One promise that needs action this week, with everything the group must know to act. */
export interface DigestAlertItem {
  promiseId: string;
  title: string;
  /** `breach` when a window was already missed; such items come first. */
  severity: 'breach' | 'warning';
  /** The compact progress text, e.g. "10 på 11 veckor, snitt 0,9/v (mål 1/v), släpar". */
  statusLine: string;
  /** What is needed and by when, one line each (Swedish). */
  alerts: string[];
  /** What the rest of the period needs, e.g. "42 kvar på 41 veckor", when the status line lacks it. */
  pace: string | null;
  /** The promise's `responsible` entries, as written in the promise file (ids, roles or names). */
  responsible: string[];
  /** Who promises (`owner`: "Polisen", "Kommunen"), named with the responsible people. */
  owner: string | null;
  /** Planned activities from today on, e.g. "lör 24 mars · Centrum". */
  planned: string[];
  /** Earliest date by which something must happen; orders the items. */
  by: IsoDate | null;
}

export interface DigestLine {
  promiseId: string;
  title: string;
  line: string;
}

/**
 * A promise with nothing anyone can do about it this week, but something to know: a window or unit
 * already missed (last year's, last month's), members of an ended unit left uncovered.
 */
export interface DigestNote extends DigestLine {
  /** The missed windows or units, one Swedish line each. */
  notes: string[];
  /** Planned activities from today on, as in DigestAlertItem. */
  planned: string[];
}

export interface DigestReminder {
  /** The written summary's due date, from the promise file (`reportDue`). */
  due: IsoDate;
  dueWeek: WeekRef;
  daysLeft: number;
  /** The command that produces the summary, e.g. `/rapport 2018`. */
  command: string;
  responsible: string[];
  /** Promises not met that have no comment yet: the follow-up should say why. */
  uncommented: { promiseId: string; title: string }[];
}

/**
 * `running`: the period runs, a weekly digest. `summary-due`: the period has ended and the written
 * summary is not yet due, a reminder. `closed`: nothing left to remind about.
 */
export type DigestPhase = 'running' | 'summary-due' | 'closed';

export interface Digest {
  setKey: string;
  setTitle: string;
  municipality: string;
  phase: DigestPhase;
  today: IsoDate;
  week: WeekRef;
  /**
   * Set when Monday was a public holiday and the digest comes on the next working day; `day` is the
   * holiday as the set words it (`mån 2 april`, `fre 31 december 2021`).
   */
  postponed: { from: IsoDate; holiday: string; day: string } | null;
  /** The channel's digest weekday when it is not Monday (`/loften schema`), 2 = Tuesday … 5 = Friday. */
  weekday?: number;
  slipping: DigestAlertItem[];
  /** Promises on track (or, once the period has ended, their outcomes), one line each. */
  onTrack: DigestLine[];
  /** Promises already met while the period runs, one line each (absent when none). */
  done?: DigestLine[];
  /** Promises whose alerts are all history: nothing to act on this week (absent when none). */
  noted?: DigestNote[];
  reminder: DigestReminder | null;
  /** Follow-ups of the file's `followUpPlan` due soon (absent when none). */
  followUps?: FollowUpDue[];
}
