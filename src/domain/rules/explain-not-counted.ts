// Why one entry does not count for a promise, and how its logger repairs it, for the report's entry
// lines: "saknar tid (löftet gäller 17:00–24:00) — ange tid med /logga ändra [nummer] kl 19". One
// sentence per reason the qualifier gives, so no entry reads only "räknas inte".
import { effectivePeriod } from '../promise-set/effective-period.ts';
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { formatDate, formatDay } from '../time/format-swedish.ts';
import type { Activity } from '../types.ts';
import type { AfterDone } from './after.ts';
import { isSkippedDate, skippedMonthsOf } from './month-filter.ts';
import { describePartnerRequirement, lackingPartners, partnerName } from './partner-check.ts';
import { describePlaceSubset, placeSubset } from './place-subset.ts';
import { createQualifier, type Disqualification, disqualification } from './qualifies.ts';
import { explainTags, tagExample } from './tag-check.ts';
import { prepareAfter } from './tally.ts';
import { activityWindow } from './timeline.ts';
import { describeWhen, inClockSpan } from './when-check.ts';

// `[nummer]` as in the edit usage (`logga mina` lists the numbers); no angle brackets, which Markdown hides.
const EDIT = '/logga ändra [nummer]';

/** `kl 19`: a whole hour inside the promise's span (two hours after it starts when that is inside). */
function exampleTime(from: string, to: string): string {
  const start = Number(from.slice(0, 2));
  for (const hour of [start + 2, start + 1]) {
    const time = `${String(hour).padStart(2, '0')}:00`;
    if (hour <= 23 && inClockSpan(time, from, to)) return `kl ${hour}`;
  }
  return `kl ${from}`;
}

function explainWhenMiss(commitment: CommitmentDef, set: PromiseSetDef, activity: Activity): NotCounted {
  const when = commitment.when ?? {};
  const span = describeWhen(commitment, set);
  const dateFix = `rätta datumet med ${EDIT} [datum] om det blev fel`;
  // A month the rule leaves out (`months`, `exceptMonths`): no time of day repairs that.
  if (isSkippedDate(activity.date, skippedMonthsOf(commitment.rule)))
    return { why: `löftet gäller ${span}`, repair: dateFix };
  if (when.from !== undefined && when.to !== undefined) {
    const example = exampleTime(when.from, when.to);
    if (activity.time === null)
      return { why: `saknar tid (löftet gäller ${span})`, repair: `ange tid med ${EDIT} ${example}` };
    if (!inClockSpan(activity.time, when.from, when.to))
      return {
        why: `kl ${activity.time} är utanför ${when.from}–${when.to}`,
        repair: `rätta tiden med ${EDIT} ${example}`,
      };
  }
  return { why: `löftet gäller ${span}`, repair: dateFix };
}

function firstName(ids: Iterable<string>, names: (id: string) => string | undefined): string {
  for (const id of ids) {
    const name = names(id);
    if (name) return name;
  }
  return '[plats]';
}

/** Why an entry does not count, and how its logger repairs it (null where nothing in the entry can). */
export interface NotCounted {
  why: string;
  repair: string | null;
}

/** `why — repair`, as a report line prints it after "räknas inte: ". */
export function notCountedText(n: NotCounted): string {
  return n.repair ? `${n.why} — ${n.repair}` : n.why;
}

/**
 * The reason in words, with the repair; `reason` is what the qualifier gave for this entry, `after`
 * what it gave the qualifier.
 */
