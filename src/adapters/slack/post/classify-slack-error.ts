// Slack's answers to a Web API call, as the common coded result (app/post-result.ts). Slack names
// its failures in the body (`{ ok: false, error: "not_in_channel" }`, which the client throws as a
// platform error); HTTP status matters only for 429 and 5xx, and network trouble arrives as a
// request error wrapping the original.
import {
  classifyUnansweredError,
  type PostFailureReason,
  type PostResult,
  retryAfterHeaderMs,
} from '../../../app/post-result.ts';

/** Slack error codes that no retry can mend, and what they mean for the channel. */
const terminalCodes: Record<string, PostFailureReason> = {
  not_in_channel: 'not-in-channel',
  channel_not_found: 'channel-not-found',
  is_archived: 'channel-archived',
  account_inactive: 'access-revoked',
  token_revoked: 'access-revoked',
  token_expired: 'access-revoked',
  invalid_auth: 'access-revoked',
  not_authed: 'access-revoked',
  team_access_not_granted: 'access-revoked',
  org_login_required: 'access-revoked',
  missing_scope: 'missing-permission',
  no_permission: 'missing-permission',
  restricted_action: 'missing-permission',
  restricted_action_read_only_channel: 'missing-permission',
  restricted_action_thread_only_channel: 'missing-permission',
  restricted_action_non_threadable_channel: 'missing-permission',
  ekm_access_denied: 'missing-permission',
};

/** Slack's own "try again later" codes; after these the message may or may not have been posted. */
const transientCodes = new Set([
  'ratelimited',
  'rate_limited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

export function classifySlackError(error: unknown, now: number): PostResult {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    data?: { error?: unknown };
    retryAfter?: unknown;
    statusCode?: unknown;
    headers?: Record<string, string>;
  };
  if (e.code === 'slack_webapi_rate_limited_error') {
    return { status: 'transient', retryAfterMs: Number(e.retryAfter) * 1000 || 0, code: 'ratelimited' };
  }
  if (e.code === 'slack_webapi_platform_error') {
    const code = String(e.data?.error ?? 'unknown_error');
    const reason = terminalCodes[code];
    if (reason) return { status: 'terminal', reason, code };
    if (transientCodes.has(code)) {
      const maybeSent = code !== 'ratelimited' && code !== 'rate_limited';
      return { status: 'transient', retryAfterMs: 0, code, maybeSent };
    }
    // invalid_blocks, msg_too_long, no_text, invalid_arguments …: this message, not the channel.
    return { status: 'terminal', reason: 'message-rejected', code };
  }
  if (e.code === 'slack_webapi_http_error') {
    const status = Number(e.statusCode);
    if (status === 429) {
      return {
        status: 'transient',
        retryAfterMs: retryAfterHeaderMs(e.headers?.['retry-after'], now),
        code: 'http_429',
      };
    }
    if (status >= 500)
      return { status: 'transient', retryAfterMs: 0, code: `http_${status}`, maybeSent: true };
    return { status: 'terminal', reason: 'message-rejected', code: `http_${status}` };
  }
  return classifyUnansweredError(error);
}
