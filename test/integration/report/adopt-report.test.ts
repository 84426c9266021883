// `/rapport <år> fastställ` end to end on SQLite and PostgreSQL: only a chief (or admin) adopts, only once
// the period has ended; the adoption is stored, audited, named in the report and meets the set's own
// deadline promise (the written summary); a second adoption says who adopted it and when.
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { createReportDocuments } from '../../../src/adapters/documents/index.ts';
import { openStore } from '../../../src/adapters/storage/open-store.ts';
import { getChannelDigest } from '../../../src/app/digest/get-channel-digest.ts';
import { CONSOLE_CHANNEL } from '../../../src/app/ensure-defaults.ts';
import type { Store } from '../../../src/app/ports.ts';
import { createCoreHarness } from '../../helpers/core-deps.ts';
import { findTestDatabases, type TestDatabase } from '../../helpers/databases.ts';

const OWN = 'Skriftlig sammanställning senast 31 januari 2019';
const backends = await findTestDatabases('adopt report');
const opened: { store: Store; db: TestDatabase }[] = [];

afterEach(async () => {
  for (const { store, db } of opened.splice(0)) {
    await store.close();
    await db.drop();
  }
});

async function setUp(create: () => Promise<TestDatabase>) {
  const db = await create();
  const store = await openStore(db.url);
  opened.push({ store, db });
  const { deps, run, setNow } = await createCoreHarness('2018-12-20T09:00', {
    store,
    reports: createReportDocuments(async () => null),
    userNames: { eva: 'Eva Lindqvist' },
  });
  await run('admin', '/loften roll @eva chef');
  await run('admin', '/loften roll @gustav grupp');
  return { deps, store, run, at: setNow };
}

