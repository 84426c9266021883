// Issue 17 item 8, as the attack: another process holds the SQLite write lock while people use the
// bot over real HTTP. The event loop keeps serving (/healthz and another user's /status answer while
// the lock is still held), a /logga either goes through once the lock is released or is refused with
// the Swedish busy message, and nothing is half-written. /readyz follows writes: 503 after repeated
// write failures (the disk "full"), 200 again after a write succeeds.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getSqlitePath } from '../../../src/adapters/storage/database-url.ts';
import { createSqliteDatabase } from '../../helpers/databases.ts';
import { postSigned, slashCommandBody } from '../../helpers/slack-signing.ts';
import { type SlackTestApp, startSlackTestApp, TEST_SECRET } from './start-slack-app.ts';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const BUSY = 'Databasen är upptagen just nu (en annan skrivning pågår), så inget sparades.';
const UNAVAILABLE = 'Löftesbot kommer inte åt databasen just nu, så inget sparades.';

let t: SlackTestApp;
const children: ChildProcess[] = [];

beforeEach(async () => {
  t = await startSlackTestApp(createSqliteDatabase);
  expect((await send('/loften', 'koppla overkalix-2018', 'U1')).status).toBe(200);
});
afterEach(async () => {
  for (const child of children.splice(0)) child.kill();
  await t.close();
});

const send = (command: string, text: string, userId: string) =>
  postSigned(
    t.url,
    TEST_SECRET,
    slashCommandBody({ command, text, userId, responseUrl: t.slack.responseUrl(userId) }),
  );

/** The text the user sees: the ack itself, or (after "Arbetar…") what came by response_url. */
async function answerOf(ack: { json: () => unknown }, userId: string): Promise<string> {
  const body = ack.json() as { text: string };
  if (body.text !== 'Arbetar…') return body.text;
  const mine = () =>
    t.slack.callsTo('response_url').filter((p) => p.path.endsWith(`/response-url/${userId}`));
  for (let n = t.slack.callsTo('response_url').length + 1; mine().length === 0; n++) {
    await t.slack.waitFor('response_url', n, 10_000);
  }
  return String(mine().at(-1)!.params.text);
}

/** A separate process that takes the write lock (BEGIN IMMEDIATE) and releases it after `ms`. */
function holdWriteLock(ms: number) {
  const script = `
    import Database from 'better-sqlite3';
    const db = new Database(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    console.log('locked');
    setTimeout(() => { db.exec('ROLLBACK'); db.close(); console.log('released'); }, Number(process.argv[2]));
  `;
  const path = getSqlitePath(t.db.url);
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, path, String(ms)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  let released = false;
  let out = '';
  const saw = (word: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (out.includes(word)) resolve();
      };
      child.stdout!.on('data', check);
      child.on('exit', (code) =>
        out.includes(word) ? resolve() : reject(new Error(`holder exited ${code}`)),
      );
    });
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes('released')) released = true;
  });
  const locked = saw('locked');
  const done = saw('released');
  // Killed after a failed test: no unhandled rejection.
  for (const p of [locked, done]) p.catch(() => {});
  return { locked, released: done, isReleased: () => released };
}

describe('SQLite write lock held by another process', () => {
  it('keeps /healthz and /status answering while the lock is held; the /logga goes through after it or is refused, never half-written', async () => {
    const before = await t.rt.deps.store.exportAll();
    const lock = holdWriteLock(2000);
    await lock.locked;

    const logging = send('/logga', 'medborgarkontakt Centrum "under låset"', 'U5');
    const health = await fetch(`${t.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    // Answered while the other process still holds the lock: the event loop was not stopped.
    expect(lock.isReleased()).toBe(false);
    const status = await send('/status', '', 'U6');
    expect(await answerOf(status, 'U6')).toMatch(/^Status Medborgarlöfte 2018/);
    expect(lock.isReleased()).toBe(false);

    const answer = await answerOf(await logging, 'U5');
    await lock.released;
    const after = await t.rt.deps.store.exportAll();
    if (answer.startsWith('Loggat:')) {
      expect(after.activities.map((a) => a.note)).toEqual(['under låset']);
      expect(after.audit.length).toBe(before.audit.length + 1);
    } else {
      expect(answer).toContain(BUSY);
      expect(after).toEqual(before);
    }
    expect(await t.rt.deps.store.verifyAudit()).toMatchObject({ ok: true });
  });

  it('refuses a write with the busy message when the lock outlasts the wait, writes nothing, and takes the same line after', async () => {
    const before = await t.rt.deps.store.exportAll();
    // Held longer than the store waits (2.5 s): the write is given up, not blocked on.
    const lock = holdWriteLock(6000);
    await lock.locked;
    const answer = await answerOf(await send('/logga', 'medborgarkontakt Centrum "för sent"', 'U5'), 'U5');
    expect(lock.isReleased()).toBe(false);
    expect(answer).toContain(BUSY);
    expect(answer).toContain('Försök igen om en stund');
    const health = await fetch(`${t.baseUrl}/readyz`);
    // Busy is another writer's doing, not the database failing: still ready.
    expect(health.status).toBe(200);
    await lock.released;
    expect(await t.rt.deps.store.exportAll()).toEqual(before);

    const again = await answerOf(await send('/logga', 'medborgarkontakt Centrum "för sent"', 'U5'), 'U5');
    expect(again).toMatch(/^Loggat:/);
  });
});

describe('/readyz follows writes', () => {
  it('turns 503 after repeated write failures and 200 after a write succeeds again', async () => {
    const path = getSqlitePath(t.db.url);
    const failing = ['activity', 'audit_entry', 'ledger_revision', 'run_claim'];
    // The disk "full": every write of the tables a command and the readiness probe touch fails.
    const sql = (statement: string) => {
      const db = new Database(path);
      try {
        db.exec(statement);
      } finally {
        db.close();
      }
    };
    sql(
      failing
        .flatMap((table) =>
          ['INSERT', 'UPDATE'].map(
            (op) =>
              `CREATE TRIGGER "full_${table}_${op}" BEFORE ${op} ON "${table}" BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;`,
          ),
        )
        .join('\n'),
    );
    expect((await fetch(`${t.baseUrl}/readyz`)).status).toBe(200);
    for (const user of ['U5', 'U6', 'U7']) {
      const answer = await answerOf(await send('/logga', 'medborgarkontakt Centrum', user), user);
      expect(answer).toContain(UNAVAILABLE);
    }
    expect((await fetch(`${t.baseUrl}/readyz`)).status).toBe(503);
    expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
    // Still failing: the readiness check's own small write fails too.
    expect((await fetch(`${t.baseUrl}/readyz`)).status).toBe(503);

    sql(
      failing
        .flatMap((table) => ['INSERT', 'UPDATE'].map((op) => `DROP TRIGGER "full_${table}_${op}";`))
        .join('\n'),
    );
    const answer = await answerOf(await send('/logga', 'medborgarkontakt Centrum', 'U5'), 'U5');
    expect(answer).toMatch(/^Loggat:/);
    expect((await fetch(`${t.baseUrl}/readyz`)).status).toBe(200);
    expect(await t.rt.deps.store.verifyAudit()).toMatchObject({ ok: true });
  });
});
