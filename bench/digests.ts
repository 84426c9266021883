// Digest benchmark: every digest for 300 bound channels, each on its own set of ten promises with
// a year of activity (about 400 activities each), computed in one run. Target: under 1 s.
// Storage is the in-memory store, so the figure is the composing work (status, digest, rendering).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMemoryStore } from '../src/adapters/storage/memory-store.ts';
import { composeAllDigests } from '../src/app/digest/compose-all-digests.ts';
import { createLedgerCache } from '../src/app/ledger-cache.ts';
import type { ExportData, StoredActivity } from '../src/app/ports.ts';
import { loadPromiseFile } from '../src/domain/promise-set/load-promise-file.ts';
import { figures, printTable } from './stats.ts';

const CHANNELS = Number(process.env.BENCH_CHANNELS ?? 300);
const PER_SET = 400;
const loaded = loadPromiseFile(
  readFileSync(join(import.meta.dirname, '..', 'promises', 'overkalix-2018.yml'), 'utf8'),
);
if (!loaded.ok) throw new Error('promise file');
const base = loaded.value;
const loggable = base.promises.filter((p) => p.rule.kind !== 'deadline');

// A small deterministic generator, so runs compare.
let seed = 12345;
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

// Loaded in one import (createActivity one by one would make the setup, not the digests, the story).
const sets: ExportData['sets'] = [];
const bindings: ExportData['bindings'] = [];
const rows: StoredActivity[] = [];
const importedAt = '2018-01-01T00:00:00.000Z';
for (let i = 0; i < CHANNELS; i++) {
  const def = { ...base, key: `bench-${i}` };
  sets.push({ key: def.key, version: 1, def, importedAt, importedBy: 'bench' });
  bindings.push({
    channelId: `slack:T1:C${i}`,
    platform: 'slack',
    setKey: def.key,
    postTarget: null,
    boundAt: importedAt,
  });
  for (let j = 0; j < PER_SET; j++) {
    const promise = pick(loggable);
    const date = new Date(Date.UTC(2018, 0, 1 + Math.floor(next() * 287))).toISOString().slice(0, 10);
    rows.push({
      id: `b${i}-${j}`,
      setKey: def.key,
      promiseIds: [promise.id],
      date,
      time: null,
      place: pick(base.places).id,
      count: 1,
      partners: promise.partners
        ? [...(promise.partners.allOf ?? promise.partners.anyOf?.slice(0, 1) ?? [])]
        : [],
      targetGroups: [],
      methods: [],
      participants: ['slack:T1:U1'],
      note: null,
      planned: next() < 0.03,
      figures: {},
      userId: 'slack:T1:U1',
      platform: 'slack',
      loggedAt: `${date}T18:00:00.000Z`,
      createdRevision: j + 1,
      undoneAt: null,
      undoneBy: null,
      undoneRevision: null,
      dedupeKey: null,
    });
  }
}
const store = createMemoryStore();
const imported = await store.importAll({
  version: 1,
  sets,
  bindings,
  roles: [],
  activities: rows,
  audit: [],
  revisions: sets.map((s) => ({ setKey: s.key, revision: PER_SET })),
  runs: [],
});
if (!imported.ok) throw new Error(imported.error.message);

const now = new Date('2018-10-15T06:00:00Z');
const ledger = createLedgerCache(store);
const deps = { store, ledger };
const runs: number[] = [];
let count = 0;
for (let r = 0; r < 6; r++) {
  const start = performance.now();
  count = (await composeAllDigests(deps, now)).length;
  runs.push(performance.now() - start);
}
const [cold, ...warm] = runs;
console.log(`\nDigests: ${count} channels × ${base.promises.length} promises, ${PER_SET} activities each`);
console.log(`first run (ledger loaded): ${cold!.toFixed(1)} ms; target < 1000 ms`);
printTable('All digests in one run (warm ledger cache)', [['300 digests', figures(warm)]]);
