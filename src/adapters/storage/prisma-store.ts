// The Store port on Prisma, written once for both generated clients (same model ⇒ same API).
//
// Concurrency, the same code on both databases:
// - Every write runs in one interactive transaction whose FIRST statement writes (the revision bump,
//   or a no-op UPDATE). On SQLite that takes the database write lock up front, so transactions of
//   several processes serialise instead of failing when a read snapshot is upgraded to a write; on
//   PostgreSQL the bump locks the set's revision row, serialising writers of one set.
// - Undo is a conditional UPDATE (`undoneAt IS NULL`): of two undos at once, one wins.
// The exceptions: on SQLite, logging an activity and run claims run outside Prisma's engine
// (sqlite-direct.ts), in transactions that begin IMMEDIATE, which take the same write lock up front.

import type {
  AuditInput,
  ChannelBinding,
  ChannelId,
  ExportData,
  LedgerDelta,
  NewActivity,
  PurgedText,
  Role,
  RunClaim,
  Store,
  StoredPromiseSet,
  UserId,
} from '../../app/ports.ts';
import type { PromiseComment } from '../../domain/comments/promise-comment.ts';
import type { PromiseSetDef } from '../../domain/promise-set/schema.ts';
import type { ReportAdoption } from '../../domain/report/adoption.ts';
import type { Judgement } from '../../domain/rules/types.ts';
import type { Activity, DomainError, Result } from '../../domain/types.ts';
import {
  AUDIT_CHAIN_LOCK,
  type ChainHead,
  type KnownIds,
  knownIdsOf,
  NO_KNOWN_IDS,
  nextLink,
  redactFreeText,
  verifyChain,
} from './audit-chain.ts';
import { createSortableId } from './create-sortable-id.ts';
import type { Provider } from './database-url.ts';
import type { Prisma, PrismaClient } from './generated/sqlite/client.ts';
import type { AuditEntryModel } from './generated/sqlite/models.ts';
import { guardStore } from './guard-store.ts';
import {
  bumpRevision,
  findDuplicateId,
  insertActivity,
  insertAudit,
  lockForWrite,
  lockKeyPostgres,
} from './portable-sql.ts';
import { exportDatabase, importDatabase } from './prisma-export.ts';
import { NOTHING_PURGED, type PurgedFields, purgeActivityFields, purgedAnything } from './purge-free-text.ts';
import {
  fromActivity,
  fromAdoption,
  fromComment,
  healthColumns,
  installationSummary,
  newActivityOf,
  sameHealth,
  scheduleColumns,
  toActivity,
  toAdoption,
  toAudit,
  toBinding,
  toComment,
  toJsonText,
  toPersonalChat,
  toRun,
  toSlackInstallation,
  toStoredPromiseSet,
} from './row-mapping.ts';
import type { DirectWriter } from './sqlite-direct.ts';

/** The SQLite client's API; the PostgreSQL client is generated from the same models (see open-store.ts). */
export type Client = PrismaClient;
export type Tx = Prisma.TransactionClient;

const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 };
/** Rows per statement in a bulk import: well under SQLite's and PostgreSQL's limits on parameters. */
const CHUNK = 200;

function auditRow(
  input: AuditInput,
  now: Date,
  entity: string,
  entityId: string,
  before: unknown,
  after: unknown,
  known?: KnownIds,
): AuditEntryModel {
  return {
    id: createSortableId(),
    at: now,
    actor: input.actor,
    platform: input.platform,
    action: input.action,
    entity,
    entityId,
    // Free text is kept as its hash: the trail is append-only, so retention cannot reach it.
    before: toJsonText(redactFreeText(before ?? null, known)),
    after: toJsonText(redactFreeText(after ?? null, known)),
    seq: null,
    prevHash: null,
    hash: null,
  };
}

/** The answer to a line logged twice within the window: the entry already written. */
async function duplicateOf(db: Client | Tx, id: string, setKey: string) {
  const existing = await db.activity.findUniqueOrThrow({ where: { id } });
  const current = await db.ledgerRevision.findUnique({ where: { setKey } });
  return { activity: toActivity(existing), revision: current?.revision ?? 0, duplicate: true };
}

