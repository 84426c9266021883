import { createHash } from 'node:crypto';
import type { EntryDraft } from '../domain/grammar/command.ts';
import { dayPartWord } from '../domain/grammar/match-when.ts';
import { describeEntry, partnerName } from '../domain/render/describe-entry.ts';
import { describeResponseDue } from '../domain/render/describe-response-due.ts';
import type { Reply } from '../domain/reply.ts';
import { explainNotCounted } from '../domain/rules/explain-not-counted.ts';
import { explainWhen } from '../domain/rules/explain-when.ts';
import { describePartnerRequirement, lackingPartners } from '../domain/rules/partner-check.ts';
import { describePlaceSubset, placeSubset } from '../domain/rules/place-subset.ts';
import { createQualifier } from '../domain/rules/qualifies.ts';
import { explainTags, tagExample } from '../domain/rules/tag-check.ts';
import { prepareAfter } from '../domain/rules/tally.ts';
import { activityWindow } from '../domain/rules/timeline.ts';
import type { Judgement } from '../domain/rules/types.ts';
import type { StatusBook } from '../domain/status/compute-status.ts';
import { renderStatusLine } from '../domain/status/render-status-line.ts';
import { statusWords, wordsAt } from '../domain/status/status-words.ts';
import { normaliseWord } from '../domain/text/normalise.ts';
import { formatDay, isoWeekOf, toLocalDate, weekStart } from '../domain/time/index.ts';
import type { Activity } from '../domain/types.ts';
import { activityOfEntry } from './activity-of-entry.ts';
import type { AppDeps, CommandContext } from './deps.ts';
import type { BoundSet } from './get-bound-set.ts';
import { narrowSet, relatedPromises } from './related-promises.ts';
import { placeAsUsed, placeNote } from './used-place.ts';

export type Bound = BoundSet;

/** The same line from the same user in the same channel within this window is written once. */
export const DUPLICATE_WINDOW_MS = 30_000;

