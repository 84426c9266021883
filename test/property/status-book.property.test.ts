// The status book keeps tallies current one write at a time; whatever sequence of entries and undos
// reaches it, the status it gives must be the status computed afresh from the entries that remain.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPromiseFile } from '../../src/domain/promise-set/load-promise-file.ts';
import type { PromiseSetDef } from '../../src/domain/promise-set/schema.ts';
import { prepareRule } from '../../src/domain/rules/tally.ts';
import { lastCompletedDay } from '../../src/domain/rules/timeline.ts';
import { computeStatus, createStatusBook } from '../../src/domain/status/compute-status.ts';
import type { Activity } from '../../src/domain/types.ts';
import { buildActivity } from '../helpers/build-activity.ts';
import { evaluatorFor } from '../helpers/evaluate-kind.ts';

const evaluateWeeklyAverage = evaluatorFor('weekly-average');

const files = [
  new URL('../../promises/overkalix-2018.yml', import.meta.url),
  ...readdirSync(new URL('../../promises/examples/', import.meta.url))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => new URL(`../../promises/examples/${f}`, import.meta.url)),
];
const sets: PromiseSetDef[] = files.map((file) => {
  const loaded = loadPromiseFile(readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error(`${file}: ${loaded.errors.map((e) => e.message).join('; ')}`);
  return loaded.value;
});

const DAY_MS = 86_400_000;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

function activityArb(set: PromiseSetDef, id: number): fc.Arbitrary<Activity> {
  const promiseIds = set.promises.map((p) => p.id);
  const figureIds = [...new Set(set.promises.flatMap((p) => p.figures.map((f) => f.id)))];
  const from = dayOf(set.period.start) - 10;
  const to = dayOf(set.period.extendedTo ?? set.period.end) + 10;
  return fc
    .record({
      promiseIds: fc.uniqueArray(fc.constantFrom(...promiseIds), { minLength: 1, maxLength: 2 }),
      day: fc.integer({ min: from, max: to }),
      time: fc.option(fc.constantFrom('06:30', '12:00', '19:15', '23:40'), { nil: null }),
      place: fc.option(fc.constantFrom(...set.places.map((p) => p.id), 'okand-plats'), { nil: null }),
      count: fc.integer({ min: 0, max: 5 }),
      partners: fc.subarray(set.partners.map((p) => p.id)),
      targetGroups: fc.subarray(set.targetGroups.map((g) => g.id)),
      methods: fc.subarray(set.methods.map((m) => m.id)),
      planned: fc.boolean(),
      figures: fc.dictionary(
        fc.constantFrom(...(figureIds.length > 0 ? figureIds : ['inga'])),
        fc.integer({ min: 0, max: 50 }),
      ),
    })
    .map((r) => ({
      id: `a${id}`,
      setKey: set.key,
      promiseIds: r.promiseIds,
      date: isoOf(r.day),
      time: r.time,
      place: r.place,
      count: r.count,
      partners: r.partners,
      targetGroups: r.targetGroups,
      methods: r.methods,
      participants: ['console:anna'],
      note: null,
      planned: r.planned,
      figures: r.figures,
      userId: 'console:anna',
      platform: 'console' as const,
      loggedAt: `${isoOf(r.day)}T12:00:00Z`,
    }));
}

/** Entries, each with whether it is undone later. */
const scenarioArb = fc.integer({ min: 0, max: sets.length - 1 }).chain((index) => {
  const set = sets[index]!;
  const span = dayOf(set.period.extendedTo ?? set.period.end) - dayOf(set.period.start);
  return fc.record({
    set: fc.constant(set),
    entries: fc
      .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 40 })
      .chain((ids) => fc.tuple(...ids.map((_, i) => fc.tuple(activityArb(set, i), fc.boolean())))),
    nowDay: fc.integer({ min: dayOf(set.period.start) - 5, max: dayOf(set.period.start) + span + 40 }),
  });
});

describe('status book', () => {
  it('gives the status computed afresh, whatever entries and undos reached it', () => {
    fc.assert(
      fc.property(scenarioArb, ({ set, entries, nowDay }) => {
        const now = new Date(`${isoOf(nowDay)}T10:00:00Z`);
        const book = createStatusBook(set);
        const kept: Activity[] = [];
        // Undos come after later entries, so they take back rows from the middle of the tallies.
        for (const [activity] of entries) book.add(activity);
        for (const [activity, undone] of entries) {
          if (undone) book.remove(activity);
          else kept.push(activity);
        }
        expect(book.status(now)).toEqual(computeStatus(set, kept, now));
        // A status taken earlier is not changed by later writes.
        const before = book.status(now);
        const snapshot = structuredClone(before);
        for (const activity of kept) book.remove(activity);
        expect(before).toEqual(snapshot);
        expect(book.status(now)).toEqual(computeStatus(set, [], now));
      }),
      { numRuns: 150 },
    );
  });

  it('gives only the promises asked for, in the set order', () => {
    const set = sets[0]!;
    const book = createStatusBook(set);
    const ids = set.promises.map((p) => p.id);
    const asked = [ids[2]!, ids[0]!];
    const status = book.status(new Date('2018-05-01T10:00:00Z'), {}, asked);
    expect(status.promises.map((p) => p.id)).toEqual([ids[0], ids[2]]);
  });

  it('counts for a weekly average what is dated up to the last completed Sunday, also when the period starts mid-week', () => {
    const overkalix = sets[0]!;
    fc.assert(
      fc.property(
        fc.constantFrom('2018-01-01', '2018-03-02', '2018-03-03', '2018-03-08'),
        fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 30 }),
        fc.integer({ min: -3, max: 130 }),
        (start, days, nowOffset) => {
          const set = { ...overkalix, period: { ...overkalix.period, start } };
          const promise = set.promises.find((p) => p.rule.kind === 'weekly-average')!;
          const activities = days.map((d, i) => ({
            ...buildActivity(promise.id, isoOf(dayOf(start) + d), { setKey: set.key, count: 1 + (i % 3) }),
            place: promise.places?.watch[0] ?? null,
          }));
          const now = new Date(`${isoOf(dayOf(start) + nowOffset)}T10:00:00Z`);
          const prepared = prepareRule(promise, set, activities, now);
          const evaluation = evaluateWeeklyAverage(promise, set, activities, now, prepared);
          // The definition, read straight off the qualifying activities.
          const lastDay = lastCompletedDay(prepared.timeline);
          const expected = prepared.timeline.ended
            ? prepared.tally.count
            : prepared.tally.qualifying.filter((a) => a.date <= lastDay).reduce((n, a) => n + a.count, 0);
          expect(evaluation.countCompleted).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
