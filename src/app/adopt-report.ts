// `/rapport <år> [period] fastställ`: the chief adopts the follow-up once its period has ended. Recorded
// once per report, attributed, dated and audited; adopting the whole period's follow-up meets the set's
// own deadline promise (the written summary). A second adoption says who adopted it and when.
import type { Command } from '../domain/grammar/command.ts';
import { effectivePeriod } from '../domain/promise-set/effective-period.ts';
import { errorReply, type Reply, textReply } from '../domain/reply.ts';
import { toAdoptionNote } from '../domain/report/adoption.ts';
import { resolveReportScope } from '../domain/report/report-scope.ts';
import { formatDate, toLocalDate } from '../domain/time/index.ts';
import { buildReportFor } from './build-report.ts';
import type { AppDeps, CommandContext } from './deps.ts';
import type { Bound } from './log-activity.ts';

export async function adoptReport(
  deps: AppDeps,
  ctx: CommandContext,
  bound: Bound,
  command: Extract<Command, { kind: 'adopt' }>,
): Promise<Reply> {
  const set = bound.set.def;
  const now = deps.clock.now();
  const today = toLocalDate(now, set.timeZone);
  const request = {
    ...(command.year !== undefined ? { year: command.year } : {}),
    ...(command.period ? { period: command.period } : {}),
  };
  const scope = resolveReportScope(set, request, today);
  if (!scope.ok) {
    return errorReply({
      ...scope.error,
      message: `${scope.error.message.replace(/ Skriv .*$/s, '')} Inget har fastställts.`,
    });
  }
  const part = scope.value ? { slug: scope.value.slug, label: scope.value.label } : null;
  const end = scope.value?.end ?? effectivePeriod(set).end;
  const what = part ? `Uppföljningen för ${part.label}` : `Uppföljningen ${periodName(set)}`;
  if (end >= today) {
    return errorReply({
      code: 'bad-period',
      message: `${what} kan fastställas först när perioden har slutat (${formatDate(end, true)}). Inget har fastställts.`,
    });
  }
  const { adoption, already } = await deps.store.adoptReport(
    { setKey: bound.set.key, part, userId: ctx.userId, userName: ctx.userName ?? null, date: today },
    { actor: ctx.userId, platform: ctx.platform, action: 'adopt-report' },
    now,
  );
  const note = toAdoptionNote(adoption);
  if (already) {
    return textReply(`${what} är redan fastställd: ${note.day} av ${note.by}. Inget nytt har sparats.`, {
      visibility: 'user',
    });
  }
  const lines = [`${what} är fastställd ${note.day} av ${note.by}.`];
  if (!part) {
    const built = await buildReportFor(deps, bound.set.key, request);
    const own = built.ok ? built.value.model.promises.find((p) => p.thisReport) : undefined;
    if (own) lines.push(`${own.title}: ${own.verdict}. ${own.figures[0] ?? ''}`.trim());
  }
  const again = scope.value?.command ?? `/rapport${command.year !== undefined ? ` ${command.year}` : ''}`;
  lines.push(`Rapporten (${again}) säger nu att den är fastställd.`);
  return textReply(lines.join('\n'), { visibility: 'channel' });
}

/** `2018` for a one-year set, else `1 januari 2019–31 december 2020`. */
function periodName(set: Bound['set']['def']): string {
  const { start, end } = effectivePeriod(set);
  return start.slice(0, 4) === end.slice(0, 4)
    ? start.slice(0, 4)
    : `${formatDate(start, true)}–${formatDate(end, true)}`;
}
