// `loftesbot import-activities <fil>`: activities a group kept in a spreadsheet before it used the bot.
// Columns are found by their Swedish header names in any case and order (`datum`, `aktivitet`, `plats`,
// `antal`, `med`, `anteckning`; others are ignored) and each row is read as the `/logga` line it stands
// for, by the same grammar (words, aliases, places, partners, the period, the personal-data guard).
// One bad row and nothing is written: every bad row is named by its spreadsheet row number (the header
// is row 1). A row's key (its content and which of several equal rows it is) makes a second import of
// the same file add nothing.
import { createHash } from 'node:crypto';
import type { EntryDraft } from '../domain/grammar/command.ts';
import { parseCommand } from '../domain/grammar/parse-command.ts';
import type { PromiseSetDef } from '../domain/promise-set/schema.ts';
import { describeEntry } from '../domain/render/describe-entry.ts';
import { isFreeTextPlace, usedSpelling } from '../domain/rules/new-place.ts';
import { countOf, NOUNS } from '../domain/rules/noun.ts';
import { setWords } from '../domain/status/status-words.ts';
import { normaliseWord } from '../domain/text/normalise.ts';
import { toLocalDate } from '../domain/time/index.ts';
import { type Activity, fail, ok, type Result } from '../domain/types.ts';
import { activityOfEntry } from './activity-of-entry.ts';
import type { AppDeps, CommandContext } from './deps.ts';
import type { NewActivity } from './ports.ts';

/** A spreadsheet cell as the CSV and XLSX readers give it. */
export type SheetCell = string | number | boolean | Date | null | undefined;

const COLUMNS = ['datum', 'aktivitet', 'plats', 'antal', 'med', 'anteckning'] as const;
type Column = (typeof COLUMNS)[number];

/** Rows shown by name in a refusal; the rest are counted. */
const SHOWN_ERRORS = 30;
/** Progress is reported every this many rows (only for files larger than it). */
export const PROGRESS_EVERY = 500;

export interface ImportPlan {
  /** Row number in the spreadsheet (header = 1) and the activity it becomes. */
  rows: { row: number; rowKey: string; activity: NewActivity; described: string }[];
}

export interface ImportOptions {
  dryRun: boolean;
  onProgress?: (done: number, total: number) => void;
}

