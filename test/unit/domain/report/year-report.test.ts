// A multi-year set whose targets start over each year (Piteå 2023–2025, `resetsEach: year`):
// `/rapport 2024` gives that year's targets and counts, and a tertial of it spends the year's
// tolerance in order. Numbers worked out by hand.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import { buildReport } from '../../../../src/domain/report/build-report.ts';
import { type ReportRequest, resolveReportScope } from '../../../../src/domain/report/report-scope.ts';
import type { PromiseReport, ReportModel } from '../../../../src/domain/report/types.ts';
import type { Activity } from '../../../../src/domain/types.ts';
import { act, datesEvery, loadExample } from '../../../integration/promise-kinds/example-harness.ts';

const set = loadExample('pitea-2023');

// Every Wednesday of 2024: 5 activities a week, except v.3 and v.4 (T1) and v.20 (T2) with 4.
const short = new Set(['2024-01-17', '2024-01-24', '2024-05-15']);
const ledger: Activity[] = [
  ...datesEvery('2024-01-03', '2024-12-25', 7).map((d) =>
    act('narvaro-vecka', d, { count: short.has(d) ? 4 : 5 }),
  ),
  // Three meetings at three places in 2024, one in 2023.
  act('medborgarmoten', '2023-05-10', { place: 'Hortlax', partners: ['kommunen'] }),
  act('medborgarmoten', '2024-03-05', { place: 'Centrum', partners: ['kommunen'] }),
  act('medborgarmoten', '2024-06-11', { place: 'Öjebyn', partners: ['foreningar'] }),
  act('medborgarmoten', '2024-10-08', { place: 'Norrfjärden', partners: ['kommunen'] }),
  // Fraud information, 3 for the whole period: one in 2023, one in 2024.
  act('bedragerier', '2023-11-02', { figures: { deltagare: 40 } }),
  act('bedragerier', '2024-04-18', { figures: { deltagare: 25 } }),
];

function report(request: ReportRequest, now = '2025-01-15T12:00'): ReportModel {
  const scope = resolveReportScope(set, request, now.slice(0, 10));
  if (!scope.ok) throw new Error(scope.error.message);
  return buildReport(set, ledger, parseNow(now, set.timeZone), {}, scope.value);
}

function promise(model: ReportModel, id: string): PromiseReport {
  const found = model.promises.find((p) => p.id === id);
  if (!found) throw new Error(`no promise ${id}`);
  return found;
}

describe('Piteå 2023–2025, the year 2024', () => {
  const y2024 = report({ year: 2024 });

  it('covers 2024 only', () => {
    expect(y2024.title.startsWith('År 2024: uppföljning av medborgarlöfte 2023–2025')).toBe(true);
    expect(y2024.period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(y2024.year).toBe(2024);
  });

  it('a target per year is that year’s: three meetings at three places', () => {
    const moten = promise(y2024, 'medborgarmoten');
    expect(moten.figures[0]).toBe('3 av 3 medborgarmöten');
    expect(moten.outcome).toBe('uppfyllt');
    expect(moten.activities).toHaveLength(3);
  });

  it('a target per week with 2 short weeks allowed a year: 3 short weeks is delvis uppfyllt', () => {
    const vecka = promise(y2024, 'narvaro-vecka');
    // 49 weeks × 5 + 3 weeks × 4 = 257.
    expect(vecka.figures.slice(0, 2)).toEqual([
      'Målet (minst 5 trafikkontroller per vecka) nåddes 49 av 52 veckor, totalt 257 trafikkontroller',
      'Under målet: v.3–4 2024, v.20 2024',
    ]);
    expect(vecka.outcome).toBe('delvis uppfyllt');
  });

  it('a count for the whole three years is shared by days: 3 × 366/1096 = 1,0', () => {
    const bedr = promise(y2024, 'bedragerier');
    expect(bedr.figures.slice(0, 3)).toEqual([
      'Under 2024: 1 bedrägeriinformation (pro rata 1,0 av 3 under perioden)',
      'Hela perioden t.o.m. 31 december 2024: 2 av 3 bedrägeriinformationer',
      'deltagare: 25',
    ]);
    // 2024 has ended: 1 against its share of 1,0 is met (issues 18 and 19).
    expect(bedr.verdict).toBe('uppfyllt');
  });

  it('a tertial of 2024 spends the year’s tolerance in order', () => {
    const t1 = report({ year: 2024, period: { unit: 'tertial', index: 1 } });
    // v.1–v.17: v.3 and v.4 short, both within the 2 allowed.
    expect(promise(t1, 'narvaro-vecka').outcome).toBe('uppfyllt');
    const t2 = report({ year: 2024, period: { unit: 'tertial', index: 2 } });
    // v.18–v.35: v.20 short, and the year's 2 were spent in T1.
    const vecka = promise(t2, 'narvaro-vecka');
    expect(vecka.figures[0]).toBe(
      'Målet (minst 5 trafikkontroller per vecka) nåddes 17 av 18 veckor, totalt 89 trafikkontroller',
    );
    expect(vecka.outcome).toBe('delvis uppfyllt');
  });

  it('the whole period is still one report', () => {
    const whole = report({}, '2026-01-15T12:00');
    expect(whole.scope).toBeUndefined();
    expect(whole.period).toEqual({ start: '2023-01-01', end: '2025-12-31' });
  });
});
