// `loftesbot import-activities <fil.csv|fil.xlsx> [--dry-run]`: a spreadsheet of activities into the
// console channel's set. CSV is read with csv-parse (separator from the header line: `;` from Swedish
// Excel, `,` or a tab), XLSX with read-excel-file (its first sheet); the use case does the rest.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { consoleUser } from '../adapters/console/run-console.ts';
import { describeCsvError, parseCsv } from '../adapters/documents/csv.ts';
import { CONSOLE_CHANNEL } from '../app/ensure-defaults.ts';
import { importActivities, type SheetCell } from '../app/import-activities.ts';
import type { CliCommand } from './commands.ts';
import { openRuntime } from './runtime.ts';

async function readRows(file: string): Promise<SheetCell[][] | string> {
  const data = await readFile(file).catch(() => null);
  if (data === null) return `Filen ${file} går inte att läsa.`;
  const extension = extname(file).toLowerCase();
  try {
    if (extension === '.xlsx') {
      const { readSheet } = await import('read-excel-file/node');
      return (await readSheet(data)) as SheetCell[][];
    }
    if (extension === '.csv' || extension === '.txt') return parseCsv(data.toString('utf8'));
  } catch (error) {
    // The readers' own messages are English: say in Swedish what is wrong and where.
    return extension === '.xlsx'
      ? `Filen ${file} går inte att läsa som Excel-arbetsbok. Öppna den i Excel och spara den igen som .xlsx. Inget har sparats.`
      : `Filen ${file} går inte att läsa som CSV: ${describeCsvError(error)} Inget har sparats.`;
  }
  return `Okänd filtyp "${extension || file}". Importera en .csv- eller .xlsx-fil.`;
}

export const importActivitiesCommand: CliCommand = async (config, args, values) => {
  const file = args[0];
  if (!file) {
    process.stderr.write('Ange filen: loftesbot import-activities <fil.csv|fil.xlsx> [--dry-run]\n');
    return 2;
  }
  const rows = await readRows(file);
  if (typeof rows === 'string') {
    process.stderr.write(`${rows}\n`);
    return 1;
  }
  const user = consoleUser();
  const rt = await openRuntime(config, [user.platformUserId]);
  try {
    const binding = await rt.deps.store.getChannel(CONSOLE_CHANNEL);
    if (!binding) {
      process.stderr.write('Konsolen är inte kopplad till någon löftesuppsättning.\n');
      return 1;
    }
    const result = await importActivities(
      rt.deps,
      { channelId: CONSOLE_CHANNEL, platform: 'console', ...user },
      binding.setKey,
      rows,
      {
        dryRun: values['dry-run'] === true,
        onProgress: (done, total) => process.stderr.write(`Läser rad ${done + 1} av ${total + 1} …\n`),
      },
    );
    if (!result.ok) {
      process.stderr.write(`${result.error.message}\n`);
      return 1;
    }
    process.stdout.write(`${result.value.text}\n`);
    return 0;
  } finally {
    await rt.close();
  }
};
