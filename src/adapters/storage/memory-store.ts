// The Store contract in memory, for fast unit tests. Single-threaded JavaScript makes every method
// atomic as long as it does not await between its read and its write, which none does.

import type {
  AuditEntry,
  AuditInput,
  ChannelBinding,
  ExportData,
  NewActivity,
  PersonalChat,
  PurgedText,
  Role,
  RunClaim,
  SlackInstallationRecord,
  Store,
  StoredActivity,
  StoredPromiseSet,
  UserId,
} from '../../app/ports.ts';
import type { PromiseComment } from '../../domain/comments/promise-comment.ts';
import type { PromiseSetDef } from '../../domain/promise-set/schema.ts';
import type { ReportAdoption } from '../../domain/report/adoption.ts';
import type { Judgement } from '../../domain/rules/types.ts';
import type { Activity } from '../../domain/types.ts';
import { type KnownIds, knownIdsOf, nextLink, redactFreeText, verifyChain } from './audit-chain.ts';
import { createSortableId } from './create-sortable-id.ts';
import { NOTHING_PURGED, purgeActivityFields, purgedAnything } from './purge-free-text.ts';
import { installationSummary, sameHealth } from './row-mapping.ts';

type StoredSet = ExportData['sets'][number];
type StoredRole = ExportData['roles'][number];

const copy = <T>(value: T): T => structuredClone(value);

function toActivity(row: StoredActivity): Activity {
  const {
    createdRevision: _c,
    undoneAt: _u,
    undoneBy: _b,
    undoneRevision: _r,
    dedupeKey: _d,
    ...activity
  } = row;
  return copy(activity);
}

/** An entry's fields as the databases store them (before/after as JSON text). */
function chainedFields(e: AuditEntry) {
  const text = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
  return { ...e, before: text(e.before), after: text(e.after) };
}

