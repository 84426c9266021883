// The SQLite hot path (sqlite-direct.ts) writes outside Prisma's engine: it must store exactly what
// the Prisma path stores, and step aside while a Prisma transaction holds the connection.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applySqliteMigrations } from '../../../src/adapters/storage/apply-migrations.ts';
import { getSqlitePath } from '../../../src/adapters/storage/database-url.ts';
import { PrismaClient } from '../../../src/adapters/storage/generated/sqlite/client.ts';
import { createPrismaStore } from '../../../src/adapters/storage/prisma-store.ts';
import {
  createDirectClaims,
  createDirectWriter,
  createSqliteAdapter,
  type DirectClaims,
  type DirectWriter,
} from '../../../src/adapters/storage/sqlite-direct.ts';
import type { AuditInput, NewActivity, Store } from '../../../src/app/ports.ts';
import { createSqliteDatabase, type TestDatabase } from '../../helpers/databases.ts';
import { claimLifecycle, expectJudgementsReadAlike } from '../../helpers/direct-path-parity.ts';
import { newActivity } from '../../helpers/new-activity.ts';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const done of cleanup.splice(0).reverse()) await done();
});

async function freshFile(): Promise<string> {
  const db: TestDatabase = await createSqliteDatabase();
  cleanup.push(() => db.drop());
  const path = getSqlitePath(db.url);
  mkdirSync(dirname(path), { recursive: true });
  applySqliteMigrations(path);
  return path;
}

/** As openStore builds it, with the client at hand. */
async function openWithDirect(path: string) {
  const sqlite = createSqliteAdapter(path, 5000);
  const prisma = new PrismaClient({ adapter: sqlite.adapter });
  await prisma.$queryRawUnsafe('PRAGMA synchronous = NORMAL');
  let writer: DirectWriter | null = null;
  let claims: DirectClaims | null = null;
  const directClaims = () => {
    const db = sqlite.idleConnection();
    if (!db) return null;
    claims ??= createDirectClaims(db);
    return claims;
  };
  const store = createPrismaStore(prisma, 'sqlite', {
    direct: () => {
      const db = sqlite.idleConnection();
      if (!db) return null;
      writer ??= createDirectWriter(db);
      return writer;
    },
    claims: {
      claimRun: (key, by, at, staleMs) =>
        directClaims()?.claimRun(key, by, at, staleMs) ?? Promise.resolve(null),
    },
    judgements: (setKey) => directClaims()?.judgements(setKey) ?? null,
  });
  cleanup.push(() => store.close());
  return { store, prisma, sqlite };
}

/** Prisma's engine only: the path every write took before. */
async function openPrismaOnly(path: string): Promise<Store> {
  const prisma = new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: `file:${path}`, timeout: 5000 }),
  });
  const store = createPrismaStore(prisma, 'sqlite');
  cleanup.push(() => store.close());
  return store;
}

// Quotes and non-ASCII in the note: text must reach the file unchanged either way.
const input = newActivity({ note: 'Samtal vid "busstorget" – åäö' });
const who: AuditInput = { actor: 'slack:T1:U1', platform: 'slack', action: 'log' };
const now = new Date('2018-03-20T18:31:02.345Z');

/** Every row of a table with each value's SQLite storage class, ids replaced by a placeholder. */
function rowsOf(path: string, table: string, ids: string[]) {
  const db = new Database(path, { readonly: true });
  try {
    const columns = (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[])
      .map((c) => `"${c}", typeof("${c}") AS "${c}:type"`)
      .join(', ');
    const rows = db.prepare(`SELECT ${columns} FROM "${table}"`).all() as Record<string, unknown>[];
    return JSON.parse(ids.reduce((text, id) => text.replaceAll(id, '<id>'), JSON.stringify(rows)));
  } finally {
    db.close();
  }
}

