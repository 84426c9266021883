import type { AppDeps } from '../../../app/deps.ts';
import { handleCommand } from '../../../app/handle-command.ts';
import { type OutgoingMessage, renderActivity } from '../render/render-activity.ts';
import type { TeamsContext } from './build-context.ts';

/** A typed line (`logga …`, `/status`, `@Löftesbot hjälp`): one use-case call, one card back. */
export async function handleTextCommand(
  deps: AppDeps,
  ctx: TeamsContext,
  text: string,
): Promise<OutgoingMessage> {
  const reply = await handleCommand(deps, ctx, text);
  return renderActivity(reply);
}
