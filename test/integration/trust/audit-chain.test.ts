// Issue 17 item 6, tried as an attacker with database access would: the audit trail refuses changes,
// and when the guard is taken away first, the hash chain names the first changed or removed entry.
// Audit rows hold no free text, so retention has nothing to rewrite in them.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { getSqlitePath } from '../../../src/adapters/storage/database-url.ts';
import { openStore } from '../../../src/adapters/storage/open-store.ts';
import type { AuditInput, Store } from '../../../src/app/ports.ts';
import { createContactSet } from '../../helpers/contact-set.ts';
import { findTestDatabases, type TestDatabase } from '../../helpers/databases.ts';
import { newActivity } from '../../helpers/new-activity.ts';

const backends = await findTestDatabases('audit chain');
const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'loftesbot.js');

/** `loftesbot audit --verify` on the database: its exit code and what it printed. */
async function verifyCli(db: TestDatabase): Promise<{ code: number; out: string }> {
  const env = { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'silent' };
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'audit', '--verify'], { env });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, out: e.stdout };
  }
}
const opened: { store: Store; db: TestDatabase }[] = [];
afterEach(async () => {
  for (const { store, db } of opened.splice(0)) {
    await store.close();
    await db.drop();
  }
});

const anna: AuditInput = { actor: 'slack:T1:U1', platform: 'slack', action: 'logga' };
const t0 = new Date('2018-03-20T09:00:00.000Z');
const NOTE = 'Pratade med Kalle Svensson vid Storgatan 5';

