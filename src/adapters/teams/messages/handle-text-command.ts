import type { AppDeps } from '../../../app/deps.ts';
import { handleCommand } from '../../../app/handle-command.ts';
import type { Answer } from './answer.ts';
import type { TeamsContext } from './build-context.ts';

/** A typed line (`logga …`, `/status`, `@Löftesbot hjälp`): one use-case call. */
export async function handleTextCommand(deps: AppDeps, ctx: TeamsContext, text: string): Promise<Answer> {
  return { reply: await handleCommand(deps, ctx, text) };
}
