// The hot write on PostgreSQL (logging an activity) as one call of a database function
// (`loftesbot_log_activities`, migrations 0010, 0012, 0016–0018) on a connection of the pool Prisma's adapter uses.
// Through Prisma the same write is an interactive transaction: BEGIN, a key lock, the duplicate
// check, the revision bump, two inserts and COMMIT, each a round trip, each statement compiled and
// prepared anew. Here it is one round trip of one statement prepared once per connection, and the
// entries that arrive while a call is under way go together in the next one: one commit (one WAL
// flush) for all of them, each set's revision row bumped once per batch and locked only from that
// bump to the commit; each table gets one INSERT per batch. A duplicate comes back with the stored
// row and the set's revision, so its answer costs no second round trip. It writes the same rows with
// the same values as the Prisma path and answers as it does (test/integration/storage/postgres-direct.test.ts).
// Beside it, the other queries a request makes, each one prepared statement on the same pool: the
// ledger cache's reads, a set's judgements, and run claims (batched as the write is).
import type pg from 'pg';
import type { LedgerDelta } from '../../app/ports.ts';
import type { Judgement } from '../../domain/rules/types.ts';
import type { ActivityModel } from './generated/sqlite/models.ts';
import { toActivity } from './row-mapping.ts';
import type { DirectWriter, Logged, LogInput } from './sqlite-direct.ts';

const LOG_STATEMENT = 'SELECT "loftesbot_log_activities"($1::jsonb) AS "outcomes"';
const REVISION_STATEMENT = 'SELECT "revision" FROM "ledger_revision" WHERE "setKey" = $1';
// One statement sees one snapshot, so the revision and the rows belong to the same moment. After a
// rewrite in place (retention) past the reader's revision, every not-undone row comes and nothing
// is listed as removed. The revision bounds keep to the (setKey, createdRevision) and
// (setKey, undoneRevision) indexes.
const DELTA_STATEMENT = `
WITH r AS (SELECT "revision", "rewrittenRevision" FROM "ledger_revision" WHERE "setKey" = $1)
SELECT
  COALESCE((SELECT "revision" FROM r), 0) AS "revision",
  COALESCE((SELECT "rewrittenRevision" FROM r), 0) > $2 AS "reset",
  (SELECT COALESCE(jsonb_agg(to_jsonb(a) ORDER BY a."createdRevision"), '[]') FROM "activity" a
    WHERE a."setKey" = $1 AND a."undoneAt" IS NULL
      AND a."createdRevision" > (CASE WHEN COALESCE((SELECT "rewrittenRevision" FROM r), 0) > $2 THEN -1 ELSE $2 END)
  ) AS "added",
  (SELECT COALESCE(jsonb_agg(a."id" ORDER BY a."undoneRevision"), '[]') FROM "activity" a
    WHERE a."setKey" = $1 AND a."undoneRevision" > $2 AND a."createdRevision" <= $2
      AND COALESCE((SELECT "rewrittenRevision" FROM r), 0) <= $2
  ) AS "removed"`;

// A judged promise's judgements, oldest first, as findJudgements answers on the Prisma path.
const JUDGEMENTS_STATEMENT = `
SELECT COALESCE(jsonb_agg(jsonb_build_object('setKey', j."setKey", 'promiseId', j."promiseId",
  'status', j."status", 'reason', j."reason", 'userId', j."userId", 'at', j."at", 'date', j."date")
  ORDER BY j."at", j."id"), '[]') AS "rows"
FROM "judgement" j WHERE j."setKey" = $1`;
// Run claims (scheduled runs, and every Slack request's signature: guard-requests.ts) in one
// statement for all claims that arrive together: a new key is inserted; an existing one is taken over
// only when it is neither sent nor failed and is stale ($4 milliseconds old) or due again, as the
// Prisma path decides it in a transaction of four round trips. A key comes back only when its claim
// was won. Two replicas inserting the same key at once: the second waits for the first's commit and
// finds its claim fresh.
const CLAIM_STATEMENT = `
INSERT INTO "run_claim" ("key", "claimedBy", "claimedAt")
SELECT * FROM unnest($1::text[], $2::text[], $3::timestamp(3)[])
ON CONFLICT ("key") DO UPDATE SET "claimedBy" = EXCLUDED."claimedBy", "claimedAt" = EXCLUDED."claimedAt",
  "nextAttemptAt" = NULL, "attempts" = "run_claim"."attempts" + 1
WHERE "run_claim"."sentAt" IS NULL AND "run_claim"."failedAt" IS NULL
  AND (("run_claim"."nextAttemptAt" IS NULL
      AND "run_claim"."claimedAt" <= EXCLUDED."claimedAt" - $4::bigint * interval '1 millisecond')
    OR "run_claim"."nextAttemptAt" <= EXCLUDED."claimedAt")
RETURNING "key"`;