function cellText(cell: SheetCell): string {
  if (cell === null || cell === undefined) return '';
  // A date cell: the reader gives midnight UTC of the day written in the sheet.
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

function findColumns(header: readonly SheetCell[]): Result<Partial<Record<Column, number>>> {
  const found: Partial<Record<Column, number>> = {};
  header.forEach((cell, i) => {
    const name = normaliseWord(cellText(cell)) as Column;
    if ((COLUMNS as readonly string[]).includes(name) && found[name] === undefined) found[name] = i;
  });
  const missing = (['datum', 'aktivitet'] as const).filter((c) => found[c] === undefined);
  if (missing.length > 0) {
    return fail({
      code: 'unexpected',
      message: `Rad 1 saknar kolumnen ${missing.map((m) => `"${m}"`).join(' och ')}. Första raden ska namnge kolumnerna: ${COLUMNS.join(', ')} (datum och aktivitet krävs, i valfri ordning). Inget har importerats.`,
    });
  }
  return ok(found);
}

/**
 * The note cell quoted for the line, its own quotation marks kept: in «…» (closed only by »), or in
 * "…" when the note holds a », and only when it holds both are its »s written as ”.
 */
function quoteNote(note: string): string {
  if (!note.includes('»')) return `«${note}»`;
  if (!/["”“]/u.test(note)) return `"${note}"`;
  return `«${note.replace(/»/gu, '”')}»`;
}

/** The `/logga` line a row stands for, or why the row cannot be one. */
function lineOf(
  row: readonly SheetCell[],
  columns: Partial<Record<Column, number>>,
): { line: string } | { error: string } {
  const get = (c: Column) => (columns[c] === undefined ? '' : cellText(row[columns[c]]));
  const date = get('datum');
  // /logga without a date means today; a spreadsheet row without one is a gap to fill, not today's work.
  if (date === '') return { error: 'Datumet saknas. Skriv dagen aktiviteten gjordes, t.ex. 2018-03-14.' };
  const count = get('antal');
  // A number cell is a count as it stands; "3 st" or "tre" are read as on a /logga line.
  if (/[-−.,]/u.test(count))
    return { error: `Antalet "${count}" är inget heltal. Skriv antalet som ett heltal, t.ex. 3.` };
  const partners = get('med');
  const note = get('anteckning');
  return {
    line: [
      'logga',
      get('aktivitet'),
      get('plats'),
      date,
      /^\d+$/.test(count) ? `${count} st` : count,
      partners ? `med ${partners}` : '',
      note ? quoteNote(note) : '',
    ]
      .filter((part) => part !== '')
      .join(' '),
  };
}

function contentKey(setKey: string, e: EntryDraft): string {
  const content = [
    setKey,
    e.promiseIds,
    e.date,
    e.place,
    e.count,
    e.partners,
    e.targetGroups,
    e.methods,
    e.note,
    e.figures,
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('base64url').slice(0, 22);
}

/** Reads every row; on any bad row, the refusal naming each one. */
export function planImport(
  deps: Pick<AppDeps, 'clock'>,
  ctx: CommandContext,
  set: { key: string; def: PromiseSetDef },
  rows: readonly (readonly SheetCell[])[],
  onProgress?: (done: number, total: number) => void,
): Result<ImportPlan> {
  const header = rows[0];
  if (!header)
    return fail({
      code: 'empty',
      message: 'Filen är tom: ingen rubrikrad och inga aktiviteter. Inget har importerats.',
    });
  const columns = findColumns(header);
  if (!columns.ok) return columns;
  const today = toLocalDate(deps.clock.now(), set.def.timeZone);
  const words = setWords(set.def, today);
  const errors: string[] = [];
  const planned: ImportPlan['rows'] = [];
  const occurrences = new Map<string, number>();
  const total = rows.length - 1;
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.every((cell) => cellText(cell) === '')) continue;
    const number = i + 1;
    const line = lineOf(row, columns.value);
    const parsed =
      'error' in line
        ? fail({ code: 'unexpected' as const, message: line.error })
        : parseCommand(line.line, { set: set.def, today });
    if (!parsed.ok) errors.push(`Rad ${number}: ${parsed.error.message}`);
    else if (parsed.value.kind !== 'log')
      errors.push(`Rad ${number}: raden går inte att läsa som en aktivitet.`);
    else {
      const entry = parsed.value.entry;
      const key = contentKey(set.key, entry);
      const n = (occurrences.get(key) ?? 0) + 1;
      occurrences.set(key, n);
      const activity = activityOfEntry(set.key, entry, ctx, { participants: [ctx.userId], planned: false });
      planned.push({
        row: number,
        rowKey: `${key}#${n}`,
        activity,
        described: describeEntry(set.def, activity, words),
      });
    }
    if (onProgress && total > PROGRESS_EVERY && i % PROGRESS_EVERY === 0) onProgress(i, total);
  }
  if (errors.length > 0) {
    const more =
      errors.length > SHOWN_ERRORS
        ? [`… och ${countOf(errors.length - SHOWN_ERRORS, NOUNS.row)} till med fel.`]
        : [];
    return fail({
      code: 'unexpected',
      message: [
        `Importen avbröts: ${countOf(errors.length, NOUNS.row)} kan inte läsas. Inget har importerats; rätta raderna och importera filen igen.`,
        ...errors.slice(0, SHOWN_ERRORS),
        ...more,
      ].join('\n'),
    });
  }
  if (planned.length === 0) {
    return fail({
      code: 'empty',
      message: 'Filen har inga aktiviteter under rubrikraden. Inget har importerats.',
    });
  }
  return ok({ rows: planned });
}

/** Plans the import and, unless a dry run, writes it in one transaction; the reply lists what happened. */
export async function importActivities(
  deps: AppDeps,
  ctx: CommandContext,
  setKey: string,
  rows: readonly (readonly SheetCell[])[],
  options: ImportOptions,
): Promise<Result<{ text: string; added: number; skipped: number }>> {
  const stored = await deps.store.getPromiseSet(setKey);
  if (!stored)
    return fail({ code: 'unknown-set', message: `Löftesuppsättningen ${setKey} finns inte i databasen.` });
  const plan = planImport(deps, ctx, { key: stored.key, def: stored.def }, rows, options.onProgress);
  if (!plan.ok) return plan;
  const respelt = keepSpellings(deps, stored.def, plan.value, await deps.ledger.getActivities(stored.key));
  const respeltNote =
    respelt.length > 0
      ? ` Platser som redan fanns med en annan stavning sparades som tidigare: ${respelt.join(', ')}.`
      : '';
  const n = plan.value.rows.length;
  if (options.dryRun) {
    const lines = plan.value.rows.map((r) => `Rad ${r.row}: ${r.described}`);
    return ok({
      text: [
        `Provläsning: ${countOf(n, NOUNS.row)} kan importeras till ${stored.def.title}. Inget har sparats (--dry-run); rader som redan importerats hoppas över vid importen.${respeltNote}`,
        ...lines,
      ].join('\n'),
      added: 0,
      skipped: 0,
    });
  }
  const result = await deps.store.importActivities(
    stored.key,
    plan.value.rows.map((r) => ({ rowKey: r.rowKey, activity: r.activity })),
    { actor: ctx.userId, platform: ctx.platform, action: 'import-activities' },
    deps.clock.now(),
  );
  const added = result.added.length;
  if (added === 0) {
    return ok({
      text: `Inget nytt att importera: ${n === 1 ? 'raden' : `alla ${n} rader`} i filen är redan importerade. Inget har sparats.`,
      added: 0,
      skipped: result.skipped,
    });
  }
  const skipped =
    result.skipped > 0
      ? ` ${countOf(result.skipped, { one: 'rad var redan importerad', many: 'rader var redan importerade' })} och hoppades över.`
      : '';
  return ok({
    text: `Importerade ${countOf(added, NOUNS.activity)} till ${stored.def.title}, registrerade på ${ctx.userId} och märkta som importerade.${skipped}${respeltNote}`,
    added,
    skipped: result.skipped,
  });
}

/**
 * A free-text place the set (or an earlier row of the file) already has is stored with that spelling,
 * so per-place totals do not split over spellings; returns each change as `"kiosken" → "Kiosken"`.
 */
function keepSpellings(
  deps: Pick<AppDeps, 'clock'>,
  set: PromiseSetDef,
  plan: ImportPlan,
  existing: readonly Activity[],
): string[] {
  const words = setWords(set, toLocalDate(deps.clock.now(), set.timeZone));
  const fromFile = new Map<string, string>();
  const changes = new Set<string>();
  for (const row of plan.rows) {
    const written = row.activity.place;
    if (!isFreeTextPlace(set, written)) continue;
    const folded = normaliseWord(written);
    const spelling = usedSpelling(set, written, existing) ?? fromFile.get(folded) ?? written;
    if (!fromFile.has(folded)) fromFile.set(folded, spelling);
    if (spelling === written) continue;
    changes.add(`"${written}" → "${spelling}"`);
    row.activity = { ...row.activity, place: spelling };
    row.described = describeEntry(set, row.activity, words);
  }
  return [...changes];
}
