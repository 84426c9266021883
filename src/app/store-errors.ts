// Failures a store reports with a meaning of their own, so a reply can say what happened. Anything
// else a store throws is the database failing (unreachable, full, read-only): `unavailableReply`.

/**
 * The database stayed locked by another writer (another process on the same SQLite file) for longer
 * than the store waits; nothing was written. The wait is asynchronous: other requests are served.
 */
export class StoreBusyError extends Error {
  override readonly name = 'StoreBusyError';
  constructor(
    readonly waitedMs: number,
    options?: { cause?: unknown },
  ) {
    super(`database busy: another writer held the lock for ${waitedMs} ms`, options);
  }
}

/**
 * An error of the program itself (a bug), not of the database: JavaScript's own error types. They are
 * reported as an internal error, never as a database outage.
 */
export function isProgramError(error: unknown): boolean {
  return (
    error instanceof TypeError ||
    error instanceof ReferenceError ||
    error instanceof RangeError ||
    error instanceof SyntaxError ||
    error instanceof EvalError ||
    error instanceof URIError
  );
}
