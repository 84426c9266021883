// A short run of the load test (bench/load-slack.ts runs 30 s): 50 officers logging at once for 5 s
// through the Slack HTTP receiver, every tenth line sent twice → every line stored exactly once.
import { describe, expect, it } from 'vitest';
import { runSlackLoad } from '../../../bench/load-slack.ts';
import { findTestDatabases } from '../../helpers/databases.ts';

describe.each(await findTestDatabases('Slack under load'))('Slack under load on $name', ({ create }) => {
  it('stores every line of 50 concurrent officers exactly once, none lost, every request answered', async () => {
    const r = await runSlackLoad({ users: 50, seconds: 5, createDatabase: create });
    expect(r.requests).toBeGreaterThan(100);
    expect(r.duplicateDeliveries).toBeGreaterThan(0);
    expect(r.failed).toBe(0);
    expect(r.lost).toBe(0);
    expect(r.duplicates).toBe(0);
    expect(r.stored).toBe(r.lines);
    expect(r.requests).toBe(r.lines + r.duplicateDeliveries);
  }, 60_000);
});
