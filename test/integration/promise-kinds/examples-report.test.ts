// The year-end report of example sets: outcomes, a person-set status with its reason, uncovered
// members and ej aktuell, as the follow-up prints them.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../src/app/clock.ts';
import { buildReport } from '../../../src/domain/report/build-report.ts';
import { act, loadExample } from './example-harness.ts';

describe('year-end report for the new promise kinds', () => {
  it('Töreboda 2021: judged outcomes with who, when and why; on-request help ej aktuell', () => {
    const set = loadExample('toreboda-2021');
    const judgements = [
      {
        setKey: set.key,
        promiseId: 'unga-lagforing',
        status: 'släpar' as const,
        reason: 'två insatser inställda p.g.a. resursbrist',
        userId: 'console:gruppen',
        at: '2021-12-10T10:00:00.000Z',
        date: '2021-12-10',
      },
    ];
    const activities = [act('unga-lagforing', '2021-04-01'), act('unga-lagforing', '2021-09-14')];
    const report = buildReport(set, activities, parseNow('2022-01-05T12:00', set.timeZone), { judgements });
    const unga = report.promises.find((p) => p.id === 'unga-lagforing')!;
    // "släpar" says how it goes, not how it went: the year ends asking for a final judgement (issue 19).
    expect(unga.outcome).toBe('ej bedömd');
    expect(unga.figures).toEqual([
      '2 aktiviteter loggade, senast 14 september 2021',
      'Senaste lägesbedömning: släpar 10 december 2021 av gruppen: "två insatser inställda p.g.a. resursbrist"',
      'Slutlig bedömning saknas: /loften bedöm unga-lagforing <uppfyllt|ej uppfyllt|ej aktuell> "orsak"',
    ]);
    const hjalp = report.promises.find((p) => p.id === 'hjalp-ur-kriminalitet')!;
    expect(hjalp.outcome).toBe('ej aktuell');
    expect(hjalp.figures[0]).toBe('Ej aktuellt: de som själva söker hjälp – inträffade inte under perioden');
    expect(report.summary).toContain('ej aktuell: 1');
  });

  it('Ljusdal 2019: the youth centre without a theme evening is named', () => {
    const set = loadExample('ljusdal-2019');
    const activities = [
      act('temakvall-per-termin', '2019-03-14', { place: 'metro' }),
      act('temakvall-per-termin', '2019-04-11', { place: 'kaken' }),
      act('temakvall-per-termin', '2019-10-10', { place: 'metro' }),
    ];
    const report = buildReport(set, activities, parseNow('2020-01-10T12:00', set.timeZone));
    const tema = report.promises.find((p) => p.id === 'temakvall-per-termin')!;
    expect(tema.outcome).toBe('delvis uppfyllt');
    expect(tema.figures).toContain('Ej täckt: Kåken (höstterminen 2019)');
    const polis = report.promises.find((p) => p.id === 'polis-pa-temakvallar')!;
    expect(polis.figures).toContain('Ej täckt: Temakväll Kåken ht (14 november)');
  });
});

describe('report of an extended period', () => {
  it('Habo 2018 extended through 2019 is followed up to the end of 2019', () => {
    const set = loadExample('habo-2018');
    const activities = [
      act('temadag-lag-och-ratt', '2018-10-04', { targetGroups: ['ak7'] }),
      act('temadag-lag-och-ratt', '2019-10-03', { targetGroups: ['ak7'] }),
    ];
    const report = buildReport(set, activities, parseNow('2020-01-10T12:00', set.timeZone));
    expect(report.period).toEqual({ start: '2018-01-01', end: '2019-12-31' });
    const tema = report.promises.find((p) => p.id === 'temadag-lag-och-ratt')!;
    expect(tema.outcome).toBe('uppfyllt');
    expect(tema.figures).toContain('2 av 2, klar tor 3 oktober 2019 (senast 31 december 2019)');
    expect(tema.figures).toContain('Per målgrupp: Årskurs 7 2');
  });
});
