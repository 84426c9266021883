// Retention: notes go a configured number of months after the report date; entries and counts stay.
import { describe, expect, it } from 'vitest';
import { addMonths, removeOldNotes } from '../../../src/app/retention/remove-old-notes.ts';
import { createHarness, type Harness, SET_KEY } from './app-harness.ts';

const at = (iso: string) => new Date(iso);

async function withNotes(h: Harness) {
  await h.run('U5', '/logga medborgarkontakt Centrum "lugnt vid kiosken"');
  await h.run('U5', '/logga medborgarkontakt Skolan igår "samtal om mopeder"');
  await h.run('U6', '/logga trafikinsats "hastighetskontroll vid skolan"');
  await h.run('U6', '/logga ångra');
  await h.run('U7', '/logga medborgarkontakt Centrum');
}

describe('removing old notes', () => {
  it('keeps notes until the retention period after the report date is over, then removes them all', async () => {
    const h = await createHarness();
    await withNotes(h);
    // Överkalix 2018: report due 2019-01-31; 24 months later is 2021-01-31 (Stockholm time).
    expect(await removeOldNotes(h.deps, 24, at('2021-01-30T22:59:00Z'))).toEqual([]);
    expect((await h.deps.store.findActivities(SET_KEY)).filter((a) => a.note).length).toBe(2);

    h.setNow('2021-01-31T09:00:00');
    const statusBefore = (await h.run('U5', '/status')).text;
    const removed = await removeOldNotes(h.deps, 24, at('2021-01-30T23:00:00Z'));
    expect(removed).toEqual([{ setKey: SET_KEY, removeFrom: '2021-01-31', cleared: 3 }]);

    const activities = await h.deps.store.findActivities(SET_KEY);
    expect(activities).toHaveLength(3);
    expect(activities.map((a) => a.note)).toEqual([null, null, null]);
    // Undone entries lose theirs too, and so does the audit trail; counts and status stay.
    const everything = JSON.stringify(await h.deps.store.exportAll());
    for (const note of ['kiosken', 'mopeder', 'hastighetskontroll']) expect(everything).not.toContain(note);
    expect((await h.run('U5', '/status')).text).toBe(statusBefore);
    expect((await h.deps.ledger.getActivities(SET_KEY)).every((a) => a.note === null)).toBe(true);
  });

  it('leaves one audit entry saying how many notes went, and none on a later run with nothing left', async () => {
    const h = await createHarness();
    await withNotes(h);
    await removeOldNotes(h.deps, 6, at('2019-08-01T10:00:00Z'));
    const [entry] = await h.deps.store.findAudit(1);
    expect(entry).toMatchObject({
      actor: 'system:retention',
      action: 'remove-notes',
      entity: 'promise-set',
      entityId: SET_KEY,
      before: { notes: 3 },
      after: { notes: 0 },
    });
    const count = (await h.deps.store.findAudit(10_000)).length;
    expect(await removeOldNotes(h.deps, 6, at('2019-08-02T10:00:00Z'))).toEqual([]);
    expect((await h.deps.store.findAudit(10_000)).length).toBe(count);
  });

  it('a note logged after the clearing is kept until the next run', async () => {
    const h = await createHarness();
    await withNotes(h);
    await removeOldNotes(h.deps, 1, at('2019-03-01T10:00:00Z'));
    await h.run('U8', '/logga medborgarkontakt Centrum "efterregistrerat"');
    expect((await h.deps.store.findActivities(SET_KEY)).filter((a) => a.note).map((a) => a.note)).toEqual([
      'efterregistrerat',
    ]);
    expect(await removeOldNotes(h.deps, 1, at('2019-03-02T10:00:00Z'))).toMatchObject([{ cleared: 1 }]);
  });

  it('counts calendar months and stays inside short months', () => {
    expect(addMonths('2019-01-31', 24)).toBe('2021-01-31');
    expect(addMonths('2019-01-31', 1)).toBe('2019-02-28');
    expect(addMonths('2019-01-31', 13)).toBe('2020-02-29');
    expect(addMonths('2019-11-15', 3)).toBe('2020-02-15');
  });
});

describe('the retention job in the running scheduler', () => {
  it('runs at start (catch-up tick) with the configured months', async () => {
    const { startScheduler } = await import('../../../src/adapters/scheduler/index.ts');
    const h = await createHarness();
    await withNotes(h);
    h.deps.retentionMonths = 3;
    h.setNow('2019-05-01T04:00:00');
    const scheduler = startScheduler(h.deps, h.deps.log, {});
    try {
      const until = Date.now() + 5000;
      while ((await h.deps.store.findAudit(1))[0]?.action !== 'remove-notes' && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await scheduler.stop();
    }
    expect((await h.deps.store.findAudit(1))[0]).toMatchObject({
      action: 'remove-notes',
      before: { notes: 3 },
    });
    expect((await h.deps.store.findActivities(SET_KEY)).every((a) => a.note === null)).toBe(true);
  });
});
