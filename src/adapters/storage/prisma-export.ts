// Whole-database export and import (issue 7): the same JSON from SQLite and PostgreSQL.

import type { ExportData, Role } from '../../app/ports.ts';
import type { Judgement } from '../../domain/rules/types.ts';
import type { DomainError, Result } from '../../domain/types.ts';
import { createSortableId } from './create-sortable-id.ts';
import { lockForWrite } from './portable-sql.ts';
import type { Tx } from './prisma-store.ts';
import {
  fromActivity,
  fromAdoption,
  fromAudit,
  fromComment,
  healthColumns,
  scheduleColumns,
  toAdoption,
  toAudit,
  toBinding,
  toComment,
  toJsonText,
  toPersonalChat,
  toRun,
  toStoredActivity,
  toStoredPromiseSet,
} from './row-mapping.ts';

/** Run it in a snapshot transaction: a consistent copy even while the bot keeps writing. */
export async function exportDatabase(tx: Tx): Promise<ExportData> {
  const sets = await tx.promiseSet.findMany({ orderBy: [{ key: 'asc' }, { version: 'asc' }] });
  const bindings = await tx.channelBinding.findMany({ orderBy: { channelId: 'asc' } });
  const roles = await tx.role.findMany({ orderBy: [{ channelId: 'asc' }, { userId: 'asc' }] });
  const activities = await tx.activity.findMany({ orderBy: { id: 'asc' } });
  const audit = await tx.auditEntry.findMany({ orderBy: [{ at: 'asc' }, { id: 'asc' }] });
  const revisions = await tx.ledgerRevision.findMany({ orderBy: { setKey: 'asc' } });
  const runs = await tx.runClaim.findMany({ orderBy: { key: 'asc' } });
  const judgements = await tx.judgement.findMany({
    orderBy: [{ at: 'asc' }, { setKey: 'asc' }, { promiseId: 'asc' }, { id: 'asc' }],
  });
  const comments = await tx.promiseComment.findMany({ orderBy: [{ at: 'asc' }, { id: 'asc' }] });
  const importedRows = await tx.importedRow.findMany({ orderBy: [{ setKey: 'asc' }, { rowKey: 'asc' }] });
  const adoptions = await tx.reportAdoption.findMany({ orderBy: [{ at: 'asc' }, { id: 'asc' }] });
  const personalChats = await tx.personalChat.findMany({ orderBy: { userId: 'asc' } });
  return {
    version: 1,
    sets: sets.map((row) => ({ ...toStoredPromiseSet(row), importedBy: row.importedBy })),
    bindings: bindings.map(toBinding),
    roles: roles.map((r) => ({
      channelId: r.channelId,
      userId: r.userId,
      role: r.role as Role,
      setAt: r.setAt.toISOString(),
      ...(r.name !== null ? { name: r.name } : {}),
    })),
    activities: activities.map(toStoredActivity),
    audit: audit.map(toAudit),
    revisions: revisions.map((r) => ({
      setKey: r.setKey,
      revision: r.revision,
      ...(r.rewrittenRevision > 0 ? { rewrittenRevision: r.rewrittenRevision } : {}),
    })),
    runs: runs.map(toRun),
    judgements: judgements.map((j) => ({
      setKey: j.setKey,
      promiseId: j.promiseId,
      status: j.status as Judgement['status'],
      reason: j.reason,
      userId: j.userId,
      at: j.at.toISOString(),
      date: j.date,
    })),
    comments: comments.map(toComment),
    adoptions: adoptions.map(toAdoption),
    importedRows: importedRows.map((r) => ({ ...r, at: r.at.toISOString() })),
    personalChats: personalChats.map(toPersonalChat),
  };
}

export async function importDatabase(
  tx: Tx,
  data: ExportData,
): Promise<Result<{ rows: number }, DomainError>> {
  // A first statement that writes, so SQLite takes its write lock before the emptiness check.
  await lockForWrite(tx);
  const counts = await Promise.all([
    tx.promiseSet.count(),
    tx.channelBinding.count(),
    tx.role.count(),
    tx.activity.count(),
    tx.auditEntry.count(),
    tx.ledgerRevision.count(),
    tx.runClaim.count(),
    tx.judgement.count(),
    tx.promiseComment.count(),
    tx.importedRow.count(),
    tx.reportAdoption.count(),
    tx.personalChat.count(),
  ]);
  if (counts.some((n) => n > 0)) {
    return {
      ok: false,
      error: {
        code: 'forbidden',
        message: 'Databasen är inte tom. Importera bara till en ny, tom databas.',
      },
    };
  }
  await tx.promiseSet.createMany({
    data: data.sets.map((s) => ({
      key: s.key,
      version: s.version,
      definition: JSON.stringify(s.def),
      importedAt: new Date(s.importedAt),
      importedBy: s.importedBy,
    })),
  });
  await tx.channelBinding.createMany({
    data: data.bindings.map((b) => ({
      channelId: b.channelId,
      platform: b.platform,
      setKey: b.setKey,
      postTarget: toJsonText(b.postTarget),
      boundAt: new Date(b.boundAt),
      boundBy: b.boundBy ?? null,
      ...healthColumns(b.health),
      ...scheduleColumns(b.schedule),
    })),
  });
  await tx.role.createMany({
    data: data.roles.map((r) => ({ ...r, name: r.name ?? null, setAt: new Date(r.setAt) })),
  });
  await tx.activity.createMany({ data: data.activities.map((a) => fromActivity(a, a)) });
  await tx.auditEntry.createMany({ data: data.audit.map(fromAudit) });
  await tx.ledgerRevision.createMany({ data: data.revisions });
  await tx.runClaim.createMany({
    data: data.runs.map((r) => ({
      key: r.key,
      claimedBy: r.claimedBy,
      claimedAt: new Date(r.claimedAt),
      sentAt: r.sentAt ? new Date(r.sentAt) : null,
      attempts: r.attempts ?? 1,
      nextAttemptAt: r.nextAttemptAt ? new Date(r.nextAttemptAt) : null,
      failedAt: r.failedAt ? new Date(r.failedAt) : null,
      failure: r.failure ?? null,
      messageId: r.messageId ?? null,
      postingAt: r.postingAt ? new Date(r.postingAt) : null,
    })),
  });
  const judgements = data.judgements ?? [];
  await tx.judgement.createMany({
    data: judgements.map((j) => ({ ...j, id: createSortableId(), at: new Date(j.at) })),
  });
  const comments = data.comments ?? [];
  await tx.promiseComment.createMany({ data: comments.map((c) => fromComment(c, createSortableId())) });
  const importedRows = data.importedRows ?? [];
  await tx.importedRow.createMany({ data: importedRows.map((r) => ({ ...r, at: new Date(r.at) })) });
  const adoptions = data.adoptions ?? [];
  await tx.reportAdoption.createMany({ data: adoptions.map((a) => fromAdoption(a, createSortableId())) });
  const personalChats = data.personalChats ?? [];
  await tx.personalChat.createMany({
    data: personalChats.map((c) => ({
      userId: c.userId,
      platform: c.platform,
      target: JSON.stringify(c.target),
      updatedAt: new Date(c.updatedAt),
    })),
  });
  const rows =
    personalChats.length +
    adoptions.length +
    importedRows.length +
    comments.length +
    judgements.length +
    data.sets.length +
    data.bindings.length +
    data.roles.length +
    data.activities.length +
    data.audit.length +
    data.revisions.length +
    data.runs.length;
  return { ok: true, value: { rows } };
}
