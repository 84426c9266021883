// The console front end: interactive on a terminal; line mode when stdin is piped (one reply per
// command, exit at end of input). It only turns lines into use-case calls and replies into text.

import { mkdir, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { AppDeps, CommandContext } from '../../app/deps.ts';
import { CONSOLE_CHANNEL } from '../../app/ensure-defaults.ts';
import { handleCommand } from '../../app/handle-command.ts';
import { formatDate, toLocalDate } from '../../domain/time/index.ts';
import type { IsoDate } from '../../domain/types.ts';
import { renderReplyText } from './render-reply-text.ts';

export function consoleUser(): { userId: string; platformUserId: string } {
  let name = 'lokal';
  try {
    name = userInfo().username || name;
  } catch {
    // No passwd entry (some containers): keep the generic name.
  }
  return { userId: `console:${name}`, platformUserId: `console:${name}` };
}

/** Where the console writes the files a reply names, unless told otherwise. */
export const REPORT_DIR = 'rapporter';

export async function runConsole(
  deps: AppDeps,
  io: {
    input: NodeJS.ReadableStream & { isTTY?: boolean };
    output: NodeJS.WritableStream;
    /** Where the files a reply names (a report's Word, Markdown, CSV, chart) are written. */
    fileDir?: string;
  },
): Promise<void> {
  const fileDir = io.fileDir ?? REPORT_DIR;
  const user = consoleUser();
  const ctx: CommandContext = {
    channelId: CONSOLE_CHANNEL,
    platform: 'console',
    userId: user.userId,
    platformUserId: user.platformUserId,
    resolveMention: (raw) => `console:${raw.replace(/^@/, '')}`,
  };
  const interactive = Boolean(io.input.isTTY);
  const rl = createInterface({
    input: io.input,
    output: interactive ? io.output : undefined,
    terminal: interactive,
  });
  const write = (s: string) => io.output.write(`${s}\n`);
  if (interactive) {
    write('Löftesbot — skriv t.ex. "logga medborgarkontakt Centrum" eller "hjälp". Avsluta med Ctrl+D.');
    const hint = await periodHint(deps);
    if (hint) write(hint);
    rl.setPrompt('löftesbot> ');
    rl.prompt();
  }
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) {
      if (interactive) rl.prompt();
      continue;
    }
    if (interactive && /^(avsluta|exit|quit)$/i.test(line)) break;
    const reply = await handleCommand(deps, ctx, line);
    write(renderReplyText(reply));
    // Only here can the bot be started on another day: the refusal of a line logged outside the period says how.
    if (reply.error?.code === 'today-outside-period') {
      const bound = await deps.bindings.getBoundSet(CONSOLE_CHANNEL);
      if (bound) write(tryNowHint(bound.set.def.period));
    }
    // A terminal shows no attachment: the files the reply names are written where the user can open them.
    if (reply.files?.length) {
      await mkdir(fileDir, { recursive: true });
      for (const file of reply.files) {
        const path = join(fileDir, file.name);
        await writeFile(path, file.data);
        write(`Skrev ${path} (${Math.max(1, Math.round(file.data.length / 1024))} kB)`);
      }
    }
    if (interactive) rl.prompt();
  }
  rl.close();
}

/** Tells a newcomer when today lies outside the bound promise period (the shipped set is 2018). */
async function periodHint(deps: AppDeps): Promise<string | null> {
  const bound = await deps.bindings.getBoundSet(CONSOLE_CHANNEL);
  if (!bound) return null;
  const { period, timeZone, title, municipality } = bound.set.def;
  const today = toLocalDate(deps.clock.now(), timeZone);
  if (today >= period.start && today <= period.end) return null;
  return `Obs: ${title} för ${municipality} gäller ${formatDate(period.start, true)}–${formatDate(period.end, true)}, och i dag är ${formatDate(today, true)}. Prova som om det vore då: npm start -- --now ${tryNow(period)}, eller fyll ett helt år med: npx loftesbot demo.`;
}

/** A moment inside the period to start the console at: 19 March of its first year, or its first day. */
function tryNow(period: { start: IsoDate; end: IsoDate }): string {
  const march = `${period.start.slice(0, 4)}-03-19`;
  return `${march >= period.start && march <= period.end ? march : period.start}T08:00`;
}

/** What the console adds to a line refused because today lies outside the period. */
export function tryNowHint(period: { start: IsoDate; end: IsoDate }): string {
  const now = tryNow(period);
  return `Vill du prova som om det vore ${now.slice(0, 4)}: starta med \`npm start -- --now ${now}\`.`;
}
