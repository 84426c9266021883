// Retention: free text goes a configured number of months after the report date; entries and counts stay.
import { describe, expect, it } from 'vitest';
import { addMonths, removeOldText } from '../../../src/app/retention/remove-old-text.ts';
import { createHarness, type Harness, SET_KEY } from './app-harness.ts';

const at = (iso: string) => new Date(iso);

async function withNotes(h: Harness) {
  await h.run('U5', '/logga medborgarkontakt Centrum "lugnt vid kiosken"');
  await h.run('U5', '/logga medborgarkontakt Skolan igår "samtal om mopeder"');
  await h.run('U6', '/logga trafikinsats "hastighetskontroll vid skolan"');
  await h.run('U6', '/logga ångra');
  await h.run('U7', '/logga medborgarkontakt Centrum med <@U9>');
  const now = h.deps.clock.now();
  const group = { actor: 'slack:T1:U8', platform: 'slack' as const, action: 'judge' };
  const about = { setKey: SET_KEY, promiseId: 'medborgarkontakt', userId: 'slack:T1:U8', date: '2018-03-19' };
  await h.deps.store.setJudgement(
    { ...about, status: 'i fas', reason: 'enligt Eva Lind på skolan' },
    group,
    now,
  );
  await h.deps.store.addComment(
    { ...about, part: null, text: 'Samtalen med Lisa Berg gav mycket', userName: 'Bo Ek' },
    group,
    now,
  );
}

const FREE_TEXT = ['kiosken', 'mopeder', 'hastighetskontroll', 'Eva Lind', 'Lisa Berg', 'Bo Ek', 'U9'];

describe('removing old notes', () => {
  it('keeps notes until the retention period after the report date is over, then removes them all', async () => {
    const h = await createHarness();
    await withNotes(h);
    // Överkalix 2018: report due 2019-01-31; 24 months later is 2021-01-31 (Stockholm time).
    expect(await removeOldText(h.deps, 24, at('2021-01-30T22:59:00Z'))).toEqual([]);
    expect((await h.deps.store.findActivities(SET_KEY)).filter((a) => a.note).length).toBe(2);

    h.setNow('2021-01-31T09:00:00');
    const statusBefore = (await h.run('U5', '/status')).text;
    const removed = await removeOldText(h.deps, 24, at('2021-01-30T23:00:00Z'));
    expect(removed).toEqual([
      {
        setKey: SET_KEY,
        removeFrom: '2021-01-31',
        removed: { notes: 3, places: 0, partners: 0, participants: 1, reasons: 1, comments: 1 },
      },
    ]);

    const activities = await h.deps.store.findActivities(SET_KEY);
    expect(activities).toHaveLength(3);
    expect(activities.map((a) => a.note)).toEqual([null, null, null]);
    // Undone entries lose theirs too; the audit trail never held it; counts and status stay.
    const everything = JSON.stringify(await h.deps.store.exportAll());
    for (const text of FREE_TEXT) expect(everything).not.toContain(text);
    expect(activities.map((a) => a.participants)).toEqual([
      ['slack:T1:U5'],
      ['slack:T1:U5'],
      ['slack:T1:U7'],
    ]);
    expect(await h.deps.store.findJudgements(SET_KEY)).toMatchObject([{ status: 'i fas', reason: null }]);
    expect(await h.deps.store.findComments(SET_KEY)).toEqual([]);
    expect((await h.run('U5', '/status')).text).toBe(statusBefore);
    expect((await h.deps.ledger.getActivities(SET_KEY)).every((a) => a.note === null)).toBe(true);
  });

  it('leaves one audit entry saying how much went, and none on a later run with nothing left', async () => {
    const h = await createHarness();
    await withNotes(h);
    await removeOldText(h.deps, 6, at('2019-08-01T10:00:00Z'));
    const [entry] = await h.deps.store.findAudit(1);
    expect(entry).toMatchObject({
      actor: 'system:retention',
      action: 'remove-free-text',
      entity: 'promise-set',
      entityId: SET_KEY,
      before: { notes: 3, participants: 1, reasons: 1, comments: 1 },
      after: { notes: 0, participants: 0, reasons: 0, comments: 0 },
    });
    const count = (await h.deps.store.findAudit(10_000)).length;
    expect(await removeOldText(h.deps, 6, at('2019-08-02T10:00:00Z'))).toEqual([]);
    expect((await h.deps.store.findAudit(10_000)).length).toBe(count);
  });

  it('a note logged after the clearing is kept until the next run', async () => {
    const h = await createHarness();
    await withNotes(h);
    await removeOldText(h.deps, 1, at('2019-03-01T10:00:00Z'));
    await h.run('U8', '/logga medborgarkontakt Centrum "efterregistrerat"');
    expect((await h.deps.store.findActivities(SET_KEY)).filter((a) => a.note).map((a) => a.note)).toEqual([
      'efterregistrerat',
    ]);
    expect(await removeOldText(h.deps, 1, at('2019-03-02T10:00:00Z'))).toMatchObject([
      { removed: { notes: 1 } },
    ]);
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
      while ((await h.deps.store.findAudit(1))[0]?.action !== 'remove-free-text' && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await scheduler.stop();
    }
    expect((await h.deps.store.findAudit(1))[0]).toMatchObject({
      action: 'remove-free-text',
      before: { notes: 3 },
    });
    expect((await h.deps.store.findActivities(SET_KEY)).every((a) => a.note === null)).toBe(true);
  });
});
