// A promise set from the text of a promise file, for the rule tests of the file format: entries in that
// set and one promise's status at a local time in the set's zone.
import { parseNow } from '../../src/app/clock.ts';
import { loadPromiseFile } from '../../src/domain/promise-set/load-promise-file.ts';
import type { PromiseSetDef } from '../../src/domain/promise-set/schema.ts';
import { computeStatus } from '../../src/domain/status/compute-status.ts';
import type { PromiseStatus } from '../../src/domain/status/types.ts';
import type { Activity } from '../../src/domain/types.ts';
import { buildActivity } from './build-activity.ts';

/** The set the text describes; the test's own file must load, so its errors fail the test. */
export function loadSetText(text: string): PromiseSetDef {
  const result = loadPromiseFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

export interface SetFixture {
  set: PromiseSetDef;
  /** One entry for a promise of the set (buildActivity's defaults, `extra` overriding them). */
  act(id: string, date: string, extra?: Partial<Activity>): Activity;
  /** A promise's status over the entries at a local time (`2022-07-04T12:00`). */
  statusOf(activities: Activity[], local: string, id: string): PromiseStatus;
}

export function createSetFixture(text: string): SetFixture {
  const set = loadSetText(text);
  return {
    set,
    act: (id, date, extra = {}) => buildActivity(id, date, { setKey: set.key, ...extra }),
    statusOf: (activities, local, id) =>
      computeStatus(set, activities, parseNow(local, set.timeZone)).promises.find((p) => p.id === id)!,
  };
}