export function explainNotCounted(
  commitment: CommitmentDef,
  set: PromiseSetDef,
  activity: Activity,
  reason: Disqualification,
  after: AfterDone | null = null,
): NotCounted {
  const placeNamed = (id: string) => set.places.find((p) => p.id === id)?.name;
  switch (reason) {
    case 'missing-partner': {
      const lacking = lackingPartners(commitment, activity.partners);
      const example = lacking.length > 0 ? partnerName(set, lacking[0]!) : '[part]';
      return {
        why: `samverkanspart saknas (${describePartnerRequirement(commitment, set)})`,
        repair: `lägg till med ${EDIT} med ${example}`,
      };
    }
    case 'missing-group-or-method':
      return {
        why: `saknar ${explainTags(commitment, set, activity) ?? 'målgrupp eller metod'}`,
        repair: `lägg till med ${EDIT} ${tagExample(commitment, set, activity)}`,
      };
    case 'unlisted-place': {
      const example = firstName(
        set.places.map((p) => p.id),
        placeNamed,
      );
      return activity.place === null
        ? { why: 'saknar plats', repair: `ange en plats i listan med ${EDIT} ${example}` }
        : { why: `platsen "${activity.place}" finns inte i listan`, repair: `ändra med ${EDIT} ${example}` };
    }
    case 'outside-places': {
      const example = firstName(placeSubset(commitment, set) ?? [], placeNamed);
      return {
        why: `${activity.place === null ? 'saknar plats: ' : ''}löftet gäller bara ${describePlaceSubset(commitment, set)}`,
        repair: `ändra plats med ${EDIT} ${example}`,
      };
    }
    case 'outside-when':
      return explainWhenMiss(commitment, set, activity);
    case 'outside-window': {
      const { start, end } = activityWindow(commitment, set);
      // A deliverable done after its due date, inside the period, meeting every other condition: done
      // late (the outcome is delvis uppfyllt, see the milestone rule), not "not counted" at all.
      const kind = commitment.rule.kind;
      const late =
        (kind === 'milestone' || kind === 'deadline') &&
        activity.date > end &&
        activity.date <= effectivePeriod(set).end &&
        disqualification(commitment, set, { ...activity, date: end }) === null;
      if (late)
        return {
          why: `klar efter sista dagen (${formatDay(end, true)}): för sent, inte i tid`,
          repair: null,
        };
      return activity.date > end
        ? { why: `efter löftets sista dag (${formatDay(end, true)})`, repair: null }
        : { why: `före löftets första dag (${formatDay(start, true)})`, repair: null };
    }
    case 'before-after': {
      // Nothing in the entry repairs it: the promise counts from the day the other one was done.
      const title = after?.other.title ?? commitment.after ?? '';
      const done = after?.doneFor(activity.date) ?? null;
      return done === null
        ? { why: `löftet gäller efter "${title}", som inte var klart då`, repair: null }
        : { why: `före "${title}" var klart (${formatDate(done, true)})`, repair: null };
    }
    case 'no-count':
      return { why: 'antalet är 0', repair: `ändra med ${EDIT} 1 st` };
    case 'planned':
      return { why: 'planerad, inte utförd', repair: null };
    case 'other-promise':
      return { why: 'loggad för ett annat löfte', repair: null };
  }
}

/** The ledger an edit changes, and the clock: a promise `after` another is held to its done day. */
export interface EditLedger {
  activities: readonly Activity[];
  now: Date;
}

/**
 * The promises (of `promiseIds`) an entry counted for before a change and no longer counts for after
 * it, each with why: what an edit's reply must say, or what makes it ask first. With `ledger`, a
 * promise `after` another holds the entry to the day the other was done (prepareAfter), before the
 * change on the ledger as it was and after it on the ledger with the entry changed.
 */
export function findStoppedCounting(
  set: PromiseSetDef,
  before: Activity,
  after: Activity,
  promiseIds: readonly string[],
  ledger: EditLedger | null = null,
): { commitment: CommitmentDef; notCounted: NotCounted }[] {
  const out: { commitment: CommitmentDef; notCounted: NotCounted }[] = [];
  const changed = ledger?.activities.map((a) => (a.id === before.id ? after : a)) ?? [];
  for (const commitment of set.promises) {
    if (!promiseIds.includes(commitment.id)) continue;
    const doneBefore = ledger ? prepareAfter(commitment, set, ledger.activities, ledger.now) : null;
    if (createQualifier(commitment, set, doneBefore)(before) !== null) continue;
    const doneAfter = ledger ? prepareAfter(commitment, set, changed, ledger.now) : null;
    const reason = createQualifier(commitment, set, doneAfter)(after);
    if (reason !== null)
      out.push({ commitment, notCounted: explainNotCounted(commitment, set, after, reason, doneAfter) });
  }
  return out;
}
