// `logga ändra` in storage: an entry changed in place, on SQLite and PostgreSQL (and the memory fake
// the unit tests use). The audit keeps both versions, and another replica's ledger cache sees the change.
import { describe, expect, it } from 'vitest';
import { knownIdsOf, redactFreeText } from '../../../src/adapters/storage/audit-chain.ts';
import { createLedgerCache } from '../../../src/app/ledger-cache.ts';
import type { AuditInput } from '../../../src/app/ports.ts';
import { createContactSet } from '../../helpers/contact-set.ts';
import { newActivity } from '../../helpers/new-activity.ts';
import { createStoreOpener, findStoreBackends, type StoreBackend } from '../../helpers/store-backends.ts';

const backends = await findStoreBackends('update activity');
const openStores = createStoreOpener();

const SET = 'overkalix-2018';
const anna: AuditInput = { actor: 'slack:T1:U1', platform: 'slack', action: 'edit' };
const t0 = new Date('2018-03-20T09:00:00.000Z');
const t1 = new Date('2018-03-20T09:05:00.000Z');
const def = createContactSet({
  places: [
    { id: 'centrum', name: 'Centrum' },
    { id: 'skolan', name: 'Skolan' },
  ],
});

/** The backend's store (and its replicas) with the set saved. */
async function open(backend: StoreBackend) {
  const opened = await openStores(backend);
  await opened.store.savePromiseSet(def, { ...anna, action: 'import' }, t0);
  return opened;
}

describe.each(backends)('updateActivity on $name', (backend) => {
  it('changes only the given fields, keeps who and when, and audits before and after', async () => {
    const { store } = await open(backend);
    const { activity } = await store.createActivity(
      newActivity({ promiseIds: ['medborgarkontakt'] }),
      anna,
      t0,
    );
    const revision = await store.getLedgerRevision(SET);
    const result = await store.updateActivity(
      activity.id,
      'slack:T1:U1',
      { place: 'skolan', count: 5, date: '2018-03-19' },
      anna,
      t1,
    );
    expect(result?.revision).toBe(revision + 1);
    expect(result?.before).toEqual(activity);
    const expected = { ...activity, place: 'skolan', count: 5, date: '2018-03-19' };
    expect(result?.activity).toEqual(expected);
    expect(await store.findActivities(SET)).toEqual([expected]);
    expect(await store.findUserActivities('slack:T1:U1', 10, SET)).toEqual([expected]);
    const [entry] = await store.findAudit(1);
    expect(entry).toMatchObject({ action: 'edit', entity: 'activity', entityId: activity.id });
    // The trail keeps free text (the note, a partner not in the file) only as a hash; the file's
    // places stay readable.
    expect(entry?.before).toEqual(redactFreeText(activity, knownIdsOf(def)));
    expect(entry?.after).toEqual(redactFreeText(expected, knownIdsOf(def)));
    expect(entry?.after).toMatchObject({ place: 'skolan', note: expect.stringMatching(/^sha256:/) });
  });

  it("changes nothing in an undone entry or in someone else's", async () => {
    const { store } = await open(backend);
    const mine = await store.createActivity(newActivity(), anna, t0);
    const theirs = await store.createActivity(
      newActivity({ userId: 'slack:T1:U2', date: '2018-03-18' }),
      { ...anna, actor: 'slack:T1:U2' },
      t0,
    );
    await store.undoActivity(mine.activity.id, 'slack:T1:U1', anna, t0);
    const revision = await store.getLedgerRevision(SET);
    const ledger = await store.findActivities(SET);
    expect(await store.updateActivity(mine.activity.id, 'slack:T1:U1', { count: 9 }, anna, t1)).toBeNull();
    expect(await store.updateActivity(theirs.activity.id, 'slack:T1:U1', { count: 9 }, anna, t1)).toBeNull();
    expect(await store.getLedgerRevision(SET)).toBe(revision);
    expect(await store.findActivities(SET)).toEqual(ledger);
  });

  it("another replica's ledger cache sees the changed entry and its tallies", async () => {
    const { store, replica } = await open(backend);
    const { activity } = await store.createActivity(
      newActivity({ promiseIds: ['medborgarkontakt'], count: 1 }),
      anna,
      t0,
    );
    const theirs = createLedgerCache(await replica());
    const stored = { key: SET, version: 1, def, importedAt: t0.toISOString() };
    expect((await theirs.getActivities(SET)).map((a) => a.place)).toEqual(['centrum']);
    await store.updateActivity(activity.id, 'slack:T1:U1', { place: 'skolan', count: 4 }, anna, t1);
    // No forget(): the bumped revision alone brings the change.
    expect((await theirs.getActivities(SET)).map((a) => [a.place, a.count])).toEqual([['skolan', 4]]);
    const book = await theirs.getStatusBook(stored);
    const status = book.status(new Date('2018-03-26T08:00:00+02:00'));
    expect(status.promises[0]?.count).toBe(4);
  });
});
