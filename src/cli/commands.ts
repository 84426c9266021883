// One function per CLI command. Each opens the runtime, calls use cases, prints, and returns an exit code.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { consoleUser, runConsole } from '../adapters/console/run-console.ts';
import { checkImportedRows } from '../app/check-imported-rows.ts';
import { type CheckResult, checkPromiseFile } from '../app/check-promise-file.ts';
import { CONSOLE_CHANNEL } from '../app/ensure-defaults.ts';
import { getSetStatus } from '../app/get-status.ts';
import { importPromiseSet } from '../app/import-promise-set.ts';
import type { ExportData } from '../app/ports.ts';
import type { Config } from '../config.ts';
import { countOf, NOUNS } from '../domain/rules/noun.ts';
import { bindingsCommand } from './bindings-command.ts';
import { copySetCommand } from './copy-set-command.ts';
import { demoCommand } from './demo-command.ts';
import { digestCommand } from './digest-command.ts';
import { importActivitiesCommand } from './import-activities-command.ts';
import { reportCommand, reportTarget } from './report-command.ts';
import { openRuntime, type Runtime } from './runtime.ts';

export type CliValues = {
  json?: boolean;
  format?: string;
  out?: string;
  now?: string;
  promises?: string;
  verify?: boolean;
  'dry-run'?: boolean;
  publik?: boolean;
  fastställ?: boolean;
  /** `--faststall`: the same without å/ä, for keyboards and shells that make them awkward. */
  faststall?: boolean;
};
export type CliCommand = (config: Config, args: string[], values: CliValues) => Promise<number>;

export const usage = `Användning: loftesbot <kommando> [flaggor]

  console                     kommandon i terminalen (en rad i taget när stdin inte är en terminal)
  start                       startar boten: Slack/Teams när de är konfigurerade, annars konsolen
  status [--json]             alla löften nu
  digest                      måndagsöversikten som skulle skickas nu
  report [år] [period] --format md|csv|json|docx|xlsx [-o fil] (-o -: till stdout)
                              uppföljningen för hela perioden, ett år eller en del
                              (T2 2019, Q3 2019, H1, VT 2020, mars 2019, v.14 2019)
  report [år] [period] --publik [--format html|md] [-o fil]
                              versionen för medborgare: en webbsida (och Markdown) utan
                              anteckningar, namn, kommentarer och planer
  report <år> [period] --fastställ
                              fastställer uppföljningen (chef); löftet om den skriftliga
                              sammanställningen blir uppfyllt
  import <löftesfil> [--dry-run]
                              kontrollerar och importerar en löftesfil (YAML); med --dry-run
                              bara kontrollen och vad som skulle ändras, inget sparas
  copy-set <löftesfil> <år>   nästa års löftesfil från årets [-o fil] (-o -: till stdout)
  demo                        fyller databasen med ett realistiskt 2018 för Överkalix
  export [-o fil]             all data som JSON (-o -: till stdout)
  import-data <fil>           läser in en export i en tom databas
  import-activities <fil.csv|fil.xlsx> [--dry-run]
                              aktiviteter från ett kalkylark (kolumner datum, aktivitet,
                              plats, antal, med, anteckning); allt eller inget
  audit                       granskningsloggen
  audit --verify              kontrollerar granskningsloggens hashkedja; namnger första brutna länken
  bindings [--json]           kopplade kanaler och om inläggen når fram

Flaggor: --now <ISO-tid> (eller LOFTESBOT_NOW), --promises <fil> (löftesfil för en ny databas).
Databas: DATABASE_URL (standard file:./data/loftesbot.db; postgresql://… för PostgreSQL).
`;

async function withRuntime(config: Config, run: (rt: Runtime) => Promise<number>): Promise<number> {
  const rt = await openRuntime(config, [consoleUser().platformUserId]);
  try {
    return await run(rt);
  } finally {
    await rt.close();
  }
}

/** The set the local console channel is bound to: what the CLI reports on. */
async function consoleSetKey(rt: Runtime): Promise<string> {
  const binding = await rt.deps.store.getChannel(CONSOLE_CHANNEL);
  if (!binding) throw new Error('the console channel is not bound');
  return binding.setKey;
}

const consoleCommand: CliCommand = (config, _args, values) =>
  withRuntime(config, async (rt) => {
    // Report files go to ./rapporter/, or to the folder `-o` names.
    await runConsole(rt.deps, {
      input: process.stdin,
      output: process.stdout,
      ...(values.out ? { fileDir: values.out } : {}),
    });
    return 0;
  });

const statusCommand: CliCommand = (config, _args, values) =>
  withRuntime(config, async (rt) => {
    const status = await getSetStatus(rt.deps, await consoleSetKey(rt));
    if (!status) return 1;
    if (values.json) {
      process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    } else {
      const { renderStatus } = await import('../domain/render/render-status.ts');
      const set = await rt.deps.store.getPromiseSet(status.setKey);
      process.stdout.write(`${renderStatus(set!.def, status).text}\n`);
    }
    return 0;
  });

/** Reads a promise file named on the command line; an exit code (the reason printed) when it cannot. */
async function readPromiseFile(file: string | undefined): Promise<string | number> {
  if (!file) {
    process.stderr.write('Ange löftesfilen: loftesbot import <fil> [--dry-run]\n');
    return 2;
  }
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) {
    process.stderr.write(`Filen ${file} går inte att läsa.\n`);
    return 1;
  }
  return text;
}

