// `loftesbot report <år> --format md|csv|json|docx [-o fil]`: the year-end report of the console
// channel's set. Word goes to stdout as bytes when no file is given (pipe it to a file).
import { writeFile } from 'node:fs/promises';
import { consoleUser } from '../adapters/console/run-console.ts';
import { renderReportFile } from '../adapters/documents/index.ts';
import { buildReportForYear, type ReportFileFormat } from '../app/build-report.ts';
import { CONSOLE_CHANNEL } from '../app/ensure-defaults.ts';
import type { CliCommand } from './commands.ts';
import { openRuntime } from './runtime.ts';

const FORMATS: ReportFileFormat[] = ['md', 'csv', 'json', 'docx'];

export const reportCommand: CliCommand = async (config, args, values) => {
  const format = (values.format ?? 'md') as ReportFileFormat;
  if (!FORMATS.includes(format)) {
    process.stderr.write(`Okänt format "${values.format}". Välj md, csv, json eller docx.\n`);
    return 2;
  }
  const yearText = args[0];
  if (yearText !== undefined && !/^\d{4}$/.test(yearText)) {
    process.stderr.write(
      `Året ska skrivas med fyra siffror, t.ex. loftesbot report 2018 --format ${format}.\n`,
    );
    return 2;
  }
  const rt = await openRuntime(config, [consoleUser().platformUserId]);
  try {
    const binding = await rt.deps.store.getChannel(CONSOLE_CHANNEL);
    if (!binding) {
      process.stderr.write('Konsolen är inte kopplad till någon löftesuppsättning.\n');
      return 1;
    }
    const built = await buildReportForYear(rt.deps, binding.setKey, yearText ? Number(yearText) : undefined);
    if (!built.ok) {
      process.stderr.write(`${built.error.message}\n`);
      return 1;
    }
    const file = await renderReportFile(built.value.model, format);
    if (values.out) {
      await writeFile(values.out, file.data);
      process.stderr.write(`Skrev ${values.out}\n`);
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
