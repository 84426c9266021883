// conditional ("vid behov", "om det uppkommer önskemål"): the promise only applies once its
// condition has happened. Never triggered and nothing done is `ej aktuell`, never a miss; each
// trigger expects a qualifying activity within `respondWithinWeeks`. A trigger is logged as an
// activity of the promise with count 0 (`/logga önskemål trygghetsvandring 3/5`), or passed in
// `context.triggers`. A need answered late is `släpar`; so is one whose answer is due within a week
// with nothing done or planned for it. Without `respondWithinWeeks` (no response time stated; or
// `respondWithin: period`) a need is due by the period's end, as the brief says, and an open one is `släpar` in the period's last weeks (as a count's "few
// weeks left"). A promise is never `uppfyllt` while a need is open.
//
// One rule for every count of needs, the whole period's and each year's: a need answered by its due
// date is answered; one whose due date has passed (or whose period has ended) unanswered is
// unanswered; one still within its response time counts neither way ("väntar på svar, senast …"), so
// the share is the answered of the needs decided so far.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import type { DateWords } from '../time/date-words.ts';
import { addDays, toDayNumber } from '../time/day-number.ts';
import type { IsoDate } from '../types.ts';
import { activityNoun, weeksText } from './noun.ts';
import { outcomeOf } from './outcome.ts';
import { fewWeeksOf } from './pace.ts';
import { slicesOfWindow } from './slices.ts';
import { type PreparedRule, plannedBetween } from './tally.ts';
import type { Alert, RuleContext, RuleEvaluation, YearOutcome } from './types.ts';

type Condition = NonNullable<CommitmentDef['conditional']>;

/** The last day a need noted on `trigger` is answered by: N weeks on, or the period's end; never after it. */
export function responseDue(condition: Condition, trigger: IsoDate, end: IsoDate): IsoDate {
  if (condition.respondWithinWeeks === undefined) return end;
  const due = addDays(trigger, condition.respondWithinWeeks * 7);
  return due > end ? end : due;
}

/** `inom 6 veckor`, `före periodens slut`. */
export function responseTimeText(condition: Condition): string {
  return condition.respondWithinWeeks === undefined
    ? 'före periodens slut'
    : `inom ${weeksText(condition.respondWithinWeeks)}`;
}

export function applyConditional(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  judgedInner: RuleEvaluation,
  prepared: PreparedRule,
  context: RuleContext = {},
): RuleEvaluation {
  const condition = commitment.conditional;
  if (!condition) return judgedInner;
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
  const dates = tally.qualifying.map((a) => a.date).sort();
  // A judged promise's ended years are listed by their judgements; on need, by their needs too.
  const inner =
    judgedInner.kind === 'judged' && judgedInner.years
      ? {
          ...judgedInner,
          years: yearsWithNeeds(judgedInner.years, {
            condition,
            set,
            prepared,
            triggers,
            dates,
            partialShare: commitment.partialShare,
          }),
        }
      : judgedInner;
  const triggered = triggers.length > 0 || tally.count > 0;
  const conditional: NonNullable<RuleEvaluation['conditional']> = {
    trigger: condition.trigger,
    triggered,
    triggers,
  };
  if (!triggered) return { ...inner, status: 'ej aktuell', outcome: 'ej aktuell', alerts: [], conditional };

  const today = timeline.today;
  const late: string[] = [];
  const waiting: { trigger: string; by: string }[] = [];
  for (const trigger of triggers) {
    // Never after the period: a need noted near its end is answered by its last day.
    const by = responseDue(condition, trigger, end);
    if (dates.some((d) => d >= trigger && d <= by)) continue;
    if (timeline.ended || by < today) late.push(trigger);
    else waiting.push({ trigger, by });
  }
  // A judged promise on need with no outcome from a person is decided by its needs: every need answered
  // in time keeps it (activities without a need do not, on their own).
  const byNeeds = inner.kind === 'judged' && inner.outcome === 'ej bedömd' && triggers.length > 0;
  // A need whose answer is due within a week (by the period's end: in its last weeks), with nothing
  // done or planned for it, is behind now.
  const byPeriod = condition.respondWithinWeeks === undefined;
  const lastWeeks = timeline.total - timeline.completed <= fewWeeksOf(timeline.total, 4);
  const dueSoon = waiting.some(
    (w) =>
      (byPeriod ? lastWeeks : toDayNumber(w.by) - toDayNumber(today) <= 7) &&
      plannedBetween(tally, today, w.by).length === 0,
  );
  if (late.length === 0 && waiting.length === 0) {
    if (!byNeeds) return { ...inner, conditional };
    return { ...inner, status: timeline.ended ? 'uppfyllt' : inner.status, outcome: 'uppfyllt', conditional };
  }

  const noun = activityNoun(commitment);
  const alerts: Alert[] = [...inner.alerts];
  if (waiting.length > 0) conditional.open = waiting.map((w) => w.trigger);
  if (late.length > 0 && !timeline.ended) {
    alerts.push({
      code: 'response-due',
      severity: 'breach',
      message: `${condition.trigger}: ${late.map((d) => timeline.words.day(d)).join(', ')} utan ${noun.one} ${responseTimeText(condition)}`,
    });
  }
  for (const w of waiting) {
    alerts.push({
      code: 'response-due',
      severity: 'warning',
      // A day in another year than today's, or of a multi-year set, names its year (DateWords).
      message: `${condition.trigger} (${timeline.words.day(w.trigger)}) väntar på svar: ${noun.one} senast ${timeline.words.day(w.by)}${w.by === end ? ' (periodens sista dag)' : ''}`,
      by: w.by,
    });
  }
  // The needs decided so far: answered in time, or missed. One still waiting counts neither way.
  const answered = triggers.length - late.length - waiting.length;
  if (late.length === 0) {
    // Not `uppfyllt` while a need is open (the brief), however far the inner rule has come. Nothing is
    // missed, so nothing is lost either: an outcome that would be `uppfyllt` (or rests on the needs)
    // waits for the open need, `ej bedömd` as a year listed with a need still waiting.
    const open = inner.status === 'uppfyllt' ? 'i fas' : inner.status;
    const outcome = byNeeds || inner.outcome === 'uppfyllt' ? 'ej bedömd' : inner.outcome;
    return { ...inner, status: dueSoon ? 'släpar' : open, outcome, alerts, conditional };
  }
  // A missed response outweighs the inner rule: the share answered of the needs decided decides.
  const outcome =
    inner.outcome === 'uppfyllt' || byNeeds
      ? outcomeOf(answered / (answered + late.length), commitment.partialShare)
      : inner.outcome;
  const status = timeline.ended ? (outcome === 'uppfyllt' ? 'uppfyllt' : 'ej uppfyllt') : 'släpar';
  return { ...inner, status, outcome, alerts, conditional };
}

