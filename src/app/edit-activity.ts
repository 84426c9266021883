// Corrections: `logga mina` lists the user's latest entries, numbered; `logga ändra [n] <delar>` changes
// one of them in place, the parts read by the same grammar as `logga`. The audit keeps both versions.
import type { Command } from '../domain/grammar/command.ts';
import { CLEARED_FIELD_WORD, parseEdit } from '../domain/grammar/parse-edit.ts';
import { type Token, tokenizeLine } from '../domain/grammar/tokenize-line.ts';
import { MINE_LIMIT } from '../domain/grammar/usage.ts';
import { describeEntry } from '../domain/render/describe-entry.ts';
import { errorReply, type Reply, textReply } from '../domain/reply.ts';
import { findStoppedCounting } from '../domain/rules/explain-not-counted.ts';
import { countOf, NOUNS } from '../domain/rules/noun.ts';
import { renderStatusLine } from '../domain/status/render-status-line.ts';
import { statusWords, wordsAt } from '../domain/status/status-words.ts';
import { normaliseWord } from '../domain/text/normalise.ts';
import { toLocalDate } from '../domain/time/index.ts';
import type { Activity } from '../domain/types.ts';
import type { AppDeps, CommandContext } from './deps.ts';
import type { Bound } from './log-activity.ts';
import type { ActivityChanges, StoredPromiseSet } from './ports.ts';
import { narrowSet, relatedPromises } from './related-promises.ts';
import { failureReply } from './unavailable-reply.ts';
import { placeAsUsed, placeNote } from './used-place.ts';

/** The user's latest entries in the channel's set, newest first: number 1 is the latest. */
export function findMine(deps: AppDeps, ctx: CommandContext, bound: Bound): Promise<Activity[]> {
  return deps.store.findUserActivities(ctx.userId, MINE_LIMIT, bound.set.key);
}

/** `logga mina`. */
export async function listMine(deps: AppDeps, ctx: CommandContext, bound: Bound): Promise<Reply> {
  const mine = await findMine(deps, ctx, bound);
  if (mine.length === 0) {
    return textReply(
      'Du har inga poster i den här kanalens löften än. Logga med /logga <aktivitet> [plats].',
    );
  }
  const words = wordsAt(bound.set.def, deps.clock.now());
  const lines = mine.map(
    (a, i) => `${i + 1}. ${a.planned ? 'planerat: ' : ''}${describeEntry(bound.set.def, a, words)}`,
  );
  const heading =
    mine.length === 1 ? 'Din senaste post:' : `Dina ${mine.length} senaste poster, nyast först:`;
  const hint =
    'Ändra en post: /logga ändra <nummer> och det som ska bli nytt, t.ex. /logga ändra 2 Skolan igår 3 st (utan nummer ändras nummer 1).';
  return textReply(`${heading}\n${lines.join('\n')}\n${hint}`);
}

/** `logga ändra [n] <delar>`: entry n of `logga mina`. */
export async function editByIndex(
  deps: AppDeps,
  ctx: CommandContext,
  bound: Bound,
  command: Extract<Command, { kind: 'edit' }>,
): Promise<Reply> {
  const mine = await findMine(deps, ctx, bound);
  const index = command.index ?? 1;
  const target = mine[index - 1];
  if (!target) {
    return errorReply({
      code: 'nothing-to-edit',
      message:
        mine.length === 0
          ? 'Du har inga poster att ändra i den här kanalens löften. Inget har ändrats.'
          : `Du har bara ${countOf(mine.length, NOUNS.entry)}, så nummer ${index} finns inte. Inget har ändrats. Se dem med /logga mina.`,
    });
  }
  return editEntry(deps, ctx, bound.set, target, command.parts, command.note);
}

/** How far back an Ändra button still finds its entry: the user's latest entries in any set. */
const BUTTON_REACH = 100;

/**
 * The entry an Ändra button names, with its set, to fill in the form; null when it is undone, not the
 * user's, or too old for a button (then `logga mina` and `logga ändra` still reach the latest ten).
 */
export async function findEditable(
  deps: AppDeps,
  ctx: CommandContext,
  activityId: string,
): Promise<{ activity: Activity; set: StoredPromiseSet; described: string } | null> {
  const activity = (await deps.store.findUserActivities(ctx.userId, BUTTON_REACH)).find(
    (a) => a.id === activityId,
  );
  const set = activity ? await deps.store.getPromiseSet(activity.setKey) : null;
  if (!activity || !set) return null;
  return { activity, set, described: describeEntry(set.def, activity, wordsAt(set.def, deps.clock.now())) };
}

/**
 * The Ändra button's form (Slack modal, Teams card): one entry by id, the form's fields written as the
 * parts of a line (`Skolan 2018-03-19 3 st med Socialtjänsten "anteckning"`). Works without a channel
 * (Slack's App Home): the entry's own set is used.
 */
export async function editById(
  deps: AppDeps,
  ctx: CommandContext,
  activityId: string,
  partsText: string,
): Promise<Reply> {
  try {
    const found = await findEditable(deps, ctx, activityId);
    if (!found) {
      return errorReply({
        code: 'nothing-to-edit',
        message:
          'Den posten går inte att ändra: den är ångrad eller inte din. Inget har ändrats. Se dina poster med /logga mina.',
      });
    }
    const line = tokenizeLine(partsText);
    if (!line.ok) return errorReply(line.error);
    return await editEntry(deps, ctx, found.set, found.activity, line.value.tokens, line.value.note);
  } catch (error) {
    deps.log.error({ err: error, channel: ctx.channelId }, 'edit failed');
    return failureReply(error);
  }
}

