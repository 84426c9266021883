// A fresh database gets the default promise set and a local console channel bound to it, so the
// first command in a new checkout works at once.
import type { AppDeps } from './deps.ts';
import { importPromiseSet } from './import-promise-set.ts';

export const CONSOLE_CHANNEL = 'console:lokal';

export async function ensureDefaults(deps: AppDeps, defaultFileText: () => Promise<string>): Promise<void> {
  const audit = { actor: 'system:start', platform: 'console' as const, action: 'seed' };
  let sets = await deps.store.findPromiseSets();
  if (sets.length === 0) {
    const result = await importPromiseSet(deps, await defaultFileText(), audit);
    if (!result.ok) throw new Error(`default promise file is invalid:\n${result.message}`);
    sets = [result.set];
  }
  if (!(await deps.store.getChannel(CONSOLE_CHANNEL))) {
    const first = sets[0]!;
    await deps.store.bindChannel(
      { channelId: CONSOLE_CHANNEL, platform: 'console', setKey: first.key, postTarget: null },
      audit,
      deps.clock.now(),
    );
  }
}
