// `/loften kommentar`: the working group writes why a promise went as it did (or anything the board
// should read beside its figures). Kept with every earlier comment, attributed, audited, and shown
// under the promise in every report format and in the status of the group and the chief.
import { commentLine, toReportComment } from '../domain/comments/promise-comment.ts';
import type { Command } from '../domain/grammar/command.ts';
import { errorReply, type Reply, textReply } from '../domain/reply.ts';
import { resolveReportScope } from '../domain/report/report-scope.ts';
import { toLocalDate } from '../domain/time/index.ts';
import type { AppDeps, CommandContext } from './deps.ts';
import { findPromise } from './find-promise.ts';
import type { Bound } from './log-activity.ts';

export async function commentPromise(
  deps: AppDeps,
  ctx: CommandContext,
  bound: Bound,
  command: Extract<Command, { kind: 'comment' }>,
): Promise<Reply> {
  const set = bound.set.def;
  const found = findPromise(set.promises, command.promiseId);
  if (!found.ok) return found.reply;
  const promise = found.promise;
  const now = deps.clock.now();
  const today = toLocalDate(now, set.timeZone);
  const scope = resolveReportScope(
    set,
    {
      ...(command.year !== undefined ? { year: command.year } : {}),
      ...(command.period ? { period: command.period } : {}),
    },
    today,
  );
  if (!scope.ok) {
    return errorReply({
      ...scope.error,
      message: `${scope.error.message.replace(/ Skriv .*$/s, '')} Inget har sparats.`,
    });
  }
  const part = scope.value ? { slug: scope.value.slug, label: scope.value.label } : null;
  const comment = await deps.store.addComment(
    {
      setKey: bound.set.key,
      promiseId: promise.id,
      part,
      text: command.text,
      userId: ctx.userId,
      userName: ctx.userName ?? null,
      date: today,
    },
    { actor: ctx.userId, platform: ctx.platform, action: 'comment' },
    now,
  );
  const earlier =
    (await deps.store.findComments(bound.set.key)).filter((c) => c.promiseId === promise.id).length - 1;
  const kept = earlier > 0 ? ` Tidigare kommentarer finns kvar (${earlier}).` : '';
  return textReply(
    `Kommentar sparad för ${promise.title}${part ? ` (${part.label})` : ' (hela perioden)'}: ${commentLine(toReportComment(comment))}. Den syns under löftet i rapporten.${kept}`,
    { visibility: 'channel' },
  );
}