export function createMemoryStore(): Store {
  let sets: StoredSet[] = [];
  let bindings = new Map<string, ChannelBinding>();
  let roles = new Map<string, StoredRole>();
  let activities: StoredActivity[] = [];
  // Rows per set, so set-scoped reads do not scan every set's rows (the digest benchmark holds 120 000).
  let bySet = new Map<string, StoredActivity[]>();
  const ofSet = (setKey: string): StoredActivity[] => bySet.get(setKey) ?? [];
  const index = (rows: StoredActivity[]) => {
    bySet = new Map();
    for (const row of rows) {
      const list = bySet.get(row.setKey);
      if (list) list.push(row);
      else bySet.set(row.setKey, [row]);
    }
  };
  let audit: AuditEntry[] = [];
  let revisions = new Map<string, number>();
  /** The last revision that changed rows in place (retention), per set. */
  let rewritten = new Map<string, number>();
  let runs = new Map<string, RunClaim>();
  let judgements: Judgement[] = [];
  let comments: PromiseComment[] = [];
  let adoptions: ReportAdoption[] = [];
  let importedRows: NonNullable<ExportData['importedRows']> = [];
  let personalChats = new Map<string, PersonalChat>();
  const slackInstallations = new Map<string, SlackInstallationRecord>();

  const roleKey = (channelId: string, userId: string) => `${channelId}\n${userId}`;

  function bump(setKey: string): number {
    const next = (revisions.get(setKey) ?? 0) + 1;
    revisions.set(setKey, next);
    return next;
  }

  /** A new row at the set's revision, kept in both lists and audited as the databases audit it. */
  function addActivity(
    input: NewActivity,
    auditInput: AuditInput,
    now: Date,
    revision: number,
    dedupeKey: string | null,
  ): Activity {
    const row: StoredActivity = {
      ...copy(input),
      id: createSortableId(),
      loggedAt: now.toISOString(),
      createdRevision: revision,
      undoneAt: null,
      undoneBy: null,
      undoneRevision: null,
      dedupeKey,
    };
    activities.push(row);
    const list = bySet.get(row.setKey);
    if (list) list.push(row);
    else bySet.set(row.setKey, [row]);
    const activity = toActivity(row);
    record(auditInput, now, 'activity', row.id, null, activity, knownOf(row.setKey));
    return activity;
  }

  function record(
    input: AuditInput,
    now: Date,
    entity: string,
    entityId: string,
    before: unknown,
    after: unknown,
    known?: KnownIds,
  ) {
    const entry = {
      id: createSortableId(),
      at: now.toISOString(),
      actor: input.actor,
      platform: input.platform,
      action: input.action,
      entity,
      entityId,
      before: copy(redactFreeText(before ?? null, known)),
      after: copy(redactFreeText(after ?? null, known)),
    };
    // The same chain as the databases', over the entry's JSON text as they store it.
    const head = audit.at(-1);
    const link = nextLink(head ? { seq: head.seq!, hash: head.hash! } : null, chainedFields(entry));
    audit.push({ ...entry, ...link });
  }

  /** The audit entry of an installation change: which workspace, never the token. */
  function record_(
    input: AuditInput,
    now: Date,
    before: Omit<SlackInstallationRecord, 'installedAt'> | undefined,
    after: Omit<SlackInstallationRecord, 'installedAt'> | null,
  ) {
    const id = (after ?? before)!.id;
    record(input, now, 'slack-installation', id, installationSummary(before), installationSummary(after));
  }

  const newest = (key: string) =>
    sets
      .filter((s) => s.key === key)
      .reduce<StoredSet | null>((a, s) => (a && a.version > s.version ? a : s), null);

  /** The set file's listed place and partner ids: readable in the trail, anything else hashed. */
  const knownOf = (setKey: string): KnownIds => knownIdsOf(newest(setKey)?.def ?? {});

  const toSet = ({ importedBy: _, ...set }: StoredSet): StoredPromiseSet => copy(set);

  function undo(row: StoredActivity | undefined, userId: UserId, input: AuditInput, now: Date) {
    if (!row || row.undoneAt !== null || row.userId !== userId) return null;
    const revision = bump(row.setKey);
    row.undoneAt = now.toISOString();
    row.undoneBy = input.actor;
    row.undoneRevision = revision;
    const activity = toActivity(row);
    record(input, now, 'activity', row.id, activity, null, knownOf(row.setKey));
    return { activity, revision };
  }

  return {
    async savePromiseSet(def: PromiseSetDef, input, now) {
      bump(def.key);
      const previous = newest(def.key);
      const set: StoredSet = {
        key: def.key,
        version: (previous?.version ?? 0) + 1,
        def: copy(def),
        importedAt: now.toISOString(),
        importedBy: input.actor,
      };
      sets.push(set);
      const before = previous ? { version: previous.version, def: previous.def } : null;
      record(input, now, 'promise-set', def.key, before, { version: set.version, def });
      return toSet(set);
    },
    async getPromiseSet(key) {
      const set = newest(key);
      return set ? toSet(set) : null;
    },
    async findPromiseSets() {
      const keys = [...new Set(sets.map((s) => s.key))].sort();
      return keys.map((k) => toSet(newest(k)!));
    },

    async bindChannel(binding, input, now) {
      bump(binding.setKey);
      const previous = bindings.get(binding.channelId) ?? null;
      const after: ChannelBinding = {
        ...copy(binding),
        boundAt: now.toISOString(),
        boundBy: input.actor,
        health: null,
        // Binding anew (to another set, say) keeps the channel's schedule.
        schedule: previous?.schedule ?? null,
      };
      bindings.set(binding.channelId, after);
      record(input, now, 'channel', binding.channelId, previous, after);
      return copy(after);
    },
    async getChannel(channelId) {
      return copy(bindings.get(channelId) ?? null);
    },
    async findChannels() {
      return [...bindings.values()].sort((a, b) => a.channelId.localeCompare(b.channelId)).map(copy);
    },
    async setBindingHealth(channelId, health, input, now) {
      const binding = bindings.get(channelId);
      if (!binding) return null;
      if (sameHealth(binding.health ?? null, health)) return { binding: copy(binding), changed: false };
      const before = binding.health ?? null;
      binding.health = health ? { ...health, since: now.toISOString() } : null;
      record(input, now, 'channel-health', channelId, before, binding.health);
      return { binding: copy(binding), changed: true };
    },
    async setDigestSchedule(channelId, schedule, input, now) {
      const binding = bindings.get(channelId);
      if (!binding) return null;
      const before = binding.schedule ?? null;
      binding.schedule = schedule ? { ...schedule } : null;
      record(input, now, 'channel-schedule', channelId, before, binding.schedule);
      return copy(binding);
    },

    async savePersonalChat(chat, now) {
      const before = personalChats.get(chat.userId);
      if (before && JSON.stringify(before.target) === JSON.stringify(chat.target)) return;
      personalChats.set(chat.userId, { ...copy(chat), updatedAt: now.toISOString() });
    },
    async getPersonalChat(userId) {
      return copy(personalChats.get(userId) ?? null);
    },
    async deletePersonalChat(userId) {
      personalChats.delete(userId);
    },

    async saveSlackInstallation(record, input, now) {
      const before = slackInstallations.get(record.id);
      slackInstallations.set(record.id, { ...copy(record), installedAt: now.toISOString() });
      record_(input, now, before, record);
    },
    async getSlackInstallation(id) {
      return copy(slackInstallations.get(id) ?? null);
    },
    async findSlackInstallations() {
      return [...slackInstallations.values()].sort((a, b) => a.id.localeCompare(b.id)).map(copy);
    },
    async deleteSlackInstallation(id, input, now) {
      const before = slackInstallations.get(id);
      if (!before) return false;
      slackInstallations.delete(id);
      record_(input, now, before, null);
      return true;
    },

    async getRole(channelId, userId) {
      return roles.get(roleKey(channelId, userId))?.role ?? null;
    },
    async setRole(channelId, userId, role: Role, input, now, name) {
      const before = roles.get(roleKey(channelId, userId));
      const kept = name === undefined ? before?.name : (name ?? undefined);
      roles.set(roleKey(channelId, userId), {
        channelId,
        userId,
        role,
        setAt: now.toISOString(),
        ...(kept ? { name: kept } : {}),
      });
      record(input, now, 'role', `${channelId} ${userId}`, before?.role ?? null, role);
    },
    async findRoleHolders(channelId, role) {
      return [...roles.values()]
        .filter((r) => r.channelId === channelId && r.role === role)
        .sort((a, b) => a.userId.localeCompare(b.userId))
        .map((r) => ({ userId: r.userId, name: r.name ?? null }));
    },

    async createActivity(input, auditInput, now, options) {
      const dedupeKey = options?.dedupeKey ?? null;
      if (dedupeKey !== null) {
        const since = now.getTime() - (options?.dedupeWindowMs ?? 0);
        const existing = activities
          .filter((a) => a.userId === input.userId && a.dedupeKey === dedupeKey && a.undoneAt === null)
          .filter((a) => Date.parse(a.loggedAt) >= since)
          .at(-1);
        if (existing) {
          return {
            activity: toActivity(existing),
            revision: revisions.get(input.setKey) ?? 0,
            duplicate: true,
          };
        }
      }
      const revision = bump(input.setKey);
      const activity = addActivity(input, auditInput, now, revision, dedupeKey);
      return { activity, revision, duplicate: false };
    },
    async importActivities(setKey, rows, auditInput, now) {
      const fresh = rows.filter(
        (r) => !importedRows.some((i) => i.setKey === setKey && i.rowKey === r.rowKey),
      );
      if (fresh.length === 0)
        return { added: [], skipped: rows.length, revision: revisions.get(setKey) ?? 0 };
      const revision = bump(setKey);
      const added: Activity[] = [];
      for (const { rowKey, activity: input } of fresh) {
        const activity = addActivity(input, auditInput, now, revision, `import:${rowKey}`);
        importedRows.push({ setKey, rowKey, activityId: activity.id, at: now.toISOString() });
        added.push(activity);
      }
      return { added, skipped: rows.length - fresh.length, revision };
    },
    async undoLatestActivity(setKey, userId, input, now, options) {
      const seen = options?.seenRevision;
      const recent =
        seen === undefined
          ? undefined
          : ofSet(setKey)
              .filter((a) => a.undoneBy === input.actor && (a.undoneRevision ?? 0) > seen)
              .sort((a, b) => a.undoneRevision! - b.undoneRevision!)
              .at(-1);
      if (recent)
        return { activity: toActivity(recent), revision: revisions.get(setKey) ?? 0, repeated: true };
      const latest = ofSet(setKey)
        .filter((a) => a.setKey === setKey && a.userId === userId && a.undoneAt === null)
        .at(-1);
      return undo(latest, userId, input, now);
    },
    async undoActivity(activityId, userId, input, now, setKey) {
      return undo(
        activities.find((a) => a.id === activityId && (setKey === undefined || a.setKey === setKey)),
        userId,
        input,
        now,
      );
    },
    async findActivities(setKey) {
      return ofSet(setKey)
        .filter((a) => a.undoneAt === null)
        .map(toActivity);
    },
    async findUserActivities(userId, limit, setKey) {
      return activities
        .filter(
          (a) => a.userId === userId && a.undoneAt === null && (setKey === undefined || a.setKey === setKey),
        )
        .sort((a, b) => b.loggedAt.localeCompare(a.loggedAt) || b.id.localeCompare(a.id))
        .slice(0, limit)
        .map(toActivity);
    },
    async updateActivity(activityId, userId, changes, input, now) {
      const row = activities.find((a) => a.id === activityId);
      if (!row || row.undoneAt !== null || row.userId !== userId) return null;
      const before = toActivity(row);
      const revision = bump(row.setKey);
      // Changed in place: other readers reload the set (as after retention).
      rewritten.set(row.setKey, revision);
      Object.assign(row, copy(changes));
      const activity = toActivity(row);
      record(input, now, 'activity', row.id, before, activity, knownOf(row.setKey));
      return { before, activity, revision };
    },
    async getLedgerRevision(setKey) {
      return revisions.get(setKey) ?? 0;
    },
    async getLedgerDelta(setKey, sinceRevision) {
      const rows = ofSet(setKey);
      if ((rewritten.get(setKey) ?? 0) > sinceRevision) {
        const all = rows
          .filter((a) => a.undoneAt === null)
          .sort((a, b) => a.createdRevision - b.createdRevision);
        return { revision: revisions.get(setKey) ?? 0, added: all.map(toActivity), removed: [], reset: true };
      }
      return {
        revision: revisions.get(setKey) ?? 0,
        added: rows.filter((a) => a.createdRevision > sinceRevision && a.undoneAt === null).map(toActivity),
        removed: rows
          .filter(
            (a) =>
              a.undoneRevision !== null &&
              a.undoneRevision > sinceRevision &&
              a.createdRevision <= sinceRevision,
          )
          .sort((a, b) => a.undoneRevision! - b.undoneRevision!)
          .map((a) => a.id),
      };
    },

    async setJudgement(input, auditInput, now) {
      const judgement: Judgement = { ...input, at: now.toISOString() };
      judgements.push(judgement);
      record(auditInput, now, 'judgement', `${input.setKey} ${input.promiseId}`, null, judgement);
      return copy(judgement);
    },
    async addComment(input, auditInput, now) {
      const comment: PromiseComment = { ...input, at: now.toISOString() };
      comments.push(comment);
      record(auditInput, now, 'comment', `${input.setKey} ${input.promiseId}`, null, comment);
      return copy(comment);
    },
    async adoptReport(input, auditInput, now) {
      const slug = input.part?.slug ?? null;
      const found = adoptions.find((a) => a.setKey === input.setKey && (a.part?.slug ?? null) === slug);
      if (found) return { adoption: copy(found), already: true };
      const adoption: ReportAdoption = { ...input, at: now.toISOString() };
      adoptions.push(adoption);
      record(auditInput, now, 'report-adoption', `${input.setKey} ${slug ?? 'hela'}`, null, adoption);
      return { adoption: copy(adoption), already: false };
    },
    async findAdoptions(setKey) {
      return adoptions.filter((a) => a.setKey === setKey).map(copy);
    },
    async findComments(setKey) {
      return comments.filter((c) => c.setKey === setKey).map(copy);
    },
    async findJudgements(setKey) {
      return judgements.filter((j) => j.setKey === setKey).map(copy);
    },

    async verifyAudit() {
      return verifyChain(
        audit.map((e) => ({
          ...chainedFields(e),
          seq: e.seq ?? null,
          prevHash: e.prevHash ?? null,
          hash: e.hash ?? null,
        })),
      );
    },
    async findAudit(limit) {
      return [...audit]
        .sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id))
        .slice(0, limit)
        .map(copy);
    },

    async purgeFreeText(setKey, input, now) {
      const known = knownOf(setKey);
      const counts: PurgedText = { ...NOTHING_PURGED };
      const changes = ofSet(setKey).flatMap((a) => {
        const data = purgeActivityFields(a, known, counts);
        return data ? [{ a, data }] : [];
      });
      const reasoned = judgements.filter((j) => j.setKey === setKey && j.reason !== null);
      counts.reasons = reasoned.length;
      counts.comments = comments.filter((c) => c.setKey === setKey).length;
      if (!purgedAnything(counts)) return counts;
      rewritten.set(setKey, bump(setKey));
      for (const { a, data } of changes) {
        Object.assign(a, data);
        // The key hashes the line, free text included; its window closed long ago.
        a.dedupeKey = null;
      }
      for (const j of reasoned) j.reason = null;
      comments = comments.filter((c) => c.setKey !== setKey);
      record(input, now, 'promise-set', setKey, counts, NOTHING_PURGED);
      return counts;
    },

    async claimRun(key, claimedBy, now, staleMs) {
      const existing = runs.get(key);
      if (!existing) {
        runs.set(key, {
          key,
          claimedBy,
          claimedAt: now.toISOString(),
          sentAt: null,
          attempts: 1,
          nextAttemptAt: null,
          failedAt: null,
          failure: null,
          messageId: null,
          postingAt: null,
        });
        return true;
      }
      if (existing.sentAt !== null || existing.failedAt) return false;
      const free = existing.nextAttemptAt
        ? Date.parse(existing.nextAttemptAt) <= now.getTime()
        : Date.parse(existing.claimedAt) <= now.getTime() - staleMs;
      if (!free) return false;
      Object.assign(existing, {
        claimedBy,
        claimedAt: now.toISOString(),
        nextAttemptAt: null,
        attempts: (existing.attempts ?? 1) + 1,
      });
      return true;
    },
    async markRunSent(key, now, messageId) {
      const run = runs.get(key);
      if (!run) return;
      Object.assign(run, { sentAt: now.toISOString(), postingAt: null });
      if (messageId) run.messageId = messageId;
    },
    async setRunPosting(key, at) {
      const run = runs.get(key);
      if (!run) return;
      if (!at) run.postingAt = null;
      else if (run.sentAt === null && !run.postingAt) run.postingAt = at.toISOString();
    },
    async deferRun(key, nextAttemptAt) {
      const run = runs.get(key);
      if (run && run.sentAt === null && !run.failedAt) run.nextAttemptAt = nextAttemptAt.toISOString();
    },
    async failRun(key, failure, now) {
      const run = runs.get(key);
      if (run && run.sentAt === null) Object.assign(run, { failedAt: now.toISOString(), failure });
    },
    async pruneRuns(prefix, claimedBefore) {
      let removed = 0;
      for (const [key, run] of runs) {
        if (key.startsWith(prefix) && Date.parse(run.claimedAt) < claimedBefore.getTime()) {
          runs.delete(key);
          removed++;
        }
      }
      return removed;
    },

    async getRun(key) {
      return copy(runs.get(key) ?? null);
    },

    async exportAll(): Promise<ExportData> {
      const byKey =
        <T>(key: (x: T) => string) =>
        (a: T, b: T) =>
          key(a).localeCompare(key(b));
      return copy({
        version: 1,
        sets: [...sets].sort((a, b) => a.key.localeCompare(b.key) || a.version - b.version),
        bindings: [...bindings.values()].sort(byKey((b) => b.channelId)),
        roles: [...roles.values()].sort(byKey((r) => `${r.channelId}\n${r.userId}`)),
        activities: [...activities].sort(byKey((a) => a.id)),
        audit: [...audit].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id)),
        revisions: [...revisions]
          .map(([setKey, revision]) => {
            const rewrittenRevision = rewritten.get(setKey) ?? 0;
            return { setKey, revision, ...(rewrittenRevision > 0 ? { rewrittenRevision } : {}) };
          })
          .sort(byKey((r) => r.setKey)),
        runs: [...runs.values()].sort(byKey((r) => r.key)),
        judgements: [...judgements].sort(byKey((j) => `${j.at}\n${j.setKey}\n${j.promiseId}`)),
        comments: [...comments],
        adoptions: [...adoptions],
        importedRows: [...importedRows].sort(byKey((r) => `${r.setKey}\n${r.rowKey}`)),
        personalChats: [...personalChats.values()].sort(byKey((c) => c.userId)),
      });
    },
    async importAll(data) {
      const isEmpty =
        sets.length +
          bindings.size +
          roles.size +
          activities.length +
          audit.length +
          revisions.size +
          runs.size +
          judgements.length +
          comments.length +
          adoptions.length +
          importedRows.length +
          personalChats.size ===
        0;
      if (!isEmpty) {
        return {
          ok: false,
          error: {
            code: 'forbidden',
            message: 'Databasen är inte tom. Importera bara till en ny, tom databas.',
          },
        };
      }
      const d = copy(data);
      sets = d.sets;
      bindings = new Map(
        d.bindings.map((b) => [b.channelId, { boundBy: null, health: null, schedule: null, ...b }]),
      );
      roles = new Map(d.roles.map((r) => [roleKey(r.channelId, r.userId), r]));
      // Exports made before target groups and methods were recorded have neither.
      activities = d.activities.map((a) => ({
        ...a,
        targetGroups: a.targetGroups ?? [],
        methods: a.methods ?? [],
      }));
      index(activities);
      audit = d.audit;
      revisions = new Map(d.revisions.map((r) => [r.setKey, r.revision]));
      rewritten = new Map(d.revisions.map((r) => [r.setKey, r.rewrittenRevision ?? 0]));
      runs = new Map(
        d.runs.map((r) => [
          r.key,
          {
            attempts: 1,
            nextAttemptAt: null,
            failedAt: null,
            failure: null,
            messageId: null,
            postingAt: null,
            ...r,
          },
        ]),
      );
      judgements = d.judgements ?? [];
      comments = d.comments ?? [];
      adoptions = d.adoptions ?? [];
      importedRows = d.importedRows ?? [];
      personalChats = new Map((d.personalChats ?? []).map((c) => [c.userId, c]));
      const rows =
        personalChats.size +
        importedRows.length +
        adoptions.length +
        comments.length +
        judgements.length +
        sets.length +
        bindings.size +
        roles.size +
        activities.length +
        audit.length +
        revisions.size +
        runs.size;
      return { ok: true, value: { rows } };
    },

    async isReady() {
      return true;
    },
    async close() {},
  };
}
