// Which dates `/rapport <period>` covers, and the Swedish refusal of a period the set does not have.
import { describe, expect, it } from 'vitest';
import type { ReportPeriod } from '../../../../src/domain/grammar/command.ts';
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';
import type { PromiseSetDef } from '../../../../src/domain/promise-set/schema.ts';
import { type ReportRequest, resolveReportScope } from '../../../../src/domain/report/report-scope.ts';
import { overkalixText } from '../../../helpers/build-activity.ts';
import { exampleText } from '../../../integration/promise-kinds/example-harness.ts';
import { createPeriodTestSet } from './period-test-set.ts';

const set = createPeriodTestSet();

function load(text: string): PromiseSetDef {
  const result = loadPromiseFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function scope(s: PromiseSetDef, request: ReportRequest, today = '2019-12-15') {
  const result = resolveReportScope(s, request, today);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function refusal(s: PromiseSetDef, request: ReportRequest, today = '2019-12-15'): string {
  const result = resolveReportScope(s, request, today);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error.message;
}

const p = (period: ReportPeriod, year?: number): ReportRequest => ({
  period,
  ...(year !== undefined ? { year } : {}),
});

describe('resolveReportScope', () => {
  it.each([
    [
      p({ unit: 'tertial', index: 1 }, 2019),
      '2019-01-01',
      '2019-04-30',
      'Tertial 1 (januari–april) 2019',
      't1-2019',
    ],
    [
      p({ unit: 'tertial', index: 2 }, 2019),
      '2019-05-01',
      '2019-08-31',
      'Tertial 2 (maj–augusti) 2019',
      't2-2019',
    ],
    [
      p({ unit: 'tertial', index: 3 }),
      '2019-09-01',
      '2019-12-31',
      'Tertial 3 (september–december) 2019',
      't3-2019',
    ],
    [
      p({ unit: 'quarter', index: 3 }, 2019),
      '2019-07-01',
      '2019-09-30',
      'Kvartal 3 (juli–september) 2019',
      'q3-2019',
    ],
    [
      p({ unit: 'half-year', index: 1 }),
      '2019-01-01',
      '2019-06-30',
      'Första halvåret (januari–juni) 2019',
      'h1-2019',
    ],
    [
      p({ unit: 'half-year', index: 2 }),
      '2019-07-01',
      '2019-12-31',
      'Andra halvåret (juli–december) 2019',
      'h2-2019',
    ],
    [p({ unit: 'month', index: 2 }, 2019), '2019-02-01', '2019-02-28', 'Februari 2019', '2019-02'],
    [
      p({ unit: 'week', index: 1 }, 2019),
      '2019-01-01',
      '2019-01-06',
      'Vecka 1 (31 december–6 januari) 2019',
      '2019-v01',
    ],
    [
      p({ unit: 'week', index: 14 }, 2019),
      '2019-04-01',
      '2019-04-07',
      'Vecka 14 (1–7 april) 2019',
      '2019-v14',
    ],
    [
      p({ unit: 'term', term: 'vt' }, 2019),
      '2019-01-07',
      '2019-06-14',
      'Vårterminen 2019 (7 januari–14 juni)',
      'vt-2019',
    ],
    [
      p({ unit: 'term', term: 'ht' }),
      '2019-08-19',
      '2019-12-20',
      'Höstterminen 2019 (19 augusti–20 december)',
      'ht-2019',
    ],
  ])('%j covers %s–%s', (request, start, end, heading, slug) => {
    expect(scope(set, request)).toMatchObject({ start, end, heading, slug });
  });

  it('clips a week across the new year to the period but keeps the unit whole for comparison', () => {
    expect(scope(set, p({ unit: 'week', index: 1 }, 2019))).toMatchObject({
      start: '2019-01-01',
      unitStart: '2018-12-31',
      unitEnd: '2019-01-06',
    });
  });

  it('without a year takes the latest such part that has begun', () => {
    expect(scope(set, p({ unit: 'tertial', index: 2 }), '2019-06-01')?.start).toBe('2019-05-01');
    const pitea = load(exampleText('pitea-2023'));
    expect(scope(pitea, p({ unit: 'tertial', index: 2 }), '2024-10-01')?.heading).toBe(
      'Tertial 2 (maj–augusti) 2024',
    );
    expect(scope(pitea, p({ unit: 'tertial', index: 3 }), '2024-10-01')?.heading).toBe(
      'Tertial 3 (september–december) 2024',
    );
    expect(scope(pitea, p({ unit: 'tertial', index: 3 }), '2026-02-01')?.slug).toBe('t3-2025');
  });

  it('reads a term as a half-year when the file has no terms', () => {
    const pitea = load(exampleText('pitea-2023'));
    expect(scope(pitea, p({ unit: 'term', term: 'ht' }, 2024), '2025-01-10')).toMatchObject({
      start: '2024-07-01',
      end: '2024-12-31',
      heading: 'Höstterminen (juli–december) 2024',
    });
  });

  it('gives a year of a multi-year set, and a school year', () => {
    const pitea = load(exampleText('pitea-2023'));
    expect(scope(pitea, { year: 2024 }, '2025-01-10')).toMatchObject({
      start: '2024-01-01',
      end: '2024-12-31',
      heading: 'År 2024',
      slug: '2024',
    });
    const laxa = load(exampleText('laxa-2018'));
    expect(scope(laxa, { year: 2018 }, '2019-03-01')).toMatchObject({
      start: '2018-07-01',
      end: '2018-12-31',
      unitStart: '2018-01-01',
    });
    expect(scope(laxa, p({ unit: 'school-year' }, 2018), '2019-08-01')).toMatchObject({
      start: '2018-07-01',
      end: '2019-06-30',
      heading: 'Läsåret 2018/19 (juli–juni)',
    });
  });

  it('is the whole report for no period, the set’s own year, or a part that covers the whole period', () => {
    expect(scope(set, {})).toBeNull();
    expect(scope(set, { year: 2019 })).toBeNull();
    const laxa = load(exampleText('laxa-2018'));
    expect(scope(laxa, p({ unit: 'school-year' }, 2019), '2020-08-01')).not.toBeNull();
    // Habo 2018, extended through 2019: "/rapport 2018" is still the whole (extended) follow-up.
    const habo = load(exampleText('habo-2018'));
    expect(scope(habo, { year: 2018 }, '2020-01-10')).toBeNull();
    expect(scope(habo, { year: 2019 }, '2020-01-10')?.start).toBe('2019-01-01');
  });

  it('refuses in Swedish what the set does not have, naming the period', () => {
    expect(refusal(set, p({ unit: 'tertial', index: 2 }, 2018))).toBe(
      'Tertial 2 2018 ligger utanför perioden 1 januari 2019–31 december 2019. Skriv t.ex. /rapport T2 2019.',
    );
    expect(refusal(set, p({ unit: 'tertial', index: 3 }, 2019), '2019-08-01')).toBe(
      'Tertial 3 2019 har inte börjat än (börjar 1 september 2019). Skriv /rapport för perioden hittills.',
    );
    expect(refusal(set, p({ unit: 'tertial', index: 4 }, 2019))).toBe(
      'Tertial 4 finns inte. Skriv ett nummer från 1 till 3.',
    );
    expect(refusal(set, p({ unit: 'week', index: 53 }, 2019))).toBe(
      '2019 har ingen vecka 53: året har 52 veckor. Skriv v.1–v.52.',
    );
    expect(refusal(set, p({ unit: 'term', term: 'vt' }, 2020))).toBe(
      'VT 2020 finns inte bland terminerna i löftesfilen (Vårterminen 2019, Höstterminen 2019). Skriv VT eller HT med terminens år.',
    );
    expect(refusal(set, { year: 2021 })).toBe(
      'Här följs Medborgarlöfte 2019 för Testby kommun (1 januari 2019–31 december 2019). Någon rapport för 2021 finns inte här; skriv /rapport 2019.',
    );
    const pitea = load(exampleText('pitea-2023'));
    expect(refusal(pitea, { year: 2026 }, '2026-02-01')).toBe(
      'Här följs Medborgarlöfte 2023–2025 för Piteå kommun (1 januari 2023–31 december 2025). Någon rapport för 2026 finns inte här; skriv /rapport 2023, 2024 eller 2025 för ett år, eller /rapport för hela perioden.',
    );
  });

  it('keeps Överkalix 2018 as it was: /rapport 2018 is the whole year', () => {
    expect(scope(load(overkalixText), { year: 2018 }, '2019-01-10')).toBeNull();
  });
});
