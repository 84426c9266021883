// `loftesbot import --dry-run`: the same checks as an import, and what it would change compared with
// the stored version, without saving anything.
import { describeDiff, diffPromiseSets } from '../domain/promise-set/diff-promise-sets.ts';
import { formatFileErrors, loadPromiseFile } from '../domain/promise-set/load-promise-file.ts';
import { countOf, NOUNS } from '../domain/rules/noun.ts';
import type { StoredPromiseSet } from './ports.ts';

export type CheckResult = { ok: boolean; message: string };

/**
 * `current` reads the stored newest version of a set, or is null when there is no database yet
 * (then the file would be its first version).
 */
export async function checkPromiseFile(
  fileText: string,
  current: ((key: string) => Promise<StoredPromiseSet | null>) | null,
): Promise<CheckResult> {
  const loaded = loadPromiseFile(fileText);
  if (!loaded.ok) {
    return {
      ok: false,
      message: `Torrkörning: filen skulle inte importeras: ${loaded.errors.length} fel. Inget har sparats.\n${formatFileErrors(loaded.errors)}`,
    };
  }
  const def = loaded.value;
  const loggable = def.promises.filter((p) => p.words.length > 0).length;
  const head = `Torrkörning: inget har sparats. Filen är giltig: ${def.key} — ${def.title}, ${def.municipality}, ${countOf(def.promises.length, NOUNS.promise)} (${loggable} loggbara).`;
  const stored = current ? await current(def.key) : null;
  if (!stored)
    return { ok: true, message: `${head}\nImport skulle spara ${def.key} som ny löftesmängd (version 1).` };
  const lines = describeDiff(diffPromiseSets(stored.def, def));
  if (lines.length === 0) {
    return {
      ok: true,
      message: `${head}\nInnehållet är detsamma som version ${stored.version}; import skulle ändå spara det som version ${stored.version + 1}.`,
    };
  }
  return {
    ok: true,
    message: `${head}\nImport skulle spara version ${stored.version + 1} i stället för version ${stored.version}:\n${lines.map((l) => `  ${l}`).join('\n')}`,
  };
}