/**
 * `import --dry-run`: checks the file and compares it with the stored version. A database that does
 * not exist yet is not created (the file would be its first set), and the default set is not seeded.
 */
async function dryRunImport(config: Config, text: string): Promise<number> {
  const { getProvider, getSqlitePath } = await import('../adapters/storage/database-url.ts');
  const exists =
    getProvider(config.databaseUrl) !== 'sqlite' || existsSync(getSqlitePath(config.databaseUrl));
  let result: CheckResult;
  if (exists) {
    const { openStore } = await import('../adapters/storage/open-store.ts');
    const store = await openStore(config.databaseUrl);
    try {
      result = await checkPromiseFile(text, (key) => store.getPromiseSet(key));
    } finally {
      await store.close();
    }
  } else {
    result = await checkPromiseFile(text, null);
  }
  (result.ok ? process.stdout : process.stderr).write(`${result.message}\n`);
  return result.ok ? 0 : 1;
}

const importCommand: CliCommand = async (config, args, values) => {
  const text = await readPromiseFile(args[0]);
  if (typeof text === 'number') return text;
  if (values['dry-run']) return dryRunImport(config, text);
  return withRuntime(config, async (rt) => {
    const user = consoleUser();
    const result = await importPromiseSet(rt.deps, text, {
      actor: user.userId,
      platform: 'console',
      action: 'import',
    });
    (result.ok ? process.stdout : process.stderr).write(`${result.message}\n`);
    return result.ok ? 0 : 1;
  });
};

const auditCommand: CliCommand = (config, _args, values) =>
  withRuntime(config, async (rt) => {
    if (values.verify) {
      const check = await rt.deps.store.verifyAudit();
      if (values.json) process.stdout.write(`${JSON.stringify(check)}\n`);
      else if (check.ok) {
        const older =
          check.unchained > 0
            ? ` (${countOf(check.unchained, { one: 'äldre post', many: 'äldre poster' })} från före kedjan kontrolleras inte)`
            : '';
        process.stdout.write(
          `Granskningsloggen är hel: ${countOf(check.checked, NOUNS.entry)} i obruten kedja${older}.\n`,
        );
      } else {
        const which = check.id ? `post ${check.seq} (id ${check.id})` : `post ${check.seq}`;
        process.stdout.write(
          `Granskningsloggen är bruten vid ${which}: ${check.problem}. ${countOf(check.checked, { one: 'post före den är hel', many: 'poster före den är hela' })}.\n`,
        );
      }
      return check.ok ? 0 : 1;
    }
    const entries = await rt.deps.store.findAudit(1000);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
      return 0;
    }
    for (const e of entries) {
      process.stdout.write(`${e.at}  ${e.actor}  ${e.platform}  ${e.action}  ${e.entity} ${e.entityId}\n`);
    }
    return 0;
  });

const exportCommand: CliCommand = (config, _args, values) =>
  withRuntime(config, async (rt) => {
    const data = await rt.deps.store.exportAll();
    const json = `${JSON.stringify(data, null, 2)}\n`;
    const target = reportTarget(values.out, 'json', 'export.json', Boolean(process.stdout.isTTY));
    if ('file' in target) await writeFile(target.file, json);
    else process.stdout.write(json);
    return 0;
  });

const importDataCommand: CliCommand = async (config, args) => {
  const file = args[0];
  if (!file) {
    process.stderr.write('Ange exportfilen: loftesbot import-data <fil>\n');
    return 2;
  }
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) {
    process.stderr.write(`Filen ${file} går inte att läsa.\n`);
    return 1;
  }
  let data: ExportData;
  try {
    data = JSON.parse(text) as ExportData;
  } catch {
    process.stderr.write(`Filen ${file} är inte en export från loftesbot export (ogiltig JSON).\n`);
    return 1;
  }
  if (data?.version !== 1) {
    process.stderr.write(`Filen ${file} är inte en export från loftesbot export (version 1 väntades).\n`);
    return 1;
  }
  const refused = checkImportedRows(data);
  if (refused) {
    process.stderr.write(`Importen avbröts: ${refused.message}\n`);
    return 1;
  }
  const { openStore } = await import('../adapters/storage/open-store.ts');
  const store = await openStore(config.databaseUrl);
  try {
    // importAll reports an expected failure (a database that is not empty) as a value, not a throw.
    const result = await store.importAll(data);
    if (!result.ok) {
      process.stderr.write(`Importen avbröts: ${result.error.message}\n`);
      return 1;
    }
    process.stdout.write(`Importerade all data (${countOf(result.value.rows, NOUNS.row)}).\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`Importen avbröts: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await store.close();
  }
};

const startCommand: CliCommand = async (config, args, values) => {
  if (!config.slack && !config.teams) return consoleCommand(config, args, values);
  const { startServer } = await import('./start-server.ts');
  return startServer(config);
};

export const commands: Record<string, CliCommand> = {
  console: consoleCommand,
  start: startCommand,
  status: statusCommand,
  import: importCommand,
  audit: auditCommand,
  export: exportCommand,
  'import-data': importDataCommand,
  report: reportCommand,
  demo: demoCommand,
  digest: digestCommand,
  'copy-set': copySetCommand,
  'import-activities': importActivitiesCommand,
  bindings: bindingsCommand,
};
