// issue 19: a tertial report's pro-rata share of a count for the whole period, for a promise that
// applies only some months (`months: [nov, dec, jan, feb, mar]`): the share is taken over the days of the
// included months only, so a tertial of May–August gets none of the target. Worked out by hand:
// included days in 2025: januari 31 + februari 28 + mars 31 = 90 (tertial 1), november 30 + december 31
// = 61 (tertial 3), 151 in all.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import { buildReport } from '../../../../src/domain/report/build-report.ts';
import { resolveReportScope } from '../../../../src/domain/report/report-scope.ts';
import { createSetFixture } from '../../../helpers/promise-set-fixture.ts';

const { set, act } = createSetFixture(`key: vinter-2025
format: 2
title: Medborgarlöfte 2025
municipality: Testkommun
policeArea: LPO Test
period: { start: 2025-01-01, end: 2025-12-31 }
reportDue: 2026-01-31
promises:
  - id: vinter
    category: Trygghet
    title: Vinterpatruller
    text: Minst 20 patruller under vintern.
    words: [vinterpatrull]
    rule: { kind: count, target: 20, per: period, months: [nov, dec, jan, feb, mar] }
`);

const tertial = (index: number, entries = ledger) => {
  const scope = resolveReportScope(set, { period: { unit: 'tertial', index }, year: 2025 }, '2026-01-10');
  if (!scope.ok || !scope.value) throw new Error(JSON.stringify(scope));
  return buildReport(set, entries, parseNow('2026-01-10T12:00', set.timeZone), {}, scope.value).promises[0]!;
};

// 12 patrols in tertial 1 (January–March), 2 in April (left out: not counted).
const ledger = [
  ...['2025-01-08', '2025-01-15', '2025-01-22', '2025-01-29'].map((d) => act('vinter', d, { count: 3 })),
  act('vinter', '2025-04-10', { count: 2 }),
];

describe('pro-rata share of a count that applies only some months', () => {
  it('tertial 1 gets 90 of the 151 included days: 20 × 90/151 = 11,9', () => {
    const t1 = tertial(1);
    // Over all days it would be 20 × 120/365 = 6,6.
    expect(t1.target).toBe(
      'minst 20 vinterpatruller under perioden (bara november–mars) (pro rata för tertial 1 2025: 11,9)',
    );
    expect(t1.figures[0]).toBe(
      'Under tertial 1 2025: 12 vinterpatruller (pro rata 11,9 av 20 under perioden)',
    );
    // 12 of a share of 11,9 is met.
    expect(t1.verdict).toBe('uppfyllt');
  });

  it('tertial 3 gets 61 of 151: 20 × 61/151 = 8,1; tertial 2 (May–August) none: ej aktuell', () => {
    expect(tertial(3).figures[0]).toBe(
      'Under tertial 3 2025: 0 vinterpatruller (pro rata 8,1 av 20 under perioden)',
    );
    const t2 = tertial(2);
    expect(t2.figures[0]).toBe('Under tertial 2 2025: 0 vinterpatruller (pro rata 0,0 av 20 under perioden)');
    // No winter month in May–August: nothing to keep in the part, not "uppfyllt" for doing nothing.
    expect(t2.outcome).toBe('ej aktuell');
    expect(t2.verdict).toBe('ej aktuell');
  });
});
