// While posts into a channel cannot arrive, every command answered there says so and what mends it:
// the people who use the channel learn it the next time they use the bot, not weeks later.
import type { Reply } from '../../domain/reply.ts';
import type { BoundSet } from '../get-bound-set.ts';
import { describeHealthLine } from './describe-post-failure.ts';

export function withHealthNotice(bound: BoundSet | null, reply: Reply): Reply {
  const health = bound?.binding.health;
  if (!bound || !health || reply.error?.code === 'rate-limited') return reply;
  const line = describeHealthLine(health, bound.binding.platform, bound.set.def.timeZone);
  return {
    ...reply,
    text: `${reply.text}\n\n${line}`,
    ...(reply.sections ? { sections: [...reply.sections, { lines: [line] }] } : {}),
  };
}