/** Logs (or plans) one activity and answers with how it was understood and the promise's progress. */
export async function logActivity(
  deps: AppDeps,
  ctx: CommandContext,
  bound: Bound,
  written: EntryDraft,
  options: { planned: boolean; sourceText: string },
): Promise<Reply> {
  const def = bound.set.def;
  // A free-text place the set already has is stored as the set spells it ("Kiosken" for "kiosken").
  const asUsed = await placeAsUsed(deps, bound.set, written.place);
  const entry = asUsed ? { ...written, place: asUsed.place } : written;
  const now = deps.clock.now();
  const resolve = ctx.resolveMention ?? ((raw: string) => `${ctx.platform}:${raw.replace(/^@/, '')}`);
  const participants = [...new Set([ctx.userId, ...entry.participants.map(resolve)])];
  // The promises this entry counts for (with `alsoCounts`), and every promise whose entries count for them.
  const { shown, sources } = relatedPromises(def, entry.promiseIds);
  // 128 bits of the line's hash are plenty to tell one user's lines apart; a short key keeps the
  // index it is looked up in small (every entry adds to it).
  const dedupeKey = createHash('sha256')
    .update(
      [ctx.channelId, ctx.userId, options.planned ? 'plan' : 'log', normaliseWord(options.sourceText)].join(
        '\n',
      ),
    )
    .digest('base64url')
    .slice(0, 22);
  const result = await deps.store.createActivity(
    activityOfEntry(bound.set.key, entry, ctx, { participants, planned: options.planned }),
    { actor: ctx.userId, platform: ctx.platform, action: options.planned ? 'plan' : 'log' },
    now,
    { dedupeKey, dedupeWindowMs: DUPLICATE_WINDOW_MS },
  );
  const described = describeEntry(def, result.activity, wordsAt(def, now), entry.dateSpan);
  if (result.duplicate) {
    return {
      ok: true,
      text: `Redan ${options.planned ? 'planerat' : entry.trigger ? 'noterat' : 'loggat'}: ${described}. Samma rad kom två gånger inom 30 sekunder och sparades en gång.${entry.trigger ? '' : ' Vill du logga fler? Skriv antalet, t.ex. "2 st".'}`,
      visibility: 'user',
      actions: [
        { kind: 'undo', activityId: result.activity.id },
        { kind: 'edit', activityId: result.activity.id },
      ],
    };
  }
  const affected = narrowSet(def, shown);
  const verb = options.planned ? 'Planerat' : 'Loggat';
  let book: StatusBook;
  let judgements: Judgement[];
  let ledger: Activity[] | null;
  try {
    // Judged promises show the group's latest judgement; only they need the lookup.
    judgements = affected.promises.some((p) => p.rule.kind === 'judged')
      ? await deps.store.findJudgements(bound.set.key)
      : [];
    book = await deps.ledger.afterWrite(bound.set, result.revision, { added: result.activity });
    // A promise `after` another counts an entry from the day the other was done: read the ledger
    // that day is worked out from, only when such a promise is concerned.
    ledger =
      !options.planned && affected.promises.some((p) => p.after !== undefined)
        ? await deps.ledger.getActivities(bound.set.key)
        : null;
  } catch (error) {
    // The row is saved; only the status behind the reply could not be read.
    deps.log.error({ err: error, channel: ctx.channelId }, 'status after a write failed');
    return {
      ok: true,
      text: `${verb}: ${described}. Det är sparat, men statusen kan inte visas just nu: databasen svarar inte.`,
      visibility: 'user',
      actions: [
        { kind: 'undo', activityId: result.activity.id },
        { kind: 'edit', activityId: result.activity.id },
      ],
    };
  }
  // From here to the reply nothing awaits: the book is this process's shared, current tally.
  const statusAfter = book.status(now, { judgements }, shown);
  // Only an entry dated before this week, after which nothing slips any more, can have repaired a
  // slipped promise: only then is the status without it worth taking (the entry is taken back and
  // put again, which costs two tally updates).
  const backDated = !options.planned && entry.date < weekStart(isoWeekOf(toLocalDate(now, def.timeZone)));
  const mayHaveRepaired = backDated && statusAfter.promises.some((p) => p.status !== 'släpar');
  let statusBefore = statusAfter;
  if (mayHaveRepaired) {
    book.remove(result.activity);
    statusBefore = book.status(now, { judgements }, shown);
    book.add(result.activity);
  }

  const lines: string[] = [];
  const words = statusWords(statusAfter);
  for (const ps of statusAfter.promises) {
    const prev = statusBefore.promises.find((p) => p.id === ps.id);
    const line = renderStatusLine(ps, words);
    lines.push(statusAfter.promises.length > 1 ? `${ps.title}: ${line}` : line);
    if (prev && prev.status === 'släpar' && ps.status !== 'släpar') {
      lines.push(`Efterregistreringen lagade det som släpade: ${ps.title} är nu ${ps.status}.`);
    }
  }
  if (entry.trigger) {
    // A noted need: no constraint applies to it, so no "räknas inte" notes; say by when to respond.
    const promise = def.promises.find((p) => p.id === entry.promiseIds[0])!;
    const today = toLocalDate(now, def.timeZone);
    // Rare enough to read the activities that may answer it; the status above is already taken.
    const activities = await deps.ledger.getActivities(bound.set.key, sources);
    const due = describeResponseDue(promise, def, entry.date, activities, today);
    return {
      ok: true,
      text: `Noterat: ${described}, ${due} — ${lines.join('\n')}`,
      visibility: 'user',
      actions: [
        { kind: 'undo', activityId: result.activity.id },
        { kind: 'edit', activityId: result.activity.id },
      ],
    };
  }
  // With `ändå` the reply's first words say why the entry counts for nothing; no "Obs" repeats it.
  const anyway = entry.notCounted.length > 0;
  // The line is read again for a day part (`kväll`) only when a timed promise's note needs one.
  const dayPartOfLine = () => dayPartWord(options.sourceText);
  for (const promise of affected.promises) {
    if (anyway && entry.promiseIds.includes(promise.id)) continue;
    const outside = options.planned ? null : explainWhen(promise, def, result.activity, dayPartOfLine);
    if (outside) lines.push(`Obs: räknas inte för "${promise.title}": ${outside}.`);
    // A milestone due before the period's end, or a promise of one season, takes later entries (the
    // work was done) but does not count them.
    const window = activityWindow(promise, def);
    if (!options.planned && result.activity.date > window.end) {
      const kind = promise.rule.kind;
      const after = statusAfter.promises.find((p) => p.id === promise.id);
      const late =
        after && (after.kind === 'milestone' || after.kind === 'deadline') ? after.lateDate : undefined;
      const why =
        kind === 'milestone' || kind === 'deadline'
          ? `den skulle vara klar senast ${formatDay(window.end, true)}`
          : `löftet gällde till och med ${formatDay(window.end, true)}`;
      lines.push(
        late
          ? `Obs: "${promise.title}" skulle vara klar senast ${formatDay(window.end, true)}: klar efter sista dagen räknas som delvis uppfyllt, inte uppfyllt.`
          : `Obs: räknas inte för "${promise.title}": ${why}.`,
      );
    }
    const afterDone = ledger ? prepareAfter(promise, def, ledger, now) : null;
    if (afterDone && createQualifier(promise, def, afterDone)(result.activity) === 'before-after') {
      const { why } = explainNotCounted(promise, def, result.activity, 'before-after', afterDone);
      lines.push(`Obs: räknas inte för "${promise.title}": ${why}.`);
    }
    const lacking = lackingPartners(promise, entry.partners);
    if (lacking.length > 0) {
      lines.push(
        `Obs: räknas inte för "${promise.title}" utan samverkanspart (${describePartnerRequirement(promise, def)}). Ångra och logga igen med t.ex. "med ${lacking.map((p) => partnerName(def, p)).join(', ')}".`,
      );
    }
    const subset = options.planned ? null : placeSubset(promise, def);
    if (subset && (result.activity.place === null || !subset.has(result.activity.place))) {
      lines.push(
        `Obs: räknas inte för "${promise.title}": löftet gäller bara ${describePlaceSubset(promise, def)}.`,
      );
    }
    const lackingTags = explainTags(promise, def, result.activity);
    if (lackingTags && entry.promiseIds.includes(promise.id)) {
      lines.push(
        `Obs: räknas inte för "${promise.title}" utan ${lackingTags}. Ångra och logga igen med t.ex. "${tagExample(promise, def, result.activity)}".`,
      );
    } else if (lackingTags) {
      // A promise this one also counts for (alsoCounts): nothing to correct, it just does not count there.
      lines.push(`Obs: räknas inte också för "${promise.title}" utan ${lackingTags}.`);
    }
  }
  const plannedNote = options.planned
    ? '\nPlanerade aktiviteter visas i översikten men räknas först när de loggas.'
    : '';
  const placeLine = placeNote(asUsed);
  if (placeLine) lines.push(placeLine);
  const text = anyway
    ? `Räknas inte: ${entry.notCounted.join('; ')}. Sparat ändå: ${described} — ${lines.join('\n')}${plannedNote}`
    : `${verb}: ${described} — ${lines.join('\n')}${plannedNote}`;
  return {
    ok: true,
    text,
    visibility: 'user',
    actions: [
      { kind: 'undo', activityId: result.activity.id },
      { kind: 'edit', activityId: result.activity.id },
    ],
  };
}
