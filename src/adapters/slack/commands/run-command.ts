// handleCommand with the adapter's last resort: a thrown error still gets a Swedish answer, so
// Slack never shows the user a timeout.
import { handleCommand } from '../../../app/handle-command.ts';
import { failureReply } from '../../../app/unavailable-reply.ts';
import type { Reply } from '../../../domain/reply.ts';
import type { SlackEnv } from '../slack-env.ts';
import type { SlackCommandContext } from './build-command-context.ts';

export async function runCommand(env: SlackEnv, ctx: SlackCommandContext, text: string): Promise<Reply> {
  try {
    return await handleCommand(env.deps, ctx, text);
  } catch (err) {
    env.log.error({ err, channel: ctx.channelId, command: ctx.command }, 'slack: command failed');
    return failureReply(err);
  }
}
