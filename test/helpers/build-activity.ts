// One activity as the store returns it, for tests that build ledgers by hand; defaults are an
// Överkalix 2018 entry by one officer, and `extra` overrides any field.
import { readFileSync } from 'node:fs';
import type { Activity } from '../../src/domain/types.ts';

export const overkalixText = readFileSync(
  new URL('../../promises/overkalix-2018.yml', import.meta.url),
  'utf8',
);

let sequence = 0;

export function buildActivity(
  promiseIds: string | string[],
  date: string,
  extra: Partial<Activity> = {},
): Activity {
  sequence++;
  return {
    id: `t${sequence}`,
    setKey: 'overkalix-2018',
    promiseIds: Array.isArray(promiseIds) ? promiseIds : [promiseIds],
    date,
    time: null,
    place: null,
    count: 1,
    partners: [],
    targetGroups: [],
    methods: [],
    participants: ['console:anna'],
    note: null,
    planned: false,
    figures: {},
    userId: 'console:anna',
    platform: 'console',
    loggedAt: `${date}T12:00:00Z`,
    ...extra,
  };
}
