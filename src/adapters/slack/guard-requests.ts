// Every HTTP request to /slack/events passes here before Bolt sees it:
// - its timestamp (X-Slack-Request-Timestamp) must be within 5 minutes of this machine's clock, in
//   either direction (Bolt refuses old ones only; one from the future could be replayed later);
// - its signature must be Slack's (HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret);
// - the same signed request is processed once: the signature is claimed in the database (a run claim
//   `slack-request:<hash>`), so a replay to this or any other replica within the 5 minutes is
//   answered 200 with an empty body and runs nothing; after them the timestamp refuses it. Claims
//   older than 10 minutes are removed now and then. Each process also remembers the signatures it saw,
//   and a request waits for its database claim at most CLAIM_WAIT_MS, so a held SQLite write lock
//   never holds up Slack's 3-second ack.
// Refusals are logged at most once a minute per kind, with how many there were since the last line.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../../app/deps.ts';
import type { Store } from '../../app/ports.ts';

/** Largest distance between a request's timestamp and this machine's clock, either way. */
export const MAX_SKEW_SECONDS = 5 * 60;
/** Seen signatures are kept this long: longer than any timestamp that is still accepted. */
const SEEN_KEEP_MS = 10 * 60_000;
const BODY_LIMIT_BYTES = 5 * 1024 * 1024;
export const SEEN_PREFIX = 'slack-request:';
/** How long a request waits for its database claim before it goes on (the claim still completes). */
const CLAIM_WAIT_MS = 250;
/** Signatures kept in memory per process, at most (10 minutes at 160 requests a second). */
const SEEN_HERE_MAX = 100_000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.());

type Refusal = 'stale' | 'future' | 'unsigned' | 'bad-signature' | 'replay';

/** One log line per kind and minute, counting what it stands for. */
function createRefusalLog(log: Logger, now: () => number) {
  const last = new Map<Refusal, { at: number; suppressed: number }>();
  return (kind: Refusal, details: Record<string, unknown>) => {
    const seen = last.get(kind);
    const t = now();
    if (seen && t - seen.at < 60_000) {
      seen.suppressed++;
      return;
    }
    log.warn({ kind, ...details, alsoSince: seen?.suppressed ?? 0 }, 'slack: request refused');
    last.set(kind, { at: t, suppressed: 0 });
  };
}

async function readBody(req: Request): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT_BYTES) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function createSlackRequestGuard(options: {
  signingSecret: string;
  store: Pick<Store, 'claimRun' | 'pruneRuns'>;
  log: Logger;
  /** Milliseconds since the epoch: the machine's clock (never `--now`, which only moves dates). */
  now?: () => number;
}) {
  const now = options.now ?? Date.now;
  const refuse = createRefusalLog(options.log, now);
  let lastPrune = 0;
  /** Signatures this process has seen, oldest first (a Map keeps insertion order). */
  const seenHere = new Map<string, number>();
  const remember = (key: string) => {
    const t = now();
    seenHere.set(key, t);
    for (const [k, at] of seenHere) {
      if (t - at <= SEEN_KEEP_MS && seenHere.size <= SEEN_HERE_MAX) break;
      seenHere.delete(k);
    }
  };

  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const timestamp = req.header('x-slack-request-timestamp') ?? '';
      const signature = req.header('x-slack-signature') ?? '';
      if (!/^\d{1,12}$/.test(timestamp) || !/^v0=[0-9a-f]{64}$/.test(signature)) {
        refuse('unsigned', {});
        res.status(401).end();
        return;
      }
      const skew = Number(timestamp) - Math.floor(now() / 1000);
      if (Math.abs(skew) > MAX_SKEW_SECONDS) {
        refuse(skew > 0 ? 'future' : 'stale', { skewSeconds: skew });
        res.status(401).end();
        return;
      }
      const body = await readBody(req).catch(() => null);
      if (body === null) {
        res.status(413).end();
        return;
      }
      // Bolt reads `rawBody` instead of the stream, which is spent now.
      (req as Request & { rawBody?: Buffer }).rawBody = body;
      const expected = `v0=${createHmac('sha256', options.signingSecret)
        .update(`v0:${timestamp}:`)
        .update(body)
        .digest('hex')}`;
      if (!timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) {
        refuse('bad-signature', {});
        res.status(401).end();
        return;
      }
      const key = `${SEEN_PREFIX}${createHash('sha256').update(signature).digest('base64url')}`;
      // This process's own memory first: a replay to the same replica never waits for the database.
      if (seenHere.has(key)) {
        refuse('replay', { skewSeconds: skew });
        res.status(200).end();
        return;
      }
      remember(key);
      // The database claim catches a replay to another replica. It is waited for only briefly: while
      // another process holds SQLite's write lock, every request would otherwise wait out the lock
      // before Bolt could ack (Slack allows 3 s). A claim that answers later still logs a replay.
      const claim = options.store.claimRun(key, 'slack-http', new Date(now()), SEEN_KEEP_MS);
      const claimed = await Promise.race([claim, delay(CLAIM_WAIT_MS).then(() => 'late' as const)]);
      if (claimed === false) {
        refuse('replay', { skewSeconds: skew });
        res.status(200).end();
        return;
      }
      if (claimed === 'late') {
        claim.then(
          (ok) => {
            if (!ok)
              options.log.warn({ skewSeconds: skew }, 'slack: a replayed request ran (its claim was late)');
          },
          (err: unknown) => options.log.warn({ err }, 'slack: request guard could not check for a replay'),
        );
      }
      if (now() - lastPrune > SEEN_KEEP_MS) {
        lastPrune = now();
        void options.store
          .pruneRuns(SEEN_PREFIX, new Date(now() - SEEN_KEEP_MS))
          .catch((err: unknown) => options.log.warn({ err }, 'slack: could not remove old request claims'));
      }
      next();
    } catch (err) {
      // The database failing here: let the request through, its command answers what is wrong.
      options.log.warn({ err }, 'slack: request guard could not check for a replay');
      next();
    }
  };
}
