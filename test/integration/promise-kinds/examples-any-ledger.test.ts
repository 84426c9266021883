// Any ledger, any moment: every example set yields a valid status and a readable line per promise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderStatusLine } from '../../../src/domain/status/render-status-line.ts';
import { statusWords } from '../../../src/domain/status/status-words.ts';
import type { Judgement } from '../../../src/domain/status/types.ts';
import { act, loadExample, statusAt } from './example-harness.ts';

const KEYS = [
  'habo-2018',
  'laxa-2018',
  'ljusdal-2019',
  'lulea-2018',
  'mala-2024',
  'pitea-2023',
  'toreboda-2021',
  'vingaker-2017',
];
const STATUS = ['uppfyllt', 'i fas', 'släpar', 'ej uppfyllt', 'ej aktuell', 'ej bedömd'];
const OUTCOME = ['uppfyllt', 'delvis uppfyllt', 'ej uppfyllt', 'ej aktuell', 'ej bedömd'];

const day = (start: string, offset: number) => {
  const d = new Date(`${start}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

describe.each(KEYS)('%s under any ledger', (key) => {
  const set = loadExample(key);
  const ids = set.promises.map((p) => p.id);
  const places = [null, ...set.places.map((p) => p.id), 'fritext'];
  const span = Math.round(
    (Date.parse(set.period.extendedTo ?? set.period.end) - Date.parse(set.period.start)) / 86_400_000,
  );
  const entry = fc.record({
    promise: fc.constantFrom(...ids),
    also: fc.option(fc.constantFrom(...ids), { nil: undefined }),
    offset: fc.integer({ min: -10, max: span + 10 }),
    count: fc.integer({ min: 0, max: 6 }),
    place: fc.constantFrom(...places),
    time: fc.option(fc.constantFrom('03:00', '10:00', '21:30', '23:59'), { nil: null }),
    partner: fc.option(fc.constantFrom(...set.partners.map((p) => p.id), 'okand'), { nil: undefined }),
    planned: fc.boolean(),
  });
  const judged = fc.record({
    promise: fc.constantFrom(...ids),
    status: fc.constantFrom(...(STATUS as Judgement['status'][])),
    offset: fc.integer({ min: 0, max: span }),
  });

  it('never throws; statuses, outcomes and lines are always valid', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 60 }),
        fc.array(judged, { maxLength: 5 }),
        fc.integer({ min: -5, max: span + 40 }),
        (entries, judgements, nowOffset) => {
          const activities = entries.map((e) =>
            act(
              e.also && e.also !== e.promise ? [e.promise, e.also] : e.promise,
              day(set.period.start, e.offset),
              {
                count: e.count,
                place: e.place,
                time: e.time,
                partners: e.partner ? [e.partner] : [],
                planned: e.planned,
              },
            ),
          );
          const stored: Judgement[] = judgements.map((j) => {
            const date = day(set.period.start, j.offset);
            return {
              setKey: set.key,
              promiseId: j.promise,
              status: j.status,
              reason: 'orsak',
              userId: 'console:g',
              at: `${date}T09:00:00.000Z`,
              date,
            };
          });
          const status = statusAt(set, activities, `${day(set.period.start, nowOffset)}T12:00`, {
            judgements: stored,
          });
          for (const ps of status.promises) {
            expect(STATUS).toContain(ps.status);
            expect(OUTCOME).toContain(ps.outcome);
            expect(ps.count).toBeGreaterThanOrEqual(0);
            const line = renderStatusLine(ps, statusWords(status));
            expect(line).not.toMatch(/undefined|NaN|null/);
            expect(line.length).toBeGreaterThan(3);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
