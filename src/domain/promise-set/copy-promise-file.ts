// `loftesbot copy-set`: next year's promise file from this year's. Works on the YAML text, so the
// admin's comments and the verbatim promise texts stay as they are; the key, the period and every
// date move by whole years, and the dates that cannot simply move are listed for the admin.
import { type Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { loadPromiseFile } from './load-promise-file.ts';

export interface CopiedFile {
  key: string;
  text: string;
  /** Swedish lines: what the admin must check or fill in before importing. */
  todo: string[];
}

/** Moves an ISO date by whole years; 29 February becomes 28 February in a common year. */
export function shiftYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  let rest = date.slice(4);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (rest === '-02-29' && !leap) rest = '-02-28';
  return `${year}${rest}`;
}

export function copyPromiseFile(
  text: string,
  startYear: number,
): { ok: true; value: CopiedFile } | { ok: false; error: string } {
  const loaded = loadPromiseFile(text);
  if (!loaded.ok)
    return { ok: false, error: 'Filen går inte att läsa in: rätta den först (loftesbot import).' };
  const def = loaded.value;
  const years = startYear - Number(def.period.start.slice(0, 4));
  if (years <= 0) return { ok: false, error: `Det nya året ska vara efter ${def.period.start.slice(0, 4)}.` };
  const doc = parseDocument(text);
  const todo: string[] = [];
  const oldYear = def.key.match(/(\d{4})$/)?.[1];
  const key = oldYear
    ? def.key.replace(/\d{4}$/, String(Number(oldYear) + years))
    : `${def.key}-${startYear}`;
  doc.setIn(['key'], key);
  const shiftAt = (path: (string | number)[]) => {
    const value = doc.getIn(path);
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
      doc.setIn(path, shiftYears(value, years));
  };
  // "Medborgarlöfte 2018–2020" → the same title for the new years.
  doc.setIn(
    ['title'],
    def.title.replace(/\b(19|20)\d{2}\b/g, (y) => String(Number(y) + years)),
  );
  shiftAt(['period', 'start']);
  shiftAt(['period', 'end']);
  shiftAt(['reportDue']);
  if (def.period.extendedTo !== undefined) {
    doc.deleteIn(['period', 'extendedTo']);
    doc.deleteIn(['period', 'extensionNote']);
    todo.push('period: förlängningen (extendedTo) är borttagen');
  }
  const newStart = shiftYears(def.period.start, years);
  const newEnd = shiftYears(def.period.end, years);
  for (const list of ['events', 'terms', 'seasons'] as const) {
    def[list].forEach((entry, i) => {
      // Dates of a dropped extension fall after the new period: remove them, last index first.
      for (let j = entry.dates.length - 1; j >= 0; j--) {
        const moved = shiftYears(entry.dates[j]!, years);
        if (moved < newStart || moved > newEnd) doc.deleteIn([list, i, 'dates', j]);
        else doc.setIn([list, i, 'dates', j], moved);
      }
      shiftAt([list, i, 'start']);
      shiftAt([list, i, 'end']);
      todo.push(`${list}: kontrollera datumen för "${entry.name}"`);
    });
  }
  def.followUpPlan.forEach((step, i) => {
    step.due.forEach((_, j) => {
      shiftAt(['followUpPlan', i, 'due', j]);
    });
    if (step.due.length > 0) todo.push(`followUpPlan: kontrollera datumen för "${step.what}"`);
  });
  def.promises.forEach((c, i) => {
    if ('due' in c.rule && c.rule.due !== undefined) {
      shiftAt(['promises', i, 'rule', 'due']);
      todo.push(`promises: kontrollera slutdatumet för "${c.title}"`);
    }
    if ('remindFrom' in c.rule && c.rule.remindFrom !== undefined)
      shiftAt(['promises', i, 'rule', 'remindFrom']);
  });
  if (!isEmpty(doc, ['signatories'])) todo.push('signatories: kontrollera vilka som undertecknar i år');
  todo.push('löftestexterna: kontrollera att de stämmer med det nya, undertecknade dokumentet');
  const out = doc.toString({ lineWidth: 0 });
  const check = loadPromiseFile(out);
  if (!check.ok)
    return { ok: false, error: `Kopian blev ogiltig: ${check.errors[0]?.message ?? 'okänt fel'}` };
  return { ok: true, value: { key, text: out, todo } };
}

function isEmpty(doc: Document, path: string[]): boolean {
  const node = doc.getIn(path, true);
  if (isSeq(node) || isMap(node)) return node.items.length === 0;
  return isScalar(node) ? node.value === null : true;
}