export interface StoreOptions {
  /**
   * The writer for the hot path: on SQLite when the driver's connection is free of Prisma
   * transactions at that moment, else null (sqlite-direct.ts); on PostgreSQL always (postgres-direct.ts).
   */
  direct?: () => DirectWriter | null;
  /** The ledger cache's reads outside Prisma's engine (PostgreSQL: postgres-direct.ts). */
  reader?: {
    revision(setKey: string): Promise<number>;
    delta(setKey: string, sinceRevision: number): Promise<LedgerDelta>;
    judgements(setKey: string): Promise<Judgement[]>;
  };
  /**
   * Run claims outside Prisma's engine (postgres-direct.ts; sqlite-direct.ts, where null says a
   * Prisma transaction holds the connection: the Prisma path is taken).
   */
  claims?: { claimRun(...args: Parameters<Store['claimRun']>): Promise<boolean | null> };
  /** SQLite: a set's judgements read outside Prisma's engine, or null while a Prisma transaction holds the connection. */
  judgements?: (setKey: string) => Judgement[] | null;
  /** Runs before the client disconnects. */
  beforeClose?: () => Promise<void>;
  /** Runs after the client disconnected (an external pool's end). */
  afterClose?: () => Promise<void>;
}

export function createPrismaStore(prisma: Client, provider: Provider, options: StoreOptions = {}): Store {
  const direct = options.direct ?? (() => null);
  async function inTransaction<T>(fn: (tx: Tx) => Promise<T>, snapshot = false): Promise<T> {
    // SQLite transactions are serialisable already; PostgreSQL's default (read committed) gives each
    // statement its own snapshot, so a multi-read answer asks for repeatable read.
    // (The SQLite client's types list only Serializable; the PostgreSQL client accepts this value.)
    const isolation =
      snapshot && provider === 'postgresql'
        ? { isolationLevel: 'RepeatableRead' as unknown as 'Serializable' }
        : {};
    return prisma.$transaction(fn, { ...TX_OPTIONS, ...isolation });
  }

  // A set's listed place and partner ids, for the trail (what is not listed is free text, hashed),
  // as of the last time this store read or wrote the set (the app reads it before every command).
  // Not known yet: everything is hashed, never shown; a place added to the file is read with it.
  const knownCache = new Map<string, KnownIds>();
  const remember = (set: StoredPromiseSet) => {
    knownCache.set(set.key, knownIdsOf(set.def));
    return set;
  };
  /** Inside a transaction: read when not known (undo and edits are rare). */
  async function knownIds(tx: Tx, setKey: string): Promise<KnownIds> {
    const cached = knownCache.get(setKey);
    if (cached) return cached;
    const row = await tx.promiseSet.findFirst({ where: { key: setKey }, orderBy: { version: 'desc' } });
    return row ? knownIdsOf(remember(toStoredPromiseSet(row)).def) : NO_KNOWN_IDS;
  }

  async function audit(
    tx: Tx,
    input: AuditInput,
    now: Date,
    entity: string,
    entityId: string,
    before: unknown,
    after: unknown,
    known?: KnownIds,
  ) {
    await appendAudit(tx, [auditRow(input, now, entity, entityId, before, after, known)]);
  }

  /** Appends entries to the hash chain; their links are taken under a lock held to the commit. */
  async function appendAudit(tx: Tx, rows: readonly AuditEntryModel[]) {
    // SQLite: the transaction holds the database write lock already. PostgreSQL: one chain, one lock.
    if (provider === 'postgresql') await lockKeyPostgres(tx, AUDIT_CHAIN_LOCK);
    const found = await tx.auditEntry.findFirst({
      where: { seq: { not: null } },
      orderBy: { seq: 'desc' },
      select: { seq: true, hash: true },
    });
    let head: ChainHead | null = found?.seq ? { seq: found.seq, hash: found.hash ?? '' } : null;
    for (const row of rows) {
      const link = nextLink(head, row);
      await insertAudit(tx, { ...row, ...link });
      head = { seq: link.seq, hash: link.hash };
    }
  }

  async function undoIn(
    tx: Tx,
    activityId: string,
    userId: UserId,
    input: AuditInput,
    now: Date,
    setKey?: string,
  ) {
    const { count } = await tx.activity.updateMany({
      where: { id: activityId, userId, undoneAt: null, ...(setKey === undefined ? {} : { setKey }) },
      data: { undoneAt: now, undoneBy: input.actor },
    });
    if (count === 0) return null;
    const row = await tx.activity.findUniqueOrThrow({ where: { id: activityId } });
    const revision = await bumpRevision(tx, row.setKey);
    await tx.activity.update({ where: { id: activityId }, data: { undoneRevision: revision } });
    const activity = toActivity(row);
    const known = await knownIds(tx, row.setKey);
    await audit(tx, input, now, 'activity', activityId, activity, null, known);
    return { activity, revision };
  }

  function undo(activityId: string, userId: UserId, input: AuditInput, now: Date, setKey?: string) {
    return inTransaction((tx) => undoIn(tx, activityId, userId, input, now, setKey));
  }

  const store: Store = {
    async savePromiseSet(def: PromiseSetDef, input: AuditInput, now: Date): Promise<StoredPromiseSet> {
      return inTransaction(async (tx) => {
        await bumpRevision(tx, def.key);
        const previous = await tx.promiseSet.findFirst({
          where: { key: def.key },
          orderBy: { version: 'desc' },
        });
        const row = await tx.promiseSet.create({
          data: {
            key: def.key,
            version: (previous?.version ?? 0) + 1,
            definition: JSON.stringify(def),
            importedAt: now,
            importedBy: input.actor,
          },
        });
        const before = previous ? { version: previous.version, def: JSON.parse(previous.definition) } : null;
        await audit(tx, input, now, 'promise-set', def.key, before, { version: row.version, def });
        return remember(toStoredPromiseSet(row));
      });
    },

    async getPromiseSet(key) {
      const row = await prisma.promiseSet.findFirst({ where: { key }, orderBy: { version: 'desc' } });
      return row ? remember(toStoredPromiseSet(row)) : null;
    },

    async findPromiseSets() {
      const rows = await prisma.promiseSet.findMany({ orderBy: [{ key: 'asc' }, { version: 'desc' }] });
      const newest = new Map<string, StoredPromiseSet>();
      for (const row of rows)
        if (!newest.has(row.key)) newest.set(row.key, remember(toStoredPromiseSet(row)));
      return [...newest.values()];
    },

    async bindChannel(binding: Omit<ChannelBinding, 'boundAt'>, input, now) {
      return inTransaction(async (tx) => {
        await bumpRevision(tx, binding.setKey);
        const previous = await tx.channelBinding.findUnique({ where: { channelId: binding.channelId } });
        // Binding anew is checked by the adapter (the bot can post there): it starts healthy.
        const data = {
          platform: binding.platform,
          setKey: binding.setKey,
          postTarget: toJsonText(binding.postTarget),
          boundAt: now,
          boundBy: input.actor,
          ...healthColumns(null),
        };
        const row = await tx.channelBinding.upsert({
          where: { channelId: binding.channelId },
          create: { channelId: binding.channelId, ...data },
          update: data,
        });
        const after = toBinding(row);
        await audit(
          tx,
          input,
          now,
          'channel',
          binding.channelId,
          previous ? toBinding(previous) : null,
          after,
        );
        return after;
      });
    },

    async getChannel(channelId: ChannelId) {
      const row = await prisma.channelBinding.findUnique({ where: { channelId } });
      return row ? toBinding(row) : null;
    },

    async findChannels() {
      const rows = await prisma.channelBinding.findMany({ orderBy: { channelId: 'asc' } });
      return rows.map(toBinding);
    },

    async setBindingHealth(channelId, health, input, now) {
      return inTransaction(async (tx) => {
        await lockForWrite(tx);
        const row = await tx.channelBinding.findUnique({ where: { channelId } });
        if (!row) return null;
        const before = toBinding(row);
        if (sameHealth(before.health ?? null, health)) return { binding: before, changed: false };
        const updated = await tx.channelBinding.update({
          where: { channelId },
          data: healthColumns(health ? { ...health, since: now.toISOString() } : null),
        });
        const after = toBinding(updated);
        await audit(tx, input, now, 'channel-health', channelId, before.health ?? null, after.health ?? null);
        return { binding: after, changed: true };
      });
    },

    async setDigestSchedule(channelId, schedule, input, now) {
      return inTransaction(async (tx) => {
        await lockForWrite(tx);
        const row = await tx.channelBinding.findUnique({ where: { channelId } });
        if (!row) return null;
        const before = toBinding(row).schedule ?? null;
        const updated = await tx.channelBinding.update({
          where: { channelId },
          data: scheduleColumns(schedule),
        });
        const after = toBinding(updated);
        await audit(tx, input, now, 'channel-schedule', channelId, before, after.schedule ?? null);
        return after;
      });
    },

    async savePersonalChat(chat, now) {
      const target = JSON.stringify(chat.target);
      const row = await prisma.personalChat.findUnique({ where: { userId: chat.userId } });
      if (row?.target === target) return;
      const data = { platform: chat.platform, target, updatedAt: now };
      await prisma.personalChat.upsert({
        where: { userId: chat.userId },
        create: { userId: chat.userId, ...data },
        update: data,
      });
    },

    async getPersonalChat(userId) {
      const row = await prisma.personalChat.findUnique({ where: { userId } });
      return row ? toPersonalChat(row) : null;
    },

    async deletePersonalChat(userId) {
      await prisma.personalChat.deleteMany({ where: { userId } });
    },

    async saveSlackInstallation(record, input, now) {
      await inTransaction(async (tx) => {
        await lockForWrite(tx);
        const before = await tx.slackInstallation.findUnique({ where: { id: record.id } });
        const data = { ...record, installedAt: now };
        await tx.slackInstallation.upsert({ where: { id: record.id }, create: data, update: data });
        await audit(
          tx,
          input,
          now,
          'slack-installation',
          record.id,
          installationSummary(before),
          installationSummary(record),
        );
      });
    },

    async getSlackInstallation(id) {
      const row = await prisma.slackInstallation.findUnique({ where: { id } });
      return row ? toSlackInstallation(row) : null;
    },

    async findSlackInstallations() {
      const rows = await prisma.slackInstallation.findMany({ orderBy: { id: 'asc' } });
      return rows.map(toSlackInstallation);
    },

    async deleteSlackInstallation(id, input, now) {
      return inTransaction(async (tx) => {
        await lockForWrite(tx);
        const before = await tx.slackInstallation.findUnique({ where: { id } });
        if (!before) return false;
        await tx.slackInstallation.delete({ where: { id } });
        await audit(tx, input, now, 'slack-installation', id, installationSummary(before), null);
        return true;
      });
    },

    async getRole(channelId, userId) {
      const row = await prisma.role.findUnique({ where: { channelId_userId: { channelId, userId } } });
      return row ? (row.role as Role) : null;
    },

    async setRole(channelId, userId, role, input, now, name) {
      await inTransaction(async (tx) => {
        await lockForWrite(tx);
        const where = { channelId_userId: { channelId, userId } };
        const previous = await tx.role.findUnique({ where });
        const named = name === undefined ? {} : { name };
        await tx.role.upsert({
          where,
          create: { channelId, userId, role, setAt: now, ...named },
          update: { role, setAt: now, ...named },
        });
        await audit(tx, input, now, 'role', `${channelId} ${userId}`, previous?.role ?? null, role);
      });
    },

    async findRoleHolders(channelId, role) {
      const rows = await prisma.role.findMany({ where: { channelId, role }, orderBy: { userId: 'asc' } });
      return rows.map((r) => ({ userId: r.userId, name: r.name }));
    },

    async createActivity(input: NewActivity, auditInput, now, dedupe) {
      const dedupeKey = dedupe?.dedupeKey ?? null;
      const since = new Date(now.getTime() - (dedupe?.dedupeWindowMs ?? 0));
      const lookFor = dedupeKey === null ? null : { userId: input.userId, key: dedupeKey, since };
      // The entry as handed back, and its row, for the revision it gets (either path).
      const build = (revision: number) => {
        const activity = newActivityOf(input, createSortableId(), now);
        return { activity, row: fromActivity(activity, { createdRevision: revision, dedupeKey }) };
      };
      let logged: Activity | null = null;
      // Synchronous: the hot path waits for nothing more than it did.
      const known = knownCache.get(input.setKey) ?? NO_KNOWN_IDS;
      const written = await direct()?.logActivity({
        setKey: input.setKey,
        dedupe: lookFor,
        rows: (revision) => {
          const { activity, row } = build(revision);
          logged = activity;
          return {
            activity: row,
            audit: auditRow(auditInput, now, 'activity', activity.id, null, activity, known),
          };
        },
      });
      if (written && 'duplicateId' in written) {
        const { existing } = written;
        if (!existing) return duplicateOf(prisma, written.duplicateId, input.setKey);
        return { activity: toActivity(existing.activity), revision: existing.revision, duplicate: true };
      }
      if (written && logged) return { activity: logged, revision: written.revision, duplicate: false };
      return inTransaction(async (tx) => {
        if (lookFor !== null) {
          // Check before bumping, so a duplicate writes nothing and no reader ever sees a revision
          // that is rolled back. The lock makes check-then-insert atomic across processes: on
          // PostgreSQL per key; on SQLite the no-op write takes the database write lock.
          if (provider === 'postgresql') await lockKeyPostgres(tx, lookFor.key);
          else await lockForWrite(tx);
          const duplicateId = await findDuplicateId(tx, lookFor);
          if (duplicateId !== null) return duplicateOf(tx, duplicateId, input.setKey);
        }
        const revision = await bumpRevision(tx, input.setKey);
        const { activity, row } = build(revision);
        await insertActivity(tx, row);
        await audit(tx, auditInput, now, 'activity', activity.id, null, activity, known);
        return { activity, revision, duplicate: false };
      });
    },

    async importActivities(setKey, rows, auditInput, now) {
      return inTransaction(async (tx) => {
        const known = await knownIds(tx, setKey);
        if (provider === 'postgresql') await lockKeyPostgres(tx, `import\n${setKey}`);
        else await lockForWrite(tx);
        const seen = new Set<string>();
        for (let i = 0; i < rows.length; i += CHUNK) {
          const keys = rows.slice(i, i + CHUNK).map((r) => r.rowKey);
          const found = await tx.importedRow.findMany({ where: { setKey, rowKey: { in: keys } } });
          for (const f of found) seen.add(f.rowKey);
        }
        const fresh = rows.filter((r) => !seen.has(r.rowKey));
        if (fresh.length === 0) {
          const current = await tx.ledgerRevision.findUnique({ where: { setKey } });
          return { added: [], skipped: rows.length, revision: current?.revision ?? 0 };
        }
        const revision = await bumpRevision(tx, setKey);
        const added = fresh.map((r) => newActivityOf(r.activity, createSortableId(), now));
        for (let i = 0; i < fresh.length; i += CHUNK) {
          const part = fresh.slice(i, i + CHUNK);
          const built = added.slice(i, i + CHUNK);
          await tx.activity.createMany({
            data: built.map((a, j) =>
              fromActivity(a, { createdRevision: revision, dedupeKey: `import:${part[j]!.rowKey}` }),
            ),
          });
          // Each entry linked into the chain, like every other write's.
          await appendAudit(
            tx,
            built.map((a) => auditRow(auditInput, now, 'activity', a.id, null, a, known)),
          );
          await tx.importedRow.createMany({
            data: part.map((r, j) => ({ setKey, rowKey: r.rowKey, activityId: built[j]!.id, at: now })),
          });
        }
        return { added, skipped: rows.length - fresh.length, revision };
      });
    },

    async undoLatestActivity(setKey, userId, input, now, options) {
      return inTransaction(async (tx) => {
        // One undo of this user's in this set at a time, across processes: the second of two sent at
        // once then sees the first one's undo, made after it came in, and repeats its answer.
        if (provider === 'postgresql') await lockKeyPostgres(tx, `undo\n${setKey}\n${userId}`);
        else await lockForWrite(tx);
        if (options?.seenRevision !== undefined) {
          const recent = await tx.activity.findFirst({
            where: { setKey, undoneBy: input.actor, undoneRevision: { gt: options.seenRevision } },
            orderBy: { undoneRevision: 'desc' },
          });
          if (recent) {
            const current = await tx.ledgerRevision.findUnique({ where: { setKey } });
            return { activity: toActivity(recent), revision: current?.revision ?? 0, repeated: true };
          }
        }
        const latest = await tx.activity.findFirst({
          where: { setKey, userId, undoneAt: null },
          orderBy: { createdRevision: 'desc' },
          select: { id: true },
        });
        return latest ? undoIn(tx, latest.id, userId, input, now) : null;
      });
    },

    undoActivity: undo,

    async findActivities(setKey) {
      const rows = await prisma.activity.findMany({
        where: { setKey, undoneAt: null },
        orderBy: { createdRevision: 'asc' },
      });
      return rows.map(toActivity);
    },

    async findUserActivities(userId, limit, setKey) {
      const rows = await prisma.activity.findMany({
        where: { userId, undoneAt: null, ...(setKey === undefined ? {} : { setKey }) },
        orderBy: [{ loggedAt: 'desc' }, { id: 'desc' }],
        take: limit,
      });
      return rows.map(toActivity);
    },

    async updateActivity(activityId, userId, changes, input, now) {
      return inTransaction(async (tx) => {
        // Two edits of one entry at once: the second waits and sees the first one's result as before.
        if (provider === 'postgresql') await lockKeyPostgres(tx, `activity\n${activityId}`);
        else await lockForWrite(tx);
        const row = await tx.activity.findUnique({ where: { id: activityId } });
        if (!row || row.userId !== userId || row.undoneAt !== null) return null;
        const before = toActivity(row);
        const activity: Activity = { ...before, ...changes };
        const { id: _id, ...data } = fromActivity(activity, { createdRevision: row.createdRevision });
        // Conditional, like undo: an undo committed meanwhile makes this change nothing.
        const { count } = await tx.activity.updateMany({
          where: { id: activityId, userId, undoneAt: null },
          data: {
            date: data.date,
            time: data.time,
            place: data.place,
            count: data.count,
            partners: data.partners,
            targetGroups: data.targetGroups,
            methods: data.methods,
            participants: data.participants,
            note: data.note,
            figures: data.figures,
          },
        });
        if (count === 0) return null;
        const revision = await bumpRevision(tx, row.setKey);
        // Changed in place: a replica's ledger cache behind this revision reloads the set.
        await tx.ledgerRevision.update({
          where: { setKey: row.setKey },
          data: { rewrittenRevision: revision },
        });
        const known = await knownIds(tx, row.setKey);
        await audit(tx, input, now, 'activity', activityId, before, activity, known);
        return { before, activity, revision };
      });
    },

    async getLedgerRevision(setKey) {
      if (options.reader) return options.reader.revision(setKey);
      // In a transaction: on SQLite all queries share one connection, and a plain read could see
      // another call's write that has not committed yet; callers cache by this number.
      const row = await inTransaction((tx) => tx.ledgerRevision.findUnique({ where: { setKey } }));
      return row?.revision ?? 0;
    },

    async getLedgerDelta(setKey, sinceRevision): Promise<LedgerDelta> {
      if (options.reader) return options.reader.delta(setKey, sinceRevision);
      // One snapshot so the revision and the rows belong to the same moment.
      return inTransaction(async (tx) => {
        const revisionRow = await tx.ledgerRevision.findUnique({ where: { setKey } });
        if ((revisionRow?.rewrittenRevision ?? 0) > sinceRevision) {
          const all = await tx.activity.findMany({
            where: { setKey, undoneAt: null },
            orderBy: { createdRevision: 'asc' },
          });
          return { revision: revisionRow!.revision, added: all.map(toActivity), removed: [], reset: true };
        }
        const added = await tx.activity.findMany({
          where: { setKey, createdRevision: { gt: sinceRevision }, undoneAt: null },
          orderBy: { createdRevision: 'asc' },
        });
        const removed = await tx.activity.findMany({
          where: { setKey, undoneRevision: { gt: sinceRevision }, createdRevision: { lte: sinceRevision } },
          select: { id: true },
          orderBy: { undoneRevision: 'asc' },
        });
        return {
          revision: revisionRow?.revision ?? 0,
          added: added.map(toActivity),
          removed: removed.map((r) => r.id),
        };
      }, true);
    },

    async setJudgement(input, auditInput, now) {
      const judgement: Judgement = { ...input, at: now.toISOString() };
      await inTransaction(async (tx) => {
        await tx.judgement.create({
          data: {
            id: createSortableId(),
            setKey: input.setKey,
            promiseId: input.promiseId,
            status: input.status,
            reason: input.reason,
            userId: input.userId,
            at: now,
            date: input.date,
          },
        });
        await audit(tx, auditInput, now, 'judgement', `${input.setKey} ${input.promiseId}`, null, judgement);
      });
      return judgement;
    },
    async addComment(input, auditInput, now) {
      const comment: PromiseComment = { ...input, at: now.toISOString() };
      await inTransaction(async (tx) => {
        await tx.promiseComment.create({ data: fromComment(comment, createSortableId()) });
        await audit(tx, auditInput, now, 'comment', `${input.setKey} ${input.promiseId}`, null, comment);
      });
      return comment;
    },
    async findComments(setKey) {
      const rows = await prisma.promiseComment.findMany({
        where: { setKey },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
      });
      return rows.map(toComment);
    },
    async adoptReport(input, auditInput, now) {
      const adoption: ReportAdoption = { ...input, at: now.toISOString() };
      const partSlug = input.part?.slug ?? '';
      const earlier = () =>
        prisma.reportAdoption.findUnique({ where: { setKey_partSlug: { setKey: input.setKey, partSlug } } });
      try {
        return await inTransaction(async (tx) => {
          const found = await tx.reportAdoption.findUnique({
            where: { setKey_partSlug: { setKey: input.setKey, partSlug } },
          });
          if (found) return { adoption: toAdoption(found), already: true };
          await tx.reportAdoption.create({ data: fromAdoption(adoption, createSortableId()) });
          await audit(
            tx,
            auditInput,
            now,
            'report-adoption',
            `${input.setKey} ${partSlug || 'hela'}`,
            null,
            adoption,
          );
          return { adoption, already: false };
        });
      } catch (error) {
        // PostgreSQL: another replica adopted the same report a moment ago; its adoption stands.
        const row = (error as { code?: string }).code === 'P2002' ? await earlier() : null;
        if (row) return { adoption: toAdoption(row), already: true };
        throw error;
      }
    },
    async findAdoptions(setKey) {
      const rows = await prisma.reportAdoption.findMany({
        where: { setKey },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
      });
      return rows.map(toAdoption);
    },
    async findJudgements(setKey) {
      if (options.reader) return options.reader.judgements(setKey);
      const read = options.judgements?.(setKey);
      if (read) return read;
      const rows = await prisma.judgement.findMany({
        where: { setKey },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
      });
      return rows.map((r) => ({
        setKey: r.setKey,
        promiseId: r.promiseId,
        status: r.status as Judgement['status'],
        reason: r.reason,
        userId: r.userId,
        at: r.at.toISOString(),
        date: r.date,
      }));
    },

    async verifyAudit() {
      const rows = await prisma.auditEntry.findMany({ orderBy: [{ seq: 'asc' }] });
      return verifyChain(rows);
    },

    async findAudit(limit) {
      const rows = await prisma.auditEntry.findMany({
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
        take: limit,
      });
      return rows.map(toAudit);
    },

    async purgeFreeText(setKey, input, now) {
      return inTransaction(async (tx) => {
        await lockForWrite(tx);
        const set = await tx.promiseSet.findFirst({
          where: { key: setKey },
          orderBy: { version: 'desc' },
          select: { definition: true },
        });
        const known = knownIdsOf(set ? JSON.parse(set.definition) : {});
        const counts: PurgedText = { ...NOTHING_PURGED };
        const rows = await tx.activity.findMany({
          where: { setKey },
          select: { id: true, place: true, partners: true, participants: true, note: true, userId: true },
        });
        // Rows that end up alike are changed by one statement (most lose only their note).
        const groups = new Map<string, { data: PurgedFields; ids: string[] }>();
        for (const row of rows) {
          const fields = {
            ...row,
            partners: JSON.parse(row.partners) as string[],
            participants: JSON.parse(row.participants) as string[],
          };
          const data = purgeActivityFields(fields, known, counts);
          if (!data) continue;
          const key = JSON.stringify(data);
          const group = groups.get(key);
          if (group) group.ids.push(row.id);
          else groups.set(key, { data, ids: [row.id] });
        }
        const judged = await tx.judgement.updateMany({
          where: { setKey, reason: { not: null } },
          data: { reason: null },
        });
        counts.reasons = judged.count;
        const commented = await tx.promiseComment.deleteMany({ where: { setKey } });
        counts.comments = commented.count;
        if (!purgedAnything(counts)) return counts;
        const revision = await bumpRevision(tx, setKey);
        await tx.ledgerRevision.update({ where: { setKey }, data: { rewrittenRevision: revision } });
        for (const { data, ids } of groups.values()) {
          // Chunks keep each statement under SQLite's limit on bound variables.
          for (let i = 0; i < ids.length; i += 500) {
            await tx.activity.updateMany({
              where: { id: { in: ids.slice(i, i + 500) } },
              // The dedupe key hashes the line, free text included; its window closed long ago.
              data: {
                place: data.place,
                partners: JSON.stringify(data.partners),
                participants: JSON.stringify(data.participants),
                note: null,
                dedupeKey: null,
              },
            });
          }
        }
        // The audit trail holds only hashes of free text: it is not touched, only told the purge ran.
        await audit(tx, input, now, 'promise-set', setKey, counts, NOTHING_PURGED);
        return counts;
      });
    },

    async claimRun(key, claimedBy, now, staleMs) {
      const won = await options.claims?.claimRun(key, claimedBy, now, staleMs);
      if (won !== undefined && won !== null) return won;
      try {
        return await inTransaction(async (tx) => {
          await lockForWrite(tx);
          const existing = await tx.runClaim.findUnique({ where: { key } });
          if (!existing) {
            await tx.runClaim.create({ data: { key, claimedBy, claimedAt: now } });
            return true;
          }
          const { count } = await tx.runClaim.updateMany({
            where: {
              key,
              sentAt: null,
              failedAt: null,
              OR: [
                { nextAttemptAt: null, claimedAt: { lte: new Date(now.getTime() - staleMs) } },
                { nextAttemptAt: { lte: now } },
              ],
            },
            data: { claimedBy, claimedAt: now, nextAttemptAt: null, attempts: { increment: 1 } },
          });
          return count === 1;
        });
      } catch (error) {
        // PostgreSQL: another replica inserted the same key a moment ago; its claim is fresh.
        if ((error as { code?: string }).code === 'P2002') return false;
        throw error;
      }
    },

    async markRunSent(key, now, messageId) {
      await inTransaction((tx) =>
        tx.runClaim.updateMany({
          where: { key },
          data: { sentAt: now, postingAt: null, ...(messageId ? { messageId } : {}) },
        }),
      );
    },

    async setRunPosting(key, at) {
      await inTransaction((tx) =>
        at
          ? tx.runClaim.updateMany({ where: { key, sentAt: null, postingAt: null }, data: { postingAt: at } })
          : tx.runClaim.updateMany({ where: { key }, data: { postingAt: null } }),
      );
    },

    async deferRun(key, nextAttemptAt) {
      await inTransaction((tx) =>
        tx.runClaim.updateMany({ where: { key, sentAt: null, failedAt: null }, data: { nextAttemptAt } }),
      );
    },

    async failRun(key, failure, now) {
      await inTransaction((tx) =>
        tx.runClaim.updateMany({ where: { key, sentAt: null }, data: { failedAt: now, failure } }),
      );
    },

    async pruneRuns(prefix, claimedBefore) {
      const { count } = await inTransaction((tx) =>
        tx.runClaim.deleteMany({ where: { key: { startsWith: prefix }, claimedAt: { lt: claimedBefore } } }),
      );
      return count;
    },

    async getRun(key): Promise<RunClaim | null> {
      const row = await prisma.runClaim.findUnique({ where: { key } });
      return row ? toRun(row) : null;
    },

    exportAll: (): Promise<ExportData> => inTransaction(exportDatabase, true),

    importAll: (data: ExportData): Promise<Result<{ rows: number }, DomainError>> =>
      inTransaction((tx) => importDatabase(tx, data)),

    async isReady() {
      try {
        await prisma.ledgerRevision.count();
        return true;
      } catch {
        return false;
      }
    },

    async close() {
      await options.beforeClose?.();
      await prisma.$disconnect();
      await options.afterClose?.();
    },
  };
  return guardStore(store, {
    retryBusy: provider === 'sqlite',
    // A row written and removed in one transaction: the database takes a write, nothing stays.
    probeWrite: () =>
      inTransaction(async (tx) => {
        const key = `readyz-probe:${createSortableId()}`;
        await tx.runClaim.create({ data: { key, claimedBy: 'readyz', claimedAt: new Date() } });
        await tx.runClaim.delete({ where: { key } });
      }),
  });
}
