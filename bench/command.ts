// Issue 2: one command end to end (parse → write → status → reply text) on an SQLite database that
// already holds 100 000 activities in the same promise set, beside a raw better-sqlite3 insert baseline.
// With BENCH_DB=postgresql the same on a fresh PostgreSQL database (TEST_POSTGRES_URL), beside a raw
// `pg` single-row insert on the same server in the same run (issue 20).
// Run: npx tsx bench/command.ts   (figures go to docs/benchmarks.md)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore } from '../src/adapters/storage/open-store.ts';
import { elapsedMs, fixedClock, parseNow } from '../src/app/clock.ts';
import type { AppDeps } from '../src/app/deps.ts';
import { createBindingCache } from '../src/app/get-bound-set.ts';
import { handleCommand } from '../src/app/handle-command.ts';
import { createLedgerCache } from '../src/app/ledger-cache.ts';
import type { ExportData, StoredActivity } from '../src/app/ports.ts';
import { createRateLimiter } from '../src/app/rate-limiter.ts';
import { loadPromiseFile } from '../src/domain/promise-set/load-promise-file.ts';
import { createPostgresDatabase } from '../test/helpers/databases.ts';
import { figures, printTable } from './stats.ts';

const EXISTING = Number(process.env.BENCH_EXISTING ?? 100_000);
const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 10_000);
// How many promise sets share the 100 000 activities: 1 is the worst case (a hundred years of one
// municipality's work in one set); 100 is a deployment serving a hundred channels, 1 000 rows each.
const SETS = Number(process.env.BENCH_SETS ?? 1);

// The database is filled by a child process (this file with BENCH_SEED_INTO set) and then used by
// this one, as a bot restarted on an existing database: the import's working memory (hundreds of MB
// through Prisma) is not the bot's, and its garbage would slow this process's collector.
const seedInto = process.env.BENCH_SEED_INTO;
const onPostgres = process.env.BENCH_DB === 'postgresql';
const dir = seedInto ? '' : mkdtempSync(join(tmpdir(), 'loftesbot-bench-'));
const loaded = loadPromiseFile(
  readFileSync(new URL('../promises/overkalix-2018.yml', import.meta.url), 'utf8'),
);
if (!loaded.ok) throw new Error('promise file invalid');
const def = loaded.value;
const now = parseNow('2018-07-02T09:00:00', 'Europe/Stockholm');

// A deterministic year so far: activities spread over all promises, places and users.
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const loggable = def.promises.filter((p) => p.words.length > 0 && p.rule.kind !== 'deadline');
const setKeys = Array.from({ length: SETS }, (_, i) => (i === 0 ? def.key : `${def.key}-kopia-${i}`));
const activities: StoredActivity[] = [];
for (let i = 0; i < EXISTING; i++) {
  const setIndex = i % SETS;
  const promise = loggable[Math.floor(random() * loggable.length)]!;
  const day = 1 + Math.floor(random() * 180);
  const date = new Date(Date.UTC(2018, 0, day)).toISOString().slice(0, 10);
  const user = `console:polis${Math.floor(random() * 40)}`;
  activities.push({
    id: `bench${String(i).padStart(8, '0')}`,
    setKey: setKeys[setIndex]!,
    promiseIds: [promise.id],
    date,
    time: null,
    place: def.places[Math.floor(random() * 4)]!.id,
    count: 1,
    partners: promise.partners
      ? [...(promise.partners.allOf ?? promise.partners.anyOf?.slice(0, 1) ?? [])]
      : [],
    targetGroups: [],
    methods: [],
    participants: [user],
    note: null,
    planned: false,
    figures: {},
    userId: user,
    platform: 'console',
    loggedAt: `${date}T10:00:00.000Z`,
    createdRevision: Math.floor(i / SETS) + 1,
    undoneAt: null,
    undoneBy: null,
    undoneRevision: null,
    dedupeKey: null,
  });
}
const data: ExportData = {
  version: 1,
  sets: setKeys.map((key) => ({
    key,
    version: 1,
    def: { ...def, key },
    importedAt: now.toISOString(),
    importedBy: 'bench',
  })),
  bindings: [
    {
      channelId: 'console:lokal',
      platform: 'console',
      setKey: def.key,
      postTarget: null,
      boundAt: now.toISOString(),
    },
  ],
  roles: [],
  activities,
  audit: [],
  revisions: setKeys.map((setKey, i) => ({ setKey, revision: Math.ceil((EXISTING - i) / SETS) })),
  runs: [],
};

