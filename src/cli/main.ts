// `loftesbot <command>`: the machine-readable interface (console, status, report, digest, import, …).
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { commands, usage } from './commands.ts';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      now: { type: 'string' },
      json: { type: 'boolean', default: false },
      verify: { type: 'boolean', default: false },
      format: { type: 'string' },
      promises: { type: 'string' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h', default: false },
      'dry-run': { type: 'boolean', default: false },
      publik: { type: 'boolean', default: false },
      fastställ: { type: 'boolean', default: false },
      faststall: { type: 'boolean', default: false },
    },
  });
  const [name = 'console', ...args] = positionals;
  if (values.help || name === 'help') {
    process.stdout.write(usage);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Okänt kommando "${name}".\n\n${usage}`);
    return 2;
  }
  const env = { ...process.env };
  if (values.now) env.LOFTESBOT_NOW = values.now;
  if (values.promises) env.LOFTESBOT_PROMISES = values.promises;
  // Commands other than `start` keep the terminal quiet unless asked.
  if (name !== 'start' && !env.LOG_LEVEL) env.LOG_LEVEL = 'warn';
  const config = loadConfig(env);
  return command(config, args, values);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(
        `Löftesbot kan inte starta: felaktig konfiguration.\n${error.problems.map((p) => `  - ${p}`).join('\n')}\n`,
      );
    } else if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${error.message}\n\n${usage}`);
    } else {
      process.stderr.write(
        `Löftesbot stannade på ett oväntat fel: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
    }
    process.exitCode = 1;
  },
);
