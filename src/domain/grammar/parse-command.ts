// The one entry point every front end calls with the text a user typed.

import type { HolidayLookup } from '../digest/find-digest-day.ts';
import { guardFreeText, personalDataError } from '../privacy/guard-free-text.ts';
import type { PromiseSetDef } from '../promise-set/schema.ts';
import { lookupTable } from '../text/lookup-table.ts';
import { normaliseWord } from '../text/normalise.ts';
import { parseIsoDate } from '../time/index.ts';
import type { IsoDate, Result } from '../types.ts';
import { fail, ok } from '../types.ts';
import { buildVocabulary, type Vocabulary } from './build-vocabulary.ts';
import { isCountUnit } from './classify-piece.ts';
import type { Command, CommandRole } from './command.ts';
import { NOT_BOUND } from './not-bound.ts';
import { parseComment } from './parse-comment.ts';
import { parseEntry } from './parse-entry.ts';
import { parseJudge } from './parse-judge.ts';
import { parseReport } from './parse-report.ts';
import { parseSchedule } from './parse-schedule.ts';
import { suggestWord } from './suggest-word.ts';
import { type Token, tokenizeLine } from './tokenize-line.ts';
import {
  COMMANDS,
  EDIT_USAGE,
  MINE_LIMIT,
  PLAN_USAGE,
  PROMISES_USAGE,
  quotePart,
  REPORT_USAGE,
} from './usage.ts';

export interface ParseContext {
  set: PromiseSetDef | null;
  today: IsoDate;
  /** The slash command's name when the platform gives it apart from the text, e.g. `logga`. */
  command?: string;
  /** Public holidays: a plan from a week or weekend word skips them. */
  holidayName?: HolidayLookup;
}

export const MAX_LINE = 500;

const VERBS: Record<string, string> = lookupTable({
  logga: 'logga',
  log: 'logga',
  planera: 'planera',
  plan: 'planera',
  status: 'status',
  rapport: 'rapport',
  report: 'rapport',
  loften: 'loften',
  lofte: 'loften',
  hjalp: 'hjalp',
  help: 'hjalp',
  angra: 'angra',
  undo: 'angra',
});
const HELP_WORDS = new Set(['hjalp', 'help', '?']);
const UNDO_WORDS = new Set(['angra', 'undo']);
const MINE_WORDS = new Set(['mina']);
const EDIT_WORDS = new Set(['andra', 'edit']);
const ROLES: Record<string, CommandRole> = lookupTable({
  polis: 'officer',
  officer: 'officer',
  grupp: 'group',
  group: 'group',
  arbetsgrupp: 'group',
  chef: 'chief',
  chief: 'chief',
  admin: 'admin',
  administrator: 'admin',
});
function folded(token: Token | undefined): string | null {
  return token?.kind === 'word' ? token.folded : null;
}

function raw(token: Token): string {
  return token.kind === 'comma' ? ',' : token.raw;
}

function unexpected(token: Token, usage: string): Result<never> {
  return fail({
    code: 'unexpected',
    message: `Förstod inte ${quotePart(raw(token))}. Skriv: ${usage}`,
    part: raw(token),
    field: 'text',
  });
}

function parsePromises(args: Token[]): Result<Command> {
  const [first, second, third, ...rest] = args;
  const verb = folded(first);
  if (first === undefined) return ok({ kind: 'promises' });
  if (verb !== null && HELP_WORDS.has(verb) && args.length === 1)
    return ok({ kind: 'help', topic: 'loften' });
  if (verb === 'koppla' || verb === 'bind') {
    const key = folded(second);
    if (key === null || third !== undefined || !/^[a-z0-9][a-z0-9-]*$/.test(key)) {
      return fail({
        code: 'unknown-set',
        message:
          'Skriv: /loften koppla <nyckel>, t.ex. /loften koppla overkalix-2018 (nyckeln står i löftesfilen).',
        ...(second ? { part: raw(second) } : {}),
        field: 'text',
      });
    }
    return ok({ kind: 'bind', setKey: key });
  }
  if (verb === 'roll' || verb === 'role') {
    const role = ROLES[folded(third) ?? ''];
    const user = second?.kind === 'mention' || second?.kind === 'word' ? second.raw : null;
    if (user === null || role === undefined || rest.length > 0) {
      return fail({
        code: 'unexpected',
        message: 'Skriv: /loften roll @person <polis|grupp|chef|admin>, t.ex. /loften roll @anna chef.',
        ...(third ? { part: raw(third) } : {}),
        field: 'text',
      });
    }
    // The mention's name is kept with the role (for reminders): a colleague's name, nothing else.
    const personal = guardFreeText(user, 'role-name');
    if (personal) return fail(personalDataError(personal, 'text'));
    return ok({ kind: 'role', user, role });
  }
  return unexpected(first, PROMISES_USAGE);
}

