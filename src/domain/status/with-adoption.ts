// The set's own deadline promise, the written summary due at `reportDue`, is delivered by the chief's
// adoption of the whole period's follow-up (`/rapport <år> fastställ`). The reports settle it so
// (report/own-report.ts); this does the same for the status that `/status`, the digest and January's
// reminder read, so every view agrees. An adoption after the due date changes nothing here: by then
// the promise has already ended unmet.
import type { PromiseSetDef } from '../promise-set/schema.ts';
import type { ReportAdoption } from '../report/adoption.ts';
import type { SetStatus } from './types.ts';

export function withAdoption(
  status: SetStatus,
  set: PromiseSetDef,
  adoptions: readonly ReportAdoption[],
): SetStatus {
  const whole = adoptions.find((a) => a.setKey === set.key && a.part === null && a.date <= status.today);
  if (!whole || whole.date > set.reportDue) return status;
  const own = set.promises.find((c) => c.rule.kind === 'deadline' && c.rule.due === set.reportDue);
  if (!own) return status;
  return {
    ...status,
    promises: status.promises.map((ps) =>
      ps.id === own.id && ps.kind === 'deadline' && ps.doneDate === null
        ? {
            ...ps,
            doneDate: whole.date,
            status: 'uppfyllt',
            outcome: 'uppfyllt',
            needed: 0,
            nextDueWeek: null,
            alerts: [],
          }
        : ps,
    ),
  };
}
