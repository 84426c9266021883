import type { AppDeps } from '../../../app/deps.ts';
import { undoEntry } from '../../../app/undo-activity.ts';
import { errorReply } from '../../../domain/reply.ts';
import type { Answer } from '../messages/answer.ts';
import type { TeamsContext } from '../messages/build-context.ts';

/** The Ångra button on a confirmation card: undoes that one entry, once, and only the user's own. */
export async function handleUndoAction(
  deps: AppDeps,
  ctx: TeamsContext,
  activityId: unknown,
): Promise<Answer> {
  if (typeof activityId !== 'string' || activityId === '') {
    return {
      reply: errorReply({
        code: 'nothing-to-undo',
        message: 'Den raden går inte att ångra härifrån. Skriv: logga ångra',
      }),
    };
  }
  return { reply: await undoEntry(deps, ctx, activityId) };
}
