// The status of every promise of a set now. One pass over the ledger feeds every promise's tally,
// so the cost stays linear in the number of activities (100 000 in a few ms).
import { effectivePeriod } from '../promise-set/effective-period.ts';
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { afterOf, doneDate, windowAfter, yearGate } from '../rules/after.ts';
import { countingTargets } from '../rules/counting-sources.ts';
import { evaluateRule } from '../rules/evaluate-rule.ts';
import { activityNoun, countOf, NOUNS } from '../rules/noun.ts';
import { describePartnerRequirement } from '../rules/partner-check.ts';
import { describePlaceSubset } from '../rules/place-subset.ts';
import { sliceKey } from '../rules/slices.ts';
import { describeRequiredTags, tagExample } from '../rules/tag-check.ts';
import { createTallier, narrowTally, type PreparedRule, type Tallier } from '../rules/tally.ts';
import { createTimeline, createWeekRef } from '../rules/timeline.ts';
import type { Alert, RuleContext } from '../rules/types.ts';
import { watchPlaces } from '../rules/watch-places.ts';
import { describeWhen } from '../rules/when-check.ts';
import { createDateWords } from '../time/date-words.ts';
import { toDayNumber } from '../time/day-number.ts';
import { formatDate } from '../time/format-swedish.ts';
import { isoWeekOf, weekSerialOfDate } from '../time/iso-week.ts';
import { toLocalDate } from '../time/local-date.ts';
import type { Activity } from '../types.ts';
import type { PromiseStatus, SetStatus } from './types.ts';

/** `context` carries what the ledger does not: judgements of judged promises, conditional triggers. */
export function computeStatus(
  set: PromiseSetDef,
  activities: readonly Activity[],
  now: Date,
  context: RuleContext = {},
): SetStatus {
  const book = createStatusBook(set);
  for (const activity of activities) book.add(activity);
  return book.status(now, context);
}

/**
 * A set's tallies kept current one activity at a time, so a command's status costs no pass over the
 * ledger: the ledger cache adds each write and takes back each undo. Tallies depend only on the set
 * (each promise's window is fixed by the file), never on the clock; `status` evaluates them at `now`.
 */
export interface StatusBook {
  readonly set: PromiseSetDef;
  add(activity: Activity): void;
  /** Takes back an activity added before. */
  remove(activity: Activity): void;
  /** Status at `now`; only of `promiseIds` (in the set's order) when given. */
  status(now: Date, context?: RuleContext, promiseIds?: readonly string[]): SetStatus;
}

export function createStatusBook(set: PromiseSetDef): StatusBook {
  // Timelines are built for a moment, but a tallier reads only their window, which the file fixes.
  const epoch = new Date(`${set.period.start}T12:00:00Z`);
  const talliers = new Map<string, Tallier>();
  for (const commitment of set.promises) {
    talliers.set(commitment.id, createTallier(commitment, set, createTimeline(commitment, set, epoch)));
  }
  // An activity counts for its promises and for the ones they name in `alsoCounts`, once each.
  const targets = countingTargets(set);
  const hasAlso = set.promises.some((c) => c.alsoCounts.length > 0);
  // A ledger holds few distinct dates: parse each once.
  const dayByDate = new Map<string, number>();
  const dayOf = (date: string): number => {
    let day = dayByDate.get(date);
    if (day === undefined) {
      day = toDayNumber(date);
      dayByDate.set(date, day);
    }
    return day;
  };
  const apply = (activity: Activity, method: 'add' | 'remove') => {
    const day = dayOf(activity.date);
    if (!hasAlso) {
      for (const id of activity.promiseIds) talliers.get(id)?.[method](activity, day);
      return;
    }
    // Most entries name one promise: its targets are already distinct, and no set is built per entry.
    const [only] = activity.promiseIds;
    const ids =
      activity.promiseIds.length === 1 && only !== undefined
        ? (targets.get(only) ?? activity.promiseIds)
        : new Set(activity.promiseIds.flatMap((id) => targets.get(id) ?? [id]));
    for (const id of ids) talliers.get(id)?.[method](activity, day);
  };
  return {
    set,
    add: (activity) => apply(activity, 'add'),
    remove: (activity) => apply(activity, 'remove'),
    status(now, context = {}, promiseIds) {
      const today = toLocalDate(now, set.timeZone);
      const todayDay = toDayNumber(today);
      const period = effectivePeriod(set);
      const promises = promiseIds ? set.promises.filter((c) => promiseIds.includes(c.id)) : set.promises;
      // Each promise's window and tally now, once; `after` narrows the window to start on the day the
      // other promise was done, and a chain (A after B after C) narrows B before A reads it.
      const cache = new Map<string, PreparedRule>();
      const prepared = (c: CommitmentDef): PreparedRule => {
        const known = cache.get(c.id);
        if (known) return known;
        const timeline = createTimeline(c, set, now);
        // Only what has happened counts: never a performed entry dated after today.
        const tally = talliers.get(c.id)!.asOf(todayDay);
        const other = afterOf(c, set);
        let result: PreparedRule = { timeline, tally };
        if (other) {
          const otherTally = prepared(other).tally;
          // A milestone done once a year gates each year on its own done day (after.ts).
          const gate = yearGate(other, set, otherTally);
          const done = gate ? gate.first : doneDate(other, otherTally);
          const narrowed = createTimeline(c, set, now, windowAfter(timeline.window, done, today));
          result = {
            timeline: narrowed,
            tally: narrowTally(c, set, talliers.get(c.id)!, narrowed, todayDay, gate?.counts),
            ...(gate ? { after: gate } : {}),
          };
        }
        cache.set(c.id, result);
        return result;
      };
      return {
        asOf: now.toISOString(),
        today,
        setKey: set.key,
        period,
        currentWeek: createWeekRef(
          weekSerialOfDate(today),
          createDateWords(period, today).weekHasYear(isoWeekOf(today)),
        ),
        ended: today > period.end,
        promises: promises.map((c) => {
          const rule = prepared(c);
          const { timeline, after: gate } = rule;
          const other = afterOf(c, set);
          if (other) {
            // Per year: this year's done day (none yet: "väntar på"), and entries before it in any year.
            const done = gate ? gate.doneIn(today) : doneDate(other, prepared(other).tally);
            const whole = talliers.get(c.id)!.asOf(todayDay);
            // Per year, the entries of this year before its done day (earlier years have their outcome).
            const before = whole.qualifying.filter((a) =>
              gate
                ? sliceKey(set, a.date) === sliceKey(set, today) && !gate.counts(a.date)
                : a.date < timeline.window.start,
            ).length;
            const status = computePromiseStatus(c, set, rule, context);
            return withAfterNote(status, other, done, before);
          }
          return computePromiseStatus(c, set, rule, context);
        }),
      };
    },
  };
}

