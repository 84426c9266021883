// Plain data shared by the domain core. No platform, database or clock in here.

/** A local calendar date in the promise set's time zone, `YYYY-MM-DD`. */
export type IsoDate = string;

/** An ISO-8601 week, e.g. `{ year: 2018, week: 12 }`. */
export interface IsoWeek {
  year: number;
  week: number;
}

export type Platform = 'console' | 'slack' | 'teams';

/**
 * One logged or planned activity (an event). One event can count for several promises
 * (`promiseIds`), and credits every participant, but is counted once.
 */
export interface Activity {
  id: string;
  setKey: string;
  promiseIds: string[];
  /** Local date the activity happened (or is planned for). */
  date: IsoDate;
  /** Optional local time `HH:MM`, for promises constrained to evenings, nights etc. */
  time: string | null;
  /** Canonical place id from the set's list, or a free-text place name, or null. */
  place: string | null;
  /** How many were done; 0 only for a conditional promise's trigger ("önskemål uppkom"). */
  count: number;
  /** Canonical partner ids (or free-text names when the set allows it). */
  partners: string[];
  /** Target-group ids from the set's `targetGroups` ("mopeder"). */
  targetGroups: string[];
  /** Method ids from the set's `methods` ("civil"). */
  methods: string[];
  /** Normalised user ids of everyone who took part, the logger first. */
  participants: string[];
  note: string | null;
  planned: boolean;
  /** Result figures, e.g. `{ kontrollerade_fordon: 40 }`. */
  figures: Record<string, number>;
  /** Who logged it (normalised id, e.g. `slack:T1:U1`). */
  userId: string;
  platform: Platform;
  /** Instant it was logged, ISO-8601 with offset or Z. */
  loggedAt: string;
}

/**
 * Status words of the brief while a period runs, and outcomes once it has ended. `ej bedömd`: a
 * promise judged by a person that has no judgement (or, at its end, only a progress word) yet.
 */
export type StatusWord = 'uppfyllt' | 'i fas' | 'släpar' | 'ej uppfyllt' | 'ej aktuell' | 'ej bedömd';
export type Outcome = 'uppfyllt' | 'delvis uppfyllt' | 'ej uppfyllt' | 'ej aktuell' | 'ej bedömd';

export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E };

/** Expected failures are values; adapters render `message` (Swedish) as is. */
export interface DomainError {
  code: ErrorCode;
  /** Swedish text for the user: what was wrong and the expected form. */
  message: string;
  /** The offending part of the input, when there is one. */
  part?: string;
  /** Form field the error belongs to (for modals and cards). */
  field?: 'promise' | 'place' | 'date' | 'count' | 'partners' | 'note' | 'text';
}

export type ErrorCode =
  | 'empty'
  | 'unknown-command'
  | 'unknown-activity'
  | 'unknown-place'
  | 'unknown-partner'
  | 'bad-date'
  | 'future-date'
  | 'past-date'
  | 'outside-period'
  /** A line without a date, typed on a day outside the set's period (the 2018 set used in 2026). */
  | 'today-outside-period'
  /** A report period that does not exist (T4) or lies outside the set's period. */
  | 'bad-period'
  /** `/loften schema` with a day or time that cannot be a digest's (Saturday, 03:00, 25:00). */
  | 'bad-schedule'
  | 'bad-count'
  | 'bad-note'
  | 'personal-data'
  | 'too-long'
  | 'unexpected'
  | 'not-bound'
  | 'unknown-set'
  | 'forbidden'
  | 'nothing-to-undo'
  /** `logga ändra`: no such entry of the user's, or nothing would change. */
  | 'nothing-to-edit'
  | 'duplicate'
  | 'rate-limited'
  | 'invalid-file'
  | 'unavailable'
  /** The database was locked by another writer past the wait: nothing written, try again. */
  | 'busy'
  /** A bug in the program (not the database). */
  | 'internal';

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (error: DomainError): Result<never> => ({ ok: false, error });
