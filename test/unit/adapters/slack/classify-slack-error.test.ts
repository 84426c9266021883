// Slack's refusals, as thrown by its Web API client, mapped to the common coded results.
import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { classifySlackError } from '../../../../src/adapters/slack/post/classify-slack-error.ts';

// Bolt re-exports the Web API client's error classes: the very ones it throws.
const { WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebAPIRequestError } = webApi;

const now = Date.parse('2018-03-19T07:00:00Z');
const platform = (error: string) => new WebAPIPlatformError({ ok: false, error });

describe('classifySlackError', () => {
  it.each([
    ['not_in_channel', 'not-in-channel'],
    ['channel_not_found', 'channel-not-found'],
    ['is_archived', 'channel-archived'],
    ['account_inactive', 'access-revoked'],
    ['token_revoked', 'access-revoked'],
    ['invalid_auth', 'access-revoked'],
    ['missing_scope', 'missing-permission'],
  ])('%s is terminal: %s', (code, reason) => {
    expect(classifySlackError(platform(code), now)).toEqual({ status: 'terminal', reason, code });
  });

  it('a refused message (invalid_blocks) is terminal for that message only', () => {
    expect(classifySlackError(platform('invalid_blocks'), now)).toEqual({
      status: 'terminal',
      reason: 'message-rejected',
      code: 'invalid_blocks',
    });
  });

  it('a rate limit carries its retry-after', () => {
    expect(classifySlackError(new WebAPIRateLimitedError(30), now)).toEqual({
      status: 'transient',
      retryAfterMs: 30_000,
      code: 'ratelimited',
    });
    expect(
      classifySlackError(new WebAPIHTTPError(429, 'Too Many', { 'retry-after': '7' }), now),
    ).toMatchObject({
      status: 'transient',
      retryAfterMs: 7000,
    });
  });

  it('5xx and Slack internal errors are transient, and may have been posted', () => {
    expect(classifySlackError(new WebAPIHTTPError(503, 'Service Unavailable', {}), now)).toEqual({
      status: 'transient',
      retryAfterMs: 0,
      code: 'http_503',
      maybeSent: true,
    });
    expect(classifySlackError(platform('internal_error'), now)).toMatchObject({
      status: 'transient',
      maybeSent: true,
    });
  });

  it('network trouble is transient; a refused connection never reached Slack', () => {
    const timeout = new WebAPIRequestError(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' }));
    expect(classifySlackError(timeout, now)).toMatchObject({
      status: 'transient',
      code: 'ETIMEDOUT',
      maybeSent: true,
    });
    const refused = new WebAPIRequestError(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }));
    expect(classifySlackError(refused, now)).toMatchObject({ status: 'transient', maybeSent: false });
  });
});