/** A stored activity row as PostgreSQL's JSON of it: timestamps without zone (UTC), no `Z`. */
type ActivityJson = Omit<ActivityModel, 'loggedAt' | 'undoneAt'> & {
  loggedAt: string;
  undoneAt: string | null;
};
type Outcome = { duplicateId: string; row: ActivityJson; revision: number } | { revision: number };

const utc = (stamp: string) => new Date(`${stamp}Z`);
const fromJson = (row: ActivityJson): ActivityModel => ({
  ...row,
  loggedAt: utc(row.loggedAt),
  undoneAt: row.undoneAt === null ? null : utc(row.undoneAt),
});

interface Pending {
  input: LogInput;
  resolve: (logged: Logged) => void;
  reject: (error: unknown) => void;
}

/**
 * `maxBatch` bounds one call's entries (a statement's size and its lock time); more wait for the
 * next call. A batch that fails is written again entry by entry, so only the failing entry fails.
 */
export function createPostgresWriter(pool: pg.Pool, options: { maxBatch?: number } = {}): DirectWriter {
  const maxBatch = options.maxBatch ?? 200;

  async function call(batch: Pending[]) {
    // The revision is assigned in the database, and the audit entry's chain link and hash (over the
    // content the database builds from the row, as auditBody does: migrations 0017, 0018).
    const built = batch.map((p) => ({ setKey: p.input.setKey, dedupe: p.input.dedupe, ...p.input.rows(0) }));
    const result = await pool.query<{ outcomes: Outcome[] }>({
      name: 'loftesbot-log-activities',
      text: LOG_STATEMENT,
      values: [JSON.stringify(built)],
    });
    return result.rows[0]!.outcomes.map((o, i): Logged => {
      if ('duplicateId' in o) {
        return { duplicateId: o.duplicateId, existing: { activity: fromJson(o.row), revision: o.revision } };
      }
      return { revision: o.revision, activity: { ...built[i]!.activity, createdRevision: o.revision } };
    });
  }

  const enqueue = createBatchQueue<Pending>(
    (queue) => [queue.slice(0, maxBatch), queue.slice(maxBatch)],
    async (batch) => {
      const logged = await call(batch);
      for (const [i, p] of batch.entries()) p.resolve(logged[i]!);
    },
  );
  return {
    logActivity: (input) => new Promise<Logged>((resolve, reject) => enqueue({ input, resolve, reject })),
  };
}

/**
 * The reads a replica makes before every command that shows status (ledger-cache.ts): the set's
 * revision, and when another replica moved it, what changed since. Each is one prepared statement on
 * the pool, one round trip. Through Prisma each was an interactive transaction (BEGIN, compiled
 * queries, COMMIT), needed on SQLite only, where all queries share one connection.
 */
