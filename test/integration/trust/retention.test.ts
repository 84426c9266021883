// Retention on a real database (SQLite file, and PostgreSQL when it answers), run by the scheduled job:
// two replicas on one database remove the free text once, with one audit entry; activities and counts
// stay; a replica that had the text in its cache before the purge shows it no more.
import { afterEach, describe, expect, it } from 'vitest';
import { createScheduler } from '../../../src/adapters/scheduler/create-scheduler.ts';
import { removeOldTextJob } from '../../../src/adapters/scheduler/jobs/remove-old-text.ts';
import { openStore } from '../../../src/adapters/storage/open-store.ts';
import type { Store } from '../../../src/app/ports.ts';
import {
  createPostgresDatabase,
  createSqliteDatabase,
  isPostgresAvailable,
  type TestDatabase,
} from '../../helpers/databases.ts';
import { createHarness, SET_KEY, silentLog } from '../../unit/app/app-harness.ts';

let db: TestDatabase | undefined;
const stores: Store[] = [];

afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  await db?.drop();
  db = undefined;
});

async function replica(now: string) {
  const store = await openStore(db!.url);
  stores.push(store);
  const h = await createHarness({ store, now });
  h.deps.retentionMonths = 24;
  return h;
}

const databases = [
  { name: 'SQLite', create: createSqliteDatabase },
  ...((await isPostgresAvailable('retention'))
    ? [{ name: 'PostgreSQL', create: createPostgresDatabase }]
    : []),
];

describe.each(databases)('the nightly retention job on $name', ({ create }) => {
  it('removes the free text once across two replicas when the period is over, and keeps the entries', async () => {
    db = await create();
    const writer = await replica('2018-03-19T08:00:00');
    await writer.run('U5', '/logga medborgarkontakt Centrum "lugnt vid kiosken"');
    await writer.run('U6', '/logga trafikinsats "hastighetskontroll vid skolan"');
    await writer.run('U6', '/logga ångra');
    await writer.run('U7', '/logga medborgarkontakt Skolan igår med <@U9>');
    const group = { actor: 'slack:T1:U8', platform: 'slack' as const, action: 'judge' };
    const about = {
      setKey: SET_KEY,
      promiseId: 'medborgarkontakt',
      userId: 'slack:T1:U8',
      date: '2018-03-19',
    };
    const at = writer.deps.clock.now();
    await writer.deps.store.setJudgement({ ...about, status: 'i fas', reason: 'enligt Eva Lind' }, group, at);
    await writer.deps.store.addComment(
      { ...about, part: null, text: 'Samtalen med Lisa Berg gav mycket', userName: 'Bo Ek' },
      group,
      at,
    );

    // The day before: nothing happens. This replica keeps running and has the text in its cache.
    const early = await replica('2021-01-30T03:30:00');
    await createScheduler(early.deps, silentLog, {}, { jobs: [removeOldTextJob], instanceId: 'a' }).tick();
    const cached = await early.deps.ledger.getActivities(SET_KEY);
    expect(cached.filter((a) => a.note).map((a) => a.note)).toEqual(['lugnt vid kiosken']);
    expect(cached.map((a) => a.participants.length).sort()).toEqual([1, 2]);
    expect((await early.run('U5', '/logga mina')).text).toContain('lugnt vid kiosken');

    const a = await replica('2021-01-31T03:30:00');
    const b = await replica('2021-01-31T03:30:00');
    const auditBefore = await a.deps.store.findAudit(10_000);
    // One after the other: better-sqlite3 waits for a lock synchronously, so two clients in one
    // process cannot overlap (separate processes can; test/integration/storage covers that).
    await createScheduler(a.deps, silentLog, {}, { jobs: [removeOldTextJob], instanceId: 'a' }).tick();
    await createScheduler(b.deps, silentLog, {}, { jobs: [removeOldTextJob], instanceId: 'b' }).tick();

    const audit = await a.deps.store.findAudit(10_000);
    expect(audit.slice(1)).toEqual(auditBefore);
    expect(audit[0]).toMatchObject({
      action: 'remove-free-text',
      entityId: SET_KEY,
      before: { notes: 2, places: 0, partners: 0, participants: 1, reasons: 1, comments: 1 },
      after: { notes: 0, participants: 0, reasons: 0, comments: 0 },
    });
    expect(await a.deps.store.verifyAudit()).toMatchObject({ ok: true });
    expect(await a.deps.store.findActivities(SET_KEY)).toHaveLength(2);
    const everything = JSON.stringify(await a.deps.store.exportAll());
    for (const text of ['kiosken', 'hastighetskontroll', 'Eva Lind', 'Lisa Berg', 'Bo Ek', 'U9']) {
      expect(everything).not.toContain(text);
    }
    expect(await a.deps.store.getRun('remove-old-text:2021-01-31')).toMatchObject({
      sentAt: expect.any(String),
    });

    // The replica that cached the text before the purge: the bumped revision makes it drop it.
    const after = await early.deps.ledger.getActivities(SET_KEY);
    expect(after.map((x) => x.note)).toEqual([null, null]);
    expect(after.map((x) => x.participants.length)).toEqual([1, 1]);
    expect((await early.run('U5', '/logga mina')).text).not.toContain('kiosken');
  });
});