/** A promise `after` another says what it waits for, and what was logged before it began. */
function withAfterNote(
  status: PromiseStatus,
  other: CommitmentDef,
  done: string | null,
  before: number,
): PromiseStatus {
  const alerts = [...status.alerts];
  if (before > 0 && !status.ended) {
    alerts.push({
      code: 'before-after',
      severity: 'warning',
      message: `${countOf(before, NOUNS.logged)} räknas inte: löftet gäller efter "${other.title}"${done ? ` (klart ${formatDate(done, true)})` : ', som inte är klart än'}`,
    });
  }
  return { ...status, after: { id: other.id, title: other.title, done }, alerts };
}

function computePromiseStatus(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  prepared: PreparedRule,
  context: RuleContext,
): PromiseStatus {
  const { timeline, tally } = prepared;
  const evaluation = evaluateRule(commitment, set, prepared, context);
  const watched = watchPlaces(commitment, set, tally, timeline);
  const alerts: Alert[] = [...evaluation.alerts, ...watched.alerts];
  if (tally.missingPartner > 0 && !timeline.ended) {
    alerts.push({
      code: 'missing-partner',
      severity: 'warning',
      message: `${countOf(tally.missingPartner, NOUNS.logged)} räknas inte: samverkanspart saknas (${describePartnerRequirement(commitment, set)}). Logga med "med <part>"`,
    });
  }
  if (tally.outsideWhen > 0 && !timeline.ended) {
    const timed = commitment.when?.from !== undefined;
    alerts.push({
      code: 'outside-when',
      severity: 'warning',
      message: `${countOf(tally.outsideWhen, NOUNS.logged)} räknas inte: löftet gäller ${describeWhen(commitment, set)}${timed ? ', ange tid, t.ex. "kl 21"' : ''}`,
    });
  }
  if (tally.outsidePlaces > 0 && !timeline.ended) {
    alerts.push({
      code: 'outside-places',
      severity: 'warning',
      message: `${countOf(tally.outsidePlaces, NOUNS.logged)} räknas inte: löftet gäller bara ${describePlaceSubset(commitment, set)}`,
    });
  }
  if (tally.missingGroupOrMethod > 0 && !timeline.ended) {
    alerts.push({
      code: 'missing-group-or-method',
      severity: 'warning',
      message: `${countOf(tally.missingGroupOrMethod, NOUNS.logged)} räknas inte: löftet kräver ${describeRequiredTags(commitment, set)}. Logga med t.ex. "${tagExample(commitment, set, null)}"`,
    });
  }
  const planned = tally.planned
    .filter((a) => a.date >= timeline.today)
    .map((a) => ({ date: a.date, place: a.place }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const toPlace = (p: { place: string; name: string; weeks: number }) => ({
    place: p.place,
    name: p.name,
    weeks: p.weeks,
  });
  return {
    id: commitment.id,
    title: commitment.title,
    category: commitment.category,
    ...evaluation,
    unit: activityNoun(commitment).many,
    watchedPlaces: watched.places.map(toPlace),
    silentPlaces: watched.places.filter((p) => p.silent).map(toPlace),
    planned,
    missingPartner: tally.missingPartner,
    outsideWhen: tally.outsideWhen,
    missingGroupOrMethod: tally.missingGroupOrMethod,
    outsidePlaces: tally.outsidePlaces,
    ...(commitment.owner ? { owner: commitment.owner } : {}),
    // Copies: the book's tallies go on changing after this status is taken.
    weekCounts: evaluation.weekCounts.slice(),
    figureTotals: { ...tally.figureTotals },
    ...figureProgress(commitment, tally.figureTotals),
    alerts,
  };
}

/** Figures with their own target get a progress line ("utbildade 14 av 20"). */
function figureProgress(
  commitment: CommitmentDef,
  totals: Record<string, number>,
): Pick<PromiseStatus, 'figureProgress'> {
  const withTarget = commitment.figures.filter((f) => f.target !== undefined);
  if (withTarget.length === 0) return {};
  return {
    figureProgress: withTarget.map((f) => ({
      id: f.id,
      label: f.label,
      total: totals[f.id] ?? 0,
      target: f.target!,
    })),
  };
}
