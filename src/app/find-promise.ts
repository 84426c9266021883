// The promise a command names, or the reply for an id the set does not have. The grammar already
// refuses unknown ids with the list; this guards the use cases against a set changed in between.
import { errorReply, type Reply } from '../domain/reply.ts';

export function findPromise<P extends { id: string }>(
  promises: readonly P[],
  promiseId: string,
): { ok: true; promise: P } | { ok: false; reply: Reply } {
  const promise = promises.find((c) => c.id === promiseId);
  if (promise) return { ok: true, promise };
  return {
    ok: false,
    reply: errorReply({
      code: 'unknown-activity',
      message: `Okänt löfte "${promiseId}".`,
      field: 'promise',
    }),
  };
}
