// The PostgreSQL hot path (postgres-direct.ts) writes through a database function, not Prisma's
// engine: it must store exactly what the Prisma path stores, commit concurrent entries together,
// and de-duplicate with the Prisma path's writers on the same database.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { auditBody } from '../../../src/adapters/storage/audit-chain.ts';
import { PrismaClient } from '../../../src/adapters/storage/generated/postgresql/client.ts';
import { openStore } from '../../../src/adapters/storage/open-store.ts';
import { type Client, createPrismaStore } from '../../../src/adapters/storage/prisma-store.ts';
import type { AuditInput, Store } from '../../../src/app/ports.ts';
import { createPostgresDatabase, isPostgresAvailable, type TestDatabase } from '../../helpers/databases.ts';
import { claimLifecycle, expectJudgementsReadAlike } from '../../helpers/direct-path-parity.ts';
import { newActivity } from '../../helpers/new-activity.ts';

const withPostgres = await isPostgresAvailable('postgres direct');

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const done of cleanup.splice(0).reverse()) await done();
});

async function freshDatabase(): Promise<TestDatabase> {
  const db = await createPostgresDatabase();
  cleanup.push(() => db.drop());
  return db;
}

/** As openStore builds it: the hot write through the function. */
async function openDirect(url: string): Promise<Store> {
  const store = await openStore(url);
  cleanup.push(() => store.close());
  return store;
}

/** Prisma's engine only: the path every PostgreSQL write took before. */
async function openPrismaOnly(url: string): Promise<Store> {
  await (await openStore(url)).close(); // migrations
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const store = createPrismaStore(prisma as unknown as Client, 'postgresql');
  cleanup.push(() => store.close());
  return store;
}

/** Every row of a table as PostgreSQL's own JSON of it (types included), ids replaced by a placeholder. */
async function rowsOf(url: string, table: string, ids: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ row: string }>(
      `SELECT to_jsonb(t)::text AS row FROM "${table}" t ORDER BY 1`,
    );
    return rows.map((r) => JSON.parse(ids.reduce((text, id) => text.replaceAll(id, '<id>'), r.row)));
  } finally {
    await client.end();
  }
}

const input = newActivity({ note: 'Samtal vid "busstorget" – åäö \\ {}' });
const who: AuditInput = { actor: 'slack:T1:U1', platform: 'slack', action: 'log' };
const now = new Date('2018-03-20T18:31:02.345Z');

