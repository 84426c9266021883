// Promise file text → validated definition, or Swedish errors that name the field and the line.
// `yaml` keeps source positions, so a zod issue's path can be traced back to the line an admin edits.
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { normaliseWord } from '../text/normalise.ts';
import { checkExtensions } from './check-extensions.ts';
import { effectivePeriod } from './effective-period.ts';
import { type PromiseSetDef, promiseSetSchema } from './schema.ts';

export interface FileError {
  /** Dotted path in the file, e.g. `promises[2].rule.target`. */
  field: string;
  line: number | null;
  message: string;
}

const sv = z.locales.sv().localeError;
const typeNames: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  object: 'en grupp av fält',
  array: 'en lista',
  boolean: 'true eller false',
};

/** zod's Swedish locale, with plainer words for the two mistakes admins make most. */
const svErrors: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'saknas (obligatoriskt fält)';
    return `ska vara ${typeNames[issue.expected] ?? issue.expected}`;
  }
  return sv(issue);
};

export function loadPromiseFile(
  text: string,
): { ok: true; value: PromiseSetDef } | { ok: false; errors: FileError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({
        field: '(fil)',
        line: lineCounter.linePos(e.pos[0]).line,
        message: `YAML-fel: ${yamlMessage(e.code)}`,
      })),
    };
  }
  const lineOf = (path: ReadonlyArray<PropertyKey>): number | null => {
    // Walk down to the deepest node that exists: a missing key is reported at its parent.
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as
        | { range?: [number, number, number] }
        | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
      if (n === 0) {
        const root = doc.contents as { range?: [number, number, number] } | null;
        return root?.range ? lineCounter.linePos(root.range[0]).line : null;
      }
    }
    return null;
  };
  let data: unknown;
  try {
    data = doc.toJS();
  } catch {
    // `yaml` throws when aliases expand past its limit (a "billion laughs" file); say so, not a stack.
    return {
      ok: false,
      errors: [
        {
          field: '(fil)',
          line: null,
          message:
            'YAML-fel: filen använder hänvisningar (*namn) för många gånger; skriv ut värdena i stället',
        },
      ],
    };
  }
  const hidden = findHiddenCharacters(data, []).map((e) => ({ ...e, line: lineOf(e.path) }));
  if (hidden.length > 0) {
    return { ok: false, errors: hidden.map(({ field, line, message }) => ({ field, line, message })) };
  }
  const parsed = promiseSetSchema.safeParse(data, { error: svErrors });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        field: formatPath(issue.path),
        line: lineOf(issue.path),
        message: issue.message,
      })),
    };
  }
  const crossErrors = checkReferences(parsed.data).map((e) => ({ ...e, line: lineOf(e.path) }));
  if (crossErrors.length > 0) {
    return { ok: false, errors: crossErrors.map(({ field, line, message }) => ({ field, line, message })) };
  }
  return { ok: true, value: parsed.data };
}

/**
 * Control characters (a YAML escape such as "\a" puts one in), lone surrogates and direction overrides:
 * invisible in an editor, they make the Word report a file Word will not open, or show text in
 * another order than it is stored.
 */
const HIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

function findHiddenCharacters(
  value: unknown,
  path: (string | number)[],
): { field: string; path: (string | number)[]; message: string }[] {
  if (typeof value === 'string') {
    const found = HIDDEN.exec(value);
    if (!found) return [];
    const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return [
      {
        field: formatPath(path),
        path,
        message: `innehåller ett osynligt styrtecken (U+${code}) efter "${value.slice(Math.max(0, found.index - 20), found.index)}"; ta bort det`,
      },
    ];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => findHiddenCharacters(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => findHiddenCharacters(v, [...path, k]));
  return [];
}

/** Checks zod cannot express per field: unique ids and words, references to places and partners. */
function checkReferences(
  def: PromiseSetDef,
): { field: string; path: (string | number)[]; message: string }[] {
  const errors: { field: string; path: (string | number)[]; message: string }[] = [];
  const add = (path: (string | number)[], message: string) =>
    errors.push({ field: formatPath(path), path, message });
  const placeIds = new Set<string>();
  def.places.forEach((p, i) => {
    if (placeIds.has(p.id)) add(['places', i, 'id'], `platsen "${p.id}" finns redan`);
    placeIds.add(p.id);
  });
  const partnerIds = new Set<string>();
  def.partners.forEach((p, i) => {
    if (partnerIds.has(p.id)) add(['partners', i, 'id'], `samverkansparten "${p.id}" finns redan`);
    partnerIds.add(p.id);
  });
  const promiseIds = new Set<string>();
  const wordOwner = new Map<string, string>();
  def.promises.forEach((c, i) => {
    if (promiseIds.has(c.id)) add(['promises', i, 'id'], `löftet "${c.id}" finns redan`);
    promiseIds.add(c.id);
    c.words.forEach((w, j) => {
      const key = normaliseWord(w);
      const owner = wordOwner.get(key);
      if (owner && owner !== c.id)
        add(['promises', i, 'words', j], `ordet "${w}" används redan av löftet "${owner}"`);
      wordOwner.set(key, c.id);
    });
    c.places?.watch.forEach((id, j) => {
      if (!placeIds.has(id))
        add(['promises', i, 'places', 'watch', j], `okänd plats "${id}": finns inte under places`);
    });
    for (const key of ['anyOf', 'allOf'] as const) {
      c.partners?.[key]?.forEach((id, j) => {
        if (!partnerIds.has(id))
          add(['promises', i, 'partners', key, j], `okänd samverkanspart "${id}": finns inte under partners`);
      });
    }
    if (c.rule.kind === 'deadline' && c.rule.due < def.period.start) {
      add(['promises', i, 'rule', 'due'], 'ska vara efter periodens start');
    }
  });
  if (def.reportDue < effectivePeriod(def).end) add(['reportDue'], 'ska vara på eller efter periodens slut');
  for (const e of checkExtensions(def)) add(e.path, e.message);
  return errors;
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(fil)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

function yamlMessage(code: string): string {
  const messages: Record<string, string> = {
    DUPLICATE_KEY: 'samma nyckel står två gånger',
    BAD_INDENT: 'fel indrag',
    MISSING_CHAR: 'ett tecken saknas (t.ex. ett avslutande citattecken eller en klammer)',
    BLOCK_AS_IMPLICIT_KEY: 'en nyckel saknar kolon eller har fel indrag',
    MULTILINE_IMPLICIT_KEY: 'en nyckel sträcker sig över flera rader (saknas ett kolon?)',
    TAB_AS_INDENT: 'tabb används som indrag: använd mellanslag',
    UNEXPECTED_TOKEN: 'oväntat tecken',
  };
  return messages[code] ?? `filen går inte att läsa (${code})`;
}

/** Formats errors as lines an admin reads: `rad 12, promises[2].rule.target: ska vara större än 0`. */
export function formatFileErrors(errors: FileError[]): string {
  return errors.map((e) => `${e.line ? `rad ${e.line}, ` : ''}${e.field}: ${e.message}`).join('\n');
}
