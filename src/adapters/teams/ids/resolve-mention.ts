import type { UserId } from '../../../app/ports.ts';
import type { MentionEntity } from '../messages/read-command-text.ts';

/**
 * A colleague's `<at>Name</at>` in the text becomes `teams:<aadObjectId>` from the activity's mention
 * entities, so credit goes to the same user id the colleague gets when they write to the bot.
 */
export function createMentionResolver(entities: MentionEntity[]): (raw: string) => UserId {
  return (raw) => {
    const hit = entities.find((e) => e.type === 'mention' && e.text === raw);
    if (hit?.mentioned) return `teams:${hit.mentioned.aadObjectId ?? hit.mentioned.id}`;
    const name = raw
      .replace(/<\/?at>/g, '')
      .replace(/^@/, '')
      .trim();
    return `teams:${name}`;
  };
}
