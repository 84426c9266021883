// A promise's status line as a reply on `local` (a date or a local date-time) would word it.
import type { PromiseSetDef } from '../../src/domain/promise-set/schema.ts';
import { renderStatusLine } from '../../src/domain/status/render-status-line.ts';
import { setWords } from '../../src/domain/status/status-words.ts';
import type { PromiseStatus } from '../../src/domain/status/types.ts';

export function lineAt(set: PromiseSetDef, local: string, ps: PromiseStatus): string {
  return renderStatusLine(ps, setWords(set, local.slice(0, 10)));
}
