// The scripts both direct write paths (better-sqlite3, pg) are compared with the Prisma path on: the same
// calls go to a store on each path, and the answers and rows must agree.
import { expect } from 'vitest';
import type { AuditInput, Store } from '../../src/app/ports.ts';

/**
 * A claim's life: a Slack request's signature once, then replayed; a digest claimed, too fresh to take
 * over, stale and taken over, deferred, due again, sent; another failed. Returns each claim's answer
 * (expected: true, false, true, false, true, false, true, false, false).
 */
export async function claimLifecycle(store: Store, at: (seconds: number) => Date): Promise<boolean[]> {
  const claims = [
    // A Slack request's signature: once, then a replay to another replica within the window.
    await store.claimRun('slack-request:abc', 'slack-http', at(0), 600_000),
    await store.claimRun('slack-request:abc', 'slack-http', at(1), 600_000),
    // A digest: claimed, too fresh to take over, stale and taken over, deferred, due again.
    await store.claimRun('digest:w12', 'a', at(0), 60_000),
    await store.claimRun('digest:w12', 'b', at(59), 60_000),
    await store.claimRun('digest:w12', 'b', at(60), 60_000),
  ];
  await store.deferRun('digest:w12', at(1800));
  claims.push(await store.claimRun('digest:w12', 'c', at(600), 60_000));
  claims.push(await store.claimRun('digest:w12', 'c', at(1800), 60_000));
  // Sent, and failed: never claimed again.
  await store.markRunSent('digest:w12', at(1801), '1521446400.000100');
  claims.push(await store.claimRun('digest:w12', 'd', at(90_000), 60_000));
  await store.claimRun('digest:w13', 'a', at(0), 60_000);
  await store.failRun('digest:w13', 'terminal:not-in-channel', at(1));
  claims.push(await store.claimRun('digest:w13', 'b', at(90_000), 60_000));
  return claims;
}

/** Judgements written through both paths read back alike, in order, with their times and odd text. */
export async function expectJudgementsReadAlike(
  direct: Store,
  viaPrisma: Store,
  who: AuditInput,
  now: Date,
): Promise<void> {
  const judge = { setKey: 'overkalix-2018', promiseId: 'trygghetsvandring', userId: 'slack:T1:U1' };
  await direct.setJudgement(
    { ...judge, status: 'släpar', reason: 'Ingen "vandring" – åäö \\ än', date: '2018-03-20' },
    who,
    new Date('2018-03-20T18:31:02.000Z'),
  );
  await viaPrisma.setJudgement(
    { ...judge, status: 'i fas', reason: null, date: '2018-03-21' },
    who,
    new Date('2018-03-21T07:00:00.5Z'),
  );
  await direct.setJudgement(
    { ...judge, setKey: 'habo-2018', status: 'uppfyllt', reason: null, date: '2018-03-21' },
    who,
    now,
  );
  const found = await direct.findJudgements('overkalix-2018');
  expect(found.map((j) => [j.status, j.reason, j.at])).toEqual([
    ['släpar', 'Ingen "vandring" – åäö \\ än', '2018-03-20T18:31:02.000Z'],
    ['i fas', null, '2018-03-21T07:00:00.500Z'],
  ]);
  expect(found).toEqual(await viaPrisma.findJudgements('overkalix-2018'));
  expect(await direct.findJudgements('habo-2018')).toEqual(await viaPrisma.findJudgements('habo-2018'));
  expect(await direct.findJudgements('none')).toEqual([]);
}
