// `loftesbot copy-set <löftesfil> <år> [-o fil]`: next year's promise file from this year's, with a
// list of what to check before `loftesbot import`.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { copyPromiseFile } from '../domain/promise-set/copy-promise-file.ts';
import type { CliCommand } from './commands.ts';
import { namesStdout } from './report-command.ts';

export const copySetCommand: CliCommand = async (_config, args, values) => {
  const [file, year] = args;
  if (!file || !year || !/^\d{4}$/.test(year)) {
    process.stderr.write(
      'Skriv: loftesbot copy-set <löftesfil> <år> [-o ny-fil.yml], t.ex. loftesbot copy-set promises/vingaker-2017.yml 2018\n',
    );
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    process.stderr.write(`Hittar inte filen ${file}.\n`);
    return 1;
  }
  const copied = copyPromiseFile(text, Number(year));
  if (!copied.ok) {
    process.stderr.write(`${copied.error}\n`);
    return 1;
  }
  const todo = copied.value.todo.map((t) => `• ${t}`).join('\n');
  if (namesStdout(values.out)) {
    // The file goes to stdout, so the list of what to check goes to stderr and does not end up in it.
    process.stdout.write(copied.value.text);
    process.stderr.write(`Kontrollera innan du importerar (${copied.value.key}):\n${todo}\n`);
    return 0;
  }
  const out = values.out ?? join(dirname(file), `${copied.value.key}.yml`);
  try {
    // Never overwrite a file by default: last year's might be next to it.
    await writeFile(out, copied.value.text, { flag: values.out ? 'w' : 'wx' });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    process.stderr.write(
      exists
        ? `${out} finns redan: ange en annan fil med -o.
`
        : `Kunde inte skriva ${out}.
`,
    );
    return 1;
  }
  process.stdout.write(`Skrev ${out} (${copied.value.key}). Kontrollera innan du importerar:\n${todo}\n`);
  return 0;
};