/** Raw SQL on the database, as someone with its credentials would run it. */
async function sql(db: TestDatabase, statement: string): Promise<void> {
  if (db.url.startsWith('file:')) {
    const conn = new Database(getSqlitePath(db.url));
    try {
      conn.exec(statement);
    } finally {
      conn.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

describe.each(backends)('Audit trail on $name', (backend) => {
  async function seeded() {
    const db = await backend.create();
    const store = await openStore(db.url);
    opened.push({ store, db });
    await store.createActivity(newActivity({ note: NOTE }), anna, t0);
    const second = await store.createActivity(newActivity({ date: '2018-03-21' }), anna, t0);
    await store.undoActivity(second.activity.id, 'slack:T1:U1', anna, t0);
    await store.setRole('slack:T1:C1', 'slack:T1:U2', 'chief', anna, t0, 'Bo Ek');
    return { db, store };
  }

  it('links every entry to the one before it, and verifies', async () => {
    const { db, store } = await seeded();
    const trail = await store.findAudit(10);
    expect(trail.map((e) => e.seq)).toEqual([4, 3, 2, 1]);
    expect(trail[0]?.prevHash).toBe(trail[1]?.hash);
    expect(await store.verifyAudit()).toEqual({ ok: true, checked: 4, unchained: 0 });
    const cli = await verifyCli(db);
    expect(cli).toMatchObject({ code: 0 });
    expect(cli.out).toContain('Granskningsloggen är hel:');
  });

  it('refuses to update or delete an audit row', async () => {
    const { db, store } = await seeded();
    await expect(sql(db, `UPDATE "audit_entry" SET "actor" = 'slack:T1:U9'`)).rejects.toThrow(/append-only/);
    await expect(sql(db, `DELETE FROM "audit_entry"`)).rejects.toThrow(/append-only/);
    expect(await store.verifyAudit()).toMatchObject({ ok: true, checked: 4 });
  });

  it('names the first changed entry when the guard was removed first', async () => {
    const { db, store } = await seeded();
    const drop = db.url.startsWith('file:')
      ? 'DROP TRIGGER "audit_entry_no_update"; DROP TRIGGER "audit_entry_no_delete";'
      : 'ALTER TABLE "audit_entry" DISABLE TRIGGER "audit_entry_append_only";';
    await sql(db, drop);
    await sql(db, `UPDATE "audit_entry" SET "actor" = 'slack:T1:U9' WHERE "seq" = 2`);
    const changed = await store.verifyAudit();
    expect(changed).toMatchObject({ ok: false, seq: 2, problem: 'innehållet har ändrats' });
    const victim = (await store.findAudit(10)).find((e) => e.seq === 2);
    expect(changed.ok === false && changed.id).toBe(victim?.id);
    const cli = await verifyCli(db);
    expect(cli.code).toBe(1);
    expect(cli.out).toContain(
      `Granskningsloggen är bruten vid post 2 (id ${victim?.id}): innehållet har ändrats.`,
    );
  });

  it('names a removed entry', async () => {
    const { db, store } = await seeded();
    const drop = db.url.startsWith('file:')
      ? 'DROP TRIGGER "audit_entry_no_delete";'
      : 'ALTER TABLE "audit_entry" DISABLE TRIGGER "audit_entry_append_only";';
    await sql(db, drop);
    await sql(db, `DELETE FROM "audit_entry" WHERE "seq" = 3`);
    expect(await store.verifyAudit()).toMatchObject({ ok: false, seq: 3, problem: 'post 3 saknas' });
  });

  it('holds no free text, so retention leaves every audit row as it was and only records the purge', async () => {
    const { store } = await seeded();
    const before = await store.findAudit(100);
    expect(JSON.stringify(before)).not.toContain('Kalle');
    expect(JSON.stringify(before)).not.toContain('Bo Ek');
    const purge = { ...anna, action: 'remove-free-text' };
    expect(await store.purgeFreeText('overkalix-2018', purge, t0)).toMatchObject({ notes: 2 });
    const after = await store.findAudit(100);
    expect(after.slice(1)).toEqual(before);
    expect(after[0]).toMatchObject({
      action: 'remove-free-text',
      before: { notes: 2 },
      after: { notes: 0, places: 0, comments: 0 },
    });
    expect(await store.verifyAudit()).toMatchObject({ ok: true, checked: 5 });
  });

  it('keeps every writer’s free text out of the trail: places and partners typed free, comments, reasons, imports, edits', async () => {
    const db = await backend.create();
    const store = await openStore(db.url);
    opened.push({ store, db });
    await store.savePromiseSet(listed, anna, t0);
    const texts = [
      'Kiosken vid Ekbackens skola',
      'Grannsamverkan Ekbacken',
      'Samtal med Lisa Berg om mopederna',
      'Pratat med rektorn Per Holm',
      'Bedömt efter möte med Eva Lind',
      'Importerad: Lugnt vid Tallbacken',
      'Bytt till Björkvägens fritidsgård',
    ];
    const logged = await store.createActivity(
      newActivity({ place: texts[0]!, partners: ['socialtjansten', texts[1]!], note: texts[2]! }),
      anna,
      t0,
    );
    await store.addComment(
      {
        setKey: SET,
        promiseId: 'medborgarkontakt',
        part: null,
        text: texts[3]!,
        userId: 'slack:T1:U1',
        userName: 'Anna Ek',
        date: '2018-03-20',
      },
      anna,
      t0,
    );
    await store.setJudgement(
      {
        setKey: SET,
        promiseId: 'medborgarkontakt',
        status: 'i fas',
        reason: texts[4]!,
        userId: 'slack:T1:U1',
        date: '2018-03-20',
      },
      anna,
      t0,
    );
    await store.importActivities(
      SET,
      [{ rowKey: 'rad-1', activity: newActivity({ note: texts[5]!, place: 'Tallbacken' }) }],
      anna,
      t0,
    );
    await store.updateActivity(logged.activity.id, 'slack:T1:U1', { place: texts[6]! }, anna, t0);
    await store.undoActivity(logged.activity.id, 'slack:T1:U1', anna, t0);

    const trail = JSON.stringify((await store.exportAll()).audit);
    for (const text of [...texts, 'Tallbacken', 'Anna Ek']) expect(trail).not.toContain(text);
    // What the set's file lists stays readable: the place and the partner by their ids.
    const entries = await store.findAudit(100);
    const created = entries.findLast((e) => e.entityId === logged.activity.id);
    expect(created?.after).toMatchObject({
      place: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      partners: ['socialtjansten', expect.stringMatching(/^sha256:/)],
    });
    const listedPlace = await store.createActivity(newActivity({ date: '2018-03-22', note: null }), anna, t0);
    const readable = (await store.findAudit(1))[0];
    expect(readable).toMatchObject({ entityId: listedPlace.activity.id, after: { place: 'centrum' } });
    // Every entry, the imported one too, is a link of the chain.
    expect(await store.verifyAudit()).toEqual({ ok: true, checked: 8, unchained: 0 });

    const purged = await store.purgeFreeText(SET, { ...anna, action: 'remove-free-text' }, t0);
    expect(purged).toEqual({ notes: 2, places: 2, partners: 1, participants: 3, reasons: 1, comments: 1 });
    const everything = JSON.stringify(await store.exportAll());
    for (const text of [...texts, 'Tallbacken', 'Anna Ek', 'slack:T1:U3'])
      expect(everything).not.toContain(text);
    expect(await store.verifyAudit()).toEqual({ ok: true, checked: 9, unchained: 0 });
  });
});

const SET = 'overkalix-2018';
/** The set's file lists the place `centrum` and the partner `socialtjansten`; anything else is typed free. */
const listed = createContactSet({
  places: [{ id: 'centrum', name: 'Centrum', aliases: [] }],
  partners: [{ id: 'socialtjansten', name: 'Socialtjänsten', aliases: [] }],
});
