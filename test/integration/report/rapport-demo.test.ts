// `loftesbot demo` data through the real use cases on SQLite and PostgreSQL: the demo year is written
// through the store (audited as `demo`), and `/rapport 2018 csv` answers with the summary, the CSV and
// the chart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/adapters/documents/csv.ts';
import { createReportDocuments } from '../../../src/adapters/documents/index.ts';
import { openStore } from '../../../src/adapters/storage/open-store.ts';
import { elapsedMs, fixedClock } from '../../../src/app/clock.ts';
import { fillDemo } from '../../../src/app/demo/fill-demo.ts';
import type { AppDeps } from '../../../src/app/deps.ts';
import { CONSOLE_CHANNEL, ensureDefaults } from '../../../src/app/ensure-defaults.ts';
import { createBindingCache } from '../../../src/app/get-bound-set.ts';
import { handleCommand } from '../../../src/app/handle-command.ts';
import { createLedgerCache } from '../../../src/app/ledger-cache.ts';
import { createRateLimiter } from '../../../src/app/rate-limiter.ts';
import { findTestDatabases, type TestBackend } from '../../helpers/databases.ts';

const promiseFile = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'promises', 'overkalix-2018.yml'),
  'utf8',
);

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function demoDeps(backend: TestBackend): Promise<AppDeps> {
  const db = await backend.create();
  cleanups.push(() => db.drop());
  const store = await openStore(db.url);
  cleanups.push(() => store.close());
  const deps: AppDeps = {
    log: { info() {}, warn() {}, error() {} },
    store,
    clock: fixedClock(new Date('2019-01-15T08:00:00Z')),
    ledger: createLedgerCache(store),
    bindings: createBindingCache(store),
    rateLimiter: createRateLimiter(100, elapsedMs),
    admins: ['console:chef'],
    timeZone: 'Europe/Stockholm',
    reports: createReportDocuments(),
  };
  await ensureDefaults(deps, async () => promiseFile);
  const filled = await fillDemo(deps, 'overkalix-2018');
  expect(filled.ok).toBe(true);
  return deps;
}

const ctx = {
  channelId: CONSOLE_CHANNEL,
  platform: 'console' as const,
  userId: 'console:chef',
  platformUserId: 'console:chef',
};

describe.each(await findTestDatabases('demo year and /rapport'))(
  'demo year and /rapport on $name',
  (backend) => {
    it('writes a deterministic year through the store, audited as demo, and refuses a second run', async () => {
      const deps = await demoDeps(backend);
      const activities = await deps.store.findActivities('overkalix-2018');
      expect(activities.length).toBeGreaterThan(100);
      const audit = await deps.store.findAudit(10_000);
      expect(audit.filter((e) => e.action === 'demo')).toHaveLength(activities.length);
      const again = await fillDemo(deps, 'overkalix-2018');
      expect(again).toMatchObject({ ok: false });
    });

    it('answers /rapport 2018 csv with outcomes, figures, the CSV and the chart', async () => {
      const deps = await demoDeps(backend);
      const reply = await handleCommand(deps, ctx, '/rapport 2018 csv');
      expect(reply.ok).toBe(true);
      expect(reply.title).toBe(
        'Uppföljning av medborgarlöfte 2018 — Överkalix kommun och lokalpolisområde Östra Norrbotten',
      );
      expect(reply.text).toContain('Minst en medborgarkontakt i snitt per vecka: uppfyllt');
      expect(reply.text).toContain('54 medborgarkontakter på 52 veckor, snitt 1,04 per vecka');
      expect(reply.text).toContain('Helgbemanning minst var tredje vecka: delvis uppfyllt');
      expect(reply.text).toContain('längsta glapp tre veckor');
      expect(reply.text).toContain('Minst fyra trafiksäkerhetsinsatser: delvis uppfyllt');
      expect(reply.text).toContain('3 av 4 trafikinsatser');
      expect(reply.files?.map((f) => [f.name, f.mediaType])).toEqual([
        ['uppfoljning-overkalix-2018.csv', 'text/csv; charset=utf-8'],
        ['medborgarkontakter-2018.png', 'image/png'],
      ]);
      const rows = parseCsv(new TextDecoder().decode(reply.files![0]!.data));
      expect(rows.filter((r) => r[0] === 'aktivitet').length).toBeGreaterThan(100);
    }, 30_000);

    it('refuses a year the channel does not follow, naming the one it does', async () => {
      const deps = await demoDeps(backend);
      const reply = await handleCommand(deps, ctx, '/rapport 2017');
      expect(reply.ok).toBe(false);
      expect(reply.text).toContain('Någon rapport för 2017 finns inte här; skriv /rapport 2018.');
    });
  },
);
