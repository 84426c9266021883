// Rows ⇄ port types. Arrays and objects are JSON text in both databases (one model for both).

import type {
  AuditEntry,
  BindingHealth,
  ChannelBinding,
  NewActivity,
  PersonalChat,
  RunClaim,
  SlackInstallationRecord,
  StoredActivity,
  StoredPromiseSet,
} from '../../app/ports.ts';
import type { PostFailureReason } from '../../app/post-result.ts';
import type { PromiseComment } from '../../domain/comments/promise-comment.ts';
import { DEFAULT_SCHEDULE, type DigestSchedule } from '../../domain/digest/schedule.ts';
import type { PromiseSetDef } from '../../domain/promise-set/schema.ts';
import type { ReportAdoption } from '../../domain/report/adoption.ts';
import type { Activity, Platform } from '../../domain/types.ts';
import type {
  ActivityModel,
  AuditEntryModel,
  ChannelBindingModel,
  PersonalChatModel,
  PromiseCommentModel,
  PromiseSetModel,
  ReportAdoptionModel,
  RunClaimModel,
  SlackInstallationModel,
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
    boundBy: row.boundBy,
    health:
      row.healthState && row.healthSince
        ? {
            state: row.healthState as BindingHealth['state'],
            reason: (row.healthReason ?? 'not-in-channel') as PostFailureReason,
            code: row.healthCode ?? '',
            since: row.healthSince.toISOString(),
          }
        : null,
    schedule: scheduleFromColumns(row),
  };
}

/** The binding's schedule columns as a schedule; null when nothing was set (Monday 08:00). */
function scheduleFromColumns(row: Pick<ChannelBindingModel, 'digestWeekday' | 'digestTime' | 'digestOff'>) {
  if (row.digestWeekday === null && row.digestTime === null && !row.digestOff) return null;
  return {
    weekday: row.digestWeekday ?? DEFAULT_SCHEDULE.weekday,
    time: row.digestTime ?? DEFAULT_SCHEDULE.time,
    off: row.digestOff,
  };
}

/** The binding columns for a schedule (null: the default, Monday 08:00). */
export function scheduleColumns(schedule: DigestSchedule | null | undefined) {
  return {
    digestWeekday: schedule?.weekday ?? null,
    digestTime: schedule?.time ?? null,
    digestOff: schedule?.off ?? false,
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
    ...(row.seq === null ? {} : { seq: row.seq, prevHash: row.prevHash, hash: row.hash }),
  };
}

export function fromAudit(entry: AuditEntry): AuditEntryModel {
  return {
    ...entry,
    at: new Date(entry.at),
    before: json(entry.before),
    after: json(entry.after),
    seq: entry.seq ?? null,
    prevHash: entry.prevHash ?? null,
    hash: entry.hash ?? null,
  };
}

export function toRun(row: RunClaimModel): RunClaim {
  return {
    key: row.key,
    claimedBy: row.claimedBy,
    claimedAt: row.claimedAt.toISOString(),
    sentAt: iso(row.sentAt),
    attempts: row.attempts,
    nextAttemptAt: iso(row.nextAttemptAt),
    failedAt: iso(row.failedAt),
    failure: row.failure,
    messageId: row.messageId,
    postingAt: iso(row.postingAt),
  };
}

/** True when `next` would change nothing: same state and reason (a repeated event or refusal). */
export function sameHealth(
  current: BindingHealth | null,
  next: Omit<BindingHealth, 'since'> | null,
): boolean {
  if (!current || !next) return current === null && next === null;
  return current.state === next.state && current.reason === next.reason;
}

/** The binding columns for a health state (all null when healthy). */
export function healthColumns(health: BindingHealth | null | undefined) {
  return {
    healthState: health?.state ?? null,
    healthReason: health?.reason ?? null,
    healthCode: health?.code ?? null,
    healthSince: health ? new Date(health.since) : null,
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

export function toAdoption(row: ReportAdoptionModel): ReportAdoption {
  return {
    setKey: row.setKey,
    part: row.partSlug !== '' ? { slug: row.partSlug, label: row.partLabel || row.partSlug } : null,
    userId: row.userId,
    userName: row.userName,
    at: row.at.toISOString(),
    date: row.date,
  };
}

export function fromAdoption(adoption: ReportAdoption, id: string): ReportAdoptionModel {
  return {
    id,
    setKey: adoption.setKey,
    partSlug: adoption.part?.slug ?? '',
    partLabel: adoption.part?.label ?? '',
    userId: adoption.userId,
    userName: adoption.userName,
    at: new Date(adoption.at),
    date: adoption.date,
  };
}

export function toPersonalChat(row: PersonalChatModel): PersonalChat {
  return {
    userId: row.userId,
    platform: row.platform as Platform,
    target: JSON.parse(row.target) as Record<string, string>,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toSlackInstallation(row: SlackInstallationModel): SlackInstallationRecord {
  return { ...row, installedAt: row.installedAt.toISOString() };
}

/** What the audit trail keeps of an installation: which workspace, never the token. */
export function installationSummary(
  record: Pick<SlackInstallationRecord, 'teamId' | 'enterpriseId' | 'isEnterpriseInstall'> | null | undefined,
): unknown {
  return record
    ? {
        teamId: record.teamId,
        enterpriseId: record.enterpriseId,
        isEnterpriseInstall: record.isEnterpriseInstall,
      }
    : null;
}
