// The follow-up plan of a promise file (`followUpPlan`): when each report is due, and which are
// coming up now. The digest reminds `remindDaysBefore` days ahead, naming who reports to whom and
// the `/rapport` command that gives the part of the period reported on.
import { effectivePeriod } from '../promise-set/effective-period.ts';
import type { FollowUpStepDef, PromiseSetDef } from '../promise-set/schema.ts';
import { type Per, type UnitSpan, unitsOfPeriod } from '../rules/count-units.ts';
import { addDays } from '../time/day-number.ts';
import { formatDay, MONTHS } from '../time/format-swedish.ts';
import { isoWeekOf } from '../time/iso-week.ts';
import type { IsoDate } from '../types.ts';
import { setWords } from './status-words.ts';

const UNIT_OF: Partial<Record<FollowUpStepDef['cadence'], Per>> = {
  weekly: 'week',
  monthly: 'month',
  tertial: 'tertial',
  quarterly: 'quarter',
  'half-year': 'half-year',
  yearly: 'year',
};

export interface FollowUpDue {
  stepId: string;
  what: string;
  /** Who reports and to whom, as the file writes them (user ids, roles or names). */
  by: string[];
  to: string[];
  /** Label of the unit reported on (`tertial 1`), absent for explicit dates. */
  unit?: string;
  due: IsoDate;
  /** The due day as the reminder says it (with its year outside this year or in a multi-year set). */
  dueText?: string;
  remindFrom: IsoDate;
  /** The report to bring: `/rapport T1 2017`; `/rapport` for the whole period. */
  command?: string;
}

/** `/rapport T1 2017` for a unit of the cadence, from its first day. */
function commandOf(per: Per, unit: UnitSpan, multiYear: boolean): string {
  const year = Number(unit.start.slice(0, 4));
  const month = Number(unit.start.slice(5, 7));
  switch (per) {
    case 'week': {
      const week = isoWeekOf(unit.end);
      return `/rapport v.${week.week} ${week.year}`;
    }
    case 'month':
      return `/rapport ${MONTHS[month - 1]} ${year}`;
    case 'quarter':
      return `/rapport Q${Math.ceil(month / 3)} ${year}`;
    case 'tertial':
      return `/rapport T${Math.ceil(month / 4)} ${year}`;
    case 'half-year':
      return `/rapport H${month <= 6 ? 1 : 2} ${year}`;
    default:
      // A one-year set's own year is its whole report; a year of a longer set is that year.
      return multiYear ? `/rapport ${year}` : '/rapport';
  }
}

/** Every due date of the plan: the step's own dates, or the end of each cadence unit. */
export function followUpDueDates(set: PromiseSetDef): FollowUpDue[] {
  const period = effectivePeriod(set);
  const multiYear = period.start.slice(0, 4) !== period.end.slice(0, 4);
  return set.followUpPlan
    .flatMap((step) => {
      const per = UNIT_OF[step.cadence];
      const units = per ? unitsOfPeriod(period, per) : [];
      const dues: { due: IsoDate; unit?: string; command?: string }[] =
        step.due.length > 0
          ? step.due.map((due) => {
              // An explicit date reports on the last unit ended by then, or on the whole period.
              const last = units.filter((u) => u.end <= due).at(-1);
              if (per && last) return { due, command: commandOf(per, last, multiYear) };
              return due >= period.end ? { due, command: '/rapport' } : { due };
            })
          : per
            ? units.map((u) => ({ due: u.end, unit: u.label, command: commandOf(per, u, multiYear) }))
            : [];
      return dues.map(({ due, unit, command }) => ({
        stepId: step.id,
        what: step.what,
        by: step.by,
        to: step.to,
        ...(unit ? { unit } : {}),
        due,
        remindFrom: addDays(due, -step.remindDaysBefore),
        ...(command ? { command } : {}),
      }));
    })
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.stepId.localeCompare(b.stepId)));
}

/** The follow-ups to remind of today: inside their reminder window, not yet past. */
export function upcomingFollowUps(set: PromiseSetDef, today: IsoDate): FollowUpDue[] {
  const words = setWords(set, today);
  return followUpDueDates(set)
    .filter((d) => d.remindFrom <= today && today <= d.due)
    .map((d) => ({ ...d, dueText: words.day(d.due) }));
}

/**
 * `Tertialuppföljning (tertial 1) senast sön 30 april: Kommunpolis → Vingåkers kommun. Underlag:
 * /rapport T1 2017`, with `by` and `to` as given (the digest renders them as mentions instead).
 */
export function followUpText(
  d: FollowUpDue,
  names: (entries: string[]) => string = (entries) => entries.join(', '),
): string {
  const unit = d.unit ? ` (${d.unit})` : '';
  const to = d.to.length > 0 ? ` → ${names(d.to)}` : '';
  const command = d.command ? `. Underlag: ${d.command}` : '';
  return `${d.what}${unit} senast ${d.dueText ?? formatDay(d.due)}: ${names(d.by)}${to}${command}`;
}
