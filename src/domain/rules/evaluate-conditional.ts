// conditional ("vid behov", "om det uppkommer önskemål"): the promise only applies once its
// condition has happened. Never triggered and nothing done is `ej aktuell`, never a miss; each
// trigger expects a qualifying activity within `respondWithinWeeks`. A trigger is logged as an
// activity of the promise with count 0 (`/logga önskemål trygghetsvandring 3/5`), or passed in
// `context.triggers`. A need answered late is `släpar`; so is one whose answer is due within a week
// with nothing done or planned for it.
import type { CommitmentDef } from '../promise-set/schema.ts';
import { addDays, toDayNumber } from '../time/day-number.ts';
import { activityNoun } from './noun.ts';
import { outcomeOf } from './outcome.ts';
import { type PreparedRule, plannedBetween } from './tally.ts';
import type { Alert, RuleContext, RuleEvaluation } from './types.ts';

export function applyConditional(
  commitment: CommitmentDef,
  inner: RuleEvaluation,
  prepared: PreparedRule,
  context: RuleContext = {},
): RuleEvaluation {
  const condition = commitment.conditional;
  if (!condition) return inner;
  const { timeline, tally } = prepared;
  const { start, end } = timeline.window;
  const logged = tally.triggers.map((a) => a.date);
  const given = (context.triggers ?? [])
    // A need noted for a day after today has not arisen yet.
    .filter(
      (t) => t.promiseId === commitment.id && t.date >= start && t.date <= end && t.date <= timeline.today,
    )
    .map((t) => t.date);
  const triggers = [...new Set([...logged, ...given])].sort();
  const triggered = triggers.length > 0 || tally.count > 0;
  const conditional = { trigger: condition.trigger, triggered, triggers };
  if (!triggered) return { ...inner, status: 'ej aktuell', outcome: 'ej aktuell', alerts: [], conditional };

  const dates = tally.qualifying.map((a) => a.date).sort();
  const today = timeline.today;
  const late: string[] = [];
  const waiting: { trigger: string; by: string }[] = [];
  for (const trigger of triggers) {
    // Never after the period: a need noted near its end is answered by its last day.
    const due = addDays(trigger, condition.respondWithinWeeks * 7);
    const by = due > end ? end : due;
    if (dates.some((d) => d >= trigger && d <= by)) continue;
    if (timeline.ended || by < today) late.push(trigger);
    else waiting.push({ trigger, by });
  }
  // A judged promise on need with no outcome from a person is decided by its needs: every need answered
  // in time keeps it (activities without a need do not, on their own).
  const byNeeds = inner.kind === 'judged' && inner.outcome === 'ej bedömd' && triggers.length > 0;
  // A need whose answer is due within a week, with nothing done or planned for it, is behind now.
  const dueSoon = waiting.some(
    (w) => toDayNumber(w.by) - toDayNumber(today) <= 7 && plannedBetween(tally, today, w.by).length === 0,
  );
  if (late.length === 0 && waiting.length === 0) {
    if (!byNeeds) return { ...inner, conditional };
    return { ...inner, status: timeline.ended ? 'uppfyllt' : inner.status, outcome: 'uppfyllt', conditional };
  }

  const noun = activityNoun(commitment);
  const alerts: Alert[] = [...inner.alerts];
  if (late.length > 0 && !timeline.ended) {
    alerts.push({
      code: 'response-due',
      severity: 'breach',
      message: `${condition.trigger}: ${late.map((d) => timeline.words.day(d)).join(', ')} utan ${noun.one} inom ${condition.respondWithinWeeks} veckor`,
    });
  }
  for (const w of waiting) {
    alerts.push({
      code: 'response-due',
      severity: 'warning',
      message: `${condition.trigger} (${timeline.words.day(w.trigger)}): ${noun.one} senast ${timeline.words.day(w.by)}${w.by === end ? ' (periodens sista dag)' : ''}`,
      by: w.by,
    });
  }
  if (late.length === 0) {
    return { ...inner, ...(dueSoon ? { status: 'släpar' as const } : {}), alerts, conditional };
  }
  // A missed response outweighs the inner rule: the share answered decides the outcome.
  const answered = triggers.length - late.length;
  const outcome =
    inner.outcome === 'uppfyllt' || byNeeds
      ? outcomeOf(answered / triggers.length, commitment.partialShare)
      : inner.outcome;
  const status = timeline.ended ? (outcome === 'uppfyllt' ? 'uppfyllt' : 'ej uppfyllt') : 'släpar';
  return { ...inner, status, outcome, alerts, conditional };
}