export function createPostgresReader(pool: pg.Pool) {
  return {
    async revision(setKey: string): Promise<number> {
      const { rows } = await pool.query<{ revision: number }>({
        name: 'loftesbot-ledger-revision',
        text: REVISION_STATEMENT,
        values: [setKey],
      });
      return rows[0]?.revision ?? 0;
    },
    async delta(setKey: string, sinceRevision: number): Promise<LedgerDelta> {
      const { rows } = await pool.query<{
        revision: number;
        reset: boolean;
        added: ActivityJson[];
        removed: string[];
      }>({ name: 'loftesbot-ledger-delta', text: DELTA_STATEMENT, values: [setKey, sinceRevision] });
      const r = rows[0]!;
      const added = r.added.map((a) => toActivity(fromJson(a)));
      return r.reset
        ? { revision: r.revision, added, removed: [], reset: true }
        : { revision: r.revision, added, removed: r.removed };
    },
    /** Read after every entry for a judged promise (log-activity.ts). */
    async judgements(setKey: string): Promise<Judgement[]> {
      const { rows } = await pool.query<{ rows: (Omit<Judgement, 'at'> & { at: string })[] }>({
        name: 'loftesbot-judgements',
        text: JUDGEMENTS_STATEMENT,
        values: [setKey],
      });
      return rows[0]!.rows.map((j) => ({ ...j, at: utc(j.at).toISOString() }));
    },
  };
}

interface PendingClaim {
  key: string;
  claimedBy: string;
  now: Date;
  staleMs: number;
  resolve: (won: boolean) => void;
  reject: (error: unknown) => void;
}

/**
 * Run claims outside Prisma's engine. The Slack request guard claims every request's signature before
 * Bolt sees it; through Prisma that was an interactive transaction per request, the largest share of
 * a request's CPU on PostgreSQL (docs/benchmarks.md). Here the claims that arrive while one statement
 * is under way go together in the next (one round trip, one commit for all), as the hot write's
 * entries do. A key already in a batch waits for the next one, so each claim sees the one before it.
 */
export function createPostgresClaims(pool: pg.Pool, options: { maxBatch?: number } = {}) {
  const maxBatch = options.maxBatch ?? 200;
  const enqueue = createBatchQueue<PendingClaim>(
    (queue) => {
      // One staleness per statement, each key once; the rest wait for the next.
      const staleMs = queue[0]!.staleMs;
      const keys = new Set<string>();
      const batch: PendingClaim[] = [];
      const rest: PendingClaim[] = [];
      for (const c of queue) {
        if (batch.length < maxBatch && c.staleMs === staleMs && !keys.has(c.key)) {
          keys.add(c.key);
          batch.push(c);
        } else rest.push(c);
      }
      // Keys in one order in every process: two replicas' batches that share keys cannot deadlock.
      batch.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      return [batch, rest];
    },
    async (batch) => {
      const { rows } = await pool.query<{ key: string }>({
        name: 'loftesbot-claim-runs',
        text: CLAIM_STATEMENT,
        // Instants as UTC text: a timestamp column ignores the zone, whatever the session's is.
        values: [
          batch.map((c) => c.key),
          batch.map((c) => c.claimedBy),
          batch.map((c) => c.now.toISOString()),
          batch[0]!.staleMs,
        ],
      });
      const won = new Set(rows.map((r) => r.key));
      for (const c of batch) c.resolve(won.has(c.key));
    },
  );

  return {
    claimRun: (key: string, claimedBy: string, now: Date, staleMs: number) =>
      new Promise<boolean>((resolve, reject) => enqueue({ key, claimedBy, now, staleMs, resolve, reject })),
  };
}

/**
 * The queue of a batched statement (the hot write's entries, run claims): what arrives while one
 * statement is under way goes in the next. `take` splits the queue into the next batch and what waits
 * for the one after; `send` runs one statement for a batch and settles its items. A batch that fails
 * is rolled back as a whole, and each of its items is sent again on its own, so only a failing item
 * fails. Alone, an item waits only for the current turn to end; under load, for the call under way.
 */
function createBatchQueue<T extends { reject: (error: unknown) => void }>(
  take: (queue: T[]) => [batch: T[], rest: T[]],
  send: (batch: T[]) => Promise<void>,
): (item: T) => void {
  let queue: T[] = [];
  let running = false;

  async function write(batch: T[]) {
    try {
      await send(batch);
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      await Promise.all(batch.map((item) => write([item])));
    }
  }

  async function drain() {
    running = true;
    try {
      while (queue.length > 0) {
        const [batch, rest] = take(queue);
        queue = rest;
        await write(batch);
      }
    } finally {
      running = false;
    }
  }

  return (item) => {
    queue.push(item);
    if (!running && queue.length === 1) setImmediate(() => void drain());
  };
}
