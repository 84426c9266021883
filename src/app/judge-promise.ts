// `/loften bedöm`: the working group sets the status of a promise that has no number to reach.
// Stored append-only (the newest is in force) and answered in the channel with the new status line.
import type { Command } from '../domain/grammar/command.ts';
import { judgedYear } from '../domain/grammar/parse-judge.ts';
import { errorReply, type Reply, textReply } from '../domain/reply.ts';
import { renderStatusLine } from '../domain/status/render-status-line.ts';
import { statusWords } from '../domain/status/status-words.ts';
import { toLocalDate } from '../domain/time/index.ts';
import { getEffectiveRole, hasRole, roleNames } from './authorize.ts';
import type { AppDeps, CommandContext } from './deps.ts';
import { findPromise } from './find-promise.ts';
import { statusOf } from './get-status.ts';
import type { Bound } from './log-activity.ts';

export async function judgePromise(
  deps: AppDeps,
  ctx: CommandContext,
  bound: Bound,
  command: Extract<Command, { kind: 'judge' }>,
): Promise<Reply> {
  const set = bound.set.def;
  const found = findPromise(set.promises, command.promiseId);
  if (!found.ok) return found.reply;
  const promise = found.promise;
  if (promise.rule.kind !== 'judged') {
    return errorReply({
      code: 'unexpected',
      message: `Löftet "${promise.title}" följs upp automatiskt med sina aktiviteter och bedöms inte för hand. Inget har sparats.`,
      field: 'promise',
    });
  }
  // Judging speaks for the working group, so an officer's word is not enough.
  const role = await getEffectiveRole(deps, ctx);
  if (!hasRole(role, 'group')) {
    return errorReply({
      code: 'forbidden',
      message: `Att bedöma ett löfte kräver rollen ${roleNames.group} i kanalen, och du har rollen ${roleNames[role]}. Inget har sparats.`,
    });
  }
  const now = deps.clock.now();
  await deps.store.setJudgement(
    {
      setKey: bound.set.key,
      promiseId: promise.id,
      status: command.status,
      reason: command.reason,
      userId: ctx.userId,
      // A final judgement for an ended year speaks for that year: it is dated its last day (`at` keeps
      // when it was made).
      date: command.year !== undefined ? judgedYear(set, command.year).end : toLocalDate(now, set.timeZone),
    },
    { actor: ctx.userId, platform: ctx.platform, action: 'judge' },
    now,
  );
  const status = await statusOf(deps, bound.set, now);
  const ps = status.promises.find((p) => p.id === promise.id)!;
  return textReply(`Bedömt: ${promise.title}: ${renderStatusLine(ps, statusWords(status))}`, {
    visibility: 'channel',
  });
}
