// `/loften bedöm`: the working group sets a judged promise's status through the one command entry,
// with a reason when it falls short, and the status shows it. On SQLite and PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/adapters/storage/open-store.ts';
import { elapsedMs, parseNow } from '../../../src/app/clock.ts';
import type { AppDeps, CommandContext } from '../../../src/app/deps.ts';
import { createBindingCache } from '../../../src/app/get-bound-set.ts';
import { handleCommand } from '../../../src/app/handle-command.ts';
import { createLedgerCache } from '../../../src/app/ledger-cache.ts';
import { createRateLimiter } from '../../../src/app/rate-limiter.ts';
import { findTestDatabases, type TestBackend } from '../../helpers/databases.ts';
import { loadExample } from './example-harness.ts';

const audit = { actor: 'console:admin', platform: 'console' as const, action: 'test' };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function harness(backend: TestBackend, now: string, key = 'mala-2024') {
  const db = await backend.create();
  cleanups.push(() => db.drop());
  const store = await openStore(db.url);
  cleanups.push(() => store.close());
  const set = loadExample(key);
  const at = new Date(parseNow(now, set.timeZone));
  await store.savePromiseSet(set, audit, at);
  await store.bindChannel(
    { channelId: 'console:mala', platform: 'console', setKey: set.key, postTarget: null },
    audit,
    at,
  );
  await store.setRole('console:mala', 'console:gruppen', 'group', audit, at);
  const deps: AppDeps = {
    log: { info() {}, warn() {}, error() {} },
    store,
    clock: { now: () => at },
    ledger: createLedgerCache(store),
    bindings: createBindingCache(store),
    rateLimiter: createRateLimiter(1000, elapsedMs),
    admins: [],
    timeZone: 'Europe/Stockholm',
  };
  const ctx = (user: string): CommandContext => ({
    channelId: 'console:mala',
    platform: 'console',
    userId: `console:${user}`,
    platformUserId: `console:${user}`,
  });
  return { deps, store, group: ctx('gruppen'), officer: ctx('polis') };
}

const backends = await findTestDatabases('/loften bedöm');

