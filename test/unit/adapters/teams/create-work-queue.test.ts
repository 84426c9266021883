import { describe, expect, it } from 'vitest';
import { createWorkQueue } from '../../../../src/adapters/teams/messages/create-work-queue.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createWorkQueue', () => {
  it('answers within the request when the work is quick', async () => {
    const queue = createWorkQueue(1000, () => {});
    const done: string[] = [];
    await queue.run(async () => {
      await sleep(5);
      done.push('reply');
    });
    expect(done).toEqual(['reply']);
  });

  it('lets the request go after the budget and finishes the reply later; drain waits for it', async () => {
    const queue = createWorkQueue(20, () => {});
    const done: string[] = [];
    const started = Date.now();
    await queue.run(async () => {
      await sleep(150);
      done.push('slow reply');
    });
    expect(Date.now() - started).toBeLessThan(140);
    expect(done).toEqual([]);
    await queue.drain();
    expect(done).toEqual(['slow reply']);
  });

  it('reports a failed reply instead of throwing into the request', async () => {
    const errors: unknown[] = [];
    const queue = createWorkQueue(1000, (e) => errors.push(e));
    await queue.run(async () => {
      throw new Error('connector down');
    });
    expect(errors).toHaveLength(1);
  });
});