/**
 * The ended years of a judged promise on need in a multi-year set, each taking its own needs (those
 * noted in it) into account as the whole period's outcome does. A need is answered by its own due date
 * (never after the period), so one noted in December may be answered in January. A year without a need
 * or any work is `ej aktuell`; one whose needs were all answered in time and which nobody judged is
 * `uppfyllt`; one with a need gone unanswered is at most the share answered of its decided needs; a
 * need still open (due after the year) counts neither way and is named as waiting, and while one waits
 * the year is not `uppfyllt` (`ej bedömd` when nothing is missed). A person's `ej uppfyllt` or
 * `ej aktuell` for the year stands.
 */
function yearsWithNeeds(
  years: readonly YearOutcome[],
  input: {
    condition: Condition;
    set: PromiseSetDef;
    prepared: PreparedRule;
    triggers: readonly IsoDate[];
    dates: readonly IsoDate[];
    partialShare: number;
  },
): YearOutcome[] {
  const { condition, set, prepared, triggers, dates, partialShare } = input;
  const { window, today, ended, words } = prepared.timeline;
  const slices = slicesOfWindow(set, window);
  return years.map((year) => {
    const slice = slices.find((s) => s.label === year.label);
    if (!slice) return year;
    const inYear = (d: IsoDate) => d >= slice.start && d <= slice.end;
    const needs = triggers.filter(inYear);
    if (needs.length === 0) {
      return dates.some(inYear) ? year : { label: year.label, outcome: 'ej aktuell', figure: 'inget behov' };
    }
    const late: IsoDate[] = [];
    const open: { need: IsoDate; by: IsoDate }[] = [];
    for (const need of needs) {
      const by = responseDue(condition, need, window.end);
      if (dates.some((d) => d >= need && d <= by)) continue;
      if (ended || by < today) late.push(need);
      else open.push({ need, by });
    }
    const byNeeds = year.outcome === 'ej bedömd';
    const decidedByNeeds = byNeeds || year.outcome === 'uppfyllt';
    // The decided needs: answered in time, or missed; an open one is named apart and counts neither way.
    const inTime = needs.length - late.length - open.length;
    const decided = inTime + late.length;
    const answered = `${inTime} av ${decided} behov besvarade i tid`;
    if (late.length === 0 && open.length === 0) {
      return byNeeds ? { label: year.label, outcome: 'uppfyllt', figure: answered } : year;
    }
    if (!decidedByNeeds) return year;
    const waits = open.length > 0 ? openText(open, words) : '';
    const figure = decided === 0 ? waits : waits ? `${answered}; ${waits}` : answered;
    // Nothing missed but a need waiting: not uppfyllt yet, and not missed either.
    if (late.length === 0) return { label: year.label, outcome: 'ej bedömd', figure };
    return { label: year.label, outcome: outcomeOf(inTime / decided, partialShare), figure };
  });
}

/** `behov 20 december 2019 väntar på svar, senast 17 januari 2020`. */
function openText(open: readonly { need: IsoDate; by: IsoDate }[], words: DateWords): string {
  return open.map((o) => `behov ${words.date(o.need)} väntar på svar, senast ${words.date(o.by)}`).join('; ');
}
