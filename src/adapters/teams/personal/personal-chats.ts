// Teams lets a bot write first only into a conversation it knows. A person's personal (1:1) chat with
// Löftesbot becomes known when the bot sees it: a message there, or the app installed in personal
// scope. It is kept (Store.savePersonalChat), so a notice to that person (an admin told that a channel's
// posts stopped) can go there later. The app removed from personal scope forgets it.
import type { AppDeps } from '../../../app/deps.ts';
import { getBaseConversationId, getTenantId, type TeamsOrigin, toUserId } from '../ids/teams-ids.ts';

export interface PersonalChats {
  /** Keeps the personal chat an inbound activity comes from (other conversations are ignored). */
  remember(activity: TeamsOrigin & { type?: string; action?: string }): Promise<void>;
  /** Keeps a personal chat the bot created itself (the file consent flow). */
  rememberCreated(origin: TeamsOrigin, conversationId: string): Promise<void>;
}

export function createPersonalChats(deps: Pick<AppDeps, 'store' | 'clock' | 'log'>): PersonalChats {
  // What this process stored last per user: a message every minute writes nothing.
  const known = new Map<string, string>();
  const save = async (origin: TeamsOrigin, conversationId: string) => {
    if (!origin.serviceUrl) return;
    const userId = toUserId(origin);
    const target = {
      serviceUrl: origin.serviceUrl,
      conversationId: getBaseConversationId(conversationId),
      tenantId: getTenantId(origin),
    };
    const text = JSON.stringify(target);
    if (known.get(userId) === text) return;
    await deps.store.savePersonalChat({ userId, platform: 'teams', target }, deps.clock.now());
    known.set(userId, text);
  };
  return {
    async remember(activity) {
      if (activity.conversation.conversationType !== 'personal') return;
      try {
        if (activity.type === 'installationUpdate' && activity.action?.startsWith('remove')) {
          const userId = toUserId(activity);
          known.delete(userId);
          await deps.store.deletePersonalChat(userId);
          return;
        }
        await save(activity, activity.conversation.id);
      } catch (err) {
        // A notice later may not find the chat; the message itself is answered all the same.
        deps.log.warn({ err }, 'teams: personal chat not kept');
      }
    },
    async rememberCreated(origin, conversationId) {
      await save(origin, conversationId).catch((err: unknown) =>
        deps.log.warn({ err }, 'teams: personal chat not kept'),
      );
    },
  };
}
