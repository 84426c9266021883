// Every accepted line's reply names every field that was stored: the promise, the place, the day (or the
// week or weekend the line named), the count, the partners and the note. No "Loggat" hides a field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handleCommand } from '../../src/app/handle-command.ts';
import { formatDay, isoWeekOf } from '../../src/domain/time/index.ts';
import { createCoreHarness } from '../helpers/core-deps.ts';

const activities = [
  'medborgarkontakt',
  'mk',
  'närvaro',
  'fotpatrull',
  'trafikinsats',
  'narkotikainsats',
  'riskkväll',
  'helgbemanning',
  'nätdroger',
];
const places = ['', 'Centrum', 'torget', 'Skolan', 'affären', 'E4', 'rv 392', 'Kiosken', 'gården'];
const dates = [
  '',
  'igår',
  'igår kväll',
  'i förrgår',
  'i lördags',
  'söndag',
  'i helgen',
  'förra helgen',
  'förra veckan',
  '10 mars',
  '12/3',
  'v.10',
  'i morse',
  'fredag kväll',
];
const counts = ['', '2 st', 'tre gånger', 'x4', 'fem stycken', '25 st', '25 st bekräfta'];
const partners = ['', 'med soc', 'med socialtjänsten, kommunen', 'med brå', 'med tullen'];
const notes = ['', '"lugnt vid kiosken"', '"många ute"'];
const extras = ['', 'ändå'];

const line = fc
  .tuple(
    fc.constantFrom(...activities),
    fc.constantFrom(...places),
    fc.constantFrom(...dates),
    fc.constantFrom(...counts),
    fc.constantFrom(...partners),
    fc.constantFrom(...notes),
    fc.constantFrom(...extras),
  )
  .map((parts) => ['logga', ...parts].filter((p) => p !== '').join(' '));

describe('the reply of an accepted line', () => {
  it('names every stored field', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(line, async (text) => {
        const h = await createCoreHarness('2018-03-20T10:00:00');
        const reply = await handleCommand(h.deps, h.ctx, text);
        const [stored] = await h.deps.store.findActivities('overkalix-2018');
        if (!stored) {
          // Nothing stored: the reply must not say it was.
          expect(reply.text).not.toMatch(/^(Loggat|Sparat|Räknas inte)/);
          return;
        }
        accepted++;
        expect(reply.text, text).toMatch(/^(Loggat|Räknas inte: .*Sparat ändå): /);
        const promise = stored.promiseIds[0]!;
        const words: Record<string, string> = {
          medborgarkontakt: 'medborgarkontakt',
          narvaro: 'närvaro',
          trafikinsats: 'trafikinsats',
          narkotikainsats: 'narkotikainsats',
          riskkvall: 'riskkväll',
          helgbemanning: 'helgbemanning',
          natdroger: 'nätdroger',
        };
        expect(reply.text, text).toContain(words[promise]);
        const placeNames: Record<string, string> = {
          centrum: 'Centrum',
          skolan: 'Skolan',
          foretag: 'Företag',
          e4: 'E4',
          'riksvag-392': 'Riksväg 392',
          ungdomsgarden: 'Ungdomsgården',
        };
        if (stored.place) expect(reply.text, text).toContain(placeNames[stored.place] ?? stored.place);
        const week = `v.${isoWeekOf(stored.date).week}`;
        expect(reply.text, text).toContain(week);
        if (!/förra veckan|v\.10|helgen/.test(text))
          expect(reply.text, text).toContain(formatDay(stored.date));
        expect(reply.text, text).toContain(`${stored.count} st`);
        const partnerNames: Record<string, string> = {
          socialtjansten: 'Socialtjänsten',
          kommunen: 'Kommunen',
          bra: 'BRÅ-gruppen',
          tullen: 'Tullen',
        };
        for (const p of stored.partners) expect(reply.text, text).toContain(partnerNames[p] ?? p);
        if (stored.note) expect(reply.text, text).toContain(`"${stored.note}"`);
      }),
      { numRuns: 300 },
    );
    expect(accepted).toBeGreaterThan(30);
  }, 120_000);
});