describe.runIf(withPostgres)('logging an activity on PostgreSQL', () => {
  it('stores the same activity, audit entry and revision as the Prisma path', async () => {
    const [directDb, prismaDb] = [await freshDatabase(), await freshDatabase()];
    const direct = await openDirect(directDb.url);
    const viaPrisma = await openPrismaOnly(prismaDb.url);
    const options = { dedupeKey: 'k1', dedupeWindowMs: 30_000 };
    const a = await direct.createActivity(input, who, now, options);
    const b = await viaPrisma.createActivity(input, who, now, options);
    expect(a.revision).toBe(1);
    expect({ ...a.activity, id: '<id>' }).toEqual({ ...b.activity, id: '<id>' });
    for (const table of ['activity', 'audit_entry', 'ledger_revision']) {
      const ids = [a.activity.id, b.activity.id];
      const stored = await rowsOf(directDb.url, table, ids);
      expect(stored.length).toBe(1);
      const strip = (rows: Record<string, unknown>[]) =>
        rows.map((r) => (table === 'audit_entry' ? { ...r, id: null, hash: null } : r));
      expect(strip(stored)).toEqual(strip(await rowsOf(prismaDb.url, table, ids)));
    }
    expect(await direct.findActivities('overkalix-2018')).toEqual([a.activity]);
    expect(await viaPrisma.findActivities('overkalix-2018')).toEqual([b.activity]);
  });

  it('commits entries that arrive together in one batch, each with its own revision, duplicates once', async () => {
    const db = await freshDatabase();
    const store = await openDirect(db.url);
    const lines = Array.from({ length: 40 }, (_, i) => i);
    const results = await Promise.all(
      lines.flatMap((i) => {
        const entry = newActivity({ note: `pass ${i}`, setKey: i % 2 ? 'overkalix-2018' : 'habo-2018' });
        const options = { dedupeKey: `line ${i}`, dedupeWindowMs: 30_000 };
        // Every fourth line twice in the same batch, as a retried delivery.
        const once = store.createActivity(entry, who, now, options);
        return i % 4 === 0 ? [once, store.createActivity(entry, who, now, options)] : [once];
      }),
    );
    expect(results.filter((r) => r.duplicate)).toHaveLength(10);
    for (const setKey of ['overkalix-2018', 'habo-2018']) {
      const written = results.filter((r) => !r.duplicate && r.activity.setKey === setKey);
      expect(written.map((r) => r.revision).sort((x, y) => x - y)).toEqual(
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      expect(await store.getLedgerRevision(setKey)).toBe(20);
      expect((await store.findActivities(setKey)).map((a) => a.id).sort()).toEqual(
        written.map((r) => r.activity.id).sort(),
      );
    }
    const audit = await rowsOf(db.url, 'audit_entry', []);
    expect(audit).toHaveLength(40);
    // One batch, one chain: every entry linked to the one before, as `loftesbot audit --verify` checks.
    expect(await store.verifyAudit()).toEqual({ ok: true, checked: 40, unchained: 0 });
  });

  it('answers a line sent again with the stored entry and the set revision, as the Prisma path does', async () => {
    const [directDb, prismaDb] = [await freshDatabase(), await freshDatabase()];
    const direct = await openDirect(directDb.url);
    const viaPrisma = await openPrismaOnly(prismaDb.url);
    const options = { dedupeKey: 'k1', dedupeWindowMs: 30_000 };
    const later = new Date(now.getTime() + 5_000);
    for (const store of [direct, viaPrisma]) {
      const first = await store.createActivity(input, who, now, options);
      await store.createActivity(newActivity({ note: 'annan rad' }), who, now, {
        dedupeKey: 'k2',
        dedupeWindowMs: 30_000,
      });
      // Once from a later call, once twice within one batch.
      const again = await store.createActivity(input, who, later, options);
      const [x, y] = await Promise.all([
        store.createActivity(newActivity({ note: 'tredje' }), who, later, {
          dedupeKey: 'k3',
          dedupeWindowMs: 30_000,
        }),
        store.createActivity(newActivity({ note: 'tredje' }), who, later, {
          dedupeKey: 'k3',
          dedupeWindowMs: 30_000,
        }),
      ]);
      expect(again).toEqual({ activity: first.activity, revision: 2, duplicate: true });
      expect([x!.duplicate, y!.duplicate]).toEqual([false, true]);
      expect(y).toEqual({ activity: x!.activity, revision: 3, duplicate: true });
    }
  });

  it('reads revisions and deltas as the Prisma path reads them: entries, undos, edits, a purge of free text', async () => {
    const db = await freshDatabase();
    const direct = await openDirect(db.url);
    const viaPrisma = await openPrismaOnly(db.url);
    const at = (s: number) => new Date(now.getTime() + s * 1000);
    const same = async (since: number) => {
      const [a, b] = await Promise.all([
        direct.getLedgerDelta('overkalix-2018', since),
        viaPrisma.getLedgerDelta('overkalix-2018', since),
      ]);
      expect(a).toEqual(b);
      return a;
    };
    expect(await direct.getLedgerRevision('overkalix-2018')).toBe(0);
    expect(await same(0)).toEqual({ revision: 0, added: [], removed: [] });
    const logged = [];
    for (const [i, note] of ['ett', 'två', null, 'fyra'].entries()) {
      logged.push(await direct.createActivity(newActivity({ note, date: `2018-03-1${i}` }), who, at(i)));
    }
    await viaPrisma.undoActivity(logged[1]!.activity.id, 'slack:T1:U1', who, at(10));
    expect(await direct.getLedgerRevision('overkalix-2018')).toBe(5);
    expect((await same(2)).removed).toEqual([logged[1]!.activity.id]);
    expect((await same(0)).added.map((a) => a.note)).toEqual(['ett', null, 'fyra']);
    expect((await same(5)).added).toEqual([]);
    await viaPrisma.updateActivity(logged[0]!.activity.id, 'slack:T1:U1', { place: 'skolan' }, who, at(11));
    expect((await same(5)).reset).toBe(true);
    await viaPrisma.purgeFreeText('overkalix-2018', who, at(12));
    const reset = await same(6);
    expect(reset).toMatchObject({ revision: 7, removed: [], reset: true });
    expect(reset.added.map((a) => a.note)).toEqual([null, null, null]);
    expect(await same(7)).toEqual({ revision: 7, added: [], removed: [] });
  });

  it('writes a line once when the direct path and the Prisma path log it at the same moment', async () => {
    const db = await freshDatabase();
    const direct = await openDirect(db.url);
    const viaPrisma = await openPrismaOnly(db.url);
    const options = { dedupeKey: 'same line', dedupeWindowMs: 30_000 };
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? direct : viaPrisma).createActivity(input, who, now, options),
      ),
    );
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await direct.findActivities('overkalix-2018')).toHaveLength(1);
  });

  it('fails only the entry that cannot be written, not the rest of its batch', async () => {
    const db = await freshDatabase();
    const store = await openDirect(db.url);
    const results = await Promise.allSettled([
      store.createActivity(newActivity({ note: 'ett' }), who, now),
      // A count beyond PostgreSQL's integer: the row cannot be stored.
      store.createActivity(newActivity({ note: 'två', count: 2 ** 40 }), who, now),
      store.createActivity(newActivity({ note: 'tre' }), who, now),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await store.findActivities('overkalix-2018')).map((a) => a.note).sort()).toEqual(['ett', 'tre']);
    expect(await store.getLedgerRevision('overkalix-2018')).toBe(2);
  });

  it('claims runs as the Prisma path does: the same answers, the same rows', async () => {
    const [directDb, prismaDb] = [await freshDatabase(), await freshDatabase()];
    const stores = [await openDirect(directDb.url), await openPrismaOnly(prismaDb.url)];
    const at = (s: number) => new Date(now.getTime() + s * 1000);
    const answers = [];
    for (const store of stores) {
      const claims = await claimLifecycle(store, at);
      // Two replicas claiming one new key at once: one wins.
      const both = await Promise.all([
        store.claimRun('digest:w14', 'a', at(5), 60_000),
        store.claimRun('digest:w14', 'b', at(5), 60_000),
      ]);
      claims.push(both.filter(Boolean).length === 1);
      // Many at once (one statement on the direct path): new signatures, each sent twice in a row,
      // beside a digest claim with its own staleness taken over in the same moment.
      const burst = await Promise.all([
        ...Array.from({ length: 20 }, (_, i) => [
          store.claimRun(`slack-request:${i}`, 'slack-http', at(10), 600_000),
          store.claimRun(`slack-request:${i}`, 'slack-http', at(10), 600_000),
        ]).flat(),
        store.claimRun('digest:w14', 'c', at(65), 60_000),
      ]);
      // Each signature won once (which of its two deliveries won may differ on the Prisma path).
      const pairs = Array.from({ length: 20 }, (_, i) => burst[2 * i]! !== burst[2 * i + 1]!);
      claims.push(pairs.every(Boolean) && burst[40] === true);
      answers.push(claims);
    }
    expect(answers[0]).toEqual([true, false, true, false, true, false, true, false, false, true, true]);
    expect(answers[1]).toEqual(answers[0]);
    // The racing pair's winner may differ; every other column is the same.
    const rows = async (url: string) =>
      (await rowsOf(url, 'run_claim', [])).map((r) =>
        r.key === 'digest:w14' ? { ...r, claimedBy: '?' } : r,
      );
    expect(await rows(directDb.url)).toEqual(await rows(prismaDb.url));
  });

  it('reads judgements as the Prisma path reads them', async () => {
    const db = await freshDatabase();
    const direct = await openDirect(db.url);
    const viaPrisma = await openPrismaOnly(db.url);
    await expectJudgementsReadAlike(direct, viaPrisma, who, now);
  });

  it('hashes the audit entry over the content verification reads, whatever its text holds', async () => {
    const db = await freshDatabase();
    const store = await openDirect(db.url);
    // Characters JSON escapes, and some it does not (DEL, U+2028, non-ASCII, astral).
    const odd = 'a"b\\c/d\n\r\t\b\f\u0001\u001f\u007f\u2028 åäö 😀 <tag>';
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      for (const row of [
        {
          id: 'x',
          at: now,
          actor: odd,
          platform: 'slack',
          action: 'log',
          entity: 'activity',
          entityId: odd,
          before: null,
          after: JSON.stringify({ place: odd, n: [1, null] }),
        },
        {
          id: odd,
          at: new Date('2018-01-01T00:00:00.000Z'),
          actor: '',
          platform: '',
          action: '',
          entity: '',
          entityId: '',
          before: odd,
          after: null,
        },
      ]) {
        const { rows } = await client.query<{ body: string }>(
          'SELECT "loftesbot_audit_body"($1::jsonb) AS body',
          [JSON.stringify(row)],
        );
        expect(rows[0]!.body).toBe(auditBody(row));
      }
    } finally {
      await client.end();
    }
    // Through the hot write: an actor with those characters, a batch of them, a chain that verifies.
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        store.createActivity(newActivity({ note: `${odd} ${i}` }), { ...who, actor: `${odd}${i}` }, now),
      ),
    );
    expect(await store.verifyAudit()).toEqual({ ok: true, checked: 5, unchained: 0 });
  });
});
