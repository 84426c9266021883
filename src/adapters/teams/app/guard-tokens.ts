// Before the Teams SDK sees a request to /api/messages: a token that cannot be a Bot Framework token
// for this bot is refused with 401 at once, without the SDK's key fetch and its three error lines.
// The SDK validates a token by fetching the issuer's signing keys for the token's key id (`kid`),
// for every token, forged ones included; an attacker could make the bot fetch keys and log at will.
// Here, from the token alone (no network): three base64url parts, RS256 with a key id, this bot's
// audience, the Bot Framework issuer, not expired (5 minutes' tolerance, as the SDK allows). A key id
// that no accepted request has carried yet is let through to the SDK at most once a minute (Microsoft
// rotates keys rarely; Bot Framework retries a refused delivery); every other such token is refused.
// The signature itself is still checked by the SDK. Refusals are logged at most once a minute, with
// how many there were since the last line.
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../../../app/deps.ts';

export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';
const CLOCK_TOLERANCE_SECONDS = 300;
const UNKNOWN_KID_EVERY_MS = 60_000;

type Parsed = { ok: true; kid: string } | { ok: false; why: string };

function decodePart(part: string): Record<string, unknown> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(part)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** What the token says about itself, checked against this bot; no key is needed for this. */
export function inspectToken(
  authorization: string | undefined,
  clientId: string,
  nowSeconds: number,
): Parsed {
  const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : null;
  if (!token) return { ok: false, why: 'no bearer token' };
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[2]) return { ok: false, why: 'not a signed JWT' };
  const header = decodePart(parts[0]!);
  const payload = decodePart(parts[1]!);
  if (!header || !payload) return { ok: false, why: 'not a JWT' };
  if (header.alg !== 'RS256') return { ok: false, why: 'algorithm' };
  if (typeof header.kid !== 'string' || header.kid === '' || header.kid.length > 200) {
    return { ok: false, why: 'no key id' };
  }
  const audiences = [clientId, `api://botid-${clientId}`, `api://${clientId}`];
  const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!aud.some((a) => typeof a === 'string' && audiences.includes(a))) return { ok: false, why: 'audience' };
  if (payload.iss !== BOT_FRAMEWORK_ISSUER) return { ok: false, why: 'issuer' };
  if (typeof payload.exp !== 'number' || payload.exp + CLOCK_TOLERANCE_SECONDS < nowSeconds) {
    return { ok: false, why: 'expired' };
  }
  if (typeof payload.nbf === 'number' && payload.nbf - CLOCK_TOLERANCE_SECONDS > nowSeconds) {
    return { ok: false, why: 'not yet valid' };
  }
  return { ok: true, kid: header.kid };
}

export interface TokenGuard {
  (req: Request, res: Response, next: NextFunction): void;
  /** Requests handed to the SDK to check (each may make it fetch keys). */
  readonly passed: () => number;
}

export function createTokenGuard(options: { clientId: string; log: Logger; now?: () => number }): TokenGuard {
  const now = options.now ?? Date.now;
  /** Key ids of tokens the SDK accepted. */
  const accepted = new Set<string>();
  let lastUnknownTry = Number.NEGATIVE_INFINITY;
  let lastLog = Number.NEGATIVE_INFINITY;
  let suppressed = 0;
  let passed = 0;

  const refuse = (res: Response, why: string) => {
    const t = now();
    if (t - lastLog >= 60_000) {
      options.log.warn({ why, alsoSince: suppressed }, 'teams: request with an unusable token refused');
      lastLog = t;
      suppressed = 0;
    } else suppressed++;
    res.status(401).json({ error: 'unauthorized' });
  };

  const guard = ((req: Request, res: Response, next: NextFunction) => {
    const inspected = inspectToken(req.header('authorization'), options.clientId, Math.floor(now() / 1000));
    if (!inspected.ok) return refuse(res, inspected.why);
    if (!accepted.has(inspected.kid)) {
      if (now() - lastUnknownTry < UNKNOWN_KID_EVERY_MS) return refuse(res, 'unknown key id');
      lastUnknownTry = now();
    }
    passed++;
    res.on('finish', () => {
      if (res.statusCode !== 401 && res.statusCode !== 403) accepted.add(inspected.kid);
    });
    next();
  }) as TokenGuard;
  Object.defineProperty(guard, 'passed', { value: () => passed });
  return guard;
}
