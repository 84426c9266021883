// The ledger cache trusts the set's revision: a reader that sees the same revision keeps what it has.
// So every store write that changes a set's ledger must bump it, and the cache must never step back,
// also when two replicas write, undo and read one set at the same time.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/storage/memory-store.ts';
import { createLedgerCache } from '../../../src/app/ledger-cache.ts';
import type { AuditInput, Store, StoredActivity } from '../../../src/app/ports.ts';
import type { Activity } from '../../../src/domain/types.ts';
import { createContactSet } from '../../helpers/contact-set.ts';
import { newActivity } from '../../helpers/new-activity.ts';
import { createStoreOpener, findStoreBackends } from '../../helpers/store-backends.ts';

const backends = await findStoreBackends('ledger revision');
const openFresh = createStoreOpener();

const SET = 'overkalix-2018';
const anna: AuditInput = { actor: 'slack:T1:U1', platform: 'slack', action: 'logga' };
const t0 = new Date('2018-03-20T09:00:00.000Z');
const def = createContactSet();

/** The set's ledger as a reader could come to see it: every stored activity field. */
async function ledgerOf(store: Store): Promise<StoredActivity[]> {
  return (await store.exportAll()).activities.filter((a) => a.setKey === SET);
}

type Call = (store: Store, seed: { activityId: string }) => Promise<unknown>;

/** One call of every Store method that writes. A new write method must be added here. */
const writes: Record<string, Call> = {
  savePromiseSet: (s) => s.savePromiseSet({ ...def, title: 'Ny titel' }, anna, t0),
  bindChannel: (s) =>
    s.bindChannel({ channelId: 'slack:T1:C9', platform: 'slack', setKey: SET, postTarget: null }, anna, t0),
  setRole: (s) => s.setRole('slack:T1:C1', 'slack:T1:U2', 'chief', anna, t0, 'Bo'),
  createActivity: (s) => s.createActivity(newActivity({ date: '2018-03-21' }), anna, t0),
  undoLatestActivity: (s) => s.undoLatestActivity(SET, 'slack:T1:U1', anna, t0),
  undoActivity: (s, { activityId }) => s.undoActivity(activityId, 'slack:T1:U1', anna, t0),
  updateActivity: (s, { activityId }) =>
    s.updateActivity(activityId, 'slack:T1:U1', { place: 'skolan', count: 3 }, anna, t0),
  setJudgement: (s) =>
    s.setJudgement(
      {
        setKey: SET,
        promiseId: 'medborgarkontakt',
        status: 'i fas',
        reason: null,
        userId: 'slack:T1:U1',
        date: '2018-03-20',
      } as Parameters<Store['setJudgement']>[0],
      anna,
      t0,
    ),
  purgeFreeText: (s) => s.purgeFreeText(SET, anna, t0),
  importActivities: (s) =>
    s.importActivities(SET, [{ rowKey: 'rad-1', activity: newActivity({ date: '2018-03-22' }) }], anna, t0),
  addComment: (s) =>
    s.addComment(
      {
        setKey: SET,
        promiseId: 'medborgarkontakt',
        part: null,
        text: 'Bra jobbat',
        userId: 'slack:T1:U1',
        userName: null,
        date: '2018-03-20',
      } as Parameters<Store['addComment']>[0],
      anna,
      t0,
    ),
  adoptReport: (s) =>
    s.adoptReport(
      { setKey: SET, part: null, userId: 'slack:T1:U1', userName: 'Eva', date: '2019-01-15' },
      anna,
      t0,
    ),
  claimRun: (s) => s.claimRun('digest:slack:T1:C1:2018-W12', 'replica-1', t0, 600_000),
  markRunSent: (s) => s.markRunSent('digest:slack:T1:C1:2018-W12', t0),
  deferRun: (s) => s.deferRun('digest:slack:T1:C1:2018-W12', t0),
  setRunPosting: (s) => s.setRunPosting('digest:slack:T1:C1:2018-W12', t0),
  setDigestSchedule: (s) =>
    s.setDigestSchedule('slack:T1:C1', { weekday: 3, time: '09:30', off: false }, anna, t0),
  failRun: (s) => s.failRun('digest:slack:T1:C1:2018-W12', 'terminal:not-in-channel:not_in_channel', t0),
  setBindingHealth: (s) =>
    s.setBindingHealth(
      'slack:T1:C1',
      { state: 'unable', reason: 'not-in-channel', code: 'not_in_channel' },
      anna,
      t0,
    ),
};
/** Writes that need no revision of their own, and why. */
const exempt: Record<string, string> = {
  pruneRuns: 'run claims are no part of the ledger',
  importAll: 'fills an empty database, revisions included',
  addComment: 'comments are no part of the ledger: readers ask the store for them (findComments)',
  savePersonalChat: 'where a personal message goes is no part of any ledger',
  deletePersonalChat: 'where a personal message goes is no part of any ledger',
  saveSlackInstallation: 'Slack installations are no part of any ledger: read on each request',
  deleteSlackInstallation: 'Slack installations are no part of any ledger: read on each request',
  adoptReport: 'adoptions are no part of the ledger: readers ask the store for them (findAdoptions)',
};
const isRead = (name: string) => /^(get|find|is|export|verify)/.test(name) || name === 'close';

