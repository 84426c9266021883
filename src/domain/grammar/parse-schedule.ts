// `/loften schema [<veckodag>] [<tid>] | av | på`: the channel's digest day and time, as working
// groups write them: `onsdag 09:30`, `ons 9.30`, `Onsdagar kl 9`, `kl. 9 på tisdagar`, `fre 0745`.
// Only a weekday (Monday–Friday) and a time between EARLIEST_TIME and LATEST_TIME are accepted;
// anything else is an error that names the part and shows the form, so nothing is stored.
import { EARLIEST_TIME, LATEST_TIME, WEEKDAY_WORDS } from '../digest/schedule.ts';
import { lookupTable } from '../text/lookup-table.ts';
import { normaliseWord } from '../text/normalise.ts';
import type { DomainError, Result } from '../types.ts';
import { fail, ok } from '../types.ts';
import type { Command } from './command.ts';
import { suggestWord } from './suggest-word.ts';
import type { Token } from './tokenize-line.ts';
import { quotePart, SCHEDULE_USAGE } from './usage.ts';

/** ISO weekday by folded word: full names, plurals (`onsdagar`), the definite form and abbreviations. */
const WEEKDAYS: Record<string, number> = lookupTable({});
for (const [day, abbreviations] of [
  [1, ['man', 'ma', 'mon']],
  [2, ['tis', 'ti', 'tue']],
  [3, ['ons', 'on', 'wed']],
  [4, ['tor', 'tors', 'to', 'thu']],
  [5, ['fre', 'fr', 'fri']],
  [6, ['lor', 'lo', 'sat']],
  [7, ['son', 'so', 'sun']],
] as const) {
  const full = normaliseWord(WEEKDAY_WORDS[day]!);
  for (const word of [full, `${full}ar`, `${full}arna`, `${full}en`, ...abbreviations]) WEEKDAYS[word] = day;
}
/** English full names, for the odd admin who writes them. */
for (const [day, name] of [
  [1, 'monday'],
  [2, 'tuesday'],
  [3, 'wednesday'],
  [4, 'thursday'],
  [5, 'friday'],
  [6, 'saturday'],
  [7, 'sunday'],
] as const)
  WEEKDAYS[name] = day;

const OFF_LINES = new Set(['av', 'off', 'avstangd', 'stang av', 'stangs av', 'ingen', 'stopp', 'pausa']);
const ON_LINES = new Set(['pa', 'on', 'pa igen', 'sla pa', 'igang', 'starta', 'aterstall']);
/** Words around the day and time that carry no meaning of their own. */
const FILLERS = new Set(['pa', 'varje', 'kl', 'kl.', 'klockan', 'at', 'den', 'med', 'start', '-']);

const TIME = /^(?:kl\.?|klockan)?(\d{1,2})(?:[:.](\d{2}))?$/;
const FOUR_DIGITS = /^(\d{2})(\d{2})$/;

function error(message: string, part?: string): Result<never> {
  const e: DomainError = { code: 'bad-schedule', message, field: 'text' };
  return fail(part === undefined ? e : { ...e, part });
}

function usageError(raw: string): Result<never> {
  const candidates = Object.keys(WEEKDAYS)
    .filter((w) => w.length > 3 && !/[a-z]y$/.test(w))
    .map((w) => ({
      folded: w,
      display: w.replace('man', 'mån').replace('lor', 'lör').replace('son', 'sön'),
    }));
  const suggestion = suggestWord(raw, candidates);
  const hint = suggestion ? ` Menade du "${suggestion}"?` : '';
  return error(`Förstod inte ${quotePart(raw)}.${hint} Skriv: ${SCHEDULE_USAGE}. Inget har sparats.`, raw);
}

/** `HH:MM` from a time as written, null when the word is no time, or an error for an impossible one. */
function readTime(raw: string, folded: string): Result<string> | null {
  const word = folded.replace(/[.,;:]+$/u, '');
  const four = FOUR_DIGITS.exec(word);
  const m = four ? ([word, four[1], four[2]] as const) : TIME.exec(word);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (hours > 23 || minutes > 59) {
    return error(
      `Förstod inte klockslaget ${quotePart(raw)}. Skriv t.ex. 09:30, 9.30 eller kl 9. Inget har sparats.`,
      raw,
    );
  }
  const time = `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  if (time < EARLIEST_TIME || time > LATEST_TIME) {
    return error(
      `Översikten kan komma mellan kl ${EARLIEST_TIME} och ${LATEST_TIME}, inte ${time}. Välj en tid däremellan, t.ex. 08:00. Inget har sparats.`,
      raw,
    );
  }
  return ok(time);
}

/** The words after `/loften schema`. */
export function parseSchedule(args: Token[], note: string | null): Result<Command> {
  if (note !== null) return usageError(`"${note}"`);
  const words: { raw: string; folded: string }[] = [];
  for (const token of args) {
    if (token.kind === 'comma') continue;
    if (token.kind === 'mention') return usageError(token.raw);
    words.push({ raw: token.raw, folded: token.folded.replace(/[.,;!?]+$/u, '') || token.folded });
  }
  if (words.length === 0) return ok({ kind: 'schedule', action: 'show' });
  const line = words.map((w) => w.folded).join(' ');
  if (OFF_LINES.has(line)) return ok({ kind: 'schedule', action: 'off' });
  if (ON_LINES.has(line)) return ok({ kind: 'schedule', action: 'on' });

  let weekday: number | null = null;
  let dayRaw = '';
  let time: string | null = null;
  for (let i = 0; i < words.length; i++) {
    const { raw, folded } = words[i]!;
    const day = WEEKDAYS[folded];
    if (day !== undefined) {
      if (weekday !== null && weekday !== day) {
        return error(
          `Översikten kommer en dag i veckan: välj en av ${quotePart(dayRaw)} och ${quotePart(raw)}. Inget har sparats.`,
          raw,
        );
      }
      if (day > 5) {
        return error(
          `Översikten kommer på en vardag: välj måndag–fredag, inte ${WEEKDAY_WORDS[day]}. Inget har sparats.`,
          raw,
        );
      }
      weekday = day;
      dayRaw = raw;
      continue;
    }
    // `kl 9`, `klockan 9.30`: the number is read with the next word.
    if ((folded === 'kl' || folded === 'kl.' || folded === 'klockan') && words[i + 1]) {
      const next = words[i + 1]!;
      const read = readTime(`${raw} ${next.raw}`, next.folded);
      if (read) {
        if (!read.ok) return read;
        if (time !== null)
          return error(`Skriv en tid, inte två. Skriv: ${SCHEDULE_USAGE}. Inget har sparats.`);
        time = read.value;
        i++;
        continue;
      }
    }
    const read = readTime(raw, folded);
    if (read) {
      if (!read.ok) return read;
      if (time !== null) return error(`Skriv en tid, inte två. Skriv: ${SCHEDULE_USAGE}. Inget har sparats.`);
      time = read.value;
      continue;
    }
    if (FILLERS.has(folded)) continue;
    return usageError(raw);
  }
  if (weekday === null && time === null) return usageError(words[0]!.raw);
  return ok({ kind: 'schedule', action: 'set', weekday, time });
}
