// Every count in a reply, status or report agrees with its number: "1 loggad räknas inte", "2 loggade
// räknas inte", "inom 1 vecka", "1 löfte". Written through one helper (countOf); checked here where
// users read them, with 1 and with more.
import { describe, expect, it } from 'vitest';
import { handleCommand } from '../../../src/app/handle-command.ts';
import { summariseOutcomes } from '../../../src/domain/report/build-report.ts';
import type { PromiseReport } from '../../../src/domain/report/types.ts';
import { createCoreHarness } from '../../helpers/core-deps.ts';
import { createChannel } from '../../integration/promise-kinds/kinds-harness.ts';

describe('counts in user text agree with their number', () => {
  it('/status says "1 loggad räknas inte", then "2 loggade räknas inte"', async () => {
    const h = await createCoreHarness('2018-03-20T10:00:00');
    const run = (line: string) => handleCommand(h.deps, h.ctx, line);
    expect((await run('logga riskkväll igår ändå')).text).toMatch(/^Räknas inte: /);
    expect((await run('status')).text).toContain('1 loggad räknas inte: samverkanspart saknas');
    expect((await run('logga riskkväll i förrgår ändå')).text).toMatch(/^Räknas inte: /);
    const status = (await run('status')).text;
    expect(status).toContain('2 loggade räknas inte: samverkanspart saknas');
    expect(status).not.toContain('1 loggad');
  });

  it('a response time of one week reads "1 vecka" in the reply and in /status', async () => {
    const mala = await createChannel('mala-2024', '2024-06-20T10:00', (set) => ({
      ...set,
      promises: set.promises.map((p) =>
        p.conditional ? { ...p, conditional: { ...p.conditional, respondWithinWeeks: 1 } } : p,
      ),
    }));
    // Noted on 3 June: 3 June + 7 days = Monday 10 June (v.24), past on 20 June.
    const noted = await mala.send('/logga önskemål trygghetsvandring 2024-06-03');
    expect(noted.text).toContain('svarstiden på 1 vecka gick ut vecka 24 (mån 10 juni)');
    expect((await mala.send('/status')).text).toContain('utan trygghetsvandring inom 1 vecka');
  });

  it('the report summary says "1 löfte" and "2 löften"', () => {
    const met = { final: true, outcome: 'uppfyllt' } as PromiseReport;
    expect(summariseOutcomes([met], 1).summary).toBe('1 löfte — uppfyllt: 1');
    expect(summariseOutcomes([met, met], 2).summary).toBe('2 löften — uppfyllt: 2');
  });
});