/** `logga ändra [n] <delar>`: a bare number right after `ändra` names the entry (`logga mina`). */
function parseEditCommand(args: Token[], note: string | null): Result<Command> {
  const [first, second, ...more] = args;
  const rest = second ? [second, ...more] : more;
  // `ändra 3 st` is a count for the latest entry, not entry 3 with a stray "st".
  const isCount = second?.kind === 'word' && isCountUnit(second.folded);
  const numbered =
    first?.kind === 'word' && /^\d{1,2}$/.test(first.raw) && !isCount ? Number(first.raw) : null;
  const parts = numbered === null ? args : rest;
  if (numbered !== null && (numbered < 1 || numbered > MINE_LIMIT)) {
    return fail({
      code: 'unexpected',
      message: `Det finns ingen post nummer ${numbered}: logga mina visar dina ${MINE_LIMIT} senaste, nummer 1–${MINE_LIMIT}. Skriv: ${EDIT_USAGE}`,
      part: String(numbered),
      field: 'text',
    });
  }
  if (parts.length === 0 && note === null) {
    return fail({
      code: 'empty',
      message: `Skriv vad som ska ändras, t.ex. logga ändra Skolan eller logga ändra 2 igår 3 st. Skriv: ${EDIT_USAGE}`,
      field: 'text',
    });
  }
  return ok({ kind: 'edit', index: numbered, parts, note });
}

