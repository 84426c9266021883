// Promise sets and activities for the rule and status tests: the real Överkalix 2018 file, and
// small one-promise sets for the edge cases (week 53, mid-week starts).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  type CommitmentDef,
  commitmentSchema,
  type PromiseSetDef,
  promiseSetSchema,
} from '../../../../src/domain/promise-set/schema.ts';
import type { Activity } from '../../../../src/domain/types.ts';
import { buildActivity } from '../../../helpers/build-activity.ts';

export function loadOverkalix(): PromiseSetDef {
  const text = readFileSync(new URL('../../../../promises/overkalix-2018.yml', import.meta.url), 'utf8');
  return promiseSetSchema.parse(parse(text));
}

export function commitmentOf(set: PromiseSetDef, id: string): CommitmentDef {
  const found = set.promises.find((p) => p.id === id);
  if (!found) throw new Error(`no promise ${id} in ${set.key}`);
  return found;
}

/** A set with one promise; `promise` is parsed, so schema defaults apply. */
export function singlePromiseSet(
  promise: Record<string, unknown>,
  period: { start: string; end: string } = { start: '2018-01-01', end: '2018-12-31' },
): PromiseSetDef {
  const commitment = commitmentSchema.parse({
    id: 'p',
    category: 'Test',
    title: 'Testlöfte',
    text: 'Ett löfte för test.',
    words: ['medborgarkontakt'],
    ...promise,
  });
  return promiseSetSchema.parse({
    key: 'test-set',
    title: 'Test',
    municipality: 'Testkommun',
    policeArea: 'Testområde',
    period,
    reportDue: period.end,
    places: [
      { id: 'centrum', name: 'Centrum' },
      { id: 'skolan', name: 'Skolan' },
    ],
    partners: [{ id: 'socialtjansten', name: 'Socialtjänsten' }],
    promises: [commitment],
  });
}

/** An Överkalix entry at Centrum by one officer, from the shared builder; `extra` overrides any field. */
export function activity(
  promiseIds: string | string[],
  date: string,
  extra: Partial<Activity> = {},
): Activity {
  return buildActivity(promiseIds, date, {
    place: 'centrum',
    participants: ['console:local:anna'],
    userId: 'console:local:anna',
    loggedAt: `${date}T20:00:00+01:00`,
    ...extra,
  });
}

/** One activity per date. */
export function activities(promiseId: string, dates: string[], extra: Partial<Activity> = {}): Activity[] {
  return dates.map((d) => activity(promiseId, d, extra));
}

/** Monday 19 March 2018 08:00 in Stockholm: week 12, eleven completed weeks (the acceptance clock). */
export const MONDAY_W12 = new Date('2018-03-19T08:00:00+01:00');
