// The Bot Connector's answers to a proactive post, as the common coded result (app/post-result.ts).
// Teams speaks HTTP: the status decides, the body's `error.code` (BotNotInConversationRoster,
// ConversationNotFound, MessageSizeTooBig …) refines it. The SDK's client is axios, so a refusal
// arrives as an error with `response.status`, `response.headers` and `response.data`.
import {
  classifyUnansweredError,
  type PostFailureReason,
  type PostResult,
  retryAfterHeaderMs,
} from '../../../app/post-result.ts';

interface HttpishError {
  status?: unknown;
  statusCode?: unknown;
  response?: { status?: unknown; headers?: unknown; data?: unknown };
}

export function classifyTeamsError(error: unknown, now: number): PostResult {
  const e = (typeof error === 'object' && error !== null ? error : {}) as HttpishError;
  const status = Number(e.response?.status ?? e.status ?? e.statusCode ?? Number.NaN);
  if (Number.isFinite(status)) {
    const errorCode = bodyCode(e.response?.data);
    const code = errorCode ? `http_${status}:${errorCode}` : `http_${status}`;
    if (status === 429) {
      return {
        status: 'transient',
        retryAfterMs: retryAfterHeaderMs(header(e.response?.headers, 'retry-after'), now),
        code,
      };
    }
    if (status >= 500) return { status: 'transient', retryAfterMs: 0, code, maybeSent: true };
    const reason = terminalReason(status, errorCode);
    return { status: 'terminal', reason, code };
  }
  return classifyUnansweredError(error);
}

function terminalReason(status: number, errorCode: string | null): PostFailureReason {
  if (status === 401) return 'access-revoked';
  if (status === 403) {
    // BotNotInConversationRoster (removed from the team or chat), ConversationBlockedByUser,
    // BotDisabledByAdmin / app blocked by policy.
    if (errorCode === 'BotDisabledByAdmin' || errorCode === 'AppBlocked') return 'missing-permission';
    return 'not-in-channel';
  }
  if (status === 404) return 'channel-not-found';
  // 400 BadSyntax, 412, 413 MessageSizeTooBig: this message, not the conversation.
  return 'message-rejected';
}

function bodyCode(data: unknown): string | null {
  const parsed = typeof data === 'string' ? safeJson(data) : data;
  const code = (parsed as { error?: { code?: unknown } } | null)?.error?.code;
  return typeof code === 'string' && code !== '' ? code.slice(0, 80) : null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function header(headers: unknown, name: string): unknown {
  if (!headers || typeof headers !== 'object') return undefined;
  const h = headers as { get?: (n: string) => unknown } & Record<string, unknown>;
  return typeof h.get === 'function' ? h.get(name) : h[name];
}
