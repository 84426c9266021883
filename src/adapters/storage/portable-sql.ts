// The only raw SQL of the store, in one file. Every statement here is the same text on SQLite and
// PostgreSQL (quoted identifiers, ON CONFLICT, RETURNING), except the PostgreSQL-only advisory lock.
// The hot path (logging an activity) uses raw inserts because Prisma's JS engine spends most of an
// insert compiling the query: 3 statements in a transaction cost ~1.5 ms as model calls, ~0.5 ms raw.
import type { ActivityModel, AuditEntryModel } from './generated/sqlite/models.ts';
import type { Tx } from './prisma-store.ts';

/** Bumps and returns the set's ledger revision; as the first write it also takes SQLite's write lock. */
export async function bumpRevision(tx: Tx, setKey: string): Promise<number> {
  const rows = await tx.$queryRaw<{ revision: number | bigint }[]>`
    INSERT INTO "ledger_revision" ("setKey", "revision") VALUES (${setKey}, 1)
    ON CONFLICT ("setKey") DO UPDATE SET "revision" = "ledger_revision"."revision" + 1
    RETURNING "revision"`;
  return Number(rows[0]!.revision);
}

/** A write that changes nothing: takes SQLite's write lock for transactions without a set. */
export async function lockForWrite(tx: Tx): Promise<void> {
  await tx.$executeRaw`UPDATE "ledger_revision" SET "revision" = "revision" WHERE 1 = 0`;
}

/** PostgreSQL only: serialises transactions that use the same key, until they end. */
export async function lockKeyPostgres(tx: Tx, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
}

export async function insertActivity(tx: Tx, r: ActivityModel): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "activity" ("id", "setKey", "promiseIds", "date", "time", "place", "count", "partners",
      "targetGroups", "methods", "participants", "note", "planned", "figures", "userId", "platform", "loggedAt",
      "createdRevision", "undoneAt", "undoneBy", "undoneRevision", "dedupeKey")
    VALUES (${r.id}, ${r.setKey}, ${r.promiseIds}, ${r.date}, ${r.time}, ${r.place}, ${r.count}, ${r.partners},
      ${r.targetGroups}, ${r.methods}, ${r.participants}, ${r.note}, ${r.planned}, ${r.figures}, ${r.userId},
      ${r.platform}, ${r.loggedAt}, ${r.createdRevision}, ${r.undoneAt}, ${r.undoneBy}, ${r.undoneRevision},
      ${r.dedupeKey})`;
}

export async function insertAudit(tx: Tx, r: AuditEntryModel): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "audit_entry" ("id", "at", "actor", "platform", "action", "entity", "entityId", "before", "after",
      "seq", "prevHash", "hash")
    VALUES (${r.id}, ${r.at}, ${r.actor}, ${r.platform}, ${r.action}, ${r.entity}, ${r.entityId}, ${r.before}, ${r.after},
      ${r.seq}, ${r.prevHash}, ${r.hash})`;
}

/** A line to look for: the same user's entry with the same key, logged since `since`. */
export interface Dedupe {
  userId: string;
  key: string;
  since: Date;
}

/**
 * The id of the user's newest not-undone activity with this key logged at or after `since` (index
 * `userId, dedupeKey, loggedAt`). No upper bound: a replica whose clock read came a moment later may
 * have committed first, and that is a duplicate too.
 */
export async function findDuplicateId(tx: Tx, dedupe: Dedupe): Promise<string | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "activity"
    WHERE "userId" = ${dedupe.userId} AND "dedupeKey" = ${dedupe.key} AND "undoneAt" IS NULL
      AND "loggedAt" >= ${dedupe.since}
    ORDER BY "loggedAt" DESC LIMIT 1`;
  return rows[0]?.id ?? null;
}
