// Concurrency through the command entry on real databases: two undos at once undo one entry, the same
// line delivered several times at once is stored once, and 50 officers logging at once all land.
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/storage/open-store.ts';
import type { Store } from '../../../src/app/ports.ts';
import { undoById } from '../../../src/app/undo-activity.ts';
import {
  createPostgresDatabase,
  createSqliteDatabase,
  isPostgresAvailable,
  type TestDatabase,
} from '../../helpers/databases.ts';
import { CHANNEL, createHarness, SET_KEY } from '../../unit/app/app-harness.ts';

const databases = [
  { name: 'SQLite', create: createSqliteDatabase },
  ...((await isPostgresAvailable('idempotency'))
    ? [{ name: 'PostgreSQL', create: createPostgresDatabase }]
    : []),
];

let db: TestDatabase | undefined;
let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
  await db?.drop();
  db = undefined;
});

describe.each(databases)('idempotency on $name', ({ create }) => {
  async function setUp() {
    db = await create();
    store = await openStore(db.url);
    return createHarness({ store });
  }

  it('two /logga ångra at once undo one entry', async () => {
    const h = await setUp();
    await h.run('U5', '/logga medborgarkontakt Skolan igår');
    await h.run('U5', '/logga medborgarkontakt Centrum');
    const audit = (await store!.findAudit(10_000)).length;

    const replies = await Promise.all([h.run('U5', '/logga ångra'), h.run('U5', '/logga ångra')]);

    expect(
      replies.filter((r) => r.ok && r.text.startsWith('Ångrat: medborgarkontakt · Centrum')),
    ).toHaveLength(1);
    // The second is the first sent twice: it repeats the answer and undoes nothing more.
    expect(
      replies.filter((r) => r.ok && r.text.startsWith('Redan ångrat: medborgarkontakt · Centrum')),
    ).toHaveLength(1);
    expect((await store!.findActivities(SET_KEY)).map((a) => a.place)).toEqual(['skolan']);
    expect((await store!.findAudit(10_000)).length).toBe(audit + 1);
  });

  it('a second /logga ångra after the first one has answered undoes the next entry', async () => {
    const h = await setUp();
    await h.run('U5', '/logga medborgarkontakt Skolan igår');
    await h.run('U5', '/logga medborgarkontakt Centrum');
    expect((await h.run('U5', '/logga ångra')).text).toMatch(/^Ångrat: medborgarkontakt · Centrum/);
    expect((await h.run('U5', '/logga ångra')).text).toMatch(/^Ångrat: medborgarkontakt · Skolan/);
    expect(await store!.findActivities(SET_KEY)).toEqual([]);
  });

  it('the Ångra button pressed twice at once undoes the entry once', async () => {
    const h = await setUp();
    const logged = await h.run('U5', '/logga medborgarkontakt Centrum');
    const id = logged.actions?.find((a) => a.kind === 'undo')?.activityId ?? '';
    const bound = {
      binding: (await store!.getChannel(CHANNEL))!,
      set: (await store!.getPromiseSet(SET_KEY))!,
    };

    const replies = await Promise.all([
      undoById(h.deps, h.ctx('U5'), bound, id),
      undoById(h.deps, h.ctx('U5'), bound, id),
    ]);

    expect(replies.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(await store!.findActivities(SET_KEY)).toEqual([]);
    expect(
      (await store!.findAudit(10_000)).filter((e) => e.entityId === id && e.action === 'undo'),
    ).toHaveLength(1);
  });

  it('the same line delivered five times at once is stored once', async () => {
    const h = await setUp();
    const line = '/logga medborgarkontakt Centrum "kvällspass"';
    const replies = await Promise.all(Array.from({ length: 5 }, () => h.run('U5', line)));
    expect(replies.every((r) => r.ok)).toBe(true);
    expect(replies.filter((r) => r.text.startsWith('Loggat:'))).toHaveLength(1);
    expect(replies.filter((r) => r.text.startsWith('Redan loggat:'))).toHaveLength(4);
    expect(await store!.findActivities(SET_KEY)).toHaveLength(1);
  });

  it('50 officers logging the same line at once all land, each once', async () => {
    const h = await setUp();
    const users = Array.from({ length: 50 }, (_, i) => `U${100 + i}`);
    const revision = await store!.getLedgerRevision(SET_KEY);

    const replies = await Promise.all(users.map((u) => h.run(u, '/logga medborgarkontakt Centrum')));

    expect(replies.filter((r) => r.ok && r.text.startsWith('Loggat:'))).toHaveLength(50);
    const activities = await store!.findActivities(SET_KEY);
    expect(activities.map((a) => a.userId).sort()).toEqual(users.map((u) => `slack:T1:${u}`).sort());
    expect(await store!.getLedgerRevision(SET_KEY)).toBe(revision + 50);
    // The status every later command sees counts all 50.
    expect((await h.run('U100', '/status')).text).toContain('50 denna vecka');
  }, 30_000);
});
