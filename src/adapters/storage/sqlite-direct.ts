// The hot write on SQLite (logging an activity) as one synchronous better-sqlite3 transaction on the
// connection Prisma's driver adapter opened. Through Prisma's JavaScript engine the same four
// statements cost about 1.3 ms (an interactive transaction, each raw query compiled, each statement
// prepared anew); here they cost about 0.05 ms, with the statements prepared once. It writes the
// same rows with the same values as the Prisma path (test/integration/storage/sqlite-direct.test.ts).
//
// Being synchronous, the transaction begins and commits within one turn of the event loop, so no
// other query of this process can see it half done. It never runs inside a Prisma transaction that
// is open on the connection (`inTransaction`): then the caller takes the Prisma path, which waits
// for the adapter's lock like any other transaction.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import type Database from 'better-sqlite3';
import type { Judgement } from '../../domain/rules/types.ts';
import { type ChainHead, nextLink } from './audit-chain.ts';
import type { ActivityModel, AuditEntryModel } from './generated/sqlite/models.ts';
import type { Dedupe } from './portable-sql.ts';
import type { Checkpointer } from './sqlite-checkpointer.ts';

type Row = ActivityModel | AuditEntryModel;
type SqliteValue = string | number | bigint | null;

/** Prisma's better-sqlite3 adapter, keeping a handle on the connection it opens. */
export function createSqliteAdapter(path: string, busyTimeoutMs: number) {
  let connection: Database.Database | null = null;
  class Adapter extends PrismaBetterSQLite3 {
    override async connect() {
      const adapter = await super.connect();
      // The adapter's connection (a public field of its queryable): one per PrismaClient.
      connection = (adapter as unknown as { client: Database.Database }).client;
      return adapter;
    }
  }
  return {
    adapter: new Adapter({ url: `file:${path}`, timeout: busyTimeoutMs }),
    /** The open connection when no Prisma transaction is running on it, else null. */
    idleConnection: (): Database.Database | null =>
      connection?.open && !connection.inTransaction ? connection : null,
  };
}

const sameColumns = (a: string[], b: string[]) => a.length === b.length && a.every((c, i) => c === b[i]);

/** What the adapter binds for a value (its default `iso8601` timestamps, booleans as 0/1). */
function toSqlite(value: unknown): SqliteValue {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace('Z', '+00:00');
  throw new Error(`sqlite-direct: cannot bind a ${typeof value}`);
}

export type LogInput = {
  setKey: string;
  dedupe: Dedupe | null;
  rows: (revision: number) => { activity: ActivityModel; audit: AuditEntryModel };
};
export type Logged =
  | {
      duplicateId: string;
      /** The stored duplicate and the set's revision, when the writer read them in the same call. */
      existing?: { activity: ActivityModel; revision: number };
    }
  | { revision: number; activity: ActivityModel };

export interface DirectWriter {
  /**
   * With a dedupe key, the id of a not-undone duplicate logged since `since` ends it without writing;
   * otherwise the set's revision is bumped and the rows built for it are inserted. Null when the
   * connection was taken by a Prisma transaction before the write could run: use the Prisma path.
   */
  logActivity(input: LogInput): Promise<Logged | null>;
}

/**
 * Group commit: the entries that arrive in one turn of the event loop (under load, several requests'
 * lines) are written in one transaction at the end of it. A page that several entries touch (the
 * tables' and indexes' last pages) goes to the log once per batch instead of once per entry; that is
 * most of a commit's cost. Each set's revision is counted in memory through the batch and stored once.
 * If an entry fails, the batch is rolled back and written again entry by entry, each in its own
 * savepoint, so only that entry fails. Alone, an entry waits only for the current turn to end.
 */
