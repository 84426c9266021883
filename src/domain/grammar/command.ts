// The one command grammar shared by every front end (Slack, Teams, console): what a line means.
import type { IsoDate, StatusWord } from '../types.ts';
import type { Token } from './tokenize-line.ts';

export type CommandRole = 'officer' | 'group' | 'chief' | 'admin';
/** `html`: the web page, always the public version. */
export type ReportFormat = 'md' | 'csv' | 'docx' | 'json' | 'xlsx' | 'html';

/** An activity as the user described it, resolved against the promise set but not yet stored. */
export interface EntryDraft {
  /** Canonical promise ids; one per activity word (`trafikinsats+riskkväll` names two). */
  promiseIds: string[];
  /** The canonical word(s) of the promises, joined with `+` when several. */
  word: string;
  /** Canonical place id, or free text when no chosen promise requires a place from the list. */
  place: string | null;
  date: IsoDate;
  /** False when the date defaulted to today. */
  dateWasGiven: boolean;
  /**
   * Why the entry counts for nothing, when the line said `ändå` (no place, no partner, another day):
   * the reply says so first. Empty for every other accepted line.
   */
  notCounted: string[];
  /** The line named a week (`förra veckan`, `v.11`) or a weekend (`i helgen`), not a day: replies say so. */
  dateSpan: 'week' | 'weekend' | null;
  /** Local time `HH:MM`, or null. */
  time: string | null;
  /** 1 or more; 0 exactly when `trigger`. */
  count: number;
  /** The line noted that a conditional promise's condition arose ("önskemål trygghetsvandring"). */
  trigger: boolean;
  /** Canonical partner ids. */
  partners: string[];
  /** Target-group and method ids from the set's lists. */
  targetGroups: string[];
  methods: string[];
  /** Mentions exactly as the platform sent them (`<@U123>`, `@anna`, `<at>Anna</at>`); the app normalises. */
  participants: string[];
  note: string | null;
  /** Result figures by figure id, e.g. `{ fordon: 40 }`. */
  figures: Record<string, number>;
}

/**
 * The part of the period a report covers (`/rapport T2 2019`, `/rapport mars`, `/rapport vt 2020`):
 * a quarter, tertial, half-year, month or ISO week by its number, a school term, or a school year
 * (1 July–30 June, starting in the command's year). The year, when given, is the command's `year`.
 */
export type ReportPeriod =
  | { unit: 'quarter' | 'tertial' | 'half-year' | 'month' | 'week'; index: number }
  | { unit: 'term'; term: 'vt' | 'ht' }
  | { unit: 'school-year' };

export type Command =
  | { kind: 'log'; entry: EntryDraft }
  | { kind: 'plan'; entry: EntryDraft }
  | { kind: 'undo' }
  /** `logga mina`: the user's latest entries, numbered for `logga ändra`. */
  | { kind: 'mine' }
  /**
   * `logga ändra [n] <delar>`: change entry n of `logga mina` (1, the latest, when left out). The parts
   * are read against that entry's promises once it is known (`parseEdit`), so they stay tokens here.
   */
  | { kind: 'edit'; index: number | null; parts: Token[]; note: string | null }
  | { kind: 'help'; topic?: string }
  | { kind: 'status' }
  /** `public`: the version for citizens (`/rapport 2019 publik`): no notes, people, comments or plans. */
  | { kind: 'report'; year?: number; period?: ReportPeriod; format?: ReportFormat; public?: boolean }
  /** `/rapport <år> [period] fastställ`: the chief adopts the follow-up. */
  | { kind: 'adopt'; year?: number; period?: ReportPeriod }
  | { kind: 'promises' }
  | { kind: 'bind'; setKey: string }
  | { kind: 'role'; user: string; role: CommandRole }
  /** `/loften bedöm <löfte> <status> "orsak"`: a person's status for a judged promise. */
  | {
      kind: 'judge';
      promiseId: string;
      status: StatusWord;
      reason: string | null;
      /** `för 2019`: a final judgement for that ended year of a multi-year set. */
      year?: number;
    }
  /** `/loften kommentar <löfte> [år] [period] "text"`: a comment for the period or a part of it. */
  | { kind: 'comment'; promiseId: string; year?: number; period?: ReportPeriod; text: string }
  /**
   * `/loften schema`: show the channel's digest schedule, turn it off or on, or set its day and/or
   * time (null: keep what is set). Weekday 1 = Monday … 5 = Friday; time `HH:MM`.
   */
  | { kind: 'schedule'; action: 'show' }
  | { kind: 'schedule'; action: 'off' }
  | { kind: 'schedule'; action: 'on' }
  | { kind: 'schedule'; action: 'set'; weekday: number | null; time: string | null }
  /** `logga` without words: front ends open a modal / card, the console prints the help. */
  | { kind: 'form' };