describe('Store write coverage', () => {
  it('lists every Store method that writes (a new one must state how readers learn of it)', () => {
    const store = createMemoryStore();
    const methods = Object.keys(store).filter((name) => !isRead(name));
    expect(methods.filter((name) => !(name in writes) && !(name in exempt))).toEqual([]);
  });
});

describe.each(backends)('Ledger revision: $name', (backend) => {
  it.each(Object.keys(writes))('%s bumps the set’s revision when it changes the ledger', async (name) => {
    const { store } = await openFresh(backend);
    await store.savePromiseSet(def, anna, t0);
    const seed = await store.createActivity(newActivity(), anna, t0);
    const before = { revision: await store.getLedgerRevision(SET), ledger: await ledgerOf(store) };
    await writes[name]!(store, { activityId: seed.activity.id });
    const after = { revision: await store.getLedgerRevision(SET), ledger: await ledgerOf(store) };
    if (JSON.stringify(after.ledger) !== JSON.stringify(before.ledger)) {
      expect(after.revision).toBeGreaterThan(before.revision);
    } else {
      expect(after.revision).toBeGreaterThanOrEqual(before.revision);
    }
  });

  it('a replica that cached free text drops it after another replica’s retention purge', async () => {
    const { store, replica } = await openFresh(backend);
    // The file lists neither place nor partner: both were typed free.
    await store.savePromiseSet(def, anna, t0);
    await store.createActivity(
      newActivity({
        note: 'Samtal vid busstorget',
        place: 'Kiosken vid torget',
        partners: ['Grannsamverkan Ekbacken'],
        participants: ['slack:T1:U1', 'slack:T1:U3'],
      }),
      anna,
      t0,
    );
    const other = await replica();
    const theirs = createLedgerCache(other);
    const text = (a: Activity) => [a.note, a.place, a.partners, a.participants];
    expect((await theirs.getActivities(SET)).map(text)).toEqual([
      [
        'Samtal vid busstorget',
        'Kiosken vid torget',
        ['Grannsamverkan Ekbacken'],
        ['slack:T1:U1', 'slack:T1:U3'],
      ],
    ]);
    expect(await store.purgeFreeText(SET, anna, t0)).toEqual({
      notes: 1,
      places: 1,
      partners: 1,
      participants: 1,
      reasons: 0,
      comments: 0,
    });
    // No forget(): the bumped revision alone makes the replica replace what it kept.
    const purged = [[null, null, [], ['slack:T1:U1']]];
    expect((await theirs.getActivities(SET)).map(text)).toEqual(purged);
    const mine = createLedgerCache(store);
    expect((await mine.getActivities(SET)).map(text)).toEqual(purged);
    expect((await ledgerOf(other)).map(text)).toEqual(purged);
  });

  it('two replicas writing, undoing and reading one set at once never see an undone entry again', async () => {
    const { store, replica } = await openFresh(backend);
    await store.savePromiseSet(def, anna, t0);
    const stores = [store, await replica()];
    const caches = stores.map((s) => createLedgerCache(s));
    // Per entry: when its write and its undo were known to have committed (a counter, not a clock).
    let tick = 0;
    const committed = new Map<string, number>();
    const undone = new Map<string, number>();
    const undoing = new Set<string>();
    const problems: string[] = [];
    const user = (i: number) => `slack:T1:U${i}`;
    const worker = async (w: number) => {
      const s = stores[w % 2]!;
      const cache = caches[w % 2]!;
      for (let round = 0; round < 8; round++) {
        const written = await s.createActivity(
          newActivity({ userId: user(w), note: `w${w} r${round}` }),
          { ...anna, actor: user(w) },
          t0,
        );
        committed.set(written.activity.id, ++tick);
        await cache.afterWrite({ key: SET, version: 1, def, importedAt: '' }, written.revision, {
          added: written.activity,
        });
        if (round % 2 === 1) {
          // From here on the undo may commit before this worker hears of it: a reader may miss it.
          undoing.add(written.activity.id);
          const result = await s.undoActivity(written.activity.id, user(w), { ...anna, actor: user(w) }, t0);
          if (result) undone.set(result.activity.id, ++tick);
          if (result)
            await cache.afterWrite({ key: SET, version: 1, def, importedAt: '' }, result.revision, {
              removedId: result.activity.id,
            });
        }
      }
    };
    const reader = async (r: number) => {
      const cache = caches[r % 2]!;
      for (let i = 0; i < 25; i++) {
        const startedAt = tick;
        const seen = new Set((await cache.getActivities(SET)).map((a) => a.id));
        for (const [id, at] of undone)
          if (at <= startedAt && seen.has(id)) problems.push(`undone ${id} seen`);
        for (const [id, at] of committed) {
          if (at <= startedAt && !seen.has(id) && !undoing.has(id)) problems.push(`written ${id} missing`);
        }
      }
    };
    await Promise.all([...[0, 1, 2, 3].map(worker), ...[0, 1, 2, 3].map(reader)]);
    expect(problems).toEqual([]);
    const truth = (await store.findActivities(SET)).map((a) => a.id).sort();
    expect(truth).toHaveLength(16);
    for (const cache of caches)
      expect((await cache.getActivities(SET)).map((a) => a.id).sort()).toEqual(truth);
  });
});
