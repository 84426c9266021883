// `loftesbot bindings [--json]`: every bound channel and whether posts reach it.
import { consoleUser } from '../adapters/console/run-console.ts';
import { findBindingHealth } from '../app/delivery/find-binding-health.ts';
import type { CliCommand } from './commands.ts';
import { openRuntime } from './runtime.ts';

const stateWords = { ok: 'ok', unable: 'kan inte posta', inactive: 'inaktiv' } as const;

export const bindingsCommand: CliCommand = async (config, _args, values) => {
  const rt = await openRuntime(config, [consoleUser().platformUserId]);
  try {
    const rows = await findBindingHealth(rt.deps);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    if (rows.length === 0) process.stdout.write('Inga kanaler är kopplade.\n');
    for (const row of rows) {
      const head = `${row.channelId}  ${row.setKey}  ${stateWords[row.state]}  översikt ${row.schedule}`;
      const why = row.state === 'ok' ? '' : `  sedan ${row.since} (${row.code})\n    ${row.advice}`;
      process.stdout.write(`${head}${why}\n`);
    }
    return 0;
  } finally {
    await rt.close();
  }
};
