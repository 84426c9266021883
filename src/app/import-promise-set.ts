import { formatFileErrors, loadPromiseFile } from '../domain/promise-set/load-promise-file.ts';
import { countOf, NOUNS } from '../domain/rules/noun.ts';
import type { AppDeps } from './deps.ts';
import type { AuditInput, StoredPromiseSet } from './ports.ts';

export type ImportResult =
  | { ok: true; set: StoredPromiseSet; message: string }
  | { ok: false; message: string };

/** Validates a promise file and stores it as the set's next version; a broken file imports nothing. */
export async function importPromiseSet(
  deps: AppDeps,
  fileText: string,
  audit: AuditInput,
): Promise<ImportResult> {
  const loaded = loadPromiseFile(fileText);
  if (!loaded.ok) {
    return {
      ok: false,
      message: `Filen importerades inte: ${loaded.errors.length} fel.\n${formatFileErrors(loaded.errors)}`,
    };
  }
  const set = await deps.store.savePromiseSet(loaded.value, audit, deps.clock.now());
  deps.ledger.forget(set.key);
  deps.bindings.forget();
  const loggable = loaded.value.promises.filter((p) => p.words.length > 0).length;
  return {
    ok: true,
    set,
    message: `Importerade ${set.key} (version ${set.version}): ${loaded.value.title} — ${loaded.value.municipality}, ${countOf(loaded.value.promises.length, NOUNS.promise)} (${loggable} loggbara).`,
  };
}
