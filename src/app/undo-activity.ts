import { describeEntry } from '../domain/render/describe-entry.ts';
import { errorReply, type Reply, textReply } from '../domain/reply.ts';
import { renderStatusLine } from '../domain/status/render-status-line.ts';
import { statusWords, wordsAt } from '../domain/status/status-words.ts';
import type { SetStatus } from '../domain/status/types.ts';
import type { Activity } from '../domain/types.ts';
import type { AppDeps, CommandContext } from './deps.ts';
import type { Bound } from './log-activity.ts';
import { notBoundReply } from './not-bound.ts';
import { narrowSet, relatedPromises } from './related-promises.ts';
import { failureReply } from './unavailable-reply.ts';

/** `/logga ångra`: the user's latest entry in the channel's set. The audit trail keeps both. */
export async function undoLatest(deps: AppDeps, ctx: CommandContext, bound: Bound): Promise<Reply> {
  // What this request saw when it came in: an undo of this user's made after that ran at the same
  // time (the same "ångra" sent twice), and this one then undoes nothing more.
  const seenRevision = await deps.store.getLedgerRevision(bound.set.key);
  const result = await deps.store.undoLatestActivity(
    bound.set.key,
    ctx.userId,
    { actor: ctx.userId, platform: ctx.platform, action: 'undo' },
    deps.clock.now(),
    { seenRevision },
  );
  if (!result) {
    return errorReply({
      code: 'nothing-to-undo',
      message: 'Det finns inget av dig att ångra i den här kanalens löften.',
    });
  }
  if (result.repeated) {
    return textReply(
      `Redan ångrat: ${describeEntry(bound.set.def, result.activity, wordsAt(bound.set.def, deps.clock.now()))}. "ångra" kom två gånger samtidigt och ångrade en rad. Vill du ångra en rad till? Skriv /logga ångra igen.`,
    );
  }
  return undone(deps, bound, result);
}

/** The Ångra button in any front end: one entry by id, in the channel's set. Pressing twice undoes it once. */
export async function undoEntry(deps: AppDeps, ctx: CommandContext, activityId: string): Promise<Reply> {
  try {
    const bound = await deps.bindings.getBoundSet(ctx.channelId);
    return bound ? await undoById(deps, ctx, bound, activityId) : await notBoundReply(deps);
  } catch (error) {
    deps.log.error({ err: error, channel: ctx.channelId }, 'undo failed');
    return failureReply(error);
  }
}

export async function undoById(
  deps: AppDeps,
  ctx: CommandContext,
  bound: Bound,
  activityId: string,
): Promise<Reply> {
  const result = await deps.store.undoActivity(
    activityId,
    ctx.userId,
    { actor: ctx.userId, platform: ctx.platform, action: 'undo' },
    deps.clock.now(),
    bound.set.key,
  );
  if (!result) {
    return errorReply({
      code: 'nothing-to-undo',
      message: 'Den raden är redan ångrad, eller så är den inte din att ångra i den här kanalen.',
    });
  }
  return undone(deps, bound, result);
}

async function undone(
  deps: AppDeps,
  bound: Bound,
  result: { activity: Activity; revision: number },
): Promise<Reply> {
  const def = bound.set.def;
  // Worded at now: an entry of last year names its year.
  const described = describeEntry(def, result.activity, wordsAt(def, deps.clock.now()));
  const { shown } = relatedPromises(def, result.activity.promiseIds);
  const affected = narrowSet(def, shown);
  let status: SetStatus;
  try {
    // Judged promises show the group's latest judgement; only they need the lookup.
    const judgements = affected.promises.some((p) => p.rule.kind === 'judged')
      ? await deps.store.findJudgements(bound.set.key)
      : [];
    const book = await deps.ledger.afterWrite(bound.set, result.revision, { removedId: result.activity.id });
    status = book.status(deps.clock.now(), { judgements }, shown);
  } catch (error) {
    // The undo is saved; only the status behind the reply could not be read.
    deps.log.error({ err: error, channel: bound.binding.channelId }, 'status after an undo failed');
    return textReply(
      `Ångrat: ${described}. Det är sparat, men statusen kan inte visas just nu: databasen svarar inte.`,
    );
  }
  const words = statusWords(status);
  const lines = status.promises.map((ps) => `${ps.title}: ${renderStatusLine(ps, words)}`);
  return textReply(`Ångrat: ${described}.\nNu: ${lines.join('\n')}`);
}
