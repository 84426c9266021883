// While posts into a channel cannot arrive, every command answered there says so and what mends it:
// the people who use the channel learn it the next time they use the bot, not weeks later.
import type { Reply } from '../../domain/reply.ts';
import type { AppDeps } from '../deps.ts';
import type { ChannelId } from '../ports.ts';
import { describeHealthLine } from './describe-post-failure.ts';

export async function withHealthNotice(
  deps: Pick<AppDeps, 'bindings'>,
  channelId: ChannelId,
  reply: Reply,
): Promise<Reply> {
  if (reply.error?.code === 'rate-limited') return reply;
  let bound: Awaited<ReturnType<AppDeps['bindings']['getBoundSet']>>;
  try {
    bound = await deps.bindings.getBoundSet(channelId);
  } catch {
    return reply; // the command itself already answered for the database
  }
  const health = bound?.binding.health;
  if (!bound || !health) return reply;
  const line = describeHealthLine(health, bound.binding.platform, bound.set.def.timeZone);
  return {
    ...reply,
    text: `${reply.text}\n\n${line}`,
    ...(reply.sections ? { sections: [...reply.sections, { lines: [line] }] } : {}),
  };
}
