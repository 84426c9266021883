// One channel bound to an example promise set, in memory, with a clock the test moves: commands go
// through handleCommand exactly as a front end sends them.
import { createMemoryStore } from '../../../src/adapters/storage/memory-store.ts';
import { elapsedMs, parseNow } from '../../../src/app/clock.ts';
import type { AppDeps, CommandContext } from '../../../src/app/deps.ts';
import { getChannelDigest } from '../../../src/app/digest/get-channel-digest.ts';
import { createBindingCache } from '../../../src/app/get-bound-set.ts';
import { handleCommand } from '../../../src/app/handle-command.ts';
import { createLedgerCache } from '../../../src/app/ledger-cache.ts';
import { createRateLimiter } from '../../../src/app/rate-limiter.ts';
import type { PromiseSetDef } from '../../../src/domain/promise-set/schema.ts';
import type { Reply } from '../../../src/domain/reply.ts';
import { loadExample } from './example-harness.ts';

const audit = { actor: 'console:admin', platform: 'console' as const, action: 'test' };

/** `edit` changes the loaded file first, e.g. a date the published document does not give. */
export async function createChannel(
  key: string,
  start: string,
  edit: (set: PromiseSetDef) => PromiseSetDef = (set) => set,
) {
  const store = createMemoryStore();
  const set = edit(loadExample(key));
  let now = parseNow(start, set.timeZone);
  await store.savePromiseSet(set, audit, now);
  const channelId = `console:${key}`;
  await store.bindChannel({ channelId, platform: 'console', setKey: set.key, postTarget: null }, audit, now);
  await store.setRole(channelId, 'console:gruppen', 'group', audit, now);
  const deps: AppDeps = {
    log: { info() {}, warn() {}, error() {} },
    store,
    clock: { now: () => now },
    ledger: createLedgerCache(store),
    bindings: createBindingCache(store),
    rateLimiter: createRateLimiter(1000, elapsedMs),
    admins: [],
    timeZone: 'Europe/Stockholm',
  };
  const ctx = (user: string): CommandContext => ({
    channelId,
    platform: 'console',
    userId: `console:${user}`,
    platformUserId: `console:${user}`,
  });
  return {
    set,
    store,
    /** Moves the clock to a local time in the set's zone. */
    at(local: string) {
      now = parseNow(local, set.timeZone);
    },
    /** A line from an officer (or the group), as typed. */
    send(line: string, user = 'polis'): Promise<Reply> {
      return handleCommand(deps, ctx(user), line);
    },
    async digest(): Promise<string> {
      const binding = (await store.getChannel(channelId))!;
      return (await getChannelDigest(deps, binding, now))!.reply.text;
    },
  };
}
