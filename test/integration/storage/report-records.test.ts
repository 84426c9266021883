// Comments on promises (and what the follow-up keeps beside the ledger) on every store: memory, SQLite
// and PostgreSQL. Append-only, attributed, audited, and carried by export / import-data.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/storage/memory-store.ts';
import type { AuditInput, Store } from '../../../src/app/ports.ts';
import { newActivity } from '../../helpers/new-activity.ts';
import { createStoreOpener, findStoreBackends, type StoreBackend } from '../../helpers/store-backends.ts';

const backends = await findStoreBackends('report records');
const openStores = createStoreOpener();
const openFresh = async (backend: StoreBackend): Promise<Store> => (await openStores(backend)).store;

const group: AuditInput = { actor: 'slack:T1:U7', platform: 'slack', action: 'comment' };
const t0 = new Date('2019-01-10T09:00:00.000Z');
const t1 = new Date('2019-01-12T09:00:00.000Z');

describe.each(backends)('Report records: $name', (backend) => {
  it('keeps every comment on a promise, oldest first, attributed and audited', async () => {
    const store = await openFresh(backend);
    await store.addComment(
      {
        setKey: 'overkalix-2018',
        promiseId: 'aktivitetsdag',
        part: null,
        text: 'Ställdes in på grund av sjukdom',
        userId: 'slack:T1:U7',
        userName: 'Anna Berg',
        date: '2019-01-10',
      },
      group,
      t0,
    );
    await store.addComment(
      {
        setKey: 'overkalix-2018',
        promiseId: 'aktivitetsdag',
        part: { slug: 't2-2018', label: 'tertial 2 2018' },
        text: 'Flyttas till våren',
        userId: 'slack:T1:U8',
        userName: null,
        date: '2019-01-12',
      },
      group,
      t1,
    );
    const comments = await store.findComments('overkalix-2018');
    expect(comments.map((c) => [c.text, c.userName, c.part?.label ?? null, c.at])).toEqual([
      ['Ställdes in på grund av sjukdom', 'Anna Berg', null, t0.toISOString()],
      ['Flyttas till våren', null, 'tertial 2 2018', t1.toISOString()],
    ]);
    expect(await store.findComments('other-set')).toEqual([]);
    const audit = await store.findAudit(5);
    expect(audit.filter((a) => a.entity === 'comment').map((a) => a.entityId)).toEqual([
      'overkalix-2018 aktivitetsdag',
      'overkalix-2018 aktivitetsdag',
    ]);

    const copy = createMemoryStore();
    const exported = await store.exportAll();
    expect((await copy.importAll(exported)).ok).toBe(true);
    expect(await copy.findComments('overkalix-2018')).toEqual(comments);
  });

  it('imports spreadsheet rows under one revision, marked and audited, and skips rows imported before', async () => {
    const store = await openFresh(backend);
    const importer: AuditInput = { actor: 'console:anna', platform: 'console', action: 'import-activities' };
    const rows = ['k1#1', 'k1#2', 'k2#1'].map((rowKey, i) => ({
      rowKey,
      activity: newActivity({ date: `2018-01-0${i + 3}`, userId: 'console:anna', platform: 'console' }),
    }));
    const first = await store.importActivities('overkalix-2018', rows, importer, t0);
    expect(first.added).toHaveLength(3);
    expect(first.skipped).toBe(0);
    const again = await store.importActivities(
      'overkalix-2018',
      [...rows, { ...rows[0]!, rowKey: 'k3#1' }],
      importer,
      t1,
    );
    expect(again.added).toHaveLength(1);
    expect(again.skipped).toBe(3);
    expect(again.revision).toBe(first.revision + 1);
    expect(await store.findActivities('overkalix-2018')).toHaveLength(4);
    const data = await store.exportAll();
    expect(data.activities.map((a) => a.dedupeKey).sort()).toEqual([
      'import:k1#1',
      'import:k1#2',
      'import:k2#1',
      'import:k3#1',
    ]);
    expect(data.audit.filter((a) => a.action === 'import-activities')).toHaveLength(4);
    const none = await store.importActivities('overkalix-2018', rows, importer, t1);
    expect(none.added).toEqual([]);
    expect(none.revision).toBe(again.revision);
  });
  it('records one adoption per report, attributed and audited; a second adoption returns the first', async () => {
    const store = await openFresh(backend);
    const chief: AuditInput = { actor: 'slack:T1:U9', platform: 'slack', action: 'adopt-report' };
    const whole = { setKey: 'overkalix-2018', part: null, userId: 'slack:T1:U9', userName: 'Eva Chef' };
    const first = await store.adoptReport({ ...whole, date: '2019-01-10' }, chief, t0);
    expect(first.already).toBe(false);
    const again = await store.adoptReport(
      { ...whole, userId: 'slack:T1:U8', userName: 'Bo Chef', date: '2019-01-12' },
      chief,
      t1,
    );
    expect(again).toEqual({ adoption: first.adoption, already: true });
    const part = await store.adoptReport(
      { ...whole, part: { slug: 't2-2018', label: 'tertial 2 2018' }, date: '2019-01-12' },
      chief,
      t1,
    );
    expect(part.already).toBe(false);
    const adoptions = await store.findAdoptions('overkalix-2018');
    expect(adoptions.map((a) => [a.part?.label ?? null, a.userName, a.date, a.at])).toEqual([
      [null, 'Eva Chef', '2019-01-10', t0.toISOString()],
      ['tertial 2 2018', 'Eva Chef', '2019-01-12', t1.toISOString()],
    ]);
    expect(await store.findAdoptions('other-set')).toEqual([]);
    const audit = await store.findAudit(10);
    expect(audit.filter((a) => a.entity === 'report-adoption').map((a) => [a.actor, a.entityId])).toEqual(
      expect.arrayContaining([
        ['slack:T1:U9', 'overkalix-2018 hela'],
        ['slack:T1:U9', 'overkalix-2018 t2-2018'],
      ]),
    );
    expect(audit.filter((a) => a.entity === 'report-adoption')).toHaveLength(2);

    const copy = createMemoryStore();
    expect((await copy.importAll(await store.exportAll())).ok).toBe(true);
    expect(await copy.findAdoptions('overkalix-2018')).toEqual(adoptions);
  });

  it('keeps one adoption when two replicas adopt the same report at once', async () => {
    const store = await openFresh(backend);
    const chief: AuditInput = { actor: 'slack:T1:U9', platform: 'slack', action: 'adopt-report' };
    const input = (userName: string) => ({
      setKey: 'overkalix-2018',
      part: null,
      userId: 'slack:T1:U9',
      userName,
      date: '2019-01-10',
    });
    const both = await Promise.all([
      store.adoptReport(input('Eva'), chief, t0),
      store.adoptReport(input('Bo'), chief, t0),
    ]);
    expect(both.map((r) => r.already).sort()).toEqual([false, true]);
    expect(both[0]!.adoption.userName).toBe(both[1]!.adoption.userName);
    expect(await store.findAdoptions('overkalix-2018')).toHaveLength(1);
  });
});
