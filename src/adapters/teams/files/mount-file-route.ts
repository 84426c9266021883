import type { Express, Request } from 'express';
import type { FileStore } from './create-file-store.ts';

export const FILE_ROUTE = '/teams/files';

/** Serves stored report files at /teams/files/<token>/<name>; unknown or expired tokens get 404. */
export function mountFileRoute(app: Express, store: FileStore): void {
  app.get(`${FILE_ROUTE}/:token/:name`, (req, res) => {
    const file = store.get(String(req.params.token), Date.now());
    if (!file || file.name !== req.params.name) {
      res
        .status(404)
        .type('text/plain; charset=utf-8')
        .send('Filen finns inte längre. Ta fram rapporten igen med: rapport');
      return;
    }
    res.setHeader('content-type', file.mediaType);
    res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    res.setHeader('cache-control', 'private, no-store');
    res.send(Buffer.from(file.data));
  });
}

/**
 * Where Teams reached us, from the request to /api/messages (behind a proxy its X-Forwarded-*
 * headers): the base for download links, without a setting of its own.
 */
export function readPublicBaseUrl(req: Request): string | null {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.split(',')[0]?.trim();
  const host = first(req.headers['x-forwarded-host']) ?? first(req.headers.host);
  if (!host || !/^[A-Za-z0-9.\-:[\]]+$/.test(host)) return null;
  const proto = first(req.headers['x-forwarded-proto']) ?? req.protocol;
  return `${proto === 'https' ? 'https' : 'http'}://${host}`;
}
