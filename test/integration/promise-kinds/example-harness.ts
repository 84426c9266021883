// Example promise files and activities for the promise-kind tests: a set loaded as an admin would,
// activities as the store returns them, and the status at a local time.
import { readFileSync } from 'node:fs';
import { parseNow } from '../../../src/app/clock.ts';
import { loadPromiseFile } from '../../../src/domain/promise-set/load-promise-file.ts';
import type { PromiseSetDef } from '../../../src/domain/promise-set/schema.ts';
import { computeStatus } from '../../../src/domain/status/compute-status.ts';
import type { PromiseStatus, RuleContext, SetStatus } from '../../../src/domain/status/types.ts';
import type { Activity } from '../../../src/domain/types.ts';
import { buildActivity } from '../../helpers/build-activity.ts';

export function exampleText(key: string): string {
  return readFileSync(new URL(`../../../promises/examples/${key}.yml`, import.meta.url), 'utf8');
}

export function loadExample(key: string): PromiseSetDef {
  const result = loadPromiseFile(exampleText(key));
  if (!result.ok) throw new Error(`${key}: ${JSON.stringify(result.errors)}`);
  return result.value;
}

export function act(promiseIds: string | string[], date: string, extra: Partial<Activity> = {}): Activity {
  return buildActivity(promiseIds, date, { setKey: 'example', loggedAt: `${date}T20:00:00+01:00`, ...extra });
}

/** Every date from `start` to `end` stepping `days`, e.g. weekly visits. */
export function datesEvery(start: string, end: string, days: number): string[] {
  const out: string[] = [];
  for (
    let d = new Date(`${start}T12:00:00Z`);
    d.toISOString().slice(0, 10) <= end;
    d.setUTCDate(d.getUTCDate() + days)
  ) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

export function statusAt(
  set: PromiseSetDef,
  activities: Activity[],
  local: string,
  context: RuleContext = {},
): SetStatus {
  return computeStatus(set, activities, parseNow(local, set.timeZone), context);
}

export function promiseOf(status: SetStatus, id: string): PromiseStatus {
  const found = status.promises.find((p) => p.id === id);
  if (!found) throw new Error(`no promise ${id}`);
  return found;
}
