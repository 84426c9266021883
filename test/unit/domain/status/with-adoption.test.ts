// The chief's adoption of the whole period's follow-up delivers the set's own summary promise in the
// status (`/status`, digest, January's reminder) just as it does in the report; a part's adoption, a
// late one or one not yet made change nothing. Read with the seed file (Överkalix 2018).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';
import type { ReportAdoption } from '../../../../src/domain/report/adoption.ts';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';
import { withAdoption } from '../../../../src/domain/status/with-adoption.ts';

const loaded = loadPromiseFile(
  readFileSync(new URL('../../../../promises/overkalix-2018.yml', import.meta.url), 'utf8'),
);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const set = loaded.value;

function adoption(date: string, part: ReportAdoption['part'] = null): ReportAdoption {
  return { setKey: set.key, part, userId: 'slack:U1', userName: 'Eva', at: `${date}T09:00:00.000Z`, date };
}

function summaryAt(now: string, adoptions: ReportAdoption[]) {
  const status = withAdoption(computeStatus(set, [], new Date(now)), set, adoptions);
  const own = status.promises.find((p) => p.kind === 'deadline' && p.due === set.reportDue)!;
  return own.kind === 'deadline' ? { status: own.status, doneDate: own.doneDate, alerts: own.alerts } : null;
}

describe('the adoption in the status', () => {
  it('meets the summary promise on the adoption’s day, with no alert left', () => {
    expect(summaryAt('2019-01-28T10:00:00Z', [adoption('2019-01-14')])).toEqual({
      status: 'uppfyllt',
      doneDate: '2019-01-14',
      alerts: [],
    });
  });

  it('is not counted for a part of the period, nor before it was made', () => {
    const part = adoption('2019-01-14', { slug: 't3-2018', label: 'tertial 3 2018' });
    expect(summaryAt('2019-01-28T10:00:00Z', [part])?.status).not.toBe('uppfyllt');
    expect(summaryAt('2019-01-10T10:00:00Z', [adoption('2019-01-14')])?.doneDate).toBeNull();
  });

  it('after the due date leaves the promise unmet', () => {
    expect(summaryAt('2019-02-10T10:00:00Z', [adoption('2019-02-05')])).toMatchObject({
      status: 'ej uppfyllt',
      doneDate: null,
    });
  });
});
