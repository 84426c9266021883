// The WAL goes back into the database file from the checkpoint worker, not from the bot's commits.
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applySqliteMigrations } from '../../../src/adapters/storage/apply-migrations.ts';
import { getSqlitePath } from '../../../src/adapters/storage/database-url.ts';
import { createCheckpointer, SAFETY_NET_PAGES } from '../../../src/adapters/storage/sqlite-checkpointer.ts';
import { createDirectWriter } from '../../../src/adapters/storage/sqlite-direct.ts';
import { createSqliteDatabase } from '../../helpers/databases.ts';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const done of cleanup.splice(0).reverse()) await done();
});

async function open(timing: { intervalMs: number; idleRounds: number; restartFrames?: number }) {
  const test = await createSqliteDatabase();
  cleanup.push(() => test.drop());
  const path = getSqlitePath(test.url);
  mkdirSync(dirname(path), { recursive: true });
  applySqliteMigrations(path);
  const db = new Database(path);
  db.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
  cleanup.push(() => {
    db.close();
  });
  const checkpointer = createCheckpointer(path, timing);
  cleanup.push(() => checkpointer.stop());
  const writer = createDirectWriter(db, checkpointer);
  const now = new Date('2018-03-20T10:00:00Z');
  let n = 0;
  const log = () =>
    writer.logActivity({
      setKey: 'overkalix-2018',
      dedupe: null,
      rows: (revision) => {
        const id = `a${n++}`;
        return {
          activity: {
            id,
            setKey: 'overkalix-2018',
            promiseIds: '["medborgarkontakt"]',
            date: '2018-03-20',
            time: null,
            place: 'centrum',
            count: 1,
            partners: '[]',
            targetGroups: '[]',
            methods: '[]',
            participants: '["console:anna"]',
            note: `pass ${id}`,
            planned: false,
            figures: '{}',
            userId: 'console:anna',
            platform: 'console',
            loggedAt: now,
            createdRevision: revision,
            undoneAt: null,
            undoneBy: null,
            undoneRevision: null,
            dedupeKey: null,
          },
          audit: {
            id: `audit-${id}`,
            at: now,
            actor: 'console:anna',
            platform: 'console',
            action: 'log',
            entity: 'activity',
            entityId: id,
            before: null,
            after: null,
            seq: null,
            prevHash: null,
            hash: null,
          },
        };
      },
    });
  return { path, checkpointer, log };
}

async function until(condition: () => boolean, ms = 5000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return condition();
}

describe('WAL checkpoints', () => {
  it('copy the entries into the database file while the bot only appends to the log', async () => {
    const { path, checkpointer, log } = await open({ intervalMs: 50, idleRounds: 1000 });
    const before = statSync(path).size;
    // Far below the safety net: the bot's own connection never checkpoints these.
    for (let i = 0; i < 200; i++) await log();
    expect(checkpointer.running()).toBe(true);
    expect(await until(() => statSync(path).size > before)).toBe(true);
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM activity').pluck().get()).toBe(200);
    db.close();
  });

  it('end after a quiet spell and start again with the next write', async () => {
    const { checkpointer, log } = await open({ intervalMs: 20, idleRounds: 3 });
    expect(checkpointer.running()).toBe(false);
    await log();
    expect(checkpointer.running()).toBe(true);
    expect(await until(() => !checkpointer.running())).toBe(true);
    await log();
    expect(checkpointer.running()).toBe(true);
  });

  it('start the log over while writes keep coming, so it does not grow without end', async () => {
    const { path, log } = await open({ intervalMs: 20, idleRounds: 1000, restartFrames: 200 });
    await log();
    await new Promise((resolve) => setTimeout(resolve, 300)); // the worker thread is up
    // Entries as requests bring them, with the event loop's other work in between. Without a
    // restart, 1 500 entries of about 10 pages each leave a log of some 40 MB.
    for (let i = 0; i < 1500; i++) {
      await log();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(statSync(`${path}-wal`).size).toBeLessThan(16 * 1024 * 1024);
  });
});
