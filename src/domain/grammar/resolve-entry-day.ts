// Which day an entry is stored on, given the `när` the line named (or none) and the promises' days.
// A promise kept on certain weekdays (`when: { weekdays: [lör, sön] }`, the seed's helgbemanning) takes
// the latest such day when no date is given and the latest (logga) or first (planera) such day of a
// named week or weekend; an explicitly named other day is refused, naming the days. A plan made from a
// week or weekend word never lands on a public holiday; a plan for a named date does.
import type { HolidayLookup } from '../digest/find-digest-day.ts';
import type { CommitmentDef } from '../promise-set/schema.ts';
import type { DateWords } from '../time/date-words.ts';
import { fromDayNumber, weekdayOf } from '../time/index.ts';
import type { DomainError, Result } from '../types.ts';
import { fail, ok } from '../types.ts';
import type { WhenMode, WhenSpan } from './match-when.ts';
import { quotePart } from './usage.ts';

const SHORT = ['mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön'] as const;
const NAMES = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'] as const;
/** The plural adverb a Swedish reader expects: "räknas på lördagar och söndagar". */
const PLURALS = [
  'måndagar',
  'tisdagar',
  'onsdagar',
  'torsdagar',
  'fredagar',
  'lördagar',
  'söndagar',
] as const;

export interface NamedWhen {
  day: number;
  raw: string;
  span?: WhenSpan;
}

/** The weekdays (0 = Monday) every chosen promise is kept on, or null when none is tied to days. */
export function tiedWeekdays(promises: readonly CommitmentDef[]): Set<number> | null {
  const lists = promises.flatMap((p) => (p.when?.weekdays ? [p.when.weekdays] : []));
  if (lists.length === 0) return null;
  const days = new Set<number>([0, 1, 2, 3, 4, 5, 6]);
  for (const list of lists) {
    for (const d of [...days]) if (!list.includes(SHORT[d]!)) days.delete(d);
  }
  // Two promises tied to days that never meet: no day satisfies both, so none is imposed.
  return days.size > 0 ? days : null;
}

/** "helgen (lördagar och söndagar)", "fredagar och lördagar". */
export function describeWeekdays(days: Set<number>): string {
  const sorted = [...days].sort();
  const names = sorted.map((d) => PLURALS[d]!);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} och ${names.at(-1)}` : names[0]!;
  return sorted.length === 2 && sorted[0] === 5 && sorted[1] === 6 ? `helgen (${list})` : list;
}

function wrongDay(
  word: string,
  days: Set<number>,
  why: string,
  part: string | undefined,
  mode: WhenMode,
): Result<never> {
  const weekend = days.size === 2 && days.has(5) && days.has(6);
  const example = !weekend
    ? `"${NAMES[[...days][0]!]}"`
    : mode === 'log'
      ? '"i helgen", "förra helgen", "i lördags" eller "i söndags"'
      : '"lördag", "nästa helg" eller "v.14"';
  const error: DomainError = {
    code: 'bad-date',
    message: `${word.charAt(0).toUpperCase()}${word.slice(1)} räknas bara på ${describeWeekdays(days)}: ${why} Skriv t.ex. ${example}, eller lägg till "ändå" för att spara raden ändå (den räknas då inte).`,
    field: 'date',
  };
  return fail(part === undefined ? error : { ...error, part });
}

export interface DayContext {
  mode: WhenMode;
  today: number;
  /** The set's date wording on `today`: a day of another year is named with its year. */
  words: DateWords;
  word: string;
  /** The line said `ändå`: store an explicitly named other day all the same. */
  anyway: boolean;
  holidayName?: HolidayLookup;
}

/** The day to store (as a day number) for the line's `när` (null: none named). */
export function resolveEntryDay(
  when: NamedWhen | null,
  promises: readonly CommitmentDef[],
  ctx: DayContext,
): Result<number> {
  const days = tiedWeekdays(promises);
  const isHoliday = (day: number) => ctx.holidayName?.(fromDayNumber(day)) != null;
  if (when === null) {
    if (days === null || ctx.mode !== 'log') return ok(ctx.today);
    for (let day = ctx.today; day > ctx.today - 7; day--) if (days.has(weekdayOf(day))) return ok(day);
    return ok(ctx.today);
  }
  if (when.span) {
    const candidates: number[] = [];
    for (let day = when.span.from; day <= when.span.to; day++) {
      if (days !== null && !days.has(weekdayOf(day))) continue;
      if (ctx.mode === 'plan' && isHoliday(day)) continue;
      candidates.push(day);
    }
    if (candidates.length > 0) {
      if (ctx.mode === 'plan') return ok(candidates[0]!);
      // A week or weekend logged for a promise without days keeps its first day: the reply names the span.
      return ok(days === null ? when.day : candidates.at(-1)!);
    }
    if (days !== null) {
      const what = ctx.mode === 'log' ? 'har ingen sådan dag som har varit än.' : 'har ingen sådan dag kvar.';
      return wrongDay(ctx.word, days, `${quotePart(when.raw)} ${what}`, when.raw, ctx.mode);
    }
    return ok(when.day);
  }
  if (days !== null && !days.has(weekdayOf(when.day)) && !ctx.anyway) {
    return wrongDay(
      ctx.word,
      days,
      `${quotePart(when.raw)} är ${ctx.words.day(fromDayNumber(when.day))}.`,
      when.raw,
      ctx.mode,
    );
  }
  return ok(when.day);
}
