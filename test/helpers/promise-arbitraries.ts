// Random ledgers over the seed and every example promise file, for property tests: activities of any
// promise, date (a little outside the period too), place, count, partners, tags and figures, planned or not.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { loadPromiseFile } from '../../src/domain/promise-set/load-promise-file.ts';
import type { PromiseSetDef } from '../../src/domain/promise-set/schema.ts';
import type { Activity } from '../../src/domain/types.ts';

const files = [
  new URL('../../promises/overkalix-2018.yml', import.meta.url),
  ...readdirSync(new URL('../../promises/examples/', import.meta.url))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => new URL(`../../promises/examples/${f}`, import.meta.url)),
];
export const sets: PromiseSetDef[] = files.map((file) => {
  const loaded = loadPromiseFile(readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error(`${file}: ${loaded.errors.map((e) => e.message).join('; ')}`);
  return loaded.value;
});

export const DAY_MS = 86_400_000;
export const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

export function activityArb(set: PromiseSetDef, id: number): fc.Arbitrary<Activity> {
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
export const scenarioArb = fc.integer({ min: 0, max: sets.length - 1 }).chain((index) => {
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
