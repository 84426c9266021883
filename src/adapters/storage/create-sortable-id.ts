// Ids that sort in creation order (wall clock, then a per-process counter), so "newest first" has a
// stable tie-break when many rows share the same logical `now` (tests, imports, a fixed --now clock).
import { randomBytes } from 'node:crypto';

let lastMs = 0;
let counter = 0;

export function createSortableId(): string {
  const ms = Date.now();
  if (ms === lastMs) counter++;
  else {
    lastMs = ms;
    counter = 0;
  }
  return `${ms.toString(36).padStart(9, '0')}${counter.toString(36).padStart(4, '0')}${randomBytes(5).toString('hex')}`;
}
