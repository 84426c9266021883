import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { applySqliteMigrations } from '../src/adapters/storage/apply-migrations.ts';
import { createDirectWriter } from '../src/adapters/storage/sqlite-direct.ts';
const dir = mkdtempSync(join(tmpdir(), 'tx-'));
const path = join(dir, 'x.db');
applySqliteMigrations(path);
const db = new Database(path); db.pragma('synchronous = NORMAL'); db.pragma('wal_autocheckpoint = 100000'); db.defaultSafeIntegers(true);
const w = createDirectWriter(db);
const now = new Date();
let n = 0;
const input = () => ({ setKey: 's', dedupe: null, rows: (revision: number) => { const id = `a${n++}`; return {
  activity: { id, setKey: 's', promiseIds: '["m"]', date: '2018-03-20', time: null, place: 'c', count: 1, partners: '[]', targetGroups: '[]', methods: '[]', participants: '["u"]', note: 'x', planned: false, figures: '{}', userId: 'u', platform: 'console', loggedAt: now, createdRevision: revision, undoneAt: null, undoneBy: null, undoneRevision: null, dedupeKey: `k${n}` },
  audit: { id: `au${id}`, at: now, actor: 'u', platform: 'console', action: 'log', entity: 'activity', entityId: id, before: null, after: JSON.stringify({ id, note: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' }) } }; } });
for (let i = 0; i < 2000; i++) w.logActivity(input());
let t = performance.now();
for (let i = 0; i < 5000; i++) w.logActivity(input());
console.log('single tx per entry', ((performance.now() - t) / 5000 * 1000).toFixed(1), 'µs');
const batch = db.transaction((k: number) => { for (let i = 0; i < k; i++) w.logActivity(input()); });
t = performance.now();
for (let i = 0; i < 625; i++) batch.immediate(8);
console.log('8 per tx', ((performance.now() - t) / 5000 * 1000).toFixed(1), 'µs');
const begin = db.prepare('BEGIN IMMEDIATE'), commit = db.prepare('COMMIT');
t = performance.now();
for (let i = 0; i < 5000; i++) { begin.run(); commit.run(); }
console.log('empty tx', ((performance.now() - t) / 5000 * 1000).toFixed(1), 'µs');
const st = db.prepare('SELECT count(*) FROM activity');
console.log(st.pluck().get(), db.pragma('page_size'));
const prof = (label: string, sql: string, args: (i: number) => unknown[]) => {
  const s = db.prepare(sql);
  const b = db.transaction(() => { for (let i = 0; i < 2000; i++) s.run(...args(i)); });
  const t = performance.now(); b.immediate();
  console.log(label, ((performance.now() - t) / 2000 * 1000).toFixed(1), 'µs');
};
prof('bump', `INSERT INTO "ledger_revision" ("setKey", "revision") VALUES (?, 1) ON CONFLICT ("setKey") DO UPDATE SET "revision" = "ledger_revision"."revision" + 1`, () => ['s']);
prof('audit', `INSERT INTO "audit_entry" ("id","at","actor","platform","action","entity","entityId","before","after") VALUES (?,?,?,?,?,?,?,?,?)`, (i) => [`x${i}`, now.toISOString(), 'u', 'console', 'log', 'activity', `a${i}`, null, '{"a":1}']);
prof('activity', `INSERT INTO "activity" ("id","setKey","promiseIds","date","time","place","count","partners","targetGroups","methods","participants","note","planned","figures","userId","platform","loggedAt","createdRevision","undoneAt","undoneBy","undoneRevision","dedupeKey") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`, (i) => [`y${i}`, 's', '[]', '2018-01-01', null, 'c', 1, '[]', '[]', '[]', '[]', 'n', 0, '{}', 'u', 'console', now.toISOString(), 100000 + i, null, null, null, null]);
console.log(db.prepare(`SELECT sql FROM sqlite_master WHERE name='activity'`).pluck().get());
console.log(db.pragma('foreign_keys'), db.prepare(`SELECT name FROM sqlite_master WHERE type='trigger'`).all());
{
  const f0 = (db.pragma('wal_checkpoint(PASSIVE)') as any)[0].log;
  for (let i = 0; i < 100; i++) w.logActivity(input());
  const f1 = (db.pragma('wal_checkpoint(PASSIVE)') as any)[0].log;
  console.log('frames per entry', Number(f1 - f0) / 100);
  db.pragma('wal_checkpoint(TRUNCATE)');
  let t = performance.now();
  for (let i = 0; i < 2000; i++) w.logActivity(input());
  console.log('after truncate single tx', ((performance.now() - t) / 2000 * 1000).toFixed(1), 'µs');
  db.pragma('synchronous = OFF');
  t = performance.now();
  for (let i = 0; i < 2000; i++) w.logActivity(input());
  console.log('sync off', ((performance.now() - t) / 2000 * 1000).toFixed(1), 'µs');
}
{
  db.pragma('synchronous = NORMAL');
  const f0 = (db.pragma('wal_checkpoint(PASSIVE)') as any)[0].log;
  for (let i = 0; i < 100; i++) batch.immediate(8);
  const f1 = (db.pragma('wal_checkpoint(PASSIVE)') as any)[0].log;
  console.log('frames per entry in batches of 8', Number(f1 - f0) / 800);
}
