// `loftesbot demo`: a realistic 2018 for Överkalix in the database, so a newcomer sees a full report.
import { consoleUser } from '../adapters/console/run-console.ts';
import { fillDemo } from '../app/demo/fill-demo.ts';
import { CONSOLE_CHANNEL } from '../app/ensure-defaults.ts';
import type { CliCommand } from './commands.ts';
import { openRuntime } from './runtime.ts';

export const demoCommand: CliCommand = async (config) => {
  const rt = await openRuntime(config, [consoleUser().platformUserId]);
  try {
    const binding = await rt.deps.store.getChannel(CONSOLE_CHANNEL);
    if (!binding) {
      process.stderr.write('Konsolen är inte kopplad till någon löftesuppsättning.\n');
      return 1;
    }
    const result = await fillDemo(rt.deps, binding.setKey);
    if (!result.ok) {
      process.stderr.write(`${result.message}\n`);
      return 1;
    }
    // What lies after today (the clock, --now) is stored as planned: it has not happened yet.
    process.stdout.write(
      `Demodata: ${result.activities} utförda och ${result.planned} planerade aktiviteter för ${result.setKey} (2018) sparade.\nSe rapporten: loftesbot report 2018 --format md --now 2019-01-15\n`,
    );
    return 0;
  } finally {
    await rt.close();
  }
};
