// The smallest Överkalix 2018 set the storage tests save: one promise, a citizen contact a week on
// average. `lists` adds the places and partners a test needs the set's file to list.
import { type PromiseSetDef, promiseSetSchema } from '../../src/domain/promise-set/schema.ts';

export function createContactSet(lists: { places?: unknown[]; partners?: unknown[] } = {}): PromiseSetDef {
  return promiseSetSchema.parse({
    key: 'overkalix-2018',
    title: 'Medborgarlöften Överkalix 2018',
    municipality: 'Överkalix',
    policeArea: 'Östra Norrbotten',
    period: { start: '2018-01-01', end: '2018-12-31' },
    reportDue: '2019-01-31',
    ...lists,
    promises: [
      {
        id: 'medborgarkontakt',
        category: 'Trygghet',
        title: 'Medborgarkontakt',
        text: 'Minst en medborgarkontakt per vecka i snitt.',
        words: ['medborgarkontakt'],
        rule: { kind: 'weekly-average', target: 1 },
      },
    ],
  });
}
