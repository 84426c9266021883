// `/rapport <period>` end to end through handleCommand: activities logged as a user would, then the
// report of a tertial, a term and a month in the channel and as files; bad periods refused in Swedish.
import { describe, expect, it } from 'vitest';
import { createReportDocuments } from '../../../src/adapters/documents/index.ts';
import { CONSOLE_CHANNEL } from '../../../src/app/ensure-defaults.ts';
import { createCoreHarness } from '../../helpers/core-deps.ts';
import { PERIOD_TEST_FILE } from '../../unit/domain/report/period-test-set.ts';

async function setUp() {
  const { deps, run, setNow } = await createCoreHarness('2019-09-02T09:00', {
    admins: ['console:chef'],
    reports: createReportDocuments(),
    promiseFile: PERIOD_TEST_FILE,
  });
  return { deps, run, at: setNow };
}

const lines = [
  '/logga trafikkontroll 2019-02-10',
  '/logga trafikkontroll 2019-05-15 2 st',
  '/logga trafikkontroll 2019-07-03',
  '/logga fotpatrull 2019-05-06',
  '/logga fotpatrull 2019-05-20',
  '/logga fotpatrull 2019-06-11',
  '/logga fotpatrull 2019-07-01 2 st',
  '/logga skolbesök Skolan 2019-03-01',
  '/logga skolbesök Byskolan 2019-05-20',
  '/logga kartläggning 2019-06-20',
];

describe('/rapport for part of the period', () => {
  it('reports tertial 2 in the channel and as files, covering only May–August', async () => {
    const { run } = await setUp();
    for (const line of lines) expect((await run('anna', line)).ok, line).toBe(true);

    const reply = await run('chef', '/rapport T2 2019 md');
    expect(reply.ok, reply.text).toBe(true);
    expect(reply.title).toBe(
      'Tertial 2 (maj–augusti) 2019: uppföljning av medborgarlöfte 2019 — Testby kommun och lokalpolisområde Test',
    );
    // Patrols: May 2, June 1, July 2, August 0 of 2 a month.
    expect(reply.text).toContain('Två fotpatruller i månaden: delvis uppfyllt');
    expect(reply.text).toContain(
      'Målet (minst 2 fotpatruller per månad) nåddes 2 av 4 månader, totalt 5 fotpatruller',
    );
    // 12 × 123/365 = 4,0; 3 in the tertial; 4 of 12 at its end.
    expect(reply.text).toContain(
      'Under tertial 2 2019: 3 trafikkontroller (pro rata 4,0 av 12 under perioden)',
    );
    expect(reply.text).toContain('Hela perioden t.o.m. 31 augusti 2019: 4 av 12 trafikkontroller');
    expect(reply.text).not.toContain('Rapporter för delar av året');

    const md = reply.files?.find((f) => f.name === 'uppfoljning-testby-2019-t2-2019.md');
    expect(md).toBeDefined();
    const text = new TextDecoder().decode(md!.data);
    expect(text).toContain('# Tertial 2 (maj–augusti) 2019: uppföljning av medborgarlöfte 2019');
    expect(text).toContain('Period 1 maj 2019–31 augusti 2019.');
    // The February control is T1: not in this report's tables.
    expect(text).not.toContain('10 feb');
    expect(text).toContain('ons 15 maj');
  });

  it('reports a term and a month, and the whole year without a period', async () => {
    const { run, at } = await setUp();
    for (const line of lines) await run('anna', line);
    at('2019-07-01T09:00');
    const vt = await run('chef', '/rapport vt');
    expect(vt.title?.startsWith('Vårterminen 2019 (7 januari–14 juni):')).toBe(true);
    expect(vt.text).toContain('Varje skola varje termin: uppfyllt');
    const may = await run('chef', '/rapport maj 2019 csv');
    expect(may.title?.startsWith('Maj 2019:')).toBe(true);
    expect(may.files?.map((f) => f.name)).toContain('uppfoljning-testby-2019-2019-05.csv');
    const year = await run('chef', '/rapport 2019');
    expect(year.title).toBe('Uppföljning av medborgarlöfte 2019 — Testby kommun och lokalpolisområde Test');
  });

  it('refuses periods the set does not have, in Swedish, and writes nothing', async () => {
    const { run, deps } = await setUp();
    const before = (await deps.store.findAudit(1000)).length;
    const cases: [string, string][] = [
      ['/rapport T4 2019', 'Tertial 4 finns inte: året har tre tertial. Skriv T1, T2 eller T3'],
      ['/rapport T2 2018', 'Tertial 2 2018 ligger utanför perioden 1 januari 2019–31 december 2019.'],
      ['/rapport T3', 'Tertial 3 2019 har inte börjat än (börjar 1 september 2019).'],
      ['/rapport ht 2020', 'HT 2020 finns inte bland terminerna i löftesfilen'],
      ['/rapport 2021', 'Någon rapport för 2021 finns inte här; skriv /rapport 2019.'],
    ];
    const early = await setUp();
    early.at('2019-08-20T09:00');
    for (const [line, message] of cases) {
      const reply = await (line === '/rapport T3' ? early.run('chef', line) : run('chef', line));
      expect(reply.ok, line).toBe(false);
      expect(reply.text).toContain(message);
    }
    expect((await deps.store.findAudit(1000)).length).toBe(before);
  });

  it('lets the working group take part of its own period; another year needs the chief', async () => {
    const { run, deps } = await setUp();
    await deps.store.setRole(
      CONSOLE_CHANNEL,
      'console:grupp',
      'group',
      { actor: 'console:chef', platform: 'console', action: 'role' },
      deps.clock.now(),
    );
    expect((await run('grupp', '/rapport T2 2019')).ok).toBe(true);
    const other = await run('grupp', '/rapport 2018');
    expect(other.error?.code).toBe('forbidden');
  });
});
