// A real database going away mid-command: SQLite locked by another process past the busy timeout,
// and PostgreSQL behind a TCP proxy that is cut (between commands, and inside the write transaction).
// Each time: the Swedish "kommer inte åt databasen", nothing half-written, and the next command after
// recovery works.
import { connect, createServer, type Server, type Socket } from 'node:net';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { getSqlitePath } from '../../../src/adapters/storage/database-url.ts';
import { openStore } from '../../../src/adapters/storage/open-store.ts';
import type { Store } from '../../../src/app/ports.ts';
import {
  createPostgresDatabase,
  createSqliteDatabase,
  isPostgresAvailable,
  type TestDatabase,
} from '../../helpers/databases.ts';
import { createHarness, SET_KEY } from '../../unit/app/app-harness.ts';

const UNAVAILABLE = 'kommer inte åt databasen';

let db: TestDatabase | undefined;
let store: Store | undefined;
afterEach(async () => {
  // After a connection died inside a transaction, the driver's pool never gets that client back and
  // its end() waits for it forever: close what can be closed, then move on.
  const closed = store?.close().catch(() => {});
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2000))]);
  store = undefined;
  await db?.drop();
  db = undefined;
});

async function counts(s: Store) {
  return {
    activities: (await s.findActivities(SET_KEY)).length,
    audit: (await s.findAudit(100_000)).length,
    revision: await s.getLedgerRevision(SET_KEY),
  };
}

describe('SQLite locked by another process', () => {
  it('answers that the database is busy, writes nothing, and works once the lock is gone', async () => {
    db = await createSqliteDatabase();
    store = await openStore(db.url);
    const h = await createHarness({ store });
    expect((await h.run('U5', '/logga medborgarkontakt Skolan igår')).ok).toBe(true);
    const before = await counts(store);

    // Another connection holds the write lock for longer than the store waits for it (2.5 s, on
    // timers: test/e2e/slack/sqlite-lock.test.ts shows the event loop serving meanwhile).
    const other = new Database(getSqlitePath(db.url));
    other.exec('BEGIN EXCLUSIVE');
    const reply = await h.run('U6', '/logga medborgarkontakt Centrum "kvällspass"');
    other.exec('ROLLBACK');
    other.close();

    expect(reply.ok).toBe(false);
    expect(reply.error?.code).toBe('busy');
    expect(reply.text).toContain('Databasen är upptagen just nu');
    expect(reply.text).toContain('inget sparades');
    expect(await counts(store)).toEqual(before);

    const again = await h.run('U6', '/logga medborgarkontakt Centrum "kvällspass"');
    expect(again.ok, again.text).toBe(true);
    expect(again.text).toMatch(/^Loggat: medborgarkontakt · Centrum/);
    expect((await counts(store)).activities).toBe(before.activities + 1);
  }, 30_000);
});

/** A TCP proxy to PostgreSQL that can be cut (refusing and dropping connections) and restored. */
async function startCuttableProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  /** Cut every connection as soon as the client sends this text (a statement inside a transaction). */
  let cutOn: string | null = null;

  const cut = async () => {
    for (const s of sockets) s.destroy();
    sockets.clear();
    const s = server;
    server = undefined;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  const listen = async () => {
    server = createServer((client) => {
      const upstream = connect(target.port, target.host);
      sockets.add(client);
      sockets.add(upstream);
      client.on('data', (chunk: Buffer) => {
        if (cutOn !== null && chunk.includes(cutOn)) {
          cutOn = null;
          void cut();
          return;
        }
        upstream.write(chunk);
      });
      upstream.on('data', (chunk) => client.write(chunk));
      const close = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on('error', close).on('close', close);
      upstream.on('error', close).on('close', close);
    });
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    port = (server!.address() as { port: number }).port;
  };
  await listen();
  return {
    get port() {
      return port;
    },
    cut,
    restore: listen,
    cutWhenClientSends(text: string) {
      cutOn = text;
    },
    close: cut,
  };
}

const hasPostgres = await isPostgresAvailable('database outage');

describe.runIf(hasPostgres)('PostgreSQL unreachable', () => {
  async function setUp() {
    db = await createPostgresDatabase();
    const url = new URL(db.url);
    const proxy = await startCuttableProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.host = `127.0.0.1:${proxy.port}`;
    store = await openStore(url.toString());
    const h = await createHarness({ store });
    expect((await h.run('U5', '/logga medborgarkontakt Skolan igår')).ok).toBe(true);
    // A direct connection, to look at the database while the bot's is cut.
    const direct = await openStore(db.url);
    return { h, proxy, direct };
  }

  it('between commands: every command gets the answer, and the bot recovers when the database returns', async () => {
    const { h, proxy, direct } = await setUp();
    try {
      const before = await counts(direct);
      await proxy.cut();
      for (const line of ['/logga medborgarkontakt Centrum', '/logga ångra', '/status']) {
        const reply = await h.run('U5', line);
        expect(reply.error?.code, line).toBe('unavailable');
        expect(reply.text).toContain(UNAVAILABLE);
      }
      expect(await counts(direct)).toEqual(before);

      await proxy.restore();
      const again = await h.run('U5', '/logga medborgarkontakt Centrum');
      expect(again.ok, again.text).toBe(true);
      expect((await counts(direct)).activities).toBe(before.activities + 1);
    } finally {
      await direct.close();
      await proxy.close();
    }
  }, 60_000);

  it('inside the write transaction: the entry written before the cut is rolled back with it', async () => {
    const { h, proxy, direct } = await setUp();
    try {
      const before = await counts(direct);
      // The hot write is one call of the log function (activity, audit entry and revision inside one
      // statement, prepared once by name): the connection dies as it is sent, so the write is cut inside it.
      proxy.cutWhenClientSends('loftesbot-log-activities');
      const reply = await h.run('U6', '/logga medborgarkontakt Centrum "kvällspass"');
      expect(reply.error?.code).toBe('unavailable');
      expect(reply.text).toContain(UNAVAILABLE);
      expect(await counts(direct)).toEqual(before);

      await proxy.restore();
      const again = await h.run('U6', '/logga medborgarkontakt Centrum "kvällspass"');
      expect(again.ok, again.text).toBe(true);
      expect(again.text).not.toContain('Redan loggat');
      const after = await counts(direct);
      expect(after.activities).toBe(before.activities + 1);
      expect(after.audit).toBe(before.audit + 1);
    } finally {
      await direct.close();
      await proxy.close();
    }
  }, 60_000);
});