if (seedInto && onPostgres) {
  // Prisma's import of 100 000 rows in one interactive transaction outlasts its timeout on PostgreSQL:
  // the sets, binding and revisions through the store, the activities in chunks of raw SQL.
  const seeding = await openStore(seedInto);
  const imported = await seeding.importAll({ ...data, activities: [] });
  if (!imported.ok) throw new Error(imported.error.message);
  await seeding.close();
  const client = new pg.Client({ connectionString: seedInto });
  await client.connect();
  for (let i = 0; i < activities.length; i += 5000) {
    const rows = activities.slice(i, i + 5000).map((a) => ({
      ...a,
      promiseIds: JSON.stringify(a.promiseIds),
      partners: JSON.stringify(a.partners),
      targetGroups: JSON.stringify(a.targetGroups),
      methods: JSON.stringify(a.methods),
      participants: JSON.stringify(a.participants),
      figures: JSON.stringify(a.figures),
    }));
    await client.query(
      'INSERT INTO "activity" SELECT * FROM jsonb_populate_recordset(NULL::"activity", $1::jsonb)',
      [JSON.stringify(rows)],
    );
  }
  await client.query('ANALYZE');
  await client.end();
  process.exit(0);
}
if (seedInto) {
  const seeding = await openStore(`file:${seedInto}`);
  const imported = await seeding.importAll(data);
  if (!imported.ok) throw new Error(imported.error.message);
  await seeding.close();
  process.exit(0);
}
const postgres = onPostgres ? await createPostgresDatabase() : null;
const databaseUrl = postgres?.url ?? `file:${join(dir, 'bench.db')}`;
const seeded = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
  env: { ...process.env, BENCH_SEED_INTO: postgres?.url ?? join(dir, 'bench.db') },
  stdio: 'inherit',
});
if (seeded.status !== 0) throw new Error('seeding the bench database failed');
activities.length = 0;
const opened = await openStore(databaseUrl);
const spent = new Map<string, { n: number; ms: number }>();
const store = process.env.BENCH_PROFILE
  ? (new Proxy(opened, {
      get(target, key) {
        const value = Reflect.get(target, key);
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          const t = performance.now();
          try {
            return await value.apply(target, args);
          } finally {
            const s = spent.get(String(key)) ?? { n: 0, ms: 0 };
            s.n++;
            s.ms += performance.now() - t;
            spent.set(String(key), s);
          }
        };
      },
    }) as typeof opened)
  : opened;
const deps: AppDeps = {
  log: { info() {}, warn() {}, error: (o) => console.error(o) },
  store,
  clock: fixedClock(now),
  ledger: createLedgerCache(store),
  bindings: createBindingCache(store),
  rateLimiter: createRateLimiter(Number.MAX_SAFE_INTEGER, elapsedMs),
  admins: ['console:bench'],
  timeZone: 'Europe/Stockholm',
};
const ctx = {
  channelId: 'console:lokal',
  platform: 'console' as const,
  userId: 'console:bench',
  platformUserId: 'console:bench',
};

// Distinct lines (the same line within 30 s would be answered "Redan loggat" and not written). Most
// officers log the same day; one line in four is back-dated, which costs a second status pass.
const words = ['medborgarkontakt', 'närvaro', 'trafikinsats', 'helgbemanning', 'narkotikainsats'];
const places = ['Centrum', 'Skolan', 'Ungdomsgården', 'Företag'];
const line = (i: number) => {
  const when =
    i % 4 === 0
      ? new Date(Date.UTC(2018, 0, 1 + (i % 180))).toISOString().slice(0, 10)
      : i % 4 === 1
        ? 'igår'
        : 'idag';
  // helgbemanning is kept on weekends: a weekday line is stored with `ändå` (it does not count).
  const anyway = i % words.length === 3 ? ' ändå' : '';
  return `/logga ${words[i % words.length]} ${places[i % places.length]} ${when} ${1 + (i % 5)} st "pass ${i}"${anyway}`;
};

await handleCommand(deps, ctx, line(COMMANDS + 1)); // warm-up: loads the ledger once
const commandTimes: number[] = [];
for (let i = 0; i < COMMANDS; i++) {
  const t0 = performance.now();
  const reply = await handleCommand(deps, ctx, line(i));
  commandTimes.push(performance.now() - t0);
  if (!/^(Loggat|Räknas inte)/.test(reply.text)) throw new Error(`unexpected reply: ${reply.text}`);
}
await store.close();
if (process.env.BENCH_PROFILE) console.log(spent);

const rawTimes: number[] = [];
if (postgres) {
  // Baseline: one raw single-row insert of a comparable row per call, on the same server and pool settings.
  const client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  await client.query(
    'create table a (id text primary key, set_key text, promise_ids text, date text, place text, count integer, logged_at timestamp(3))',
  );
  for (let i = 0; i < COMMANDS; i++) {
    const t0 = performance.now();
    await client.query({
      name: 'raw-insert',
      text: 'insert into a values ($1, $2, $3, $4, $5, $6, $7)',
      values: [`r${i}`, def.key, '["medborgarkontakt"]', '2018-03-14', 'centrum', 1, now],
    });
    rawTimes.push(performance.now() - t0);
  }
  await client.end();
  await postgres.drop();
} else {
  // Baseline: the same durability settings, one raw insert of a comparable row per call.
  const raw = new Database(join(dir, 'raw.db'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.exec(
    'create table a (id text primary key, set_key text, promise_ids text, date text, place text, count integer, logged_at text)',
  );
  const insert = raw.prepare('insert into a values (?, ?, ?, ?, ?, ?, ?)');
  for (let i = 0; i < COMMANDS; i++) {
    const t0 = performance.now();
    insert.run(`r${i}`, def.key, '["medborgarkontakt"]', '2018-03-14', 'centrum', 1, now.toISOString());
    rawTimes.push(performance.now() - t0);
  }
  raw.close();
}
rmSync(dir, { recursive: true, force: true });

const cmd = figures(commandTimes);
const base = figures(rawTimes);
printTable(
  `Command end to end on ${onPostgres ? 'PostgreSQL' : 'SQLite'} with ${EXISTING} activities in ${SETS} set(s) (${COMMANDS} commands)`,
  [
    ['/logga end to end (parse → write → status → reply)', cmd],
    [onPostgres ? 'raw pg single-row insert (baseline)' : 'raw better-sqlite3 insert (baseline)', base],
  ],
);
console.log(
  `\nratio command/raw median: ${(cmd.median / base.median).toFixed(1)}×; target p99 < 10 ms: ${cmd.p99 < 10 ? 'met' : 'NOT met'}`,
);
