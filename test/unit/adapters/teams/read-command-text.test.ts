import { describe, expect, it } from 'vitest';
import { createMentionResolver } from '../../../../src/adapters/teams/ids/resolve-mention.ts';
import { toChannelId, toPostTarget, toUserId } from '../../../../src/adapters/teams/ids/teams-ids.ts';
import { readCommandText } from '../../../../src/adapters/teams/messages/read-command-text.ts';

const bot = { type: 'mention', text: '<at>Löftesbot</at>', mentioned: { id: '28:bot', name: 'Löftesbot' } };
const bo = { type: 'mention', text: '<at>Bo Polis</at>', mentioned: { id: '29:bo', aadObjectId: 'aad-bo' } };

describe('readCommandText', () => {
  it('removes the bot mention and a leading slash, keeps colleagues’ mentions', () => {
    const text = readCommandText({
      text: '<at>Löftesbot</at> /logga medborgarkontakt med <at>Bo Polis</at>',
      recipient: { id: '28:bot' },
      entities: [bot, bo],
    });
    expect(text).toBe('logga medborgarkontakt med <at>Bo Polis</at>');
  });

  it('undoes HTML the client wrapped around the line', () => {
    expect(readCommandText({ text: '<p>status&nbsp;</p>', recipient: { id: '28:bot' } })).toBe('status');
  });
});

describe('Teams ids', () => {
  const origin = {
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    from: { id: '29:anna', aadObjectId: 'aad-anna' },
    conversation: { id: '19:kanal@thread.tacv2;messageid=17', tenantId: 'T1' },
  };

  it('normalises a channel thread to its channel and the user to the Entra object id', () => {
    expect(toChannelId(origin)).toBe('teams:T1:19:kanal@thread.tacv2');
    expect(toUserId(origin)).toBe('teams:aad-anna');
    expect(toPostTarget(origin)).toEqual({
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      conversationId: '19:kanal@thread.tacv2',
      tenantId: 'T1',
    });
  });

  it('takes the tenant from channelData when the conversation lacks it', () => {
    expect(
      toChannelId({ ...origin, conversation: { id: 'a:1' }, channelData: { tenant: { id: 'T2' } } }),
    ).toBe('teams:T2:a:1');
  });

  it('resolves a mentioned colleague to their Entra object id', () => {
    const resolve = createMentionResolver([bot, bo]);
    expect(resolve('<at>Bo Polis</at>')).toBe('teams:aad-bo');
    expect(resolve('<at>Löftesbot</at>')).toBe('teams:28:bot');
  });
});
