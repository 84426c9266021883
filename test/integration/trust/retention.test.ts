// Retention on a real database (SQLite file, and PostgreSQL when it answers), run by the scheduled job: two replicas on one database clear the
// notes once, with one audit entry; activities and counts stay.
import { afterEach, describe, expect, it } from 'vitest';
import { createScheduler } from '../../../src/adapters/scheduler/create-scheduler.ts';
import { removeOldNotesJob } from '../../../src/adapters/scheduler/jobs/remove-old-notes.ts';
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
  it('removes the notes once across two replicas when the period is over, and keeps the entries', async () => {
    db = await create();
    const writer = await replica('2018-03-19T08:00:00');
    await writer.run('U5', '/logga medborgarkontakt Centrum "lugnt vid kiosken"');
    await writer.run('U6', '/logga trafikinsats "hastighetskontroll vid skolan"');
    await writer.run('U6', '/logga ångra');
    await writer.run('U7', '/logga medborgarkontakt Skolan igår');

    // The day before: nothing happens.
    const early = await replica('2021-01-30T03:30:00');
    await createScheduler(early.deps, silentLog, {}, { jobs: [removeOldNotesJob], instanceId: 'a' }).tick();
    expect((await early.deps.store.findActivities(SET_KEY)).filter((a) => a.note)).toHaveLength(1);

    const a = await replica('2021-01-31T03:30:00');
    const b = await replica('2021-01-31T03:30:00');
    const auditBefore = (await a.deps.store.findAudit(10_000)).length;
    // One after the other: better-sqlite3 waits for a lock synchronously, so two clients in one
    // process cannot overlap (separate processes can; test/integration/storage covers that).
    await createScheduler(a.deps, silentLog, {}, { jobs: [removeOldNotesJob], instanceId: 'a' }).tick();
    await createScheduler(b.deps, silentLog, {}, { jobs: [removeOldNotesJob], instanceId: 'b' }).tick();

    const audit = await a.deps.store.findAudit(10_000);
    expect(audit.length).toBe(auditBefore + 1);
    expect(audit[0]).toMatchObject({
      action: 'remove-notes',
      entityId: SET_KEY,
      before: { notes: 2 },
      after: { notes: 0 },
    });
    expect(await a.deps.store.findActivities(SET_KEY)).toHaveLength(2);
    const everything = JSON.stringify(await a.deps.store.exportAll());
    expect(everything).not.toContain('kiosken');
    expect(everything).not.toContain('hastighetskontroll');
    expect(await a.deps.store.getRun('remove-old-notes:2021-01-31')).toMatchObject({
      sentAt: expect.any(String),
    });
  });
});
