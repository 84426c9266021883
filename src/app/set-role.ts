// `/loften roll @person <roll>`: the role, and the name the mention carried (for reminders).
import { mentionName } from '../domain/grammar/mention-name.ts';
import { type Reply, textReply } from '../domain/reply.ts';
import { roleNames } from './authorize.ts';
import type { AppDeps, CommandContext } from './deps.ts';
import type { Role } from './ports.ts';

export async function setRole(
  deps: AppDeps,
  ctx: CommandContext,
  mention: string,
  role: Role,
): Promise<Reply> {
  const userId = ctx.resolveMention
    ? ctx.resolveMention(mention)
    : `${ctx.platform}:${mention.replace(/^@/, '')}`;
  await deps.store.setRole(
    ctx.channelId,
    userId,
    role,
    { actor: ctx.userId, platform: ctx.platform, action: 'set-role' },
    deps.clock.now(),
    mentionName(mention),
  );
  return textReply(`${mention} har nu rollen ${roleNames[role]} i den här kanalen.`);
}
