// `/rapport [år] [period] [md|csv|docx|xlsx|json]`: the summary of the period (or of the part asked for)
// in the channel, with the documents and the chart as Reply.files (Slack uploads them, Teams sends them
// to the requester's personal chat through its file consent flow).
import { commentLine } from '../domain/comments/promise-comment.ts';
import type { Command } from '../domain/grammar/command.ts';
import { errorReply, type Reply, type ReplySection } from '../domain/reply.ts';
import { adoptionLine } from '../domain/report/adoption.ts';
import { toPublicReport } from '../domain/report/public-report.ts';
import type { ReportModel } from '../domain/report/types.ts';
import { buildReportFor, type ReportFile, type ReportFileFormat } from './build-report.ts';
import type { AppDeps, CommandContext } from './deps.ts';
import type { Bound } from './log-activity.ts';

/** Without a format the chat gets what the written follow-up needs: Word, plus Markdown and CSV. */
const DEFAULT_FORMATS: ReportFileFormat[] = ['docx', 'md', 'csv'];
/** The version for citizens (`/rapport 2019 publik`): a web page and Markdown, nothing internal. */
const PUBLIC_FORMATS: ReportFileFormat[] = ['html', 'md'];

export function reportSections(model: ReportModel): ReplySection[] {
  const sections: ReplySection[] = model.promises.map((p) => ({
    heading: `${p.title}: ${p.verdict}`,
    lines: [...p.figures, ...(p.comments ?? []).map((c) => `Kommentar ${commentLine(c)}`)],
  }));
  const places = model.totals.places.slice(0, 6).map((t) => `${t.name} ${t.activities}`);
  if (places.length > 0) sections.push({ heading: 'Aktiviteter per plats', lines: [places.join(', ')] });
  const notDone = model.plannedNotDone.filter((p) => p.state === 'ej utförd');
  if (notDone.length > 0) {
    sections.push({
      heading: 'Planerat men inte utfört',
      lines: notDone.map((p) => `${p.promise}: ${p.day} (${p.week})${p.place ? ` · ${p.place}` : ''}`),
    });
  }
  return sections;
}

export async function reportReply(
  deps: AppDeps,
  _ctx: CommandContext,
  bound: Bound,
  command: Extract<Command, { kind: 'report' }>,
): Promise<Reply> {
  const built = await buildReportFor(deps, bound.set.key, {
    ...(command.year !== undefined ? { year: command.year } : {}),
    ...(command.period ? { period: command.period } : {}),
  });
  if (!built.ok) return errorReply(built.error);
  const isPublic = command.public === true || command.format === 'html';
  if (isPublic && command.format && !PUBLIC_FORMATS.includes(command.format)) {
    return errorReply({
      code: 'unexpected',
      message:
        'Versionen för medborgare finns som webbsida (html) och Markdown (md), t.ex. /rapport 2019 publik eller /rapport 2019 publik md.',
      part: command.format,
      field: 'text',
    });
  }
  const model = isPublic ? toPublicReport(built.value.model) : built.value.model;
  const sections = reportSections(model);
  const files: ReportFile[] = deps.reports
    ? await deps.reports.render(
        model,
        command.format ? [command.format] : isPublic ? PUBLIC_FORMATS : DEFAULT_FORMATS,
        {
          withChart: true,
        },
      )
    : [];
  // No "Bifogat" here: only the adapter knows whether the files arrived, and says so when they did.
  const adopted = model.adopted ? [adoptionLine(model.adopted)] : [];
  const text = [
    isPublic ? `${model.title} (version för medborgare)` : model.title,
    ...adopted,
    model.summary,
    '',
    ...sections.flatMap((s) => [s.heading ?? '', ...s.lines.map((l) => `  ${l}`)]),
  ].join('\n');
  return {
    ok: true,
    title: model.title,
    text,
    sections: [{ lines: [...adopted, model.summary] }, ...sections],
    visibility: 'channel',
    files,
  };
}