function unknownCommand(verbRaw: string): Result<never> {
  const verbs = ['logga', 'planera', 'status', 'rapport', 'loften', 'hjälp'].map((v) => ({
    folded: normaliseWord(v),
    display: v,
  }));
  const suggestion = suggestWord(verbRaw.replace(/^\//, ''), verbs);
  const hint = suggestion ? ` Menade du "/${suggestion}"?` : '';
  return fail({
    code: 'unknown-command',
    message: `Okänt kommando ${quotePart(verbRaw)}.${hint} Kommandon: ${COMMANDS}.`,
    part: verbRaw,
    field: 'text',
  });
}

const vocabularies = new WeakMap<PromiseSetDef, Vocabulary>();

/** The set's vocabulary, built once per set. */
export function vocabularyOf(set: PromiseSetDef): Vocabulary {
  let vocabulary = vocabularies.get(set);
  if (!vocabulary) {
    vocabulary = buildVocabulary(set);
    vocabularies.set(set, vocabulary);
  }
  return vocabulary;
}

function parseEntryCommand(
  kind: 'log' | 'plan',
  args: Token[],
  note: string | null,
  ctx: ParseContext,
): Result<Command> {
  if (!ctx.set) return fail(NOT_BOUND);
  const entry = parseEntry(args, note, {
    set: ctx.set,
    vocabulary: vocabularyOf(ctx.set),
    today: ctx.today,
    mode: kind === 'log' ? 'log' : 'plan',
    ...(ctx.holidayName ? { holidayName: ctx.holidayName } : {}),
  });
  return entry.ok ? ok({ kind, entry: entry.value }) : entry;
}

/**
 * Parses one line. The verb comes from `ctx.command` or the line's first word, with or without a
 * slash. Never throws: every failure is a value with a Swedish message naming the bad part.
 */
export function parseCommand(text: string, ctx: ParseContext): Result<Command> {
  if (text.length > MAX_LINE) {
    return fail({
      code: 'too-long',
      message: `Raden är för lång: ${text.length} tecken, högst ${MAX_LINE}.`,
      field: 'text',
    });
  }
  if (parseIsoDate(ctx.today) === null) {
    return fail({
      code: 'bad-date',
      message: `Dagens datum ${quotePart(ctx.today)} är inget giltigt datum.`,
      field: 'date',
    });
  }
  const line = tokenizeLine(text);
  if (!line.ok) return line;
  let { tokens } = line.value;
  const { note } = line.value;

  let verbRaw: string;
  if (ctx.command !== undefined && ctx.command.trim() !== '') {
    verbRaw = ctx.command.trim();
  } else {
    // Teams puts the bot's own mention first when it is addressed in a channel.
    if (tokens[0]?.kind === 'mention' && tokens[0].raw.startsWith('<at>')) tokens = tokens.slice(1);
    const first = tokens[0];
    if (first === undefined) {
      if (note !== null) return unknownCommand(`"${note}"`);
      return fail({
        code: 'empty',
        message: `Skriv ett kommando, t.ex. /logga medborgarkontakt Centrum. Kommandon: ${COMMANDS}.`,
        field: 'text',
      });
    }
    verbRaw = raw(first);
    tokens = tokens.slice(1);
  }
  const verb = VERBS[normaliseWord(verbRaw).replace(/^\//, '')];
  if (verb === undefined) return unknownCommand(verbRaw);

  const firstArg = folded(tokens[0]);
  const onlyArg = tokens.length === 1 && note === null ? firstArg : null;
  if (onlyArg !== null && HELP_WORDS.has(onlyArg) && verb !== 'hjalp')
    return ok({ kind: 'help', topic: verb });

  const noArgs = tokens.length === 0 && note === null;
  // The first thing that should not be there, for "Förstod inte …" on verbs that take no words.
  const noteToken: Token = { kind: 'word', raw: `"${note ?? ''}"`, folded: '' };
  const stray: Token = tokens[0] ?? noteToken;
  switch (verb) {
    case 'logga':
      if (noArgs) return ok({ kind: 'form' });
      if (onlyArg !== null && UNDO_WORDS.has(onlyArg)) return ok({ kind: 'undo' });
      if (onlyArg !== null && MINE_WORDS.has(onlyArg)) return ok({ kind: 'mine' });
      if (firstArg !== null && EDIT_WORDS.has(firstArg)) return parseEditCommand(tokens.slice(1), note);
      return parseEntryCommand('log', tokens, note, ctx);
    case 'planera':
      if (noArgs) {
        return fail({
          code: 'empty',
          message: `Skriv vad som ska göras och när. Skriv: ${PLAN_USAGE}`,
          field: 'text',
        });
      }
      return parseEntryCommand('plan', tokens, note, ctx);
    case 'angra':
      return noArgs ? ok({ kind: 'undo' }) : unexpected(stray, '/logga ångra');
    case 'status':
      return noArgs ? ok({ kind: 'status' }) : unexpected(stray, '/status');
    case 'rapport':
      if (note !== null) return unexpected(noteToken, REPORT_USAGE);
      return parseReport(tokens, ctx.today);
    case 'loften':
      if (firstArg === 'bedom' || firstArg === 'bedomning')
        return parseJudge(tokens.slice(1), note, ctx.set, ctx.today);
      if (firstArg === 'kommentar' || firstArg === 'kommentera')
        return parseComment(tokens.slice(1), note, ctx.set);
      if (firstArg === 'schema' || firstArg === 'schedule') return parseSchedule(tokens.slice(1), note);
      if (note !== null) return unexpected(noteToken, PROMISES_USAGE);
      return parsePromises(tokens);
    default: {
      // hjälp [ämne]
      if (noArgs) return ok({ kind: 'help' });
      const topic = firstArg === null ? undefined : VERBS[firstArg.replace(/^\//, '')];
      if (topic === undefined || tokens.length > 1)
        return unexpected(stray, `/hjälp [${['logga', 'planera', 'status', 'rapport', 'loften'].join('|')}]`);
      return ok({ kind: 'help', topic });
    }
  }
}
