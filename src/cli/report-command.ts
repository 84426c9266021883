// `loftesbot report [år] [period] --format md|csv|json|docx|xlsx [-o fil]`: the report of the console
// channel's set, for the whole period or a part of it (`report T2 2019`, `report 2024`), read with
// the same grammar as `/rapport`. Without `-o`, text goes to stdout; Word and Excel go to stdout only
// when it is a pipe or a file, and into ./rapporter/ when it is a terminal (never bytes on a screen).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { consoleUser, REPORT_DIR } from '../adapters/console/run-console.ts';
import { renderReportFile } from '../adapters/documents/index.ts';
import { buildReportFor, type ReportFileFormat } from '../app/build-report.ts';
import { CONSOLE_CHANNEL } from '../app/ensure-defaults.ts';
import { parseReport } from '../domain/grammar/parse-report.ts';
import { tokenizeLine } from '../domain/grammar/tokenize-line.ts';
import type { CliCommand } from './commands.ts';
import { openRuntime } from './runtime.ts';

const FORMATS: ReportFileFormat[] = ['md', 'csv', 'json', 'docx', 'xlsx'];
const BINARY: ReportFileFormat[] = ['docx', 'xlsx'];

export const reportCommand: CliCommand = async (config, args, values) => {
  const line = tokenizeLine(args.join(' '));
  const parsed = line.ok ? parseReport(line.value.tokens) : line;
  if (!parsed.ok || parsed.value.kind !== 'report') {
    const message = parsed.ok ? '' : parsed.error.message.replaceAll('/rapport', 'loftesbot report');
    process.stderr.write(`${message}\n`);
    return 2;
  }
  const request = parsed.value;
  const format = (values.format ?? request.format ?? 'md') as ReportFileFormat;
  if (!FORMATS.includes(format)) {
    process.stderr.write(`Okänt format "${values.format}". Välj md, csv, json, docx eller xlsx.\n`);
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
    const file = await renderReportFile(built.value.model, format);
    const out =
      values.out ??
      (BINARY.includes(format) && process.stdout.isTTY ? join(REPORT_DIR, file.name) : undefined);
    if (out) {
      if (!values.out) await mkdir(REPORT_DIR, { recursive: true });
      await writeFile(out, file.data);
      process.stderr.write(`Skrev ${out}\n`);
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