export function createDirectWriter(db: Database.Database, checkpointer?: Checkpointer): DirectWriter {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  // Per table, the statement for the columns of the row last inserted (rows of a table are built
  // by one function, so it is prepared once).
  const inserts = new Map<string, { columns: string[]; statement: Database.Statement }>();
  const insert = (table: string, row: Row) => {
    const columns = Object.keys(row);
    let cached = inserts.get(table);
    if (!cached || !sameColumns(cached.columns, columns)) {
      const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
      cached = { columns, statement: db.prepare(sql) };
      inserts.set(table, cached);
    }
    cached.statement.run(columns.map((c) => toSqlite(row[c as keyof Row])));
  };
  // As portable-sql's findDuplicateId.
  const findDuplicate = ({ userId, key, since }: Dedupe) =>
    prepare(
      `SELECT "id" FROM "activity" WHERE "userId" = ? AND "dedupeKey" = ? AND "undoneAt" IS NULL
       AND "loggedAt" >= ? ORDER BY "loggedAt" DESC LIMIT 1`,
    )
      .pluck()
      .get(userId, key, toSqlite(since)) as string | undefined;
  const readRevision = (setKey: string) =>
    Number(prepare(`SELECT "revision" FROM "ledger_revision" WHERE "setKey" = ?`).pluck().get(setKey) ?? 0);
  // The transaction holds the write lock: the chain's head cannot move under it.
  const readChainHead = () =>
    prepare(
      `SELECT "seq", "hash" FROM "audit_entry" WHERE "seq" IS NOT NULL ORDER BY "seq" DESC LIMIT 1`,
    ).get() as ChainHead | undefined;
  const storeRevision = (setKey: string, revision: number) =>
    prepare(
      `INSERT INTO "ledger_revision" ("setKey", "revision") VALUES (?, ?)
       ON CONFLICT ("setKey") DO UPDATE SET "revision" = excluded."revision"`,
    ).run(setKey, revision);

  /**
   * One entry against the set revisions of its batch (in memory until the batch stores them): the
   * duplicate check, then the next revision and the rows built for it.
   */
  const writeEntry = (input: LogInput, revisions: Map<string, number>): Logged => {
    if (input.dedupe) {
      const duplicateId = findDuplicate(input.dedupe);
      if (duplicateId !== undefined) return { duplicateId };
    }
    const revision = (revisions.get(input.setKey) ?? readRevision(input.setKey)) + 1;
    const { activity, audit } = input.rows(revision);
    insert('activity', activity);
    insert('audit_entry', { ...audit, ...nextLink(readChainHead() ?? null, audit) });
    revisions.set(input.setKey, revision);
    return { revision, activity };
  };
  const storeRevisions = (revisions: Map<string, number>) => {
    for (const [setKey, revision] of revisions) storeRevision(setKey, revision);
  };
  /** An entry's own failure inside the one-transaction pass (not the database's: locked, gone). */
  class EntryFailed {
    constructor(readonly error: unknown) {}
  }
  const writeAll = db.transaction((batch: LogInput[]): Logged[] => {
    const revisions = new Map<string, number>();
    let logged: Logged[];
    try {
      logged = batch.map((input) => writeEntry(input, revisions));
    } catch (error) {
      throw new EntryFailed(error);
    }
    storeRevisions(revisions);
    return logged;
  });
  // Nested in `writeEach`, better-sqlite3 runs it in a savepoint.
  const writeOne = db.transaction(writeEntry);
  const writeEach = db.transaction((batch: LogInput[]): Outcome<Logged>[] => {
    const revisions = new Map<string, number>();
    // A failed entry leaves `revisions` as it was: its revision is counted after its rows.
    const outcomes = eachAlone(batch, (input) => writeOne(input, revisions));
    storeRevisions(revisions);
    return outcomes;
  });
  // IMMEDIATE takes the write lock at BEGIN, as the Prisma path's first statement does: of two
  // processes, the second waits (busy timeout) instead of failing to upgrade a read.
  const logActivity = createTurnBatches(db, checkpointer, (batch: LogInput[]): Outcome<Logged>[] => {
    try {
      return writeAll.immediate(batch).map((value) => ({ ok: true, value }));
    } catch (error) {
      if (error instanceof EntryFailed) return writeEach.immediate(batch);
      throw error;
    }
  });
  return { logActivity };
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Each item on its own (in a transaction or savepoint of its own), so only a failing one fails. */
function eachAlone<T, R>(batch: T[], write: (item: T) => R): Outcome<R>[] {
  return batch.map((item) => {
    try {
      return { ok: true, value: write(item) };
    } catch (error) {
      return { ok: false, error };
    }
  });
}

/**
 * The calls that arrive in one turn of the event loop (under load, several requests'), written
 * together at the end of it by `write`: an outcome for each, or a throw that fails them all. Each is
 * answered null when the connection is closed or a Prisma transaction holds it: the caller takes the
 * Prisma path. Alone, a call waits only for the current turn to end.
 */
function createTurnBatches<T, R>(
  db: Database.Database,
  checkpointer: Checkpointer | undefined,
  write: (batch: T[]) => Outcome<R>[],
): (item: T) => Promise<R | null> {
  let queue: { item: T; resolve: (value: R | null) => void; reject: (error: unknown) => void }[] = [];
  const flush = () => {
    const batch = queue;
    queue = [];
    if (!db.open || db.inTransaction) {
      for (const p of batch) p.resolve(null);
      return;
    }
    let results: Outcome<R>[];
    try {
      results = write(batch.map((p) => p.item));
    } catch (error) {
      for (const p of batch) p.reject(error);
      return;
    }
    checkpointer?.touch();
    batch.forEach((p, i) => {
      const result = results[i]!;
      if (result.ok) p.resolve(result.value);
      else p.reject(result.error);
    });
  };
  return (item) =>
    new Promise((resolve, reject) => {
      if (queue.length === 0) setImmediate(flush);
      queue.push({ item, resolve, reject });
    });
}

// A run claim as the Prisma path decides it in a transaction of four statements, in one: a new key is
// inserted; an existing one is taken over only when it is neither sent nor failed and is stale
// (claimed at or before the bound) or due again. A row comes back exactly when the claim was won.
const CLAIM_STATEMENT = `
INSERT INTO "run_claim" ("key", "claimedBy", "claimedAt") VALUES (?, ?, ?)
ON CONFLICT ("key") DO UPDATE SET "claimedBy" = excluded."claimedBy", "claimedAt" = excluded."claimedAt",
  "nextAttemptAt" = NULL, "attempts" = "run_claim"."attempts" + 1
WHERE "run_claim"."sentAt" IS NULL AND "run_claim"."failedAt" IS NULL
  AND (("run_claim"."nextAttemptAt" IS NULL AND "run_claim"."claimedAt" <= ?)
    OR "run_claim"."nextAttemptAt" <= excluded."claimedAt")
RETURNING "key"`;
// As findJudgements reads them on the Prisma path: oldest first, by instant then id.
const JUDGEMENTS_STATEMENT = `
SELECT "setKey", "promiseId", "status", "reason", "userId", "at", "date" FROM "judgement"
WHERE "setKey" = ? ORDER BY "at", "id"`;

export interface DirectClaims {
  /**
   * Whether the claim was won; null when a Prisma transaction held the connection when it was to
   * run: use the Prisma path.
   */
  claimRun(key: string, claimedBy: string, now: Date, staleMs: number): Promise<boolean | null>;
  /** A set's judgements, oldest first, read at once. */
  judgements(setKey: string): Judgement[];
}

interface Claim {
  key: string;
  claimedBy: string;
  now: Date;
  staleMs: number;
}

/**
 * Run claims (every Slack request's signature, guard-requests.ts; scheduled runs) and the judgements
 * read outside Prisma's engine, on the same connection as the hot write. Through Prisma a claim was an
 * interactive transaction of five statements, each compiled anew: most of a Slack request's CPU. The
 * claims that arrive in one turn of the event loop are written in one IMMEDIATE transaction at the end
 * of it, each seeing the ones before it (a key twice in a batch: the second finds the first's claim
 * fresh). If the batch fails, each claim is tried again in its own transaction, so only a failing one
 * fails. With the busy timeout at 0, another process's write lock fails the batch at once
 * (SQLITE_BUSY), and guard-store.ts waits for it on timers, as for the hot write.
 */
export function createDirectClaims(db: Database.Database, checkpointer?: Checkpointer): DirectClaims {
  const claim = db.prepare(CLAIM_STATEMENT);
  const judgements = db.prepare(JUDGEMENTS_STATEMENT);
  const claimOne = (c: Claim) =>
    claim.get(c.key, c.claimedBy, toSqlite(c.now), toSqlite(new Date(c.now.getTime() - c.staleMs))) !==
    undefined;
  const claimAll = db.transaction((batch: Claim[]) => batch.map(claimOne));
  const claimRun = createTurnBatches(db, checkpointer, (batch: Claim[]): Outcome<boolean>[] => {
    try {
      return claimAll.immediate(batch).map((value) => ({ ok: true, value }));
    } catch (error) {
      if (batch.length === 1) throw error;
      return eachAlone(batch, (c) => claimAll.immediate([c])[0]!);
    }
  });
  return {
    claimRun: (key, claimedBy, now, staleMs) => claimRun({ key, claimedBy, now, staleMs }),
    judgements: (setKey) =>
      (judgements.all(setKey) as (Omit<Judgement, 'at'> & { at: string })[]).map((j) => ({
        ...j,
        at: new Date(j.at).toISOString(),
      })),
  };
}