describe.each(backends)('/rapport fastställ ($name)', (backend) => {
  it('counts in /status, the digest and January’s reminder as it does in the report', async () => {
    const { deps, run, at } = await setUp(backend.create);
    at('2019-01-14T08:00');
    const binding = (await deps.store.getChannel(CONSOLE_CHANNEL))!;
    const before = await getChannelDigest(deps, binding, deps.clock.now());
    expect(before!.reply.text).toContain('Den skriftliga sammanställningen ska vara klar senast');
    expect((await run('eva', '/status')).text).not.toMatch(/Skriftlig sammanställning[^\n]*uppfyllt/);

    expect((await run('eva', '/rapport 2018 fastställ')).ok).toBe(true);
    const status = await run('eva', '/status');
    expect(status.text).toMatch(/Skriftlig sammanställning[^\n]*klar [^\n]*· uppfyllt/);
    const after = await getChannelDigest(deps, binding, deps.clock.now());
    expect(after!.digest.reminder).toBeNull();
    expect(after!.reply.text).not.toContain('Den skriftliga sammanställningen ska vara klar senast');
    expect(after!.reply.text).toContain('Utfall v.3 — Medborgarlöfte 2018, Överkalix kommun');
    expect(after!.reply.text).not.toContain('Påminnelse');
  });

  it('is the chief’s, after the period; meets the own promise, is audited and said once', async () => {
    const { store, run, at } = await setUp(backend.create);

    const group = await run('gustav', '/rapport 2018 fastställ');
    expect(group.ok).toBe(false);
    expect(group.text).toContain('kräver rollen chef');
    const early = await run('eva', '/rapport 2018 fastställ');
    expect(early.ok).toBe(false);
    expect(early.text).toContain('kan fastställas först när perioden har slutat (31 december 2018)');
    expect(await store.findAdoptions('overkalix-2018')).toEqual([]);

    at('2019-01-15T09:00');
    const before = await run('gustav', '/rapport 2018');
    const ownBefore = before.sections!.find((s) => s.heading?.startsWith(OWN));
    expect(ownBefore?.heading).toBe(`${OWN}: i fas, fastställs senast 31 januari 2019`);
    expect(ownBefore?.lines).toEqual(['Levereras med denna sammanställning.']);
    expect(before.text).not.toMatch(/Fastställd/);

    const adopted = await run('eva', '/rapport 2018 fastställ');
    expect(adopted.ok).toBe(true);
    expect(adopted.text).toContain('Uppföljningen 2018 är fastställd 15 januari 2019 av Eva Lindqvist.');
    expect(adopted.text).toContain(`${OWN}: uppfyllt.`);

    at('2019-01-16T10:00');
    const again = await run('admin', '/rapport 2018 fastställ');
    expect(again.text).toBe(
      'Uppföljningen 2018 är redan fastställd: 15 januari 2019 av Eva Lindqvist. Inget nytt har sparats.',
    );
    const stored = await store.findAdoptions('overkalix-2018');
    expect(stored.map((a) => [a.userId, a.userName, a.date, a.part])).toEqual([
      ['console:eva', 'Eva Lindqvist', '2019-01-15', null],
    ]);
    const audit = (await store.findAudit(20)).filter((a) => a.action === 'adopt-report');
    expect(audit.map((a) => [a.actor, a.entity, a.entityId])).toEqual([
      ['console:eva', 'report-adoption', 'overkalix-2018 hela'],
    ]);

    const after = await run('gustav', '/rapport 2018');
    const ownAfter = after.sections!.find((s) => s.heading?.startsWith(OWN));
    expect(ownAfter?.heading).toBe(`${OWN}: uppfyllt`);
    expect(ownAfter?.lines).toEqual([
      'Sammanställningen fastställd 15 januari 2019 av Eva Lindqvist (senast 31 januari 2019).',
    ]);
    expect(after.text).toContain('Fastställd 15 januari 2019 av Eva Lindqvist');
    // The summary counts it as met: one more "uppfyllt" than before, nothing left running.
    const met = (text: string) => Number(/(?:— |· )uppfyllt: (\d+)/.exec(text)?.[1] ?? 0);
    expect(met(after.text)).toBe(met(before.text) + 1);
    expect(after.text).not.toContain('pågår:');

    const files = new Map(after.files!.map((f) => [f.name.split('.').at(-1), f.data]));
    const docx = await JSZip.loadAsync(files.get('docx')!);
    const text = (await docx.file('word/document.xml')!.async('string'))
      .replace(/<[^>]+>/g, '')
      .replaceAll('\u00a0', ' ');
    expect(text).toContain('Fastställd 15 januari 2019 av Eva Lindqvist');
    expect(text).not.toContain('Levereras med denna sammanställning');
    expect(new TextDecoder().decode(files.get('md'))).toContain(
      '**Fastställd:** 15 januari 2019 av Eva Lindqvist.',
    );
  });

  it('adopted after the due date, the written summary is late: ej uppfyllt', async () => {
    const { run, at } = await setUp(backend.create);
    at('2019-02-04T09:00');
    const adopted = await run('eva', '/rapport fastställ');
    expect(adopted.text).toContain('Uppföljningen 2018 är fastställd 4 februari 2019 av Eva Lindqvist.');
    const report = await run('eva', '/rapport 2018');
    const own = report.sections!.find((s) => s.heading?.startsWith(OWN));
    expect(own?.heading).toBe(`${OWN}: ej uppfyllt`);
    expect(own?.lines).toEqual([
      'Sammanställningen fastställd 4 februari 2019 av Eva Lindqvist, efter sista dagen 31 januari 2019.',
    ]);
  });

  it('a part of the period is adopted on its own, and leaves the own promise to the whole', async () => {
    const { store, run, at } = await setUp(backend.create);
    at('2018-09-03T09:00');
    const part = await run('eva', '/rapport T2 2018 fastställ');
    expect(part.text).toContain(
      'Uppföljningen för tertial 2 2018 är fastställd 3 september 2018 av Eva Lindqvist.',
    );
    expect((await run('eva', '/rapport T2 2018')).text).toContain('Fastställd 3 september 2018');
    expect((await run('eva', '/rapport T3 2018 fastställ')).text).toContain(
      'kan fastställas först när perioden har slutat (31 december 2018)',
    );
    expect((await run('eva', '/rapport 2018 docx fastställ')).text).toContain(
      'Fastställ uppföljningen utan format',
    );
    expect((await store.findAdoptions('overkalix-2018')).map((a) => a.part?.slug)).toEqual(['t2-2018']);
  });
});
