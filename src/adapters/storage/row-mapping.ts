// Rows ⇄ port types. Arrays and objects are JSON text in both databases (one model for both).

import type {
  AuditEntry,
  ChannelBinding,
  NewActivity,
  RunClaim,
  StoredActivity,
  StoredPromiseSet,
} from '../../app/ports.ts';
import type { PromiseComment } from '../../domain/comments/promise-comment.ts';
import type { PromiseSetDef } from '../../domain/promise-set/schema.ts';
import type { Activity, Platform } from '../../domain/types.ts';
import type {
  ActivityModel,
  AuditEntryModel,
  ChannelBindingModel,
  PromiseCommentModel,
  PromiseSetModel,
  RunClaimModel,
} from './generated/sqlite/models.ts';

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));
const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));
const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

export function toStoredPromiseSet(row: PromiseSetModel): StoredPromiseSet {
  return {
    key: row.key,
    version: row.version,
    def: JSON.parse(row.definition) as PromiseSetDef,
    importedAt: row.importedAt.toISOString(),
  };
}

export function toBinding(row: ChannelBindingModel): ChannelBinding {
  return {
    channelId: row.channelId,
    platform: row.platform as Platform,
    setKey: row.setKey,
    postTarget: parse(row.postTarget) as Record<string, string> | null,
    boundAt: row.boundAt.toISOString(),
  };
}

export function toActivity(row: ActivityModel): Activity {
  return {
    id: row.id,
    setKey: row.setKey,
    promiseIds: JSON.parse(row.promiseIds) as string[],
    date: row.date,
    time: row.time,
    place: row.place,
    count: row.count,
    partners: JSON.parse(row.partners) as string[],
    targetGroups: JSON.parse(row.targetGroups) as string[],
    methods: JSON.parse(row.methods) as string[],
    participants: JSON.parse(row.participants) as string[],
    note: row.note,
    planned: row.planned,
    figures: JSON.parse(row.figures) as Record<string, number>,
    userId: row.userId,
    platform: row.platform as Platform,
    loggedAt: row.loggedAt.toISOString(),
  };
}

/**
 * A new entry as the store hands it back: the same fields, in the same order, as `toActivity` reads
 * from a row (activities from both meet in the ledger cache), without a trip through JSON text.
 */
export function newActivityOf(input: NewActivity, id: string, loggedAt: Date): Activity {
  return {
    id,
    setKey: input.setKey,
    promiseIds: input.promiseIds,
    date: input.date,
    time: input.time,
    place: input.place,
    count: input.count,
    partners: input.partners,
    targetGroups: input.targetGroups,
    methods: input.methods,
    participants: input.participants,
    note: input.note,
    planned: input.planned,
    figures: input.figures,
    userId: input.userId,
    platform: input.platform,
    loggedAt: loggedAt.toISOString(),
  };
}

export function toStoredActivity(row: ActivityModel): StoredActivity {
  return {
    ...toActivity(row),
    createdRevision: row.createdRevision,
    undoneAt: iso(row.undoneAt),
    undoneBy: row.undoneBy,
    undoneRevision: row.undoneRevision,
    dedupeKey: row.dedupeKey,
  };
}

export function fromActivity(
  input: NewActivity & { id: string; loggedAt: string },
  extra: {
    createdRevision: number;
    undoneAt?: string | null;
    undoneBy?: string | null;
    undoneRevision?: number | null;
    dedupeKey?: string | null;
  },
): ActivityModel {
  return {
    id: input.id,
    setKey: input.setKey,
    promiseIds: JSON.stringify(input.promiseIds),
    date: input.date,
    time: input.time,
    place: input.place,
    count: input.count,
    partners: JSON.stringify(input.partners),
    // Exports made before target groups and methods were recorded have neither.
    targetGroups: JSON.stringify(input.targetGroups ?? []),
    methods: JSON.stringify(input.methods ?? []),
    participants: JSON.stringify(input.participants),
    note: input.note,
    planned: input.planned,
    figures: JSON.stringify(input.figures),
    userId: input.userId,
    platform: input.platform,
    loggedAt: new Date(input.loggedAt),
    createdRevision: extra.createdRevision,
    undoneAt: extra.undoneAt ? new Date(extra.undoneAt) : null,
    undoneBy: extra.undoneBy ?? null,
    undoneRevision: extra.undoneRevision ?? null,
    dedupeKey: extra.dedupeKey ?? null,
  };
}

export function toAudit(row: AuditEntryModel): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: row.actor,
    platform: row.platform as Platform,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    before: parse(row.before),
    after: parse(row.after),
  };
}

export function fromAudit(entry: AuditEntry): AuditEntryModel {
  return { ...entry, at: new Date(entry.at), before: json(entry.before), after: json(entry.after) };
}

export function toRun(row: RunClaimModel): RunClaim {
  return {
    key: row.key,
    claimedBy: row.claimedBy,
    claimedAt: row.claimedAt.toISOString(),
    sentAt: iso(row.sentAt),
  };
}

export { json as toJsonText };

export function toComment(row: PromiseCommentModel): PromiseComment {
  return {
    setKey: row.setKey,
    promiseId: row.promiseId,
    part: row.partSlug !== null ? { slug: row.partSlug, label: row.partLabel ?? row.partSlug } : null,
    text: row.text,
    userId: row.userId,
    userName: row.userName,
    at: row.at.toISOString(),
    date: row.date,
  };
}

export function fromComment(comment: PromiseComment, id: string): PromiseCommentModel {
  return {
    id,
    setKey: comment.setKey,
    promiseId: comment.promiseId,
    partSlug: comment.part?.slug ?? null,
    partLabel: comment.part?.label ?? null,
    text: comment.text,
    userId: comment.userId,
    userName: comment.userName,
    at: new Date(comment.at),
    date: comment.date,
  };
}
