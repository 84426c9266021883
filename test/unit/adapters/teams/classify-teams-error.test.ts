// The Bot Connector's refusals (axios errors from the Teams SDK's client) mapped to coded results.
import { describe, expect, it } from 'vitest';
import { classifyTeamsError } from '../../../../src/adapters/teams/post/classify-teams-error.ts';

const now = Date.parse('2018-03-19T07:00:00Z');
const http = (status: number, code?: string, headers: Record<string, string> = {}) =>
  Object.assign(new Error(`Request failed with status code ${status}`), {
    isAxiosError: true,
    response: { status, headers, data: code ? { error: { code, message: 'x' } } : '' },
  });

describe('classifyTeamsError', () => {
  it('403 BotNotInConversationRoster: the bot was removed', () => {
    expect(classifyTeamsError(http(403, 'BotNotInConversationRoster'), now)).toEqual({
      status: 'terminal',
      reason: 'not-in-channel',
      code: 'http_403:BotNotInConversationRoster',
    });
  });

  it('403 BotDisabledByAdmin is a permission; 404 a conversation that is gone; 401 revoked access', () => {
    expect(classifyTeamsError(http(403, 'BotDisabledByAdmin'), now)).toMatchObject({
      reason: 'missing-permission',
    });
    expect(classifyTeamsError(http(404, 'ConversationNotFound'), now)).toMatchObject({
      status: 'terminal',
      reason: 'channel-not-found',
    });
    expect(classifyTeamsError(http(401), now)).toMatchObject({ reason: 'access-revoked' });
  });

  it('413 MessageSizeTooBig refuses the message, not the conversation', () => {
    expect(classifyTeamsError(http(413, 'MessageSizeTooBig'), now)).toMatchObject({
      status: 'terminal',
      reason: 'message-rejected',
    });
  });

  it('429 carries Retry-After; 5xx and timeouts are transient', () => {
    expect(classifyTeamsError(http(429, 'Throttled', { 'retry-after': '12' }), now)).toMatchObject({
      status: 'transient',
      retryAfterMs: 12_000,
    });
    expect(classifyTeamsError(http(502, 'ServiceError'), now)).toMatchObject({
      status: 'transient',
      maybeSent: true,
    });
    const timeout = Object.assign(new Error('timeout of 0ms exceeded'), { code: 'ECONNABORTED' });
    expect(classifyTeamsError(timeout, now)).toMatchObject({ status: 'transient', code: 'ECONNABORTED' });
  });
});
