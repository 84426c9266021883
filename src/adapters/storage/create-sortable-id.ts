// Ids that sort in creation order (wall clock, then a per-process counter), so "newest first" has a
// stable tie-break when many rows share the same logical `now` (tests, imports, a fixed --now clock).
import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let counter = 0;
// Random bytes drawn 4 KiB at a time: one call into the system's generator per 800 ids, not per id.
const pool = Buffer.alloc(4096);
let poolAt = pool.length;

export function createSortableId(): string {
  const ms = Date.now();
  if (ms === lastMs) counter++;
  else {
    lastMs = ms;
    counter = 0;
  }
  if (poolAt + 5 > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const random = pool.toString('hex', poolAt, poolAt + 5);
  poolAt += 5;
  return `${ms.toString(36).padStart(9, '0')}${counter.toString(36).padStart(4, '0')}${random}`;
}
