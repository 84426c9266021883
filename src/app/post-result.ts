// What a post into a channel came to, in one language for every platform. Each poster maps its
// platform's own answers (Slack error codes, Teams HTTP status and error codes) to these; the use
// cases decide from them alone whether to try again, stop for the week or tell the admins.

/** Why a post cannot succeed however often it is tried; decides what the admins are told. */
export type PostFailureReason =
  /** The bot is not a member of the channel, or was removed from the conversation. */
  | 'not-in-channel'
  /** The channel or conversation no longer exists (deleted), or the bot cannot see it. */
  | 'channel-not-found'
  | 'channel-archived'
  /** The app was uninstalled or its token revoked: nothing can be posted in that workspace or tenant. */
  | 'access-revoked'
  /** The app lacks a permission (Slack scope, Teams policy). */
  | 'missing-permission'
  /** The channel is fine but this message was refused (too large, malformed): no use resending it. */
  | 'message-rejected';

export type PostResult =
  | { status: 'sent'; messageId?: string | undefined }
  | { status: 'terminal'; reason: PostFailureReason; code: string }
  | {
      status: 'transient';
      /** Milliseconds the platform asked us to wait (retry-after); 0 when it did not say. */
      retryAfterMs: number;
      code: string;
      /**
       * True when the platform may have accepted the post before the failure (a 5xx or a timeout
       * after the request went out): resending could post twice.
       */
      maybeSent?: boolean;
    };

/** Reasons that say the channel itself cannot be posted to (as opposed to one refused message). */
export function isChannelBroken(reason: PostFailureReason): boolean {
  return reason !== 'message-rejected';
}

/** Node and undici codes of network trouble that a later attempt may not meet. */
export const transientNetworkCodes: ReadonlySet<string> = new Set([
  'ETIMEDOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EAI_AGAIN',
  'ENOTFOUND',
  'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/** Network codes after which the request may have reached the platform (it went out, no answer came). */
export const ambiguousNetworkCodes: ReadonlySet<string> = new Set([
  'ETIMEDOUT',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/** The code of a network failure in `error` or its `cause`/`original`, or null. */
export function networkCodeOf(error: unknown): string | null {
  for (let e = error, depth = 0; typeof e === 'object' && e !== null && depth < 4; depth++) {
    const record = e as { code?: unknown; name?: unknown; cause?: unknown; original?: unknown };
    if (typeof record.code === 'string' && transientNetworkCodes.has(record.code)) return record.code;
    if (record.name === 'TimeoutError' || record.name === 'AbortError') return 'ETIMEDOUT';
    e = record.original ?? record.cause;
  }
  return null;
}

/**
 * What an error that carries no platform answer means: network trouble is transient (and may have
 * been sent when the request went out), anything else is a fault on our side (a bug, a bad argument)
 * that resending would repeat. Each platform's classifier ends with this.
 */
export function classifyUnansweredError(error: unknown): PostResult {
  const network = networkCodeOf(error);
  if (network) {
    return {
      status: 'transient',
      retryAfterMs: 0,
      code: network,
      maybeSent: ambiguousNetworkCodes.has(network),
    };
  }
  return {
    status: 'terminal',
    reason: 'message-rejected',
    code: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : 'unknown_error',
  };
}

/** Seconds from a Retry-After header value (seconds or an HTTP date) in milliseconds; 0 when absent. */
export function retryAfterHeaderMs(value: unknown, now: number): number {
  if (value === undefined || value === null || value === '') return 0;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(String(value));
  return Number.isFinite(at) ? Math.max(0, at - now) : 0;
}
