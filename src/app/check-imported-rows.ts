// `loftesbot import-data`: an export made before the personal-data guard covered every field (or
// edited by hand) may carry identifiers. Every free text in it passes the same guard as a typed line;
// the first row that fails stops the import, named so it can be cleaned.
import type { PersonalDataRefusal } from '../domain/privacy/guard-free-text.ts';
import { type FreeTextField, guardFreeText } from '../domain/privacy/guard-free-text.ts';
import type { ExportData } from './ports.ts';

export interface ImportedRowRefusal {
  /** Swedish, for the admin: which row, which field, what was found. */
  message: string;
  refusal: PersonalDataRefusal;
}

export function checkImportedRows(data: ExportData): ImportedRowRefusal | null {
  // A set's own place and partner names (and ids) are never personal data.
  const known = data.sets.flatMap((s) => [
    ...s.def.places.flatMap((p) => [p.id, p.name, ...p.aliases]),
    ...s.def.partners.flatMap((p) => [p.id, p.name, ...p.aliases]),
  ]);
  const check = (
    table: string,
    index: number,
    column: string,
    text: string | null | undefined,
    field: FreeTextField,
  ): ImportedRowRefusal | null => {
    const refusal = guardFreeText(text, field, { known });
    if (!refusal) return null;
    return {
      refusal,
      message: `Rad ${index + 1} i ${table} (fältet ${column}) ser ut att innehålla personuppgifter ("${refusal.match}"). Ta bort dem ur exportfilen och importera igen. Inget har importerats.`,
    };
  };
  for (const [i, a] of data.activities.entries()) {
    const found =
      check('activities', i, 'note', a.note, 'note') ??
      check('activities', i, 'place', a.place, 'place') ??
      a.partners.map((p) => check('activities', i, 'partners', p, 'partner')).find(Boolean) ??
      a.participants.map((p) => check('activities', i, 'participants', p, 'mention')).find(Boolean);
    if (found) return found;
  }
  for (const [i, j] of (data.judgements ?? []).entries()) {
    const found = check('judgements', i, 'reason', j.reason, 'reason');
    if (found) return found;
  }
  for (const [i, r] of data.roles.entries()) {
    const found = check('roles', i, 'name', r.name, 'role-name');
    if (found) return found;
  }
  return null;
}