describe('logging an activity on SQLite', () => {
  it('stores the same activity, audit entry and revision as the Prisma path', async () => {
    const [directPath, prismaPath] = [await freshFile(), await freshFile()];
    const { store: direct, sqlite } = await openWithDirect(directPath);
    const viaPrisma = await openPrismaOnly(prismaPath);
    expect(sqlite.idleConnection()).not.toBeNull();

    const options = { dedupeKey: 'k1', dedupeWindowMs: 30_000 };
    const a = await direct.createActivity(input, who, now, options);
    const b = await viaPrisma.createActivity(input, who, now, options);
    expect(a.revision).toBe(1);
    expect({ ...a.activity, id: '<id>' }).toEqual({ ...b.activity, id: '<id>' });
    for (const table of ['activity', 'audit_entry', 'ledger_revision']) {
      const ids = [a.activity.id, b.activity.id];
      const stored = rowsOf(directPath, table, ids);
      expect(stored.length).toBe(1);
      // The audit entry's own id (and so its chain hash) differs by nature; everything else is the same.
      const strip = (rows: Record<string, unknown>[]) =>
        rows.map((r) => (table === 'audit_entry' ? { ...r, id: null, hash: null } : r));
      expect(strip(stored)).toEqual(strip(rowsOf(prismaPath, table, ids)));
    }
    // And Prisma reads it back as it reads its own.
    expect(await direct.findActivities('overkalix-2018')).toEqual([a.activity]);
    expect(await viaPrisma.findActivities('overkalix-2018')).toEqual([b.activity]);
  });

  it('answers a repeated line with the entry already stored, and writes nothing', async () => {
    const { store } = await openWithDirect(await freshFile());
    const options = { dedupeKey: 'same line', dedupeWindowMs: 30_000 };
    const first = await store.createActivity(input, who, now, options);
    const again = await store.createActivity(input, who, new Date(now.getTime() + 29_000), options);
    expect(again).toEqual({ activity: first.activity, revision: 1, duplicate: true });
    const outside = await store.createActivity(input, who, new Date(now.getTime() + 31_000), options);
    expect(outside.duplicate).toBe(false);
    expect(outside.revision).toBe(2);
    expect((await store.findActivities('overkalix-2018')).map((x) => x.id)).toEqual([
      first.activity.id,
      outside.activity.id,
    ]);
  });

  it('writes lines that arrive together each once, in order, and fails only the bad one', async () => {
    const { store } = await openWithDirect(await freshFile());
    const line = (note: string) => ({ ...input, note });
    const broken = { ...input, figures: undefined } as unknown as NewActivity;
    const same = { dedupeKey: 'same line', dedupeWindowMs: 30_000 };
    const results = await Promise.allSettled([
      store.createActivity(line('första'), who, now),
      store.createActivity(broken, who, now),
      store.createActivity(line('andra'), who, now, same),
      store.createActivity(line('andra'), who, now, same),
      store.createActivity(line('tredje'), who, now),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    const [first, , second, repeated, third] = results.map((r) =>
      r.status === 'fulfilled' ? r.value : null,
    );
    expect([first!.revision, second!.revision, third!.revision]).toEqual([1, 2, 3]);
    expect(repeated).toEqual({ activity: second!.activity, revision: 3, duplicate: true });
    expect((await store.findActivities('overkalix-2018')).map((a) => a.note)).toEqual([
      'första',
      'andra',
      'tredje',
    ]);
    expect(await store.getLedgerRevision('overkalix-2018')).toBe(3);
  });

  it('waits for a Prisma transaction open on the connection, then stores the entry once', async () => {
    const { store, prisma, sqlite } = await openWithDirect(await freshFile());
    let written: Awaited<ReturnType<Store['createActivity']>> | null = null;
    let pending: Promise<unknown> = Promise.resolve();
    await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO "ledger_revision" ("setKey", "revision") VALUES ('annan', 7)`;
      expect(sqlite.idleConnection()).toBeNull();
      pending = store.createActivity(input, who, now).then((r) => {
        written = r;
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      // Not inside this transaction: it waits for the adapter's lock.
      expect(written).toBeNull();
    });
    await pending;
    expect(written!.revision).toBe(1);
    expect(sqlite.idleConnection()).not.toBeNull();
    expect(await store.findActivities('overkalix-2018')).toEqual([written!.activity]);
    expect(await store.getLedgerRevision('annan')).toBe(7);
  });

  it('rolls back a write that fails half-way, keeping what was there', async () => {
    const { store } = await openWithDirect(await freshFile());
    const kept = await store.createActivity(input, who, now);
    // A figure that is not a number cannot be bound: the insert fails after the revision bump.
    const broken = { ...input, figures: undefined } as unknown as NewActivity;
    await expect(store.createActivity(broken, who, now)).rejects.toThrow();
    expect(await store.getLedgerRevision('overkalix-2018')).toBe(kept.revision);
    expect(await store.findActivities('overkalix-2018')).toEqual([kept.activity]);
  });

  it('fails every waiting entry, writing none, while another process holds the database', async () => {
    const path = await freshFile();
    const other = new Database(path);
    cleanup.push(async () => {
      other.close();
    });
    const db = new Database(path, { timeout: 20 });
    cleanup.push(async () => {
      db.close();
    });
    const writer = createDirectWriter(db);
    const entry = (revision: number) => ({
      activity: { id: `a${revision}` },
      audit: { id: `b${revision}` },
    });
    other.prepare('BEGIN IMMEDIATE').run();
    const results = await Promise.allSettled(
      [1, 2].map(() => writer.logActivity({ setKey: 'overkalix-2018', dedupe: null, rows: entry as never })),
    );
    other.prepare('ROLLBACK').run();
    expect(results.map((r) => r.status === 'rejected' && (r.reason as { code?: string }).code)).toEqual([
      'SQLITE_BUSY',
      'SQLITE_BUSY',
    ]);
    expect(db.prepare('SELECT count(*) FROM "activity"').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM "ledger_revision"').pluck().get()).toBe(0);
  });
});

describe('run claims and judgements on SQLite', () => {
  it('claims runs as the Prisma path does: the same answers, the same rows', async () => {
    const [directPath, prismaPath] = [await freshFile(), await freshFile()];
    const stores = [(await openWithDirect(directPath)).store, await openPrismaOnly(prismaPath)];
    const at = (s: number) => new Date(now.getTime() + s * 1000);
    const answers = [];
    for (const store of stores) {
      const claims = await claimLifecycle(store, at);
      // Many at once (one transaction on the direct path): new signatures, each sent twice in a
      // row, beside a digest claim with its own staleness taken over in the same moment.
      await store.claimRun('digest:w14', 'a', at(5), 60_000);
      const burst = await Promise.all([
        ...Array.from({ length: 20 }, (_, i) => [
          store.claimRun(`slack-request:${i}`, 'slack-http', at(10), 600_000),
          store.claimRun(`slack-request:${i}`, 'slack-http', at(10), 600_000),
        ]).flat(),
        store.claimRun('digest:w14', 'c', at(65), 60_000),
      ]);
      claims.push(...burst);
      answers.push(claims);
    }
    const pairs = Array.from({ length: 20 }, () => [true, false]).flat();
    expect(answers[0]).toEqual([true, false, true, false, true, false, true, false, false, ...pairs, true]);
    expect(answers[1]).toEqual(answers[0]);
    expect(rowsOf(directPath, 'run_claim', [])).toEqual(rowsOf(prismaPath, 'run_claim', []));
  });

  it('waits for a Prisma transaction open on the connection, then claims once', async () => {
    const { store, prisma, sqlite } = await openWithDirect(await freshFile());
    let won: boolean | null = null;
    let pending: Promise<unknown> = Promise.resolve();
    await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO "ledger_revision" ("setKey", "revision") VALUES ('annan', 7)`;
      expect(sqlite.idleConnection()).toBeNull();
      pending = store.claimRun('slack-request:abc', 'slack-http', now, 600_000).then((r) => {
        won = r;
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      // Not inside this transaction: it waits for the adapter's lock.
      expect(won).toBeNull();
    });
    await pending;
    expect(won).toBe(true);
    expect(await store.claimRun('slack-request:abc', 'slack-http', now, 600_000)).toBe(false);
    expect(await store.getRun('slack-request:abc')).toMatchObject({ claimedBy: 'slack-http' });
    expect(await store.getLedgerRevision('annan')).toBe(7);
  });

  it('fails every waiting claim, writing none, while another process holds the database', async () => {
    const path = await freshFile();
    const other = new Database(path);
    cleanup.push(async () => {
      other.close();
    });
    const db = new Database(path, { timeout: 0 });
    cleanup.push(async () => {
      db.close();
    });
    const claims = createDirectClaims(db);
    other.prepare('BEGIN IMMEDIATE').run();
    const results = await Promise.allSettled(
      ['slack-request:1', 'slack-request:2'].map((key) => claims.claimRun(key, 'slack-http', now, 600_000)),
    );
    other.prepare('ROLLBACK').run();
    expect(results.map((r) => r.status === 'rejected' && (r.reason as { code?: string }).code)).toEqual([
      'SQLITE_BUSY',
      'SQLITE_BUSY',
    ]);
    expect(db.prepare('SELECT count(*) FROM "run_claim"').pluck().get()).toBe(0);
    // Once the lock is gone, both are claimed.
    expect(await Promise.all([1, 2].map((i) => claims.claimRun(`slack-request:${i}`, 'x', now, 1)))).toEqual([
      true,
      true,
    ]);
  });

  it('reads judgements as the Prisma path reads them', async () => {
    const path = await freshFile();
    const { store: direct } = await openWithDirect(path);
    const viaPrisma = await openPrismaOnly(path);
    await expectJudgementsReadAlike(direct, viaPrisma, who, now);
  });
});
