// The follow-up plan of a promise file (`followUpPlan`): when each report is due, and which are
// coming up now. The digest reminds `remindDaysBefore` days ahead, mentioning who reports.
import { effectivePeriod } from '../promise-set/effective-period.ts';
import type { FollowUpStepDef, PromiseSetDef } from '../promise-set/schema.ts';
import { type Per, unitsOfPeriod } from '../rules/count-units.ts';
import { addDays } from '../time/day-number.ts';
import { formatDay } from '../time/format-swedish.ts';
import type { IsoDate } from '../types.ts';

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
  by: string[];
  to: string[];
  /** Label of the unit reported on (`tertial 1`), absent for explicit dates. */
  unit?: string;
  due: IsoDate;
  remindFrom: IsoDate;
}

/** Every due date of the plan: the step's own dates, or the end of each cadence unit. */
export function followUpDueDates(set: PromiseSetDef): FollowUpDue[] {
  const period = effectivePeriod(set);
  return set.followUpPlan
    .flatMap((step) => {
      const per = UNIT_OF[step.cadence];
      const dues: { due: IsoDate; unit?: string }[] =
        step.due.length > 0
          ? step.due.map((due) => ({ due }))
          : per
            ? unitsOfPeriod(period, per).map((u) => ({ due: u.end, unit: u.label }))
            : [];
      return dues.map(({ due, unit }) => ({
        stepId: step.id,
        what: step.what,
        by: step.by,
        to: step.to,
        ...(unit ? { unit } : {}),
        due,
        remindFrom: addDays(due, -step.remindDaysBefore),
      }));
    })
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.stepId.localeCompare(b.stepId)));
}

/** The follow-ups to remind of today: inside their reminder window, not yet past. */
export function upcomingFollowUps(set: PromiseSetDef, today: IsoDate): FollowUpDue[] {
  return followUpDueDates(set).filter((d) => d.remindFrom <= today && today <= d.due);
}

/** `Tertialuppföljning (tertial 1) senast tis 30 april: Kommunpolis → Vingåkers kommun, Medborgarna` */
export function followUpText(d: FollowUpDue): string {
  const unit = d.unit ? ` (${d.unit})` : '';
  const to = d.to.length > 0 ? ` → ${d.to.join(', ')}` : '';
  return `${d.what}${unit} senast ${formatDay(d.due)}: ${d.by.join(', ')}${to}`;
}
