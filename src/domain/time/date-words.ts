// Dates and weeks as a reader of one promise set understands them, at one moment: a date or week
// outside the current year carries its year ("2 november 2022", "v.20 2021"), and in a set whose
// period spans more than one calendar year every date and week carries it, since "v.20" or
// "2 november" there names more than one time. Every text shown to users words its dates through
// one of these, built from the set's period and "now" (never the clock).
import type { IsoDate, IsoWeek } from '../types.ts';
import { addDays, toDayNumber, weekdayOf } from './day-number.ts';
import { MONTHS } from './format-swedish.ts';
import { weekEnd, weekStart } from './iso-week.ts';
import type { Period } from './period-weeks.ts';

const WEEKDAYS = ['mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön'] as const;

export interface DateWords {
  /** The local date "now" stands at. */
  readonly today: IsoDate;
  /** The period spans more than one calendar year: every date and week carries its year. */
  readonly multiYear: boolean;
  /** The period's last day. */
  readonly periodEnd: IsoDate;
  /** `20 mars`, `20 mars 2021`. */
  date(date: IsoDate): string;
  /** `tis 20 mars`, `tis 20 mars 2021`. */
  day(date: IsoDate): string;
  /** `v.20`, `v.20 2021` (the ISO week's own year). */
  week(week: IsoWeek): string;
  /** `v.20–22`, `v.52 2020–2 2021`: a run of weeks. */
  weekSpan(from: IsoWeek, to: IsoWeek): string;
  /** `7–8 april`, `31 december 2020–1 januari 2021`. */
  range(from: IsoDate, to: IsoDate): string;
  /** Monday to Sunday of a week: `2–8 april`. */
  weekDates(week: IsoWeek): string;
  /** Saturday and Sunday of a week: `7–8 april`. */
  weekendDates(week: IsoWeek): string;
  /**
   * A due date as a reply or digest says it: `15 januari 2022, efter periodens slut` when it falls after
   * the period, `31 december (periodens sista dag)` on its last day, else as `date`.
   */
  due(date: IsoDate): string;
  /** Whether a date is worded with its year. */
  dateHasYear(date: IsoDate): boolean;
  /** Whether a week is worded with its year. */
  weekHasYear(week: IsoWeek): boolean;
}

/** A period as the wording needs it: `resetsEach` marks a set of several years (or a part of one). */
export interface WordedPeriod extends Period {
  resetsEach?: string | undefined;
}

/**
 * The set spans more than one calendar year (two or three years with yearly targets, June–June), or
 * is one part of such a set (`resetsEach`: a report on 2021 of a 2020–2022 set).
 */
export function spansYears(period: WordedPeriod): boolean {
  return period.start.slice(0, 4) !== period.end.slice(0, 4) || period.resetsEach !== undefined;
}

function parts(date: IsoDate): { year: string; month: string; day: number } {
  return {
    year: date.slice(0, 4),
    month: MONTHS[Number(date.slice(5, 7)) - 1] ?? '',
    day: Number(date.slice(8, 10)),
  };
}

/** `period`: the set's (effective) period; `today`: the local date of "now" in the set's zone. */
export function createDateWords(period: WordedPeriod, today: IsoDate): DateWords {
  return new PeriodDateWords(period, today);
}

// A class, not an object of closures: every status builds several of these (one a promise's timeline,
// twice a command), and a dozen closures each time cost more than the rest of the wording (under tsx,
// which names every closure it creates, some 30 times more).
class PeriodDateWords implements DateWords {
  readonly today: IsoDate;
  readonly multiYear: boolean;
  readonly periodEnd: IsoDate;
  private readonly thisYear: string;

  constructor(period: WordedPeriod, today: IsoDate) {
    this.today = today;
    this.multiYear = spansYears(period);
    this.periodEnd = period.end;
    this.thisYear = today.slice(0, 4);
  }

  dateHasYear(date: IsoDate): boolean {
    return this.multiYear || date.slice(0, 4) !== this.thisYear;
  }

  weekHasYear(week: IsoWeek): boolean {
    return this.multiYear || String(week.year) !== this.thisYear;
  }

  date(d: IsoDate): string {
    const p = parts(d);
    return `${p.day} ${p.month}${this.dateHasYear(d) ? ` ${p.year}` : ''}`;
  }

  day(d: IsoDate): string {
    return `${WEEKDAYS[weekdayOf(toDayNumber(d))]} ${this.date(d)}`;
  }

  week(w: IsoWeek): string {
    return `v.${w.week}${this.weekHasYear(w) ? ` ${w.year}` : ''}`;
  }

  weekSpan(from: IsoWeek, to: IsoWeek): string {
    if (from.year !== to.year) return `v.${from.week} ${from.year}–${to.week} ${to.year}`;
    const span = from.week === to.week ? `v.${from.week}` : `v.${from.week}–${to.week}`;
    return `${span}${this.weekHasYear(from) ? ` ${from.year}` : ''}`;
  }

  range(from: IsoDate, to: IsoDate): string {
    const a = parts(from);
    const b = parts(to);
    const yearB = this.dateHasYear(to) || this.dateHasYear(from) ? ` ${b.year}` : '';
    if (a.year !== b.year) return `${a.day} ${a.month} ${a.year}–${b.day} ${b.month} ${b.year}`;
    if (a.month === b.month) return `${a.day}–${b.day} ${b.month}${yearB}`;
    return `${a.day} ${a.month}–${b.day} ${b.month}${yearB}`;
  }

  due(d: IsoDate): string {
    // After the period a date always names its year: it is read beside the period's own end.
    if (d > this.periodEnd) {
      const p = parts(d);
      return `${p.day} ${p.month} ${p.year}, efter periodens slut`;
    }
    return d === this.periodEnd ? `${this.date(d)} (periodens sista dag)` : this.date(d);
  }

  // A week's dates follow its label, which already says the year when one is needed.
  weekDates(w: IsoWeek): string {
    return plainRange(weekStart(w), weekEnd(w));
  }

  weekendDates(w: IsoWeek): string {
    return plainRange(addDays(weekEnd(w), -1), weekEnd(w));
  }
}

/** `7–8 april`, `31 mars–1 april`, `31 december–1 januari`: dates beside a week label that names the year. */
function plainRange(from: IsoDate, to: IsoDate): string {
  const a = parts(from);
  const b = parts(to);
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${b.month}`;
  return `${a.day} ${a.month}–${b.day} ${b.month}`;
}