async function editEntry(
  deps: AppDeps,
  ctx: CommandContext,
  set: StoredPromiseSet,
  target: Activity,
  parts: Token[],
  note: string | null,
): Promise<Reply> {
  const def = set.def;
  const now = deps.clock.now();
  const parsed = parseEdit(target, parts, note, { set: def, today: toLocalDate(now, def.timeZone) });
  if (!parsed.ok) {
    const message = parsed.error.message.trimEnd();
    const end = /[.!?]$/.test(message) ? '' : '.';
    return errorReply({ ...parsed.error, message: `${message}${end} Inget har ändrats.` });
  }
  const draft = parsed.value;
  // A new free-text place takes the set's spelling when another entry has it, as a logged one does.
  const asUsed = draft.place !== target.place ? await placeAsUsed(deps, set, draft.place, target.id) : null;
  // Only the spelling of this entry's own place changed, and no other entry has it: not a new place.
  const respelt =
    asUsed !== null &&
    !asUsed.used &&
    target.place !== null &&
    normaliseWord(target.place) === normaliseWord(asUsed.written);
  const placeLine = respelt ? null : placeNote(asUsed);
  const resolve = ctx.resolveMention ?? ((raw: string) => `${ctx.platform}:${raw.replace(/^@/, '')}`);
  const changes: ActivityChanges = {
    date: draft.date,
    time: draft.time,
    place: asUsed ? asUsed.place : draft.place,
    count: draft.count,
    partners: draft.partners,
    targetGroups: draft.targetGroups,
    methods: draft.methods,
    note: draft.note,
    figures: draft.figures,
    // Named colleagues replace those named before; the one who logged it stays first.
    ...(draft.participants.length > 0
      ? { participants: [...new Set([target.userId, ...draft.participants.map(resolve)])] }
      : {}),
  };
  const after = { ...target, ...changes };
  // Worded at now: an entry of last year names its year, before and after the change.
  const words = wordsAt(def, now);
  const was = describeEntry(def, target, words);
  const becomes = describeEntry(def, after, words);
  if (was === becomes) {
    return errorReply({
      code: 'nothing-to-edit',
      message: `Inget att ändra: posten är redan ${was}. Skriv det som ska bli nytt, t.ex. en annan plats, ett datum eller 3 st.`,
    });
  }
  // An edit never makes an entry stop counting unsaid; emptying a field a promise needs asks first.
  // A promise `after` another is held to the day the other was done, as its status and report hold it.
  const related = relatedPromises(def, target.promiseIds).shown;
  const ledger = def.promises.some((p) => p.after !== undefined && related.includes(p.id))
    ? { activities: await deps.ledger.getActivities(set.key), now }
    : null;
  const stopped = findStoppedCounting(def, target, after, related, ledger);
  if (draft.cleared.length > 0 && stopped.length > 0 && !draft.anyway) {
    const fields = draft.cleared.map((f) => CLEARED_FIELD_WORD[f]).join(' och ');
    const first = draft.cleared[0]!;
    return errorReply({
      code: 'unexpected',
      field: first === 'place' || first === 'partners' || first === 'note' ? first : 'text',
      message: `Utan ${fields} räknas posten inte längre för ${stopped.map(stoppedText).join('; ')}. Inget har ändrats. Ska ${fields} ändå bort? Skriv samma rad med ordet "ändå".`,
    });
  }
  const result = await deps.store.updateActivity(
    target.id,
    ctx.userId,
    changes,
    { actor: ctx.userId, platform: ctx.platform, action: 'edit' },
    now,
  );
  if (!result) {
    return errorReply({
      code: 'nothing-to-edit',
      message: 'Posten ångrades medan den ändrades, så inget har ändrats.',
    });
  }
  const notes = stopped.map((s) => `\nObs: räknas inte längre för ${stoppedText(s)}.`).join('');
  const changed = `Ändrat: ${was}\n→ ${describeEntry(def, result.activity, words)}${placeLine ? `\n${placeLine}` : ''}`;
  const { shown } = relatedPromises(def, result.activity.promiseIds);
  let lines: string[];
  try {
    const affected = narrowSet(def, shown);
    const judgements = affected.promises.some((p) => p.rule.kind === 'judged')
      ? await deps.store.findJudgements(set.key)
      : [];
    const book = await deps.ledger.afterWrite(set, result.revision, { added: result.activity });
    const status = book.status(now, { judgements }, shown);
    lines = status.promises.map((ps) => `${ps.title}: ${renderStatusLine(ps, statusWords(status))}`);
  } catch (error) {
    // The change is saved; only the status behind the reply could not be read.
    deps.log.error({ err: error, channel: ctx.channelId }, 'status after an edit failed');
    return textReply(
      `${changed}${notes}\nDet är sparat, men statusen kan inte visas just nu: databasen svarar inte.`,
    );
  }
  return textReply(`${changed}\nNu: ${lines.join('\n')}${notes}`, {
    actions: [
      { kind: 'edit', activityId: result.activity.id },
      { kind: 'undo', activityId: result.activity.id },
    ],
  });
}

/** `"Riskkvällar": samverkanspart saknas (Socialtjänsten, Kommunen)` */
function stoppedText(s: { commitment: { title: string }; notCounted: { why: string } }): string {
  return `"${s.commitment.title}": ${s.notCounted.why}`;
}
