// `loftesbot report [år] [period] --format md|csv|json|docx|xlsx [-o fil]`: the report of the console
// channel's set, for the whole period or a part of it (`report T2 2019`, `report 2024`), read with
// the same grammar as `/rapport`. Without `-o` (or with `-o -`), text goes to stdout; Word and Excel go to stdout only
// when it is a pipe or a file, and into ./rapporter/ when it is a terminal (never bytes on a screen).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { consoleUser, REPORT_DIR } from '../adapters/console/run-console.ts';
import { renderReportFile } from '../adapters/documents/index.ts';
import { buildReportFor, type ReportFileFormat } from '../app/build-report.ts';
import type { CommandContext } from '../app/deps.ts';
import { CONSOLE_CHANNEL } from '../app/ensure-defaults.ts';
import { handleCommand } from '../app/handle-command.ts';
import { parseReport } from '../domain/grammar/parse-report.ts';
import { tokenizeLine } from '../domain/grammar/tokenize-line.ts';
import { toPublicReport } from '../domain/report/public-report.ts';
import type { CliCommand } from './commands.ts';
import { openRuntime } from './runtime.ts';

/**
 * `loftesbot report 2018 --fastställ` (or `report 2018 fastställ`): the console's user adopts the
 * follow-up through the same use case as `/rapport 2018 fastställ` in chat.
 */
async function adoptCommand(config: Parameters<CliCommand>[0], words: string[]): Promise<number> {
  const user = consoleUser();
  const rt = await openRuntime(config, [user.platformUserId]);
  try {
    const ctx: CommandContext = {
      channelId: CONSOLE_CHANNEL,
      platform: 'console',
      userId: user.userId,
      platformUserId: user.platformUserId,
    };
    const reply = await handleCommand(rt.deps, ctx, `/rapport ${words.join(' ')}`);
    (reply.ok ? process.stdout : process.stderr).write(
      `${reply.text.replaceAll('/rapport', 'loftesbot report')}\n`,
    );
    return reply.ok ? 0 : 1;
  } finally {
    await rt.close();
  }
}

const FORMATS: ReportFileFormat[] = ['md', 'csv', 'json', 'docx', 'xlsx', 'html'];
const BINARY: ReportFileFormat[] = ['docx', 'xlsx'];

/** `-o -` names stdout, as for other command-line tools, not a file named "-". */
export function namesStdout(out: string | undefined): out is '-' {
  return out === '-';
}

/**
 * Where a report goes: stdout, a file, or nowhere with a Swedish refusal. `-o -` means stdout, as
 * for other command-line tools; Word and Excel bytes are never written to a terminal.
 */
export function reportTarget(
  out: string | undefined,
  format: ReportFileFormat,
  fileName: string,
  stdoutIsTerminal: boolean,
): { stdout: true } | { file: string; inReportDir: boolean } | { refused: string } {
  const binaryOnTerminal = BINARY.includes(format) && stdoutIsTerminal;
  if (namesStdout(out)) {
    return binaryOnTerminal
      ? {
          refused: `-o - skriver till skärmen, men ${format === 'docx' ? 'Word' : 'Excel'}-filen är inte text. Skicka den vidare (loftesbot report --format ${format} -o - > rapport.${format}) eller ange ett filnamn: -o rapport.${format}.`,
        }
      : { stdout: true };
  }
  if (out !== undefined) return { file: out, inReportDir: false };
  return binaryOnTerminal ? { file: join(REPORT_DIR, fileName), inReportDir: true } : { stdout: true };
}

export const reportCommand: CliCommand = async (config, args, values) => {
  const words = [
    ...args,
    ...(values.fastställ || values.faststall ? ['fastställ'] : []),
    ...(values.publik ? ['publik'] : []),
  ];
  const line = tokenizeLine(words.join(' '));
  const parsed = line.ok ? parseReport(line.value.tokens) : line;
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error.message.replaceAll('/rapport', 'loftesbot report')}\n`);
    return 2;
  }
  if (parsed.value.kind === 'adopt') return adoptCommand(config, words);
  if (parsed.value.kind !== 'report') return 2;
  const request = parsed.value;
  const isPublic = request.public === true;
  const format = (values.format ?? request.format ?? (isPublic ? 'html' : 'md')) as ReportFileFormat;
  if (!FORMATS.includes(format)) {
    process.stderr.write(`Okänt format "${values.format}". Välj md, csv, json, docx, xlsx eller html.\n`);
    return 2;
  }
  if (isPublic && format !== 'html' && format !== 'md') {
    process.stderr.write('Versionen för medborgare (--publik) finns som html och md.\n');
    return 2;
  }
  const rt = await openRuntime(config, [consoleUser().platformUserId]);
  try {
    const binding = await rt.deps.store.getChannel(CONSOLE_CHANNEL);
    if (!binding) {
      process.stderr.write('Konsolen är inte kopplad till någon löftesuppsättning.\n');
      return 1;
    }
    const built = await buildReportFor(rt.deps, binding.setKey, {
      ...(request.year !== undefined ? { year: request.year } : {}),
      ...(request.period ? { period: request.period } : {}),
    });
    if (!built.ok) {
      process.stderr.write(`${built.error.message.replaceAll('/rapport', 'loftesbot report')}\n`);
      return 1;
    }
    const model = isPublic || format === 'html' ? toPublicReport(built.value.model) : built.value.model;
    const file = await renderReportFile(model, format);
    const target = reportTarget(values.out, format, file.name, Boolean(process.stdout.isTTY));
    if ('refused' in target) {
      process.stderr.write(`${target.refused}\n`);
      return 2;
    }
    if ('file' in target) {
      if (target.inReportDir) await mkdir(REPORT_DIR, { recursive: true });
      await writeFile(target.file, file.data);
      process.stderr.write(`Skrev ${target.file}\n`);
    } else {
      await new Promise<void>((resolve, reject) =>
        process.stdout.write(file.data, (error) => (error ? reject(error) : resolve())),
      );
    }
    return 0;
  } finally {
    await rt.close();
  }
};
