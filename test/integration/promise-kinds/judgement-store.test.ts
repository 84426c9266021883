// Judgements of judged promises are kept by every store, newest last, with an audit entry.
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/storage/memory-store.ts';
import { openStore } from '../../../src/adapters/storage/open-store.ts';
import type { Store } from '../../../src/app/ports.ts';
import {
  createPostgresDatabase,
  createSqliteDatabase,
  isPostgresAvailable,
  type TestDatabase,
} from '../../helpers/databases.ts';

const withPostgres = await isPostgresAvailable('judgement store');
const backends: { name: string; create: () => Promise<TestDatabase | null> }[] = [
  { name: 'memory', create: async () => null },
  { name: 'sqlite', create: createSqliteDatabase },
  ...(withPostgres ? [{ name: 'postgresql', create: createPostgresDatabase }] : []),
];
const opened: { store: Store; db: TestDatabase | null }[] = [];

afterEach(async () => {
  for (const { store, db } of opened.splice(0)) {
    await store.close();
    await db?.drop();
  }
});

describe.each(backends)('judgements in $name', (backend) => {
  it('stores judgements per set, oldest first, and audits them', async () => {
    const db = await backend.create();
    const store = db ? await openStore(db.url) : createMemoryStore();
    opened.push({ store, db });
    const audit = { actor: 'slack:T1:U1', platform: 'slack' as const, action: 'bedöm' };
    const first = await store.setJudgement(
      {
        setKey: 'mala-2024',
        promiseId: 'ungdomsinsatser',
        status: 'släpar',
        reason: 'två insatser inställda',
        userId: 'slack:T1:U1',
        date: '2024-04-02',
      },
      audit,
      new Date('2024-04-02T08:00:00.000Z'),
    );
    expect(first.at).toBe('2024-04-02T08:00:00.000Z');
    await store.setJudgement(
      {
        setKey: 'mala-2024',
        promiseId: 'ungdomsinsatser',
        status: 'i fas',
        reason: null,
        userId: 'slack:T1:U2',
        date: '2024-05-03',
      },
      audit,
      new Date('2024-05-03T08:00:00.000Z'),
    );
    await store.setJudgement(
      {
        setKey: 'other-2024',
        promiseId: 'x',
        status: 'uppfyllt',
        reason: null,
        userId: 'slack:T1:U2',
        date: '2024-05-03',
      },
      audit,
      new Date('2024-05-03T09:00:00.000Z'),
    );
    const found = await store.findJudgements('mala-2024');
    expect(found.map((j) => [j.status, j.reason, j.userId, j.date])).toEqual([
      ['släpar', 'två insatser inställda', 'slack:T1:U1', '2024-04-02'],
      ['i fas', null, 'slack:T1:U2', '2024-05-03'],
    ]);
    const trail = await store.findAudit(10);
    expect(trail.filter((e) => e.entity === 'judgement')).toHaveLength(3);
    // Moving the database keeps them (loftesbot export / import-data).
    const exported = await store.exportAll();
    expect(exported.judgements).toHaveLength(3);
    const target = await backend.create();
    const copy = target ? await openStore(target.url) : createMemoryStore();
    opened.push({ store: copy, db: target });
    expect((await copy.importAll(exported)).ok).toBe(true);
    expect(await copy.findJudgements('mala-2024')).toEqual(found);
    expect((await copy.importAll(exported)).ok).toBe(false);
  });
});