describe.each(backends)('/loften bedöm on $name', (backend) => {
  it('stores a status with its reason and shows it in the status', async () => {
    const { deps, store, group } = await harness(backend, '2024-05-03T10:00');
    const logged = await handleCommand(deps, group, '/logga grannsamverkan 2/5');
    expect(logged.ok).toBe(true);
    const reply = await handleCommand(
      deps,
      group,
      '/loften bedöm grannsamverkan släpar "bara ett av tre önskemål hann bemötas"',
    );
    expect(reply.ok).toBe(true);
    expect(reply.visibility).toBe('channel');
    expect(reply.text).toBe(
      'Bedömt: Bistå vid grannsamverkan på önskemål: 1 aktivitet, senast 2 maj · släpar (bedömt 3 maj 2024: "bara ett av tre önskemål hann bemötas")',
    );
    const judgements = await store.findJudgements('mala-2024');
    expect(judgements).toMatchObject([
      { promiseId: 'grannsamverkan-vid-onskemal', status: 'släpar', userId: 'console:gruppen' },
    ]);
    const status = await handleCommand(deps, group, '/status');
    expect(status.text).toContain('bara ett av tre önskemål hann bemötas');
    // Undoing the only activity of an on-request promise makes it not applicable again.
    const undo = await handleCommand(deps, group, '/logga ångra');
    expect(undo.text).toContain(
      'inte aktuellt än (Om det uppkommer önskemål om grannsamverkan) · ej aktuell',
    );
  });

  it('gives an ended year of a multi-year set its final judgement, for that year only', async () => {
    // Piteå 2023–2025 starts over each year. Friday 12 January 2024: 2023 ended on "i fas".
    const { deps, store, group } = await harness(backend, '2024-01-12T10:00', 'pitea-2023');
    await store.setJudgement(
      {
        setKey: 'pitea-2023',
        promiseId: 'nyetableringar',
        status: 'i fas',
        reason: null,
        userId: 'console:gruppen',
        date: '2023-11-20',
      },
      audit,
      new Date('2023-11-20T10:00:00Z'),
    );
    const refused = await handleCommand(deps, group, '/loften bedöm nyetableringar i fas för 2023');
    expect(refused.text).toBe(
      '2023 är slut: skriv en slutlig bedömning (uppfyllt, ej uppfyllt eller ej aktuell). Inget har sparats.',
    );
    const running = await handleCommand(deps, group, '/loften bedöm nyetableringar uppfyllt för 2024');
    expect(running.text).toBe(
      '2024 är inte slut än: en bedömning för pågående år skrivs utan år. Inget har sparats.',
    );
    const reply = await handleCommand(deps, group, '/loften bedöm nyetableringar uppfyllt för 2023');
    expect(reply.ok).toBe(true);
    // The reply shows 2024, which the 2023 judgement does not decide.
    expect(reply.text).toContain('· ej bedömd');
    expect(await store.findJudgements('pitea-2023')).toMatchObject([
      { status: 'i fas', date: '2023-11-20' },
      { status: 'uppfyllt', date: '2023-12-31' },
    ]);
    const report = await handleCommand(deps, group, '/rapport 2023');
    expect(report.text).toContain('uppfyllt 12 januari 2024 för 2023 av gruppen');
  });

  it('keeps the judgement in the replies to later entries and undos', async () => {
    const { deps, group } = await harness(backend, '2021-05-03T10:00', 'toreboda-2021');
    await handleCommand(deps, group, '/loften bedöm unga-lagforing släpar "två insatser inställda"');
    const logged = await handleCommand(deps, group, '/logga ungdomsinsats 2/5');
    expect(logged.text).toContain(
      '1 aktivitet, senast 2 maj · släpar (bedömt 3 maj 2021: "två insatser inställda")',
    );
    const undo = await handleCommand(deps, group, '/logga ångra');
    expect(undo.text).toContain('inget loggat än · släpar (bedömt 3 maj 2021: "två insatser inställda")');
  });

  it('requires a reason when it falls short, and nothing is saved', async () => {
    const { deps, store, group } = await harness(backend, '2024-05-03T10:00');
    const reply = await handleCommand(deps, group, '/loften bedöm grannsamverkan-vid-onskemal ej uppfyllt');
    expect(reply.ok).toBe(false);
    expect(reply.text).toContain('Skriv en orsak när status är ej uppfyllt');
    expect(await store.findJudgements('mala-2024')).toEqual([]);
    const fine = await handleCommand(deps, group, '/loften bedöm grannsamverkan-vid-onskemal i fas');
    expect(fine.ok).toBe(true);
  });

  it('names unknown promises and statuses, refuses counted promises and officers', async () => {
    const { deps, group, officer } = await harness(backend, '2024-05-03T10:00');
    expect((await handleCommand(deps, group, '/loften bedöm okänt uppfyllt')).text).toContain(
      'Okänt löfte "okänt"',
    );
    expect((await handleCommand(deps, group, '/loften bedöm grannsamverkan bra')).text).toContain(
      'Okänd status "bra"',
    );
    expect((await handleCommand(deps, group, '/loften bedöm tillsyn uppfyllt')).text).toContain(
      'följs upp automatiskt',
    );
    const denied = await handleCommand(deps, officer, '/loften bedöm grannsamverkan uppfyllt');
    expect(denied.ok).toBe(false);
    expect(denied.text).toContain('kräver rollen arbetsgrupp');
  });
});

describe.each(backends)('/logga on a promise with a time constraint, on $name', (backend) => {
  it('says why an entry without an evening time does not count, and counts one with kl 21', async () => {
    const { deps, group } = await harness(backend, '2017-03-02T10:00', 'vingaker-2017');
    const day = await handleCommand(deps, group, '/logga trafikkontroll tätorten');
    expect(day.text).toContain(
      'Obs: räknas inte för "Minst 50 trafikkontroller i tätorten, kvällstid": löftet gäller 17:00–24:00, ange tid, t.ex. "kl 21".',
    );
    expect(day.text).toContain('0 av 50');
    const evening = await handleCommand(deps, group, '/logga trafikkontroll tätorten igår kl 21');
    expect(evening.text).not.toContain('räknas inte');
    expect(evening.text).toContain('1 av 50');
  });
});
