// The database failing at any step of a command: a clear Swedish answer, nothing half-written, and
// the next command after recovery works.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/storage/memory-store.ts';
import type { Store } from '../../../src/app/ports.ts';
import { CHANNEL, createHarness, ENV_ADMIN, SET_KEY } from './app-harness.ts';

/** A store whose named method (or every method) rejects while `failing` is set. */
function createFlakyStore(inner: Store) {
  const state = { failing: null as string | null, calls: [] as string[] };
  const store = new Proxy(inner, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        state.calls.push(String(name));
        if (state.failing === '*' || state.failing === name) {
          return Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
        }
        return value.apply(target, args);
      };
    },
  });
  return { store, state };
}

const UNAVAILABLE = 'Löftesbot kommer inte åt databasen just nu, så inget sparades.';

const cases: { line: string; user: string; failing: string[] }[] = [
  {
    line: '/logga medborgarkontakt Centrum "kvällspass"',
    user: 'U5',
    failing: ['*', 'createActivity'],
  },
  { line: '/planera trafikinsats 2018-03-24', user: 'U5', failing: ['createActivity'] },
  { line: '/logga ångra', user: 'U5', failing: ['*', 'undoLatestActivity'] },
  { line: '/status', user: 'U5', failing: ['*', 'getLedgerRevision'] },
  { line: '/rapport', user: 'U5', failing: ['getRole'] },
  { line: '/loften roll <@U7> chef', user: ENV_ADMIN, failing: ['setRole'] },
  { line: '/loften koppla overkalix-2018', user: ENV_ADMIN, failing: ['bindChannel'] },
];

describe('database faults during a command', () => {
  const table = cases.flatMap((c) => c.failing.map((failing) => ({ ...c, failing })));

  it.each(table)('$line with $failing failing', async ({ line, user, failing }) => {
    const { store, state } = createFlakyStore(createMemoryStore());
    const h = await createHarness({ store });
    await h.run('U5', '/logga medborgarkontakt Skolan igår');
    const snapshot = async () => {
      const saved = state.failing;
      state.failing = null;
      const data = await store.exportAll();
      state.failing = saved;
      return data;
    };
    const before = await snapshot();

    state.calls = [];
    state.failing = failing;
    const reply = await h.run(user, line);
    if (failing !== '*') expect(state.calls).toContain(failing);

    expect(reply.ok).toBe(false);
    expect(reply.error?.code).toBe('unavailable');
    expect(reply.text).toContain(UNAVAILABLE);
    expect(await snapshot()).toEqual(before);

    // The database is back: the same command now goes through.
    state.failing = null;
    const again = await h.run(user, line);
    expect(again.error?.code).not.toBe('unavailable');
    if (line !== '/rapport') expect(again.ok, again.text).toBe(true);
  });

  it('says a line is saved when only the status after the write cannot be read', async () => {
    const { store, state } = createFlakyStore(createMemoryStore());
    const h = await createHarness({ store });
    await h.run('U5', '/logga medborgarkontakt Skolan igår');
    // Another replica writes, so this process must read the delta after its own write.
    await store.createActivity(
      {
        setKey: SET_KEY,
        promiseIds: ['trafikinsats'],
        date: '2018-03-15',
        time: null,
        place: null,
        count: 1,
        partners: [],
        targetGroups: [],
        methods: [],
        participants: ['slack:T1:U6'],
        note: null,
        planned: false,
        figures: {},
        userId: 'slack:T1:U6',
        platform: 'slack',
      },
      { actor: 'slack:T1:U6', platform: 'slack', action: 'log' },
      new Date('2018-03-16T10:00:00Z'),
    );
    state.failing = 'getLedgerRevision';
    const reply = await h.run('U5', '/logga medborgarkontakt Centrum "kvällspass"');
    expect(reply.ok).toBe(true);
    expect(reply.text).toMatch(/^Loggat: .*Det är sparat, men statusen kan inte visas just nu/);
    expect(reply.actions?.[0]?.kind).toBe('undo');
    state.failing = null;
    const notes = (await store.findActivities(SET_KEY)).map((a) => a.note);
    expect(notes).toContain('kvällspass');
    // Once the database answers, status counts it.
    expect((await h.run('U5', '/status')).text).toContain('1 på 11 veckor + 1 denna vecka');
  });

  it('says an undo is saved when only the status after it cannot be read', async () => {
    const { store, state } = createFlakyStore(createMemoryStore());
    const h = await createHarness({ store });
    await h.run('U5', '/logga medborgarkontakt Skolan igår');
    await h.run('U6', '/logga trafikinsats igår');
    // Another replica takes U6's entry back, so this process must read the delta after its own undo.
    await store.undoLatestActivity(
      SET_KEY,
      'slack:T1:U6',
      { actor: 'slack:T1:U6', platform: 'slack', action: 'undo' },
      new Date('2018-03-19T09:00:00Z'),
    );
    state.failing = 'getLedgerDelta';
    const reply = await h.run('U5', '/logga ångra');
    expect(reply.text).toMatch(/^Ångrat: .*Det är sparat, men statusen kan inte visas just nu/);
    state.failing = null;
    expect(await store.findActivities(SET_KEY)).toEqual([]);
  });

  it('keeps serving through an outage: every command during it gets the same answer, none is lost after it', async () => {
    const { store, state } = createFlakyStore(createMemoryStore());
    const h = await createHarness({ store });
    state.failing = '*';
    const during = await Promise.all(
      ['U1', 'U2', 'U3'].map((u) => h.run(u, '/logga medborgarkontakt Centrum')),
    );
    expect(during.map((r) => r.error?.code)).toEqual(['unavailable', 'unavailable', 'unavailable']);
    state.failing = null;
    const after = await Promise.all(
      ['U1', 'U2', 'U3'].map((u) => h.run(u, '/logga medborgarkontakt Centrum')),
    );
    expect(after.every((r) => r.ok && r.text.startsWith('Loggat:'))).toBe(true);
    const activities = await store.findActivities(SET_KEY);
    expect(activities.map((a) => a.userId).sort()).toEqual(['slack:T1:U1', 'slack:T1:U2', 'slack:T1:U3']);
    expect(await store.getChannel(CHANNEL)).not.toBeNull();
  });
});

describe('a bug is not a database outage (issue 17, item 9)', () => {
  it('answers a TypeError as an internal error, and says how to see whether anything was saved', async () => {
    const inner = createMemoryStore();
    const h = await createHarness({ store: inner });
    const broken = new Proxy(inner, {
      get(target, name, receiver) {
        if (name !== 'findJudgements' && name !== 'getLedgerRevision')
          return Reflect.get(target, name, receiver);
        return () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'status')"));
      },
    });
    h.deps.store = broken;
    const reply = await h.run('U5', '/status');
    expect(reply.ok).toBe(false);
    expect(reply.error?.code).toBe('internal');
    expect(reply.text).toContain('ett internt fel, inte databasen');
    expect(reply.text).toContain('/logga mina');
    expect(reply.text).not.toContain('kommer inte åt databasen');
  });
});
