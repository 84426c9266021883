// An entry the report lists as not counting says why and how its logger repairs it, never only
// "räknas inte": a missing time, a time outside the promise's hours, a missing partner. The repair
// it names works: after it the entry counts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createReportDocuments } from '../../../src/adapters/documents/index.ts';
import type { Reply } from '../../../src/domain/reply.ts';
import { createCoreHarness } from '../../helpers/core-deps.ts';

const decode = (data: Uint8Array) => new TextDecoder().decode(data);
const markdownOf = (reply: Reply) => decode(reply.files!.find((f) => f.name.endsWith('.md'))!.data);
const rowsOf = (md: string, day: string) => md.split('\n').filter((l) => l.startsWith(`| ${day} `));

describe('report lines of entries that do not count', () => {
  it('a traffic check without a time or by day names the evening hours and "/logga ändra … kl 19"', async () => {
    const h = await createCoreHarness('2017-03-20T10:00', {
      promiseFile: readFileSync('promises/examples/vingaker-2017.yml', 'utf8'),
      reports: createReportDocuments(async () => null),
      admins: ['console:anna'],
    });
    const run = (line: string) => h.run('anna', line);
    expect((await run('/logga trafikkontroll Vingåker 2017-03-14 ändå')).ok).toBe(true);
    expect((await run('/logga trafikkontroll Vingåker 2017-03-15 kl 15 ändå')).ok).toBe(true);
    expect((await run('/logga trafikkontroll Vingåker 2017-03-16 kl 21')).ok).toBe(true);
    const md = markdownOf(await run('/rapport 2017 md'));
    // 17:00 + 2 hours = 19:00, inside 17:00–24:00: the example time.
    expect(rowsOf(md, 'tis 14 mars')).toEqual([
      expect.stringContaining(
        'räknas inte: saknar tid (löftet gäller 17:00–24:00) — ange tid med /logga ändra [nummer] kl 19',
      ),
    ]);
    expect(rowsOf(md, 'ons 15 mars')).toEqual([
      expect.stringContaining(
        'räknas inte: kl 15:00 är utanför 17:00–24:00 — rätta tiden med /logga ändra [nummer] kl 19',
      ),
    ]);
    expect(rowsOf(md, 'tor 16 mars')[0]).not.toContain('räknas inte');

    // The repair the line names: entry 3 of "logga mina" (newest first) is the one of 14 March.
    expect((await run('/logga ändra 3 kl 19')).text).toMatch(/^Ändrat: /);
    const after = markdownOf(await run('/rapport 2017 md'));
    expect(rowsOf(after, 'tis 14 mars')[0]).not.toContain('räknas inte');
    expect(rowsOf(after, 'ons 15 mars')[0]).toContain('räknas inte: kl 15:00 är utanför');
  });

  it('a risk evening without a partner names the partners and "/logga ändra … med Socialtjänsten"', async () => {
    const h = await createCoreHarness('2018-03-20T10:00', {
      reports: createReportDocuments(async () => null),
      admins: ['console:anna'],
    });
    expect((await h.run('anna', '/logga riskkväll igår ändå')).ok).toBe(true);
    const md = markdownOf(await h.run('anna', '/rapport 2018 md'));
    expect(rowsOf(md, 'mån 19 mars')).toEqual([
      expect.stringContaining(
        'räknas inte: samverkanspart saknas (Socialtjänsten, Kommunen, BRÅ-gruppen, Skolan, Nattvandrare) — lägg till med /logga ändra [nummer] med Socialtjänsten',
      ),
    ]);
  });
});
