// Which conversations the Teams adapter keeps as a person's personal chat with the bot: the ones Teams
// marks `personal` (a message there, the app installed in personal scope), never a channel or group
// chat; the app removed from personal scope forgets it.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../../src/adapters/storage/memory-store.ts';
import { createPersonalChats } from '../../../../src/adapters/teams/personal/personal-chats.ts';

const tenant = '00000000-0000-0000-0000-0000000000aa';
const aad = '00000000-0000-0000-0000-000000000001';

function activity(fields: {
  type: string;
  action?: string;
  conversation: { id: string; conversationType: string };
}) {
  return {
    ...fields,
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    from: { id: `29:${aad}`, name: 'Anna Polis', aadObjectId: aad },
    conversation: { ...fields.conversation, tenantId: tenant },
    channelData: { tenant: { id: tenant } },
  };
}

function setup() {
  const store = createMemoryStore();
  const chats = createPersonalChats({
    store,
    clock: { now: () => new Date('2018-03-19T07:00:00Z') },
    log: { info() {}, warn() {}, error() {} },
  });
  return { store, chats };
}

describe('personal chats with the bot (Teams)', () => {
  it('keeps the chat the app was installed into in personal scope, and forgets it when removed', async () => {
    const { store, chats } = setup();
    const personal = { id: 'a:1xyz', conversationType: 'personal' };
    await chats.remember(activity({ type: 'installationUpdate', action: 'add', conversation: personal }));
    expect(await store.getPersonalChat(`teams:${aad}`)).toMatchObject({
      platform: 'teams',
      target: {
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
        conversationId: 'a:1xyz',
        tenantId: tenant,
      },
    });
    await chats.remember(activity({ type: 'installationUpdate', action: 'remove', conversation: personal }));
    expect(await store.getPersonalChat(`teams:${aad}`)).toBeNull();
  });

  it('keeps a personal chat from a message, and never a channel or a group chat', async () => {
    const { store, chats } = setup();
    await chats.remember(
      activity({
        type: 'message',
        conversation: { id: '19:kanal@thread.tacv2;messageid=1', conversationType: 'channel' },
      }),
    );
    await chats.remember(
      activity({
        type: 'message',
        conversation: { id: '19:grupp@thread.v2', conversationType: 'groupChat' },
      }),
    );
    expect(await store.getPersonalChat(`teams:${aad}`)).toBeNull();
    await chats.remember(
      activity({ type: 'message', conversation: { id: 'a:1abc', conversationType: 'personal' } }),
    );
    expect((await store.getPersonalChat(`teams:${aad}`))?.target.conversationId).toBe('a:1abc');
  });
});
