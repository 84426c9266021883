import type { Express } from 'express';
import type { Reply } from '../../../domain/reply.ts';
import { createFileStore } from './create-file-store.ts';
import { FILE_ROUTE, mountFileRoute, readPublicBaseUrl } from './mount-file-route.ts';

type ReplyFile = NonNullable<Reply['files']>[number];

/**
 * Download links for report files on the shared Express app. The public address is learnt from the
 * requests Teams sends to the messaging endpoint; until one has arrived no link can be made.
 */
export function createFileLinker(app: Express, messagingPath: string): (file: ReplyFile) => string | null {
  const store = createFileStore();
  let publicBase: string | null = null;
  app.use(messagingPath, (req, _res, next) => {
    publicBase = readPublicBaseUrl(req) ?? publicBase;
    next();
  });
  mountFileRoute(app, store);
  return (file) => {
    if (!publicBase) return null;
    const token = store.put(file, Date.now());
    return `${publicBase}${FILE_ROUTE}/${token}/${encodeURIComponent(file.name)}`;
  };
}
