// The chat rate limit as a user meets it: real elapsed time, a truthful refusal, and no limit at all
// for the one local user of the console.
import { describe, expect, it } from 'vitest';
import { handleCommand } from '../../../src/app/handle-command.ts';
import { createHarness, SET_KEY } from './app-harness.ts';

describe('rate limit in chat', () => {
  it('says the line was not saved and when to send it again', async () => {
    const h = await createHarness({ rateLimit: 2 });
    await h.run('U1', '/logga medborgarkontakt Centrum 2018-03-12');
    h.elapse(20_000);
    await h.run('U1', '/logga medborgarkontakt Centrum 2018-03-13');
    h.elapse(25_000);
    const refused = await h.run('U1', '/logga medborgarkontakt Centrum 2018-03-14');
    expect(refused.ok).toBe(false);
    expect(refused.text).toBe(
      'Inte sparat: du har skickat många kommandon den senaste minuten, så den här raden kördes inte och sparades inte. Skicka den igen om 15 sekunder.',
    );
    expect(await h.deps.store.findActivities(SET_KEY)).toHaveLength(2);
  });

  it('runs on elapsed time, not on the command clock: a fixed --now neither locks out nor lets through', async () => {
    const h = await createHarness({ rateLimit: 1 });
    expect((await h.run('U1', '/status')).ok).toBe(true);
    // The command clock jumps a day ahead; no real time passed, so the window still holds.
    h.setNow('2018-03-20T08:00:00');
    expect((await h.run('U1', '/status')).error?.code).toBe('rate-limited');
    // Real time passes while the command clock stands still (as with --now): the user is let in.
    h.elapse(60_001);
    expect((await h.run('U1', '/status')).ok).toBe(true);
  });
});

describe('no rate limit for the console', () => {
  it('stores every line of a long session from the one local user', async () => {
    const h = await createHarness({ rateLimit: 3 });
    const ctx = { ...h.ctx('lokal'), platform: 'console' as const, userId: 'console:lokal' };
    const replies = [];
    for (let day = 1; day <= 28; day++) {
      replies.push(
        await handleCommand(
          h.deps,
          ctx,
          `/logga medborgarkontakt Centrum 2018-02-${String(day).padStart(2, '0')}`,
        ),
      );
    }
    expect(replies.filter((r) => !r.ok)).toEqual([]);
    expect(await h.deps.store.findActivities(SET_KEY)).toHaveLength(28);
  });
});
