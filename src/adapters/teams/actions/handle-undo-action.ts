import type { AppDeps } from '../../../app/deps.ts';
import { notBoundReply } from '../../../app/not-bound.ts';
import { undoById } from '../../../app/undo-activity.ts';
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
  const binding = await deps.store.getChannel(ctx.channelId);
  const set = binding ? await deps.store.getPromiseSet(binding.setKey) : null;
  if (!binding || !set) return { reply: await notBoundReply(deps) };
  return { reply: await undoById(deps, ctx, { binding, set }, activityId) };
}
